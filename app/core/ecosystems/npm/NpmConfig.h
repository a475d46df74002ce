#pragma once

// npm's mirror settings: registry, @scope:registry and strict-ssl. Reads every layer npm reads
// (environment, project, user, global, builtin files, defaults) in npm's order to report the
// effective value and what overrides the user's ~/.npmrc, and plans lossless edits of that file
// through Npmrc. Nerf-darted credentials (//host/:_authToken=…) are never touched; when a new
// registry would leave the user's tokens behind, notesForSet() says so.

#include "config/ConfigFile.h"
#include "config/EcosystemConfig.h"
#include "ecosystems/npm/NpmConfigPaths.h"
#include "ecosystems/npm/Npmrc.h"

#include <QCoreApplication>
#include <QList>

class NpmConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(NpmConfig)

public:
    explicit NpmConfig(const ToolEnvironment &environment);
    // For tests and other operating systems: paths with node/npm locations given.
    NpmConfig(const ToolEnvironment &environment, const NpmConfigPaths &paths);

    QString id() const override { return QStringLiteral("npm"); }
    QString displayName() const override { return QStringLiteral("npm"); }
    QString mirrorKey() const override { return QStringLiteral("registry"); }
    QList<ConfigKeyInfo> keys() const override;
    bool isKnownKey(const QString &key) const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<QList<EffectiveSetting>> effectiveSettings() const override;
    Expected<void> validate(const QString &key, const QString &value) const override;

    // Translated remarks for a change that is valid but deserves a word: a registry URL without
    // a trailing slash, plain http, or credentials in the user file (`userBytes`, as planned so
    // far) that belong to the old registry's host only (npm will not send them to the new one;
    // MirrorDeck never moves them). `oldRegistry` is what npm used for `key` before.
    QStringList notesForSet(const QString &key, const QString &value, const QString &userPath,
                            const QByteArray &userBytes, const QString &oldRegistry) const;

    // One config file npm reads, in npm's order.
    struct Layer
    {
        QString level; // "builtin", "project", "user", "global"
        QString path;
        ConfigFile file;
        Npmrc npmrc;
        bool loaded = false; // false: missing, unreadable (npm skips it) or skipped by npm
    };
    Expected<QList<Layer>> layers() const;

    const NpmConfigPaths &paths() const { return m_paths; }

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;
    std::shared_ptr<const EditContext> readEditContext() const override;
    QFileDevice::Permissions newFilePermissions() const override;
    TextPolicy textPolicy() const override { return Npmrc::textPolicy(); }
    // Reads one .npmrc; an unreadable optional file is skipped (as npm and the tools reading
    // .npmrc after it do), an unreadable required one (the user file MirrorDeck edits) is an error.
    Expected<Layer> loadLayer(const QString &level, const QString &path, bool required) const;

private:
    QString userPath() const;
    Expected<Layer> userLayer() const;
    QString userPathFrom(const Layer &builtin, const Layer &project) const;
    QString effectiveText(const Npmrc::Resolved &resolved, const QString &key) const;
    QString pathSetting(const Layer &layer, const QString &key) const;

    NpmConfigPaths m_paths;
};
