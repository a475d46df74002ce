#pragma once

// The toy tool's config: ~/.toyrc, one KEY=VALUE per line, read with GoEnvFile's lossless line
// rules (upper-case keys; the last line of a key wins). Keys: TOY_MIRROR (the registry URL),
// TOY_HOSTS (comma-separated host names) and TOY_STRICT (true/false). Test code only: it proves
// a tool can be added in one folder.

#include "config/EcosystemConfig.h"

#include <QCoreApplication>

class ToyConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(ToyConfig)

public:
    using EcosystemConfig::EcosystemConfig;

    QString id() const override { return QStringLiteral("toy"); }
    QString displayName() const override { return QStringLiteral("Toy"); }
    QString mirrorKey() const override { return QStringLiteral("TOY_MIRROR"); }
    QList<ConfigKeyInfo> keys() const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<void> validate(const QString &key, const QString &value) const override;

protected:
    // One edit on the bytes planned so far; the base class reads, folds and builds the change.
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;
};
