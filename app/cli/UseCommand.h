#pragma once

// `mirrordeck-cli use ECO MIRROR [--dry-run]`: switch ECO to a catalog mirror (by id) or to a URL.
// `use ECO --fastest` probes the ecosystem's mirrors first and applies the recommendation.

#include "CliCommand.h"

#include <QCoreApplication>

struct Mirror;

class UseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UseCommand)

public:
    QString name() const override { return QStringLiteral("use"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
