#pragma once

// Yarn Berry's mirror settings: npmRegistryServer, npmScopes.<scope>.npmRegistryServer and
// unsafeHttpWhitelist. Yarn reads ~/.yarnrc.yml (the file MirrorDeck edits; its name is fixed)
// and a project rc file (`.yarnrc.yml`, or YARN_RC_FILENAME) in the working directory and every
// parent, the nearer winning; YARN_* variables override scalar settings, maps and lists merge
// across files. Edits go through Yarnrc, so only the changed bytes change.

#include "config/EcosystemConfig.h"
#include "ecosystems/yarn/Yarnrc.h"

#include <QCoreApplication>
#include <QList>

class YarnConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(YarnConfig)

public:
    explicit YarnConfig(const ToolEnvironment &environment);

    QString id() const override { return QStringLiteral("yarn"); }
    QString displayName() const override { return QStringLiteral("Yarn"); }
    QString mirrorKey() const override { return QStringLiteral("npmRegistryServer"); }
    QList<ConfigKeyInfo> keys() const override;
    bool isKnownKey(const QString &key) const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<QList<EffectiveSetting>> effectiveSettings() const override;
    Expected<void> validate(const QString &key, const QString &value) const override;
    // The registry plus, for a plain-http mirror whose host Yarn does not allow yet, the host in
    // unsafeHttpWhitelist: Yarn refuses http registries that are not listed there.
    Expected<KeyEdits> mirrorEdits(const Mirror &mirror, const EditInput &input) const override;

    // One rc file Yarn reads, nearest first; the user file last.
    struct Layer
    {
        QString level; // "project" or "user"
        QString path;
        Yarnrc rc;
        bool loaded = false;
    };
    Expected<QList<Layer>> layers() const;
    // Project rc files, nearest first (those that exist or not).
    QStringList projectPaths() const;

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;
    std::shared_ptr<const EditContext> readEditContext() const override;

private:
    QString valueIn(const Yarnrc &rc, const QString &key, int *line) const;
    QStringList notesForSet(const QString &key, const QString &value,
                            const QStringList &whitelist) const;
};
