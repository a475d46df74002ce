#pragma once

// pip's mirror settings: global.index-url, global.extra-index-url, global.trusted-host and
// global.timeout — where pip reads them (PipConfigPaths), what is effective and what overrides
// the file MirrorDeck edits, and lossless edits of that file (PipConf).
//
// The effective value of a key is the files merged in pip's order — what `pip config list`
// shows — unless a non-empty PIP_* variable overrides it for every pip command: then the
// variable is the source, as pip install sees it. (`pip config get KEY` is narrower: it loads
// only the file `pip config set` would edit — the user files, or the site file when one exists —
// so it ignores /etc/pip.conf and PIP_CONFIG_FILE; on a user file alone both agree.) Shadows list
// what overrides or would override the edited file: PIP_* variables of this process (also the
// aliases PIP_PYPI_URL and PIP_DEFAULT_TIMEOUT), exports in shell start-up files, files pip reads
// after the edited one (site file, PIP_CONFIG_FILE), and command sections such as [install] that
// beat [global] in any file, whatever file they are in.
//
// Setting an http:// index or extra index also makes its host trusted (global.trusted-host) in
// the same change, keeping the hosts already trusted by the file or, if it has none, by the files
// below it (pip does not merge a key across files: the user file's list replaces /etc/pip.conf's).
// When no index of the file uses a host over plain HTTP any more (unset, or a switch to https://),
// that host leaves trusted-host again — unless a file below trusts it too — so TLS checks are not
// left off by accident. A command section ([install] trusted-host …) that beats [global] is named
// in the change's notes, since pip install would ignore the host MirrorDeck trusts.

#include "config/EcosystemConfig.h"
#include "ecosystems/pip/PipConf.h"
#include "ecosystems/pip/PipConfigPaths.h"

#include <QCoreApplication>

#include <optional>

class PipConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(PipConfig)

public:
    explicit PipConfig(const ToolEnvironment &environment);

    QString id() const override { return QStringLiteral("pip"); }
    QString displayName() const override { return QStringLiteral("pip"); }
    QString mirrorKey() const override { return QStringLiteral("global.index-url"); }
    QList<ConfigKeyInfo> keys() const override;
    // "global.index_url" is the same key as "global.index-url" for pip, and for MirrorDeck.
    bool isKnownKey(const QString &key) const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<void> validate(const QString &key, const QString &value) const override;

    // "Global.Index_URL" → "global.index-url" (the section keeps its case: pip's does too).
    static QString canonicalPipKey(const QString &key);
    QString canonicalKey(const QString &key) const override { return canonicalPipKey(key); }

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;
    std::shared_ptr<const EditContext> readEditContext() const override;

private:
    struct LoadedFile
    {
        PipConfigLocation location;
        std::optional<PipConf> conf; // empty when the file does not exist or cannot be opened
    };

    Expected<QList<LoadedFile>> loadFiles() const;
    Expected<void> checkKnown(const QString &key) const;
    // Keeps global.trusted-host in step with the plain-HTTP indexes of `before` → `after`.
    Expected<QByteArray> syncTrustedHosts(const QByteArray &before, const QByteArray &after,
                                          const EditInput &input, EditOutcome *outcome) const;
    QList<Shadow> shadowsFor(const QString &name, const QList<LoadedFile> &files,
                             const QString &editedPath) const;

    PipConfigPaths m_paths;
};
