#pragma once

// The record of every change MirrorDeck wrote: per config file, the bytes before and after, the
// time and what changed, newest first, at most 50 entries per file. Any entry can be restored,
// i.e. the file put back to the state it had before that change.
//
// Stored as one JSON file per ecosystem in the app's data directory (0700, files 0600); contents
// are base64 so CRLF, a BOM or a missing final newline come back exactly — with every secret
// masked (SecretMask): the history never holds a token or a password, and a restore takes the
// current secret from the file (RestorePlanner).
//
// Adding an entry is a Recording: it takes the history's lock file (so parallel processes never
// hand out one id twice or lose an entry), loads the entries, and writes them only on commit() —
// ConfigWriter commits after the config file is written and rolls the file back if it cannot.
// A damaged history file is moved aside (kept, never deleted) and a new history begins.

#include "Expected.h"
#include "config/ConfigChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

struct HistoryEntry
{
    QString id; // short and typeable: "1", "2", … per ecosystem
    QDateTime time;
    QString ecosystem;
    QString filePath;
    QString targetPath;
    QString summary;
    QList<KeyChange> keyChanges;
    QString group; // ConfigChange::group: entries of other ecosystems written in the same change
    bool existedBefore = false;
    bool existsAfter = true;
    QByteArray before;
    QByteArray after;
};

class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)

public:
    static constexpr int kMaxEntriesPerFile = 50;

    explicit ChangeHistory(QString directory);
    // <AppDataLocation>/history (e.g. ~/.local/share/MirrorDeck/history on Linux).
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // How long a writer waits for another process's history lock.
    static constexpr int kLockTimeoutMs = 10000;

    // An entry about to be added, holding the history's lock until it is committed or dropped.
    class Recording
    {
    public:
        ~Recording();
        Recording(const Recording &) = delete;
        Recording &operator=(const Recording &) = delete;

        const HistoryEntry &entry() const { return m_entry; }
        // Sentences for the user (a damaged history moved aside).
        const QStringList &notes() const { return m_notes; }
        Expected<void> commit();

    private:
        friend class ChangeHistory;
        Recording() = default;

        const ChangeHistory *m_history = nullptr;
        std::unique_ptr<QLockFile> m_lock;
        QList<HistoryEntry> m_entries; // with m_entry first
        HistoryEntry m_entry;
        QStringList m_notes;
    };

    // Takes the lock and prepares the entry for `change` (masked); nothing is written yet.
    Expected<std::unique_ptr<Recording>> prepare(const ConfigChange &change,
                                                 const QDateTime &time) const;
    // prepare() and commit() at once, for callers that write nothing else.
    Expected<HistoryEntry> record(const ConfigChange &change, const QDateTime &time);
    // Newest first.
    Expected<QList<HistoryEntry>> entries(const QString &ecosystem) const;
    Expected<HistoryEntry> entry(const QString &ecosystem, const QString &id) const;

    QString storePath(const QString &ecosystem) const;

private:
    Expected<QList<HistoryEntry>> load(const QString &ecosystem) const;
    Expected<void> save(const QString &ecosystem, const QList<HistoryEntry> &entries) const;
    Expected<void> ensurePrivateDirectory() const;

    QString m_directory;
};
