#include "ConfigFile.h"

#include "config/ConfigLog.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

QString ConfigFileReader::resolveTarget(const QString &path)
{
    QString current = path;
    // Bounded, so a symlink loop cannot hang us; 40 is the Linux kernel's own limit.
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        QString target = info.symLinkTarget();
        if (target.isEmpty())
            return current;
        current = target;
    }
    return current;
}

Expected<void> ConfigFileReader::checkText(const QByteArray &bytes, const QString &path)
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
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first bad line so the user can look at it.
        int line = 1;
        qsizetype lineStart = 0;
        while (lineStart <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', lineStart);
            if (end < 0)
                end = bytes.size();
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(lineDecoder.decode(bytes.mid(lineStart, end - lineStart)));
            if (lineDecoder.hasError())
                break;
            ++line;
            lineStart = end + 1;
        }
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is not valid UTF-8 text; it was left unchanged. Save it as "
                            "UTF-8 and try again."),
                         path, line);
    }
    return {};
}

Expected<ConfigFile> ConfigFileReader::read(const QString &path)
{
    ConfigFile file;
    file.path = path;
    file.targetPath = resolveTarget(path);
    const QFileInfo info(file.targetPath);
    if (!info.exists())
        return file;
    if (info.isDir())
        return makeError(CoreError::Kind::Io, tr("This is a directory, not a configuration file."),
                         path);
    if (info.size() > kMaxFileSize)
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is larger than 1 MB, which no mirror configuration needs; "
                            "it was left unchanged."),
                         path);
    // Permission bits, not access(): as root everything is readable, but a file nobody may read
    // was made so on purpose.
    if (!(info.permissions() &
          (QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        return makeError(CoreError::Kind::Io,
                         tr("The file cannot be read: its permissions allow nobody to read it."),
                         path);
    QFile qfile(file.targetPath);
    if (!qfile.open(QIODevice::ReadOnly))
        return makeError(
            CoreError::Kind::Io,
            tr("The file cannot be read (%1). Check its permissions.").arg(qfile.errorString()),
            path);
    // Read one byte past the limit so a file that grew since stat() is still caught.
    file.bytes = qfile.read(kMaxFileSize + 1);
    if (qfile.error() != QFileDevice::NoError)
        return makeError(CoreError::Kind::Io,
                         tr("The file cannot be read (%1).").arg(qfile.errorString()), path);
    if (Expected<void> ok = checkText(file.bytes, path); !ok)
        return ok.error();
    file.exists = true;
    qCDebug(lcConfig) << "read" << file.bytes.size() << "bytes from" << file.targetPath;
    file.document = LineDocument::fromBytes(file.bytes);
    return file;
}
