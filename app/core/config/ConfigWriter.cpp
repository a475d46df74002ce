#include "ConfigWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

ConfigWriter::ConfigWriter(ChangeHistory *history)
    : m_history(history)
{}

Expected<void> ConfigWriter::checkUnchangedOnDisk(const ConfigChange &change) const
{
    const QFileInfo info(change.targetPath);
    const bool existsNow = info.exists();
    QByteArray current;
    if (existsNow) {
        QFile file(change.targetPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                CoreError::Kind::Io,
                tr("The file cannot be read (%1). Check its permissions.").arg(file.errorString()),
                change.filePath);
        current = file.readAll();
    }
    if (existsNow != change.existedBefore || current != change.before)
        return makeError(CoreError::Kind::Conflict,
                         tr("The file was changed by another program since MirrorDeck read it; "
                            "nothing was written. Reload it and make the change again."),
                         change.filePath);
    return {};
}

Expected<void> ConfigWriter::writeAtomically(const ConfigChange &change) const
{
    const QFileInfo info(change.targetPath);
    const QString directory = info.absolutePath();

    if (!change.existsAfter) {
        if (info.exists() && !QFile::remove(change.targetPath))
            return makeError(CoreError::Kind::Io,
                             tr("The file cannot be removed. Check the permissions of its "
                                "directory."),
                             change.filePath);
        return {};
    }

    // Permission bits, not access(): as root every file is writable, but a config someone made
    // read-only on purpose must stay untouched for root too.
    if (info.exists() && !(info.permissions() & QFileDevice::WriteOwner))
        return makeError(CoreError::Kind::Io,
                         tr("The file is read-only; nothing was written. Make it writable "
                            "(chmod u+w) if MirrorDeck should change it."),
                         change.filePath);
    if (!QDir().mkpath(directory))
        return makeError(CoreError::Kind::Io,
                         tr("The directory %1 cannot be created. Check its permissions.")
                             .arg(QDir::toNativeSeparators(directory)),
                         change.filePath);
    const QFileInfo directoryInfo(directory);
    if (!(directoryInfo.permissions() & QFileDevice::WriteOwner))
        return makeError(CoreError::Kind::Io,
                         tr("The directory %1 is read-only, so the file cannot be replaced safely; "
                            "nothing was written.")
                             .arg(QDir::toNativeSeparators(directory)),
                         change.filePath);

    const QFileDevice::Permissions permissions =
        info.exists() ? info.permissions() : change.newFilePermissions;

    QSaveFile file(change.targetPath);
    // Never fall back to writing in place: a partial file is worse than an error.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            CoreError::Kind::Io,
            tr("The file cannot be written (%1); nothing was changed.").arg(file.errorString()),
            change.filePath);
    file.setPermissions(permissions);
    if (file.write(change.after) != change.after.size() || !file.commit())
        return makeError(
            CoreError::Kind::Io,
            tr("The file cannot be written (%1); nothing was changed.").arg(file.errorString()),
            change.filePath);
    if (QFile::permissions(change.targetPath) != permissions)
        QFile::setPermissions(change.targetPath, permissions);
    return {};
}

Expected<QString> ConfigWriter::apply(const ConfigChange &change)
{
    if (change.isNoOp())
        return QString();
    if (Expected<void> unchanged = checkUnchangedOnDisk(change); !unchanged)
        return unchanged.error();
    if (Expected<void> written = writeAtomically(change); !written)
        return written.error();
    if (!m_history)
        return QString();
    Expected<HistoryEntry> recorded = m_history->record(change, QDateTime::currentDateTimeUtc());
    if (!recorded) {
        CoreError error = recorded.error();
        error.message = tr("The change was written, but it could not be added to the history: %1")
                            .arg(error.message);
        return error;
    }
    return recorded->id;
}
