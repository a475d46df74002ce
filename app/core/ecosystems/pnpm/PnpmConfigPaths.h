#pragma once

// Where pnpm looks for the files it takes its registry from, computed as pnpm 10 does
// (@pnpm/config and its fork of npm's config loader, @pnpm/npm-conf): the project .npmrc next to
// the nearest package.json / package.yaml / package.json5 / pnpm-workspace.yaml / node_modules
// above the working directory, the workspace .npmrc next to the nearest pnpm-workspace.yaml
// (NPM_CONFIG_WORKSPACE_DIR moves it), the user file (npm_config_userconfig, else ~/.npmrc),
// npm's global file, and pnpm's own global file <configDir>/rc, which pnpm reads below all of
// them. The npm_config_* environment layer and path rules are npm's (NpmConfigPaths).

#include "ecosystems/npm/NpmConfigPaths.h"
#include "platform/ToolEnvironment.h"

#include <QString>

class PnpmConfigPaths
{
public:
    explicit PnpmConfigPaths(const ToolEnvironment &environment);
    // For tests: npm's paths given.
    PnpmConfigPaths(const ToolEnvironment &environment, const NpmConfigPaths &npmPaths);

    const NpmConfigPaths &npm() const { return m_npm; }
    const ToolEnvironment &environment() const { return m_npm.environment(); }

    // pnpm's configDir: $XDG_CONFIG_HOME/pnpm, ~/Library/Preferences/pnpm on macOS,
    // %LOCALAPPDATA%/pnpm/config on Windows, else ~/.config/pnpm.
    QString configDirectory() const;
    // <configDir>/rc: what `pnpm config set --global` writes for pnpm's own settings.
    QString globalRcPath() const;

    // npm_config_global=true: pnpm then skips the project file.
    bool globalMode() const;
    // pnpm's localPrefix (findPrefix): the working directory when nothing marks a project.
    QString projectDirectory() const;
    QString projectConfigPath() const
    {
        return ToolEnvironment::joinPath(projectDirectory(), QStringLiteral(".npmrc"));
    }
    // The directory of the nearest pnpm-workspace.yaml, or "" outside a workspace.
    QString workspaceDirectory() const;
    QString workspaceConfigPath() const;

    QString userConfigPath() const { return m_npm.userConfigPath(); }
    QString globalConfigPath() const { return m_npm.globalConfigPath(); }

private:
    QString variable(const QString &name) const;

    NpmConfigPaths m_npm;
};
