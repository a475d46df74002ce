#pragma once

// The record of every change MirrorDeck wrote: per config file, the bytes before and after, the
// time and what changed, newest first, at most 50 entries per file. Any entry can be restored,
// i.e. the file put back to the state it had before that change.
//
// Stored as one JSON file per ecosystem in the app's data directory; contents are base64 so CRLF,
// a BOM or a missing final newline come back exactly.

#include "Expected.h"
#include "config/ConfigChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct HistoryEntry
{
    QString id; // short and typeable: "1", "2", … per ecosystem
    QDateTime time;
    QString ecosystem;
    QString filePath;
    QString targetPath;
    QString summary;
    QList<KeyChange> keyChanges;
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

    Expected<HistoryEntry> record(const ConfigChange &change, const QDateTime &time);
    // Newest first.
    Expected<QList<HistoryEntry>> entries(const QString &ecosystem) const;
    Expected<HistoryEntry> entry(const QString &ecosystem, const QString &id) const;

    // The change that puts the entry's file back to how it was before the entry, given what the
    // file holds now.
    static ConfigChange restoreChange(const HistoryEntry &entry, bool existsNow,
                                      const QByteArray &currentBytes);

private:
    QString storePath(const QString &ecosystem) const;
    Expected<QList<HistoryEntry>> load(const QString &ecosystem) const;
    Expected<void> save(const QString &ecosystem, const QList<HistoryEntry> &entries) const;

    QString m_directory;
};
