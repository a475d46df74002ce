#include "migration/LegacyDataMerge.h"

#include "AppLog.h"
#include "catalog/MirrorCatalog.h"
#include "catalog/UserMirrorStore.h"
#include "migration/HistoryMerge.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

const QString LegacyDataMerge::kMarkerName = QStringLiteral("legacy-merged");
const QString LegacyDataMerge::kAsideSuffix = QStringLiteral(".merged");
const QString LegacyDataMerge::kBackupSuffix = QStringLiteral(".before-merge");

namespace {

// Long enough for another process to merge a few history files; the wait only happens when the
// window and the CLI start at the same moment on a machine that still has old data.
constexpr int kLockWaitMs = 20000;

const QString kHistory = QStringLiteral("history");

// History holds the bytes of config files, which may hold tokens: owner only (issue 8).
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDirectory = kPrivateFile | QFileDevice::ExeOwner;

// On a case-insensitive file system "MirrorDeck" and "mirrordeck" are one folder.
bool sameEntry(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat first
    {};
    struct stat second
    {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    return a.compare(b, Qt::CaseInsensitive) == 0;
#endif
}

bool present(const QString &legacy, const QString &canonical)
{
    return !legacy.isEmpty() && QFileInfo::exists(legacy) && !sameEntry(legacy, canonical);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

LegacyDataMerge::LegacyDataMerge(AppLocations canonical, QList<AppLocations> legacy)
    : m_canonical(std::move(canonical))
    , m_legacy(std::move(legacy))
{}

bool LegacyDataMerge::hasLegacyData() const
{
    for (const AppLocations &legacy : m_legacy) {
        if (present(legacy.dataDirectory, m_canonical.dataDirectory) ||
            present(legacy.configDirectory, m_canonical.configDirectory) ||
            (present(legacy.settingsFile, m_canonical.settingsFile) &&
             QFileInfo(legacy.settingsFile).isFile()))
            return true;
    }
    return false;
}

QStringList LegacyDataMerge::run()
{
    // The common case costs a few stat() calls and writes nothing.
    const QString marker = QDir(m_canonical.dataDirectory).filePath(kMarkerName);
    if (!hasLegacyData() || QFileInfo::exists(marker))
        return {};

    if (!QDir().mkpath(m_canonical.dataDirectory)) {
        fail(tr("The data folder cannot be created, so the data of an earlier MirrorDeck was not "
                "merged."),
             m_canonical.dataDirectory);
        return m_warnings;
    }
    QLockFile lock(QDir(m_canonical.dataDirectory).filePath(QStringLiteral("legacy-merge.lock")));
    if (!lock.tryLock(kLockWaitMs)) {
        fail(tr("Another MirrorDeck is still merging the data of an earlier version; it was not "
                "merged now and will be the next time MirrorDeck starts."),
             lock.fileName());
        return m_warnings;
    }
    if (QFileInfo::exists(marker)) { // the other process finished it while we waited
        qCDebug(lcApp) << "legacy data already merged by another process";
        return {};
    }

    for (const AppLocations &legacy : std::as_const(m_legacy))
        merge(legacy);
    if (m_incomplete)
        return m_warnings;
    const QString note = QStringLiteral("Merged the data of earlier spellings on %1.\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writeFile(marker, note.toUtf8());
    return m_warnings;
}

void LegacyDataMerge::merge(const AppLocations &legacy)
{
    const bool data = present(legacy.dataDirectory, m_canonical.dataDirectory);
    const bool config = present(legacy.configDirectory, m_canonical.configDirectory);
    const bool settings = present(legacy.settingsFile, m_canonical.settingsFile) &&
                          QFileInfo(legacy.settingsFile).isFile();
    if (data) {
        qCDebug(lcApp) << "merging data folder" << legacy.dataDirectory << "into"
                       << m_canonical.dataDirectory;
        mergeHistories(QDir(legacy.dataDirectory).filePath(kHistory),
                       QDir(m_canonical.dataDirectory).filePath(kHistory));
        copyMissingFiles(legacy.dataDirectory, m_canonical.dataDirectory, {kHistory});
    }
    if (config) {
        qCDebug(lcApp) << "merging config folder" << legacy.configDirectory << "into"
                       << m_canonical.configDirectory;
        mergeUserMirrors(legacy.configDirectory, m_canonical.configDirectory);
        copyMissingFiles(legacy.configDirectory, m_canonical.configDirectory,
                         {UserMirrorStore::kFileName});
    }
    if (settings)
        mergeSettings(legacy.settingsFile, m_canonical.settingsFile);
    if (m_incomplete)
        return;
    if (data)
        setAside(legacy.dataDirectory);
    if (config)
        setAside(legacy.configDirectory);
    if (settings)
        setAside(legacy.settingsFile);
}

void LegacyDataMerge::mergeHistories(const QString &from, const QString &to)
{
    const QStringList files =
        QDir(from).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return;
    if (!QDir().mkpath(to) || !QFile::setPermissions(to, kPrivateDirectory)) {
        fail(tr("The history folder cannot be created."), to);
        return;
    }
    for (const QString &name : files) {
        const QString source = QDir(from).filePath(name);
        const QString target = QDir(to).filePath(name);
        QByteArray merged = readAll(source);
        if (QFileInfo::exists(target)) {
            Expected<QByteArray> combined =
                HistoryMerge::merge(readAll(target), target, merged, source);
            if (!combined) {
                // The damaged file stays where it is (set aside with its folder): nothing lost.
                m_warnings << combined.error().toString();
                continue;
            }
            if (!backUp(target))
                continue;
            // No copy keeps a secret in clear, the backup neither (issue 8).
            writeFile(target + kBackupSuffix,
                      HistoryMerge::maskSecrets(readAll(target + kBackupSuffix)));
            merged = std::move(combined).value();
        }
        qCDebug(lcApp) << "merged history" << source << "into" << target;
        if (writeFile(target, HistoryMerge::maskSecrets(merged)))
            writeFile(source, HistoryMerge::maskSecrets(readAll(source)));
    }
}

void LegacyDataMerge::mergeUserMirrors(const QString &fromDirectory, const QString &toDirectory)
{
    const QString source = QDir(fromDirectory).filePath(UserMirrorStore::kFileName);
    if (!QFileInfo::exists(source))
        return;
    const Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(source, /*userDefined=*/true);
    if (!mirrors) {
        m_warnings << mirrors.error().toString();
        return;
    }
    UserMirrorStore store({}, toDirectory);
    if (!backUp(store.filePath()))
        return;
    const Expected<QStringList> renamed = store.addMissing(*mirrors);
    if (!renamed) {
        fail(renamed.error().message, store.filePath());
        return;
    }
    for (const QString &change : *renamed)
        m_warnings << tr("Two of your mirrors had the same id; one was renamed (%1).").arg(change);
}

void LegacyDataMerge::mergeSettings(const QString &from, const QString &to)
{
    const QSettings old(from, QSettings::NativeFormat);
    QStringList missing;
    {
        const QSettings current(to, QSettings::NativeFormat);
        for (const QString &key : old.allKeys()) {
            if (!current.contains(key))
                missing << key;
        }
    }
    qCDebug(lcApp) << "settings: filling" << missing.size() << "keys of" << to << "from" << from;
    if (missing.isEmpty() || !backUp(to))
        return;
    QSettings current(to, QSettings::NativeFormat);
    for (const QString &key : std::as_const(missing))
        current.setValue(key, old.value(key));
    current.sync();
    if (current.status() != QSettings::NoError)
        fail(tr("The preferences of an earlier MirrorDeck could not be merged."), to);
}

void LegacyDataMerge::copyMissingFiles(const QString &from, const QString &to,
                                       const QStringList &handled)
{
    QDirIterator files(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    const QDir source(from);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = source.relativeFilePath(path);
        if (handled.contains(relative.section(QLatin1Char('/'), 0, 0)))
            continue;
        const QString target = QDir(to).filePath(relative);
        if (QFileInfo::exists(target)) {
            qCDebug(lcApp) << "kept" << target << "over" << path;
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            fail(tr("A file of an earlier MirrorDeck could not be copied."), path);
        else
            qCDebug(lcApp) << "copied" << path << "to" << target;
    }
}

bool LegacyDataMerge::backUp(const QString &path)
{
    const QString backup = path + kBackupSuffix;
    // An earlier, interrupted run already kept the state from before any merge.
    if (!QFileInfo::exists(path) || QFileInfo::exists(backup))
        return true;
    if (QFile::copy(path, backup))
        return true;
    fail(tr("A backup copy could not be made, so this file was not merged."), path);
    return false;
}

bool LegacyDataMerge::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit() ||
        !QFile::setPermissions(path, kPrivateFile)) {
        fail(tr("The merged file could not be written (%1).").arg(file.errorString()), path);
        return false;
    }
    return true;
}

void LegacyDataMerge::setAside(const QString &path)
{
    QString aside = path + kAsideSuffix;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + kAsideSuffix + QLatin1Char('-') + QString::number(n);
    // QDir::rename renames files and folders alike.
    if (QDir().rename(path, aside))
        qCDebug(lcApp) << "set aside" << path << "as" << aside;
    else
        m_warnings << tr("“%1” was merged but could not be renamed to “%2”; it can be removed.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside));
}

void LegacyDataMerge::fail(const QString &message, const QString &path)
{
    m_incomplete = true;
    m_warnings << QStringLiteral("%1 (%2)").arg(message, QDir::toNativeSeparators(path));
}
