#include "ConfigWriter.h"

#include "config/ConfigFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

ConfigWriter::ConfigWriter(ChangeHistory *history)
    : m_history(history)
{}

QString ConfigWriter::lockPathFor(const QString &targetPath)
{
    const QFileInfo info(targetPath);
    // Hidden, next to the file: on the same file system, visible to every process that edits
    // this file, whichever MirrorDeck data directory it uses.
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() +
           QStringLiteral(".mirrordeck-lock");
}

Expected<void> ConfigWriter::checkUnchangedOnDisk(const ConfigChange &change) const
{
    // Never a blocking read: a FIFO or device swapped in since the plan is refused, not opened.
    MIRRORDECK_TRY(ConfigFileReader::checkWritableTarget(change.targetPath, change.filePath));
    MIRRORDECK_TRY_ASSIGN(current, ConfigFileReader::readBytes(change.targetPath));
    const bool existsNow = current.has_value();
    if (existsNow != change.existedBefore || (existsNow && *current != change.before))
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

Expected<void> ConfigWriter::rollBack(const ConfigChange &change) const
{
    ConfigChange back = change;
    back.before = change.after;
    back.existedBefore = change.existsAfter;
    back.after = change.before;
    back.existsAfter = change.existedBefore;
    return writeAtomically(back);
}

Expected<QString> ConfigWriter::apply(const ConfigChange &change, QStringList *notes)
{
    if (change.isNoOp())
        return QString();

    const QString directory = QFileInfo(change.targetPath).absolutePath();
    if (!QDir().mkpath(directory))
        return makeError(CoreError::Kind::Io,
                         tr("The directory %1 cannot be created. Check its permissions.")
                             .arg(QDir::toNativeSeparators(directory)),
                         change.filePath);
    QLockFile lock(lockPathFor(change.targetPath));
    if (!lock.tryLock(kLockTimeoutMs))
        return makeError(CoreError::Kind::Busy,
                         lock.error() == QLockFile::LockFailedError
                             ? tr("Another MirrorDeck window or command is changing this file "
                                  "and did not finish within %n second(s); nothing was written. "
                                  "Try again.",
                                  nullptr, kLockTimeoutMs / 1000)
                             : tr("The file cannot be locked for writing (its directory is not "
                                  "writable); nothing was written."),
                         change.filePath);

    // Under the lock: nobody can write between this check and our rename.
    MIRRORDECK_TRY(checkUnchangedOnDisk(change));

    std::unique_ptr<ChangeHistory::Recording> recording;
    if (m_history) {
        MIRRORDECK_TRY_ASSIGN(prepared,
                              m_history->prepare(change, QDateTime::currentDateTimeUtc()));
        recording = std::move(prepared);
        if (notes)
            *notes += recording->notes();
    }
    MIRRORDECK_TRY(writeAtomically(change));
    if (!recording)
        return QString();
    if (Expected<void> committed = recording->commit(); !committed) {
        CoreError error = committed.error();
        if (Expected<void> undone = rollBack(change); !undone)
            error.message = tr("The change was written, but it could not be added to the history "
                               "(%1), and putting the file back failed too (%2).")
                                .arg(error.message, undone.error().message);
        else
            error.message = tr("The change could not be added to the history (%1), so the file "
                               "was put back as it was; nothing was changed.")
                                .arg(error.message);
        return error;
    }
    return recording->entry().id;
}
