#pragma once

// `mirrordeck-cli restore ECO ID [--dry-run]`: puts a file back to how it was before history
// entry ID. The restore is itself a change, recorded in the history, so it can be undone too.

#include "CliCommand.h"

#include <QCoreApplication>

class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};
