#pragma once

// `mirrordeck-cli profile list|show NAME|save NAME [ECO…]|apply NAME [--dry-run]|delete NAME`:
// named sets of settings for several tools, applied as one change (ProfileApplier).

#include "CliCommand.h"

#include <QCoreApplication>

class ProfileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString synopsis() const override;
    QString details() const override;
    int run(const QStringList &args, CliContext &context) override;
};
