#pragma once

// `mirrordeck-cli shadow fix ECO KEY [--dry-run]`: comments out the `export` lines in the shell
// start-up files that override a tool's setting in terminals, each file as one change with a
// history entry under "shell" (`mirrordeck-cli history shell`, `restore shell ID`).

#include "CliCommand.h"

#include <QCoreApplication>

class ShadowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowCommand)

public:
    QString name() const override { return QStringLiteral("shadow"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &args, CliContext &context) override;
};
