#pragma once

// `mirrordeck-cli exec -- COMMAND [ARGS…]`: runs COMMAND with each npm entry's token in the
// variable its .npmrc line names (`${MIRRORDECK_TOKEN_…}`), read from the keychain for this one
// command — the pattern of aws-vault exec and 1Password's op run. Standard streams pass through;
// the exit status is COMMAND's.

#include "CliCommand.h"

#include <QCoreApplication>

class ExecCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)

public:
    QString name() const override { return QStringLiteral("exec"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
