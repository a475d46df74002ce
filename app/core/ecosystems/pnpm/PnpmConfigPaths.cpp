#include "ecosystems/pnpm/PnpmConfigPaths.h"

#include "ecosystems/npm/NpmIniSyntax.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString parentOf(const QString &directory)
{
    const QString parent = QFileInfo(directory).dir().absolutePath();
    return QDir::cleanPath(parent);
}

bool isRoot(const QString &directory)
{
    return QDir(directory).isRoot();
}

} // namespace

PnpmConfigPaths::PnpmConfigPaths(const ToolEnvironment &environment)
    : m_npm(environment)
{}

PnpmConfigPaths::PnpmConfigPaths(const ToolEnvironment &environment, const NpmConfigPaths &npmPaths)
    : m_npm(npmPaths)
{
    Q_UNUSED(environment);
}

QString PnpmConfigPaths::variable(const QString &name) const
{
    return environment().value(name);
}

QString PnpmConfigPaths::configDirectory() const
{
    // @pnpm/config dirs.ts getConfigDir().
    const QString xdg = variable(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        return ToolEnvironment::joinPath(xdg, QStringLiteral("pnpm"));
    const QString home = m_npm.home();
    switch (environment().os()) {
    case ToolEnvironment::Os::MacOS:
        return ToolEnvironment::joinPath(home, QStringLiteral("Library/Preferences/pnpm"));
    case ToolEnvironment::Os::Windows: {
        QString local = variable(QStringLiteral("LOCALAPPDATA"));
        if (!local.isEmpty()) {
            local.replace(QLatin1Char('\\'), QLatin1Char('/'));
            return ToolEnvironment::joinPath(local, QStringLiteral("pnpm/config"));
        }
        return ToolEnvironment::joinPath(home, QStringLiteral(".config/pnpm"));
    }
    case ToolEnvironment::Os::Linux:
        break;
    }
    return ToolEnvironment::joinPath(home, QStringLiteral(".config/pnpm"));
}

QString PnpmConfigPaths::globalRcPath() const
{
    return ToolEnvironment::joinPath(configDirectory(), QStringLiteral("rc"));
}

bool PnpmConfigPaths::globalMode() const
{
    const NpmConfigPaths::EnvironmentSetting *global =
        m_npm.environmentSetting(QStringLiteral("global"));
    return global && NpmIniSyntax::jsTrim(global->value) == QLatin1String("true");
}

QString PnpmConfigPaths::projectDirectory() const
{
    // @pnpm/npm-conf util.findPrefix(): out of node_modules directories first, then up to the
    // nearest directory holding one of the markers; "/" itself is never taken.
    QString directory = QDir::cleanPath(environment().workingDir());
    bool walkedUp = false;
    while (QFileInfo(directory).fileName() == QLatin1String("node_modules")) {
        directory = parentOf(directory);
        walkedUp = true;
    }
    if (walkedUp)
        return directory;
    static const QStringList markers = {
        QStringLiteral("node_modules"), QStringLiteral("package.json"),
        QStringLiteral("package.json5"), QStringLiteral("package.yaml"),
        QStringLiteral("pnpm-workspace.yaml")};
    const QString start = directory;
    for (int depth = 0; depth < 256 && !isRoot(directory); ++depth) {
        for (const QString &marker : markers) {
            if (QFileInfo::exists(ToolEnvironment::joinPath(directory, marker)))
                return directory;
        }
        const QString parent = parentOf(directory);
        if (parent == directory)
            break;
        directory = parent;
    }
    return start;
}

QString PnpmConfigPaths::workspaceDirectory() const
{
    // @pnpm/find-workspace-dir: NPM_CONFIG_WORKSPACE_DIR (either case), else find-up of
    // pnpm-workspace.yaml from the real working directory.
    QString fromEnvironment = variable(QStringLiteral("NPM_CONFIG_WORKSPACE_DIR"));
    if (fromEnvironment.isEmpty())
        fromEnvironment = variable(QStringLiteral("npm_config_workspace_dir"));
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(m_npm.resolvePath(fromEnvironment));
    const QString working = environment().workingDir();
    const QString real = QFileInfo(working).canonicalFilePath();
    QString directory = QDir::cleanPath(real.isEmpty() ? working : real);
    for (int depth = 0; depth < 256; ++depth) {
        if (QFileInfo(ToolEnvironment::joinPath(directory, QStringLiteral("pnpm-workspace.yaml")))
                .isFile())
            return directory;
        const QString parent = parentOf(directory);
        if (parent == directory)
            break;
        directory = parent;
    }
    return {};
}

QString PnpmConfigPaths::workspaceConfigPath() const
{
    const QString directory = workspaceDirectory();
    return directory.isEmpty() ? QString()
                               : ToolEnvironment::joinPath(directory, QStringLiteral(".npmrc"));
}
