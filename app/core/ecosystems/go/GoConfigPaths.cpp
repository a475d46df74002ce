#include "GoConfigPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

GoConfigPaths::GoConfigPaths(const ToolEnvironment &environment)
    : m_environment(environment)
{}

QString GoConfigPaths::variable(const QString &name) const
{
    if (m_environment.os() != ToolEnvironment::Os::Windows)
        return m_environment.value(name);
    // Windows environment names are case-insensitive (AppData, APPDATA).
    const QStringList keys = m_environment.variables().keys();
    for (const QString &key : keys) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return m_environment.value(key);
    }
    return {};
}

Expected<QString> GoConfigPaths::userConfigDir() const
{
    // Go reads $HOME, not the password database; a ToolEnvironment without HOME falls back to
    // its home directory so synthetic environments stay simple.
    QString home = variable(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = m_environment.homeDir();
    switch (m_environment.os()) {
    case ToolEnvironment::Os::Windows: {
        const QString appData = variable(QStringLiteral("AppData"));
        if (appData.isEmpty())
            return makeError(CoreError::Kind::Io,
                             tr("%AppData% is not defined, so the go env file cannot be located "
                                "(the go command fails the same way)."));
        return appData;
    }
    case ToolEnvironment::Os::MacOS:
        if (home.isEmpty())
            return makeError(CoreError::Kind::Io,
                             tr("$HOME is not defined, so the go env file cannot be located."));
        return ToolEnvironment::joinPath(home, QStringLiteral("Library/Application Support"));
    case ToolEnvironment::Os::Linux:
        break;
    }
    const QString xdg = variable(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty()) {
        if (!xdg.startsWith(QLatin1Char('/')))
            return makeError(CoreError::Kind::Io,
                             tr("XDG_CONFIG_HOME is a relative path (%1). Like the go command, "
                                "MirrorDeck then cannot locate the go env file; set it to an "
                                "absolute path or unset it.")
                                 .arg(xdg));
        return xdg;
    }
    if (home.isEmpty())
        return makeError(CoreError::Kind::Io,
                         tr("Neither $XDG_CONFIG_HOME nor $HOME is defined, so the go env file "
                            "cannot be located."));
    return ToolEnvironment::joinPath(home, QStringLiteral(".config"));
}

bool GoConfigPaths::isEnvFileDisabled() const
{
    return variable(QStringLiteral("GOENV")) == QLatin1String("off");
}

Expected<QString> GoConfigPaths::envFilePath() const
{
    const QString goenv = variable(QStringLiteral("GOENV"));
    if (goenv == QLatin1String("off"))
        return makeError(CoreError::Kind::Usage,
                         tr("The go command has its env file disabled (GOENV=off), so there is no "
                            "file to change. Unset GOENV, or set it to a file path, and try "
                            "again."));
    if (!goenv.isEmpty()) {
        // The go command opens a relative GOENV relative to its working directory.
        const bool windowsAbsolute = m_environment.os() == ToolEnvironment::Os::Windows &&
                                     goenv.size() > 2 && goenv.at(1) == QLatin1Char(':');
        if (QDir::isRelativePath(goenv) && !windowsAbsolute &&
            !goenv.startsWith(QLatin1Char('\\')) && !m_environment.workingDir().isEmpty())
            return ToolEnvironment::joinPath(m_environment.workingDir(), goenv);
        return goenv;
    }
    Expected<QString> dir = userConfigDir();
    if (!dir)
        return dir.error();
    return ToolEnvironment::joinPath(*dir, QStringLiteral("go/env"));
}

bool GoConfigPaths::isGoroot(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/pkg/tool")).isDir();
}

QString GoConfigPaths::goExecutable() const
{
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    const QString name = windows ? QStringLiteral("go.exe") : QStringLiteral("go");
    const QStringList dirs =
        variable(QStringLiteral("PATH"))
            .split(windows ? QLatin1Char(';') : QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        const QFileInfo candidate(ToolEnvironment::joinPath(dir, name));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

QString GoConfigPaths::gorootDir(const QString &userFileGoroot) const
{
    // cfg.findGOROOT(envCache.m["GOROOT"]): the user file's GOROOT, then the environment's.
    QString explicitRoot = userFileGoroot;
    if (explicitRoot.isEmpty())
        explicitRoot = variable(QStringLiteral("GOROOT"));
    if (!explicitRoot.isEmpty())
        return QDir::cleanPath(explicitRoot);
    const QString exe = goExecutable();
    if (exe.isEmpty())
        return {};
    // The go binary lives in GOROOT/bin or GOROOT/bin/GOOS_GOARCH; try the path as found in PATH
    // first, then with its symlinks resolved (filepath.EvalSymlinks).
    const QStringList candidates = {exe, QFileInfo(exe).canonicalFilePath()};
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        for (const char *up : {"/../..", "/../../.."}) {
            const QString root = QDir::cleanPath(candidate + QLatin1String(up));
            if (isGoroot(root))
                return root;
        }
    }
    return {};
}

int GoConfigPaths::gorootMinorVersion(const QString &goroot)
{
    if (goroot.isEmpty())
        return -1;
    QFile file(ToolEnvironment::joinPath(goroot, QStringLiteral("VERSION")));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray first = file.readLine(64).trimmed();
    if (!first.startsWith("go1."))
        return -1;
    qsizetype end = 4;
    while (end < first.size() && first.at(end) >= '0' && first.at(end) <= '9')
        ++end;
    bool ok = false;
    const int minor = first.mid(4, end - 4).toInt(&ok);
    return ok ? minor : -1;
}

QString GoConfigPaths::gorootEnvFile(const QString &goroot)
{
    return goroot.isEmpty() ? QString()
                            : ToolEnvironment::joinPath(goroot, QStringLiteral("go.env"));
}
