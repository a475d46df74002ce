#include "ConfigFile.h"

#include "config/ConfigLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// 40 is the Linux kernel's own limit before it answers ELOOP.
constexpr int kMaxSymlinkHops = 40;

CoreError loopError(const QString &path)
{
    return makeError(CoreError::Kind::Io,
                     ConfigFileReader::tr("This is a symbolic link that leads back to itself (a "
                                          "loop), so there is no file behind it; it was left "
                                          "unchanged. Point the link at a real file or remove it."),
                     path);
}

// Refuses anything but a regular file, saying what it is. A directory keeps its own message and
// kind Io (the tools skip a directory when it is not the file they edit).
Expected<void> checkRegular(mode_t mode, const QString &target, const QString &path)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return makeError(CoreError::Kind::Io,
                         ConfigFileReader::tr("This is a directory, not a configuration file."),
                         path);
    QString what;
    if (S_ISFIFO(mode))
        what = ConfigFileReader::tr("This is a named pipe (FIFO), not a configuration file: "
                                    "reading it would wait for another program forever.");
    else if (S_ISSOCK(mode))
        what = ConfigFileReader::tr("This is a socket, not a configuration file.");
    else if (S_ISCHR(mode))
        what = ConfigFileReader::tr("This is a character device, not a configuration file.");
    else if (S_ISBLK(mode))
        what = ConfigFileReader::tr("This is a block device, not a configuration file.");
    else
        what = ConfigFileReader::tr("This is not a regular file, so it is not a configuration "
                                    "file.");
    if (target != path)
        what += QLatin1Char(' ') + ConfigFileReader::tr("(The symbolic link leads to %1.)")
                                       .arg(QDir::toNativeSeparators(target));
    return makeError(CoreError::Kind::BadFile,
                     what + QLatin1Char(' ') +
                         ConfigFileReader::tr("MirrorDeck neither reads nor replaces it; make it a "
                                              "regular file if the tool should use it."),
                     path);
}

CoreError readError(const QString &path, int error)
{
    return makeError(CoreError::Kind::Io,
                     ConfigFileReader::tr("The file cannot be read (%1). Check its permissions.")
                         .arg(QString::fromLocal8Bit(std::strerror(error))),
                     path);
}

} // namespace

Expected<QString> ConfigFileReader::followLinks(const QString &path)
{
    QString current = path;
    for (int hop = 0; hop < kMaxSymlinkHops; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        QString target = info.symLinkTarget();
        if (target.isEmpty())
            return current;
        current = target;
    }
    return loopError(path);
}

QString ConfigFileReader::resolveTarget(const QString &path)
{
    Expected<QString> target = followLinks(path);
    return target ? *target : path;
}

Expected<void> ConfigFileReader::checkText(const QByteArray &bytes, const QString &path,
                                           TextPolicy policy)
{
    if (bytes.size() > kMaxFileSize)
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is larger than 1 MB, which no mirror configuration needs; "
                            "it was left unchanged."),
                         path);
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        const int line = int(bytes.left(nul).count('\n')) + 1;
        return makeError(CoreError::Kind::BadFile,
                         tr("The file contains binary data (a NUL byte), so it is not a text "
                            "configuration file; it was left unchanged."),
                         path, line);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(bytes));
    if (!decoder.hasError())
        return {};
    // Look at each line: the first bad one the tool would read is refused and named. (An invalid
    // sequence never swallows a "\n", so lines can be judged one by one.)
    int line = 1;
    for (qsizetype lineStart = 0; lineStart <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', lineStart);
        if (end < 0)
            end = bytes.size();
        const QByteArray content = bytes.mid(lineStart, end - lineStart);
        lineStart = end + 1;
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(lineDecoder.decode(content));
        if (!lineDecoder.hasError() || (policy.isIgnoredLine && policy.isIgnoredLine(content)))
            continue;
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is not valid UTF-8 text; it was left unchanged. Save it as "
                            "UTF-8 and try again."),
                         path, line);
    }
    return {};
}

Expected<std::optional<QByteArray>> ConfigFileReader::readBytes(const QString &path,
                                                                QString *targetPath)
{
    Expected<QString> followed = followLinks(path);
    if (!followed)
        return followed.error();
    const QString target = *followed;
    if (targetPath)
        *targetPath = target;
    const QByteArray nativeTarget = QFile::encodeName(target);

    // Judge the file before opening it: opening a device can already have effects.
    struct stat status = {};
    if (::stat(nativeTarget.constData(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return std::optional<QByteArray>(); // missing (also a dangling link)
        if (errno == ELOOP)
            return loopError(path); // a loop among the directories on the way
        return readError(path, errno);
    }
    if (Expected<void> regular = checkRegular(status.st_mode, target, path); !regular)
        return regular.error();
    // Permission bits, not access(): as root everything is readable, but a file nobody may read
    // was made so on purpose.
    if (!(status.st_mode & (S_IRUSR | S_IRGRP | S_IROTH)))
        return makeError(CoreError::Kind::Io,
                         tr("The file cannot be read: its permissions allow nobody to read it."),
                         path);

    // Non-blocking and without following a last link: if the file was swapped for a pipe or a
    // link since stat(), the open neither waits for a writer nor goes elsewhere, and fstat()
    // below sees what was really opened.
    const int fd = ::open(nativeTarget.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<QByteArray>();
        if (errno == ELOOP)
            return loopError(path);
        return readError(path, errno);
    }
    QFile file;
    // The QFile owns the descriptor from here on and closes it.
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return readError(path, EBADF);
    }
    if (::fstat(fd, &status) != 0)
        return readError(path, errno);
    if (Expected<void> regular = checkRegular(status.st_mode, target, path); !regular)
        return regular.error();
    // One byte past the limit, so a file that grew since stat() is still caught.
    QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(CoreError::Kind::Io,
                         tr("The file cannot be read (%1).").arg(file.errorString()), path);
    return std::optional<QByteArray>(std::move(bytes));
}

Expected<ConfigFile> ConfigFileReader::read(const QString &path, TextPolicy policy)
{
    ConfigFile file;
    file.path = path;
    Expected<std::optional<QByteArray>> bytes = readBytes(path, &file.targetPath);
    if (!bytes)
        return bytes.error();
    if (!bytes->has_value())
        return file;
    file.bytes = std::move(**bytes);
    if (Expected<void> ok = checkText(file.bytes, path, policy); !ok)
        return ok.error();
    file.exists = true;
    qCDebug(lcConfig) << "read" << file.bytes.size() << "bytes from" << file.targetPath;
    file.document = LineDocument::fromBytes(file.bytes);
    return file;
}

Expected<void> ConfigFileReader::checkWritableTarget(const QString &targetPath,
                                                     const QString &shownPath)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(targetPath).constData(), &status) != 0) {
        if (errno == ENOENT)
            return {};
        if (errno == ELOOP)
            return loopError(shownPath);
        return readError(shownPath, errno);
    }
    if (S_ISLNK(status.st_mode)) {
        // The target was resolved through every link before; a link here is a loop or new.
        if (!followLinks(targetPath))
            return loopError(shownPath);
        return makeError(CoreError::Kind::Conflict,
                         tr("The file was replaced by a symbolic link since MirrorDeck read it; "
                            "nothing was written. Reload it and make the change again."),
                         shownPath);
    }
    return checkRegular(status.st_mode, targetPath, shownPath);
}
