#pragma once

// `mirrordeck-cli list [ECO] [--json]`: the catalog's and the user's mirrors per tool, the one in
// use marked with "*" as nrm's `ls` does, with the last measured latency when the probe history
// (CliSupport::latencyLookup) has it. Reads only; never measures.

#include "CliCommand.h"

#include <QCoreApplication>

class ListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &args, CliContext &context) override;
};
