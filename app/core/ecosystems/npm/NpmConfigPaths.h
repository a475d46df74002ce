#pragma once

// Where npm looks for its config files, computed the way @npmcli/config does for Linux, macOS
// and Windows: the builtin file inside npm's install directory, the project file next to the
// nearest package.json or node_modules above the working directory (npm's localPrefix), the
// user file (npm_config_userconfig, else ~/.npmrc) and the global file ($PREFIX/etc/npmrc, the
// prefix taken from npm_config_prefix, the files, or the node binary's location). Settings the
// files themselves make (userconfig=, globalconfig=, prefix=) are passed in by NpmConfig, which
// reads the files in npm's order.

#include "platform/ToolEnvironment.h"

#include <QList>
#include <QString>

class NpmConfigPaths
{
public:
    // One npm_config_* variable, as npm's environment layer reads it.
    struct EnvironmentSetting
    {
        QString variable; // as spelled in the environment
        QString key;      // npm's key: lowercased, '_' → '-' (nerf darts kept as they are)
        QString value;    // as set (npm trims it and expands ${VAR} when parsing)
    };

    // Discovers node and npm through PATH.
    explicit NpmConfigPaths(const ToolEnvironment &environment);
    // For tests and other operating systems: node and npm locations given.
    NpmConfigPaths(const ToolEnvironment &environment, QString nodeExecutable,
                   QString npmDirectory);

    const ToolEnvironment &environment() const { return m_environment; }
    QString nodeExecutable() const { return m_nodeExecutable; }
    QString npmDirectory() const { return m_npmDirectory; }

    // npm's environment layer: npm_config_* (any case), empty values ignored.
    QList<EnvironmentSetting> environmentSettings() const;
    // The setting for `key` in that layer (the last one when several spellings exist).
    const EnvironmentSetting *environmentSetting(const QString &key) const;

    QString home() const; // $HOME, else the account's home directory
    // A path-typed value as npm parses it: trimmed, ${VAR} expanded, "~/" is home, relative
    // paths are relative to the working directory.
    QString resolvePath(const QString &value) const;

    QString builtinConfigPath() const; // "" when npm was not found
    // npm's localPrefix: the nearest package.json/node_modules directory, or the workspace root
    // that lists it.
    QString projectDirectory() const;
    QString projectConfigPath() const
    {
        return ToolEnvironment::joinPath(projectDirectory(), QStringLiteral(".npmrc"));
    }
    // --global / location=global set through the environment: npm then skips the project file.
    bool globalMode() const;

    // `fromFiles`: a userconfig= value found in the builtin or project file, already resolved.
    QString userConfigPath(const QString &fromFiles = {}) const;
    QString defaultGlobalPrefix() const;
    QString globalConfigPath(const QString &globalconfigFromFiles = {},
                             const QString &prefixFromFiles = {}) const;

private:
    QString findOnPath(const QStringList &names) const;
    QString normalized(const QString &path) const;
    bool isAbsolute(const QString &path) const;

    ToolEnvironment m_environment;
    QString m_nodeExecutable;
    QString m_npmDirectory;
    QList<EnvironmentSetting> m_settings;
};
