#pragma once

// Notices when another program (an editor, `go env -w`, `npm config set`) changes the files a
// tool's settings come from. Watches the files and their directories — editors and atomic
// writers replace a file rather than rewrite it, and a file that does not exist yet can only be
// seen appearing through its directory — and reports a burst of events once, after it settles.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

class ConfigFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConfigFileWatcher(QObject *parent = nullptr);

    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    // While suppressed (our own writes), changes are not reported.
    void suppressFor(int milliseconds);

Q_SIGNALS:
    void filesChanged();

private:
    void onPathChanged(const QString &path);
    // Size and modification time per file ("" when missing): what tells a real change from a
    // directory event about some other file.
    QHash<QString, QString> stamps() const;

    QFileSystemWatcher *m_watcher = nullptr;
    QStringList m_files;
    QSet<QString> m_directories;
    QHash<QString, QString> m_stamps;
    QTimer m_settle;
    QTimer m_suppress;
};
