#include "PipConfigPaths.h"

#include "ecosystems/pip/PythonPrefixLocator.h"

#include <QDir>
#include <QFileInfo>

namespace {
using Os = ToolEnvironment::Os;
}

PipConfigPaths::PipConfigPaths(const ToolEnvironment &environment)
    : m_environment(environment)
{}

QString PipConfigPaths::baseName() const
{
    return m_environment.os() == Os::Windows ? QStringLiteral("pip.ini")
                                             : QStringLiteral("pip.conf");
}

QString PipConfigPaths::expandUser(const QString &path) const
{
    if (path == QLatin1String("~"))
        return m_environment.homeDir();
    if (path.startsWith(QLatin1String("~/")))
        return m_environment.homeDir() + path.mid(1);
    return path;
}

QString PipConfigPaths::absolute(const QString &path) const
{
    if (m_environment.os() == Os::Windows || QDir::isAbsolutePath(path))
        return path;
    // Python resolves relative paths against the working directory.
    return ToolEnvironment::joinPath(m_environment.workingDir(), path);
}

QStringList PipConfigPaths::globalFiles() const
{
    switch (m_environment.os()) {
    case Os::MacOS:
        return {QStringLiteral("/Library/Application Support/pip/pip.conf")};
    case Os::Windows: {
        QString programData = m_environment.value(QStringLiteral("ALLUSERSPROFILE"));
        if (programData.isEmpty())
            programData = QStringLiteral("C:/ProgramData");
        return {ToolEnvironment::joinPath(
            ToolEnvironment::joinPath(programData, QStringLiteral("pip")), baseName())};
    }
    case Os::Linux:
        break;
    }
    QString dirs = m_environment.value(QStringLiteral("XDG_CONFIG_DIRS"));
    if (dirs.trimmed().isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    QStringList files;
    const QStringList entries = dirs.split(QLatin1Char(':'));
    for (const QString &entry : entries) {
        const QString expanded = expandUser(entry);
        const QString dir = expanded.isEmpty()
                                ? QStringLiteral("pip")
                                : ToolEnvironment::joinPath(expanded, QStringLiteral("pip"));
        files << absolute(ToolEnvironment::joinPath(dir, baseName()));
    }
    files << QStringLiteral("/etc/pip.conf");
    return files;
}

QString PipConfigPaths::legacyUserFile() const
{
    const QString folder =
        m_environment.os() == Os::Windows ? QStringLiteral("pip") : QStringLiteral(".pip");
    return ToolEnvironment::joinPath(ToolEnvironment::joinPath(m_environment.homeDir(), folder),
                                     baseName());
}

QString PipConfigPaths::userFile() const
{
    QString dir;
    switch (m_environment.os()) {
    case Os::MacOS: {
        const QString support = ToolEnvironment::joinPath(
            m_environment.homeDir(), QStringLiteral("Library/Application Support/pip"));
        dir = QFileInfo(support).isDir() ? support
                                         : ToolEnvironment::joinPath(m_environment.homeDir(),
                                                                     QStringLiteral(".config/pip"));
        break;
    }
    case Os::Windows: {
        QString appData = m_environment.value(QStringLiteral("APPDATA"));
        if (appData.isEmpty())
            appData = ToolEnvironment::joinPath(m_environment.homeDir(),
                                                QStringLiteral("AppData/Roaming"));
        dir = ToolEnvironment::joinPath(appData, QStringLiteral("pip"));
        break;
    }
    case Os::Linux: {
        QString config = m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
        if (config.trimmed().isEmpty())
            config = ToolEnvironment::joinPath(m_environment.homeDir(), QStringLiteral(".config"));
        dir = absolute(ToolEnvironment::joinPath(config, QStringLiteral("pip")));
        break;
    }
    }
    return ToolEnvironment::joinPath(dir, baseName());
}

QString PipConfigPaths::siteFile() const
{
    const QString prefix = PythonPrefixLocator(m_environment).prefix();
    return prefix.isEmpty() ? QString() : ToolEnvironment::joinPath(prefix, baseName());
}

bool PipConfigPaths::filesDisabled() const
{
    const QString devnull =
        m_environment.os() == Os::Windows ? QStringLiteral("nul") : QStringLiteral("/dev/null");
    return configFileVariable() == devnull;
}

bool PipConfigPaths::configFileReplacesUserFiles() const
{
    const QString file = configFileVariable();
    return !file.isEmpty() && QFileInfo::exists(absolute(file));
}

QList<PipConfigLocation> PipConfigPaths::readOrder() const
{
    QList<PipConfigLocation> order;
    if (filesDisabled())
        return order;
    const QStringList globals = globalFiles();
    for (const QString &file : globals)
        order.append({file, QStringLiteral("global")});
    if (!configFileReplacesUserFiles()) {
        order.append({legacyUserFile(), QStringLiteral("user")});
        order.append({userFile(), QStringLiteral("user")});
    }
    const QString site = siteFile();
    if (!site.isEmpty())
        order.append({site, QStringLiteral("site")});
    if (!configFileVariable().isEmpty())
        order.append({absolute(configFileVariable()), QStringLiteral("env")});
    return order;
}

Expected<PipConfigLocation> PipConfigPaths::fileToEdit() const
{
    if (filesDisabled())
        return makeError(CoreError::Kind::Usage,
                         tr("PIP_CONFIG_FILE is set to %1, so pip reads no configuration file and "
                            "there is nothing MirrorDeck could edit. Unset PIP_CONFIG_FILE to use "
                            "the user file.")
                             .arg(configFileVariable()));
    if (configFileReplacesUserFiles())
        return PipConfigLocation{absolute(configFileVariable()), QStringLiteral("env")};
    const QString legacy = legacyUserFile();
    const QString current = userFile();
    if (!QFileInfo::exists(current) && QFileInfo::exists(legacy))
        return PipConfigLocation{legacy, QStringLiteral("user")};
    return PipConfigLocation{current, QStringLiteral("user")};
}
