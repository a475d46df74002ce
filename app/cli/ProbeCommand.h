#pragma once

// `mirrordeck-cli probe [ECO] [--catalog FILE] [--rounds N] [--timeout SECONDS] [--no-download]
// [--json]`: measures the catalog's mirrors with the probe engine and prints a table or one JSON
// document {"results": [...], "recommended": {ECO: ID|null}}. The results also go into the
// measured history the window reads (history-stats prints it).

#include "CliCommand.h"
#include "probedb/HistoryTypes.h"

#include <QCoreApplication>

class ProbeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    QString name() const override { return QStringLiteral("probe"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static void recordHistory(const QList<ProbeSample> &samples, CliContext &context);
};
