#pragma once

// `mirrordeck-cli history ECO [--json]`: the changes MirrorDeck made to ECO's files, newest first.

#include "CliCommand.h"

#include <QCoreApplication>

class HistoryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
