#pragma once

// `mirrordeck-cli get ECO KEY`: the effective value alone, as the tool would use it.

#include "CliCommand.h"

#include <QCoreApplication>

class GetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GetCommand)

public:
    QString name() const override { return QStringLiteral("get"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
