#include "ecosystems/cargo/CargoConfigPaths.h"

#include <QDir>
#include <QFileInfo>

CargoConfigPaths::CargoConfigPaths(ToolEnvironment environment)
    : m_environment(std::move(environment))
{}

QString CargoConfigPaths::cargoHome() const
{
    const QString home = m_environment.value(QStringLiteral("CARGO_HOME"));
    if (home.isEmpty())
        return ToolEnvironment::joinPath(m_environment.homeDir(), QStringLiteral(".cargo"));
    if (QDir::isRelativePath(home))
        return QDir::cleanPath(ToolEnvironment::joinPath(m_environment.workingDir(), home));
    return QDir::cleanPath(home);
}

QString CargoConfigPaths::configFileIn(const QString &dir)
{
    const QString legacy = ToolEnvironment::joinPath(dir, QStringLiteral("config"));
    if (QFileInfo(legacy).isFile())
        return legacy;
    const QString current = ToolEnvironment::joinPath(dir, QStringLiteral("config.toml"));
    return QFileInfo::exists(current) ? current : QString();
}

QString CargoConfigPaths::userFile() const
{
    const QString found = configFileIn(cargoHome());
    return found.isEmpty() ? ToolEnvironment::joinPath(cargoHome(), QStringLiteral("config.toml"))
                           : found;
}

QStringList CargoConfigPaths::projectFiles() const
{
    const QString user = QFileInfo(userFile()).absoluteFilePath();
    const QString userCanonical = QFileInfo(user).canonicalFilePath();
    QStringList files;
    if (m_environment.workingDir().isEmpty())
        return files;
    QDir dir(m_environment.workingDir());
    while (true) {
        const QString found = configFileIn(dir.absoluteFilePath(QStringLiteral(".cargo")));
        if (!found.isEmpty()) {
            const QFileInfo info(found);
            const bool isUser =
                info.absoluteFilePath() == user ||
                (!userCanonical.isEmpty() && info.canonicalFilePath() == userCanonical);
            if (!isUser)
                files << found;
        }
        if (!dir.cdUp())
            break;
    }
    return files;
}
