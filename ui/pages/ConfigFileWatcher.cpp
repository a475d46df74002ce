#include "ConfigFileWatcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFileSystemWatcher>

ConfigFileWatcher::ConfigFileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    m_suppress.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this]() {
        const QHash<QString, QString> previous = m_stamps;
        // Re-arm: an atomic replace drops the old inode from the watch list.
        setFiles(m_files);
        if (m_stamps != previous && !m_suppress.isActive())
            Q_EMIT filesChanged();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigFileWatcher::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ConfigFileWatcher::onPathChanged);
}

void ConfigFileWatcher::setFiles(const QStringList &files)
{
    m_files = files;
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedDirs = m_watcher->directories();
    if (!watchedFiles.isEmpty())
        m_watcher->removePaths(watchedFiles);
    if (!watchedDirs.isEmpty())
        m_watcher->removePaths(watchedDirs);
    m_directories.clear();
    QStringList add;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.exists())
            add << info.absoluteFilePath();
        // The nearest existing directory: ~/.config/go may not exist until `go env -w` runs.
        QString dir = info.absolutePath();
        while (!QFileInfo::exists(dir) && QFileInfo(dir).absolutePath() != dir)
            dir = QFileInfo(dir).absolutePath();
        if (!m_directories.contains(dir)) {
            m_directories.insert(dir);
            add << dir;
        }
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
    m_stamps = stamps();
}

QHash<QString, QString> ConfigFileWatcher::stamps() const
{
    QHash<QString, QString> result;
    for (const QString &file : m_files) {
        const QFileInfo info(file);
        result.insert(file, info.exists()
                                ? QString::number(info.size()) + QLatin1Char('@') +
                                      QString::number(info.lastModified().toMSecsSinceEpoch())
                                : QString());
    }
    return result;
}

void ConfigFileWatcher::suppressFor(int milliseconds)
{
    m_suppress.start(milliseconds);
}

void ConfigFileWatcher::onPathChanged(const QString &path)
{
    // Home directories change all the time; the settle timer compares the files' size and time,
    // so only a change to one of our files is reported.
    Q_UNUSED(path);
    m_settle.start();
}
