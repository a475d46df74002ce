#pragma once

// The asynchronous face of one ecosystem's configuration for the widgets: reads the effective
// settings, plans changes (with their unified diff), applies them and lists/restores history —
// all on the serial disk pool, never on the GUI thread. Results come back as signals on the GUI
// thread; the watchers are children of this object, so once it is destroyed no stale callback
// can arrive.
//
// Validation, the key list and names are quick pure functions and are answered synchronously
// from a GUI-thread instance of the EcosystemConfig.

#include "AppContext.h"
#include "Expected.h"
#include "catalog/Mirror.h"
#include "config/ChangeHistory.h"
#include "config/ConfigChange.h"
#include "config/EcosystemConfig.h"
#include "config/EffectiveSetting.h"
#include "config/KeyEdit.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

struct ConfigSnapshot
{
    // The effective settings, or why they cannot be read (bad file, unreadable …).
    Expected<QList<EffectiveSetting>> settings = QList<EffectiveSetting>();
    QString userFilePath;     // "" when the tool has its file disabled
    QStringList watchedFiles; // every file a setting came from, plus the user file (also on error)

    std::optional<EffectiveSetting> find(const QString &key) const;
    // The settings read, or none when reading failed.
    QList<EffectiveSetting> settingsRead() const
    {
        return settings ? *settings : QList<EffectiveSetting>();
    }
};

struct PlannedChange
{
    // The change, or why it cannot be made.
    Expected<ConfigChange> change = ConfigChange();
    QString diff; // unified diff of change.before → change.after, secrets masked
    // A restore: the entry, and whether the plan puts back the whole file (else only its keys).
    std::optional<HistoryEntry> restoredEntry;
    bool wholeFileRestore = false;
};

class ConfigService : public QObject
{
    Q_OBJECT

public:
    ConfigService(QString ecosystem, const AppContext &context, QObject *parent = nullptr);
    ~ConfigService() override;

    QString ecosystem() const { return m_ecosystem; }
    QString displayName() const;
    QString mirrorKey() const;
    QList<ConfigKeyInfo> keys() const;
    Expected<void> validate(const QString &key, const QString &value) const;
    const AppContext &context() const { return m_context; }

    // The last snapshot delivered by loaded(); empty before the first one.
    const ConfigSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

    void reload();
    void planUseMirror(const Mirror &mirror);
    void planEdits(const QList<KeyEdit> &edits);
    // Only the entry's keys (later edits kept), or the whole file as it was before the entry.
    void planRestore(const HistoryEntry &entry, bool wholeFile = false);
    // Comments out the shell start-up line behind `shadow` (a change of that file, kept in the
    // shell start-up files' history).
    void planCommentOut(const Shadow &shadow);
    // Puts back the lines a shell start-up history entry commented out (later edits of the file
    // kept); planned() carries it like any restore.
    void planShellRestore(const HistoryEntry &entry);
    void apply(const ConfigChange &change);
    void loadHistory();
    // The shell start-up files' history, shared by every tool: shellHistoryLoaded().
    void loadShellHistory();

    // Pure worker functions, public for tests and for the CLI-like callers that already run off
    // the GUI thread.
    static ConfigSnapshot readSnapshot(const QString &ecosystem, const ToolEnvironment &env);
    static PlannedChange planEditsNow(const QString &ecosystem, const ToolEnvironment &env,
                                      const QList<KeyEdit> &edits);

Q_SIGNALS:
    void loaded(const ConfigSnapshot &snapshot);
    void planned(const PlannedChange &plan);
    void applied(const QString &historyId, const ConfigChange &change);
    void applyFailed(const CoreError &error);
    // Something the user should know after a write (a damaged history that was moved aside).
    void notice(const QString &message);
    void historyLoaded(const Expected<QList<HistoryEntry>> &entries);
    void shellHistoryLoaded(const Expected<QList<HistoryEntry>> &entries);

private:
    template <typename T, typename Work, typename Done> void run(Work work, Done done);
    using HistorySignal = void (ConfigService::*)(const Expected<QList<HistoryEntry>> &);
    void loadEntries(const QString &historyId, HistorySignal loadedSignal);

    QString m_ecosystem;
    AppContext m_context;
    std::unique_ptr<EcosystemConfig> m_config; // GUI-thread instance: validate(), keys()
    ConfigSnapshot m_snapshot;
    bool m_hasSnapshot = false;
};

Q_DECLARE_METATYPE(ConfigSnapshot)
Q_DECLARE_METATYPE(PlannedChange)
