#pragma once

// `mirrordeck-cli git-credential get|store|erase`: git's credential-helper protocol
// (gitcredentials(7)) answered from the keychain. Registered per URL by `credential add --use
// git`, never globally. `get` prints the user name and password of the entry matching protocol,
// host and (when git sends one) path; nothing when there is none, so git goes on asking. `store`
// and `erase` change nothing: secrets enter only through `credential add`, and a password git
// rejected once (a server hiccup, a wrong URL) must not silently disappear from the keychain.

#include "CliCommand.h"

#include <QCoreApplication>

class GitCredentialCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GitCredentialCommand)

public:
    QString name() const override { return QStringLiteral("git-credential"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
