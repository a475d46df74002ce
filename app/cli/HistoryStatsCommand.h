#pragma once

// `mirrordeck-cli history-stats [ECO] [--since 24h|7d|30d] [--json]`: availability and latency
// percentiles of the measured history, from the same ProbeStore query the window's table uses,
// so scripts and the window agree.

#include "CliCommand.h"

#include <QCoreApplication>

class HistoryStatsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStatsCommand)

public:
    QString name() const override { return QStringLiteral("history-stats"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &args, CliContext &context) override;
};
