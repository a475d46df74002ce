#include "ecosystems/uv/UvConfigPaths.h"

#include "config/ConfigFile.h"
#include "config/TomlDocument.h"

#include <QDir>
#include <QFileInfo>

UvConfigPaths::UvConfigPaths(ToolEnvironment environment)
    : m_environment(std::move(environment))
{}

UvConfigLocation UvConfigPaths::userFile() const
{
    UvConfigLocation location;
    location.level = QStringLiteral("user");
    if (m_environment.os() == ToolEnvironment::Os::Windows) {
        const QString appData = m_environment.value(QStringLiteral("APPDATA"));
        const QString base = appData.isEmpty()
                                 ? ToolEnvironment::joinPath(m_environment.homeDir(),
                                                             QStringLiteral("AppData/Roaming"))
                                 : appData;
        location.path = ToolEnvironment::joinPath(base, QStringLiteral("uv/uv.toml"));
        return location;
    }
    // Like the etcetera crate uv uses: a relative XDG_CONFIG_HOME is ignored.
    const QString xdg = m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    const QString base =
        !xdg.isEmpty() && QDir::isAbsolutePath(xdg)
            ? xdg
            : ToolEnvironment::joinPath(m_environment.homeDir(), QStringLiteral(".config"));
    location.path = ToolEnvironment::joinPath(base, QStringLiteral("uv/uv.toml"));
    return location;
}

UvConfigLocation UvConfigPaths::systemFile() const
{
    UvConfigLocation location;
    location.level = QStringLiteral("system");
    QStringList candidates;
    if (m_environment.os() == ToolEnvironment::Os::Windows) {
        QString drive = m_environment.value(QStringLiteral("SYSTEMDRIVE"));
        if (drive.isEmpty())
            drive = QStringLiteral("C:");
        candidates << drive + QStringLiteral("/ProgramData/uv/uv.toml");
    } else {
        const QStringList dirs = m_environment.value(QStringLiteral("XDG_CONFIG_DIRS"))
                                     .split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &dir : dirs) {
            if (QDir::isAbsolutePath(dir))
                candidates << ToolEnvironment::joinPath(dir, QStringLiteral("uv/uv.toml"));
        }
        candidates << QStringLiteral("/etc/uv/uv.toml");
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile()) {
            location.path = candidate;
            break;
        }
    }
    return location;
}

bool UvConfigPaths::hasToolUvTable(const QByteArray &bytes)
{
    const Expected<TomlDocument> doc = TomlDocument::parse(bytes);
    // A pyproject.toml uv cannot parse is an error for uv; count it as a project file so the
    // error is reported where it is.
    if (!doc)
        return true;
    return doc->hasTable({{QStringLiteral("tool"), QStringLiteral("uv")}});
}

UvConfigLocation UvConfigPaths::projectFile() const
{
    UvConfigLocation location;
    location.level = QStringLiteral("project");
    QString dir = m_environment.workingDir();
    if (dir.isEmpty())
        return location;
    while (true) {
        const QString uvToml = ToolEnvironment::joinPath(dir, QStringLiteral("uv.toml"));
        if (QFileInfo(uvToml).isFile()) {
            location.path = uvToml;
            return location;
        }
        const QString pyproject = ToolEnvironment::joinPath(dir, QStringLiteral("pyproject.toml"));
        if (QFileInfo(pyproject).isFile()) {
            const auto bytes = ConfigFileReader::readBytes(pyproject);
            if (bytes && bytes->has_value() && hasToolUvTable(**bytes)) {
                location.path = pyproject;
                location.isPyproject = true;
                return location;
            }
        }
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir || parent.isEmpty())
            return location;
        dir = parent;
    }
}
