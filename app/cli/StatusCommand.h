#pragma once

// `mirrordeck-cli status [--json]`: every ecosystem's effective settings, each with its source and
// whatever shadows the user's file.

#include "CliCommand.h"

#include <QCoreApplication>

class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
