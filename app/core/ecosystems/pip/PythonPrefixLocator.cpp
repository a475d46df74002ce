#include "PythonPrefixLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>

#include <algorithm>

namespace {

QString readFirstVersion(const QString &path, bool *found)
{
    QFile file(path);
    *found = false;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    *found = true;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return trimmed.section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

} // namespace

PythonPrefixLocator::PythonPrefixLocator(const ToolEnvironment &environment)
    : m_environment(environment)
{}

QString PythonPrefixLocator::prefix() const
{
    const QString virtualEnv = m_environment.value(QStringLiteral("VIRTUAL_ENV"));
    if (!virtualEnv.isEmpty())
        return virtualEnv;
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    const QString program = windows ? QStringLiteral("python.exe") : QStringLiteral("python3");
    const QStringList path =
        m_environment.value(QStringLiteral("PATH"))
            .split(windows ? QLatin1Char(';') : QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &directory : path) {
        const QString candidate = ToolEnvironment::joinPath(directory, program);
        const QFileInfo info(candidate);
        if (!info.exists() || info.isDir())
            continue;
        const QDir dir(directory);
        if (dir.dirName() == QLatin1String("shims") &&
            QFileInfo(ToolEnvironment::joinPath(directory, QStringLiteral("../versions")))
                .isDir()) {
            QString root = m_environment.value(QStringLiteral("PYENV_ROOT"));
            if (root.isEmpty())
                root = QDir::cleanPath(directory + QStringLiteral("/.."));
            bool isSystem = false;
            const QString resolved = pyenvPrefix(root, &isSystem);
            if (!resolved.isEmpty())
                return resolved;
            continue; // "system" or an unknown version: pyenv falls through to the next python3
        }
        return interpreterPrefix(candidate);
    }
    return {};
}

QString PythonPrefixLocator::pyenvPrefix(const QString &pyenvRoot, bool *isSystem) const
{
    QString version =
        m_environment.value(QStringLiteral("PYENV_VERSION")).section(QLatin1Char(':'), 0, 0);
    if (version.isEmpty()) {
        QString directory = m_environment.value(QStringLiteral("PYENV_DIR"));
        if (directory.isEmpty())
            directory = m_environment.workingDir();
        QDir dir(directory);
        bool found = false;
        while (!found) {
            version = readFirstVersion(dir.filePath(QStringLiteral(".python-version")), &found);
            if (found || !dir.cdUp())
                break;
        }
        if (!found)
            version = readFirstVersion(pyenvRoot + QStringLiteral("/version"), &found);
    }
    if (version.isEmpty() || version == QLatin1String("system")) {
        *isSystem = true;
        return {};
    }
    const QString versions = pyenvRoot + QStringLiteral("/versions");
    if (QFileInfo(versions + QLatin1Char('/') + version).isDir())
        return versions + QLatin1Char('/') + version;
    // pyenv accepts a prefix ("3.11") and picks the newest installed match.
    QStringList matches = QDir(versions).entryList({version + QStringLiteral(".*")},
                                                   QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(matches.begin(), matches.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    return matches.isEmpty() ? QString() : versions + QLatin1Char('/') + matches.last();
}

QString PythonPrefixLocator::interpreterPrefix(const QString &executable) const
{
    const QString binDir = QFileInfo(executable).absolutePath();
    const QString parent = QDir::cleanPath(binDir + QStringLiteral("/.."));
    // A virtual environment is recognised by pyvenv.cfg before any symlink is followed.
    if (QFileInfo::exists(parent + QStringLiteral("/pyvenv.cfg")))
        return parent;
    if (QFileInfo::exists(binDir + QStringLiteral("/pyvenv.cfg")))
        return binDir;
    QString resolved = QFileInfo(executable).canonicalFilePath();
    if (resolved.isEmpty())
        resolved = executable;
    const QString resolvedDir = QFileInfo(resolved).absolutePath();
    if (m_environment.os() == ToolEnvironment::Os::Windows)
        return resolvedDir;
    return QDir::cleanPath(resolvedDir + QStringLiteral("/.."));
}
