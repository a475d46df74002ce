#pragma once

// `mirrordeck-cli credential add|list|remove|test`: private repositories whose secrets live in
// the keychain, handed to git, Go, npm and pip (CredentialSetup) without plain-text copies unless
// the user asks for one. The secret is read from standard input (a masked prompt on a terminal),
// never from the command line, where other users could read it in the process list.

#include "CliCommand.h"

#include <QCoreApplication>

class CredentialCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CredentialCommand)

public:
    QString name() const override { return QStringLiteral("credential"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    int add(QStringList args, CliContext &context);
    int list(QStringList args, CliContext &context);
    int remove(QStringList args, CliContext &context);
    int test(QStringList args, CliContext &context);
};
