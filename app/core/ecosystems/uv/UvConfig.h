#pragma once

// uv's index settings: `default-index` (the `[[index]]` entry with `default = true`, which
// replaces PyPI), the deprecated top-level `index-url`, and `extra-index-url` — where uv reads
// them (UvConfigPaths), what is effective and what overrides the user file, and lossless edits
// of the user uv.toml (UvSettingsFile over TomlDocument).
//
// "default-index" is uv's own name for the setting (--default-index, UV_DEFAULT_INDEX); in a
// file it is written as an [[index]] entry, which is what MirrorDeck edits: `use` changes the
// default entry's url in place, or appends `[[index]] url = "…" default = true`; unset removes
// that entry and leaves every other index and comment alone.
//
// Effective value, highest first: UV_DEFAULT_INDEX, then UV_INDEX_URL (deprecated), then the
// files merged as uv merges them — project over user over system (UV_CONFIG_FILE replaces them
// all, UV_NO_CONFIG drops them) — where uv lists [[index]] entries before the deprecated
// index-url, so a default [[index]] entry in any file comes before an index-url; else PyPI.
// uv ignores pip's settings (pip.conf, PIP_INDEX_URL): switching pip does not switch uv.

#include "config/EcosystemConfig.h"
#include "ecosystems/uv/UvConfigPaths.h"
#include "ecosystems/uv/UvSettingsFile.h"

#include <QCoreApplication>

#include <optional>

class UvConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(UvConfig)

public:
    explicit UvConfig(const ToolEnvironment &environment);

    QString id() const override { return QStringLiteral("uv"); }
    QString displayName() const override { return QStringLiteral("uv"); }
    QString mirrorKey() const override { return QStringLiteral("default-index"); }
    QList<ConfigKeyInfo> keys() const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<void> validate(const QString &key, const QString &value) const override;

    // "name=https://…" (the form UV_DEFAULT_INDEX and UV_INDEX accept) → the URL.
    static QString urlOfIndexArgument(const QString &argument);

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;

private:
    struct LoadedFile
    {
        UvConfigLocation location;
        std::optional<UvSettingsFile> settings; // empty when the file does not exist
    };

    Expected<void> checkKnown(const QString &key) const;
    // In uv's priority order, highest first; the user file is always listed.
    Expected<QList<LoadedFile>> loadFiles() const;
    QList<Shadow> shadowsFor(const QString &key, const QList<LoadedFile> &files) const;

    UvConfigPaths m_paths;
};
