#pragma once

// Cargo's registry settings: source replacement of crates-io in $CARGO_HOME/config.toml (the
// user file MirrorDeck edits) and in the project `.cargo/config.toml` files of the working
// directory and its parents, which override it (deeper wins, tables merge). The mirror is
//   [source.crates-io] replace-with = "NAME"   and   [source.NAME] registry = "sparse+…/".
// Keys as cargo names them: source.crates-io.replace-with, source.<NAME>.registry,
// registries.crates-io.protocol. The mirror key is source.<NAME>.registry of the replacement in
// effect ("mirror" when nothing replaces crates-io); `use` writes both tables (reusing the
// user file's replacement name), unsetting the mirror key restores crates.io.

#include "config/EcosystemConfig.h"

#include <QCoreApplication>

class CargoTomlFile;

class CargoConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(CargoConfig)

public:
    using EcosystemConfig::EcosystemConfig;

    QString id() const override { return QStringLiteral("cargo"); }
    QString displayName() const override { return QStringLiteral("Cargo"); }
    QString mirrorKey() const override;
    QList<ConfigKeyInfo> keys() const override;
    bool isKnownKey(const QString &key) const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<void> validate(const QString &key, const QString &value) const override;
    Expected<KeyEdits> mirrorEdits(const Mirror &mirror, const EditInput &input) const override;

    // crates.io's own index, what cargo uses when nothing replaces it.
    static QString cratesIoIndex() { return QStringLiteral("sparse+https://index.crates.io/"); }
    // "source.NAME.registry" -> "NAME"; empty for any other key.
    static QString registrySourceName(const QString &key);
    // The replacement name `use` writes when the user file names none.
    static QString defaultSourceName() { return QStringLiteral("mirror"); }

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;
    std::shared_ptr<const EditContext> readEditContext() const override;

private:
    struct Layer
    {
        QString path;
        QString level; // "project" or "user"
        std::shared_ptr<const CargoTomlFile> file;
    };
    // Deepest project file first, the user file last; files that do not exist are left out.
    Expected<QList<Layer>> layers() const;
    // The effective replace-with of crates-io (empty when nothing replaces it).
    QString effectiveReplacement(const QList<Layer> &layers) const;
};
