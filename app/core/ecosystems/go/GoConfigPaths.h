#pragma once

// Where the go command keeps its settings, computed like cmd/go/internal/cfg for Linux, macOS and
// Windows from a ToolEnvironment alone (pure functions, so other systems' paths are testable):
// the user env file ($GOENV, else os.UserConfigDir()/go/env) and $GOROOT/go.env, the layer below
// it (Go 1.21+ ships GOPROXY/GOSUMDB defaults there; older releases compile them in).
//
// GOROOT is found as the newest go command finds it for reading go.env, without running it (a GUI
// must not spawn the tool to read a setting): GOROOT in the user env file, else $GOROOT, else the
// directory two (or three) levels above the `go` executable in PATH, as written and then with its
// symlinks resolved (Debian: /usr/bin/go -> /usr/lib/go-1.19/bin/go gives /usr/lib/go-1.19).

#include "Expected.h"
#include "platform/ToolEnvironment.h"

#include <QCoreApplication>
#include <QString>

class GoConfigPaths
{
    Q_DECLARE_TR_FUNCTIONS(GoConfigPaths)

public:
    explicit GoConfigPaths(const ToolEnvironment &environment);

    // os.UserConfigDir(): Linux $XDG_CONFIG_HOME (must be absolute) or $HOME/.config; macOS
    // $HOME/Library/Application Support; Windows %AppData%.
    Expected<QString> userConfigDir() const;
    // The user env file, or an error when GOENV=off or no config dir can be found.
    Expected<QString> envFilePath() const;
    bool isEnvFileDisabled() const;

    // "" when no Go installation is found. userFileGoroot: GOROOT from the user env file, if any.
    QString gorootDir(const QString &userFileGoroot = {}) const;
    // The go executable in PATH, or "".
    QString goExecutable() const;
    static QString gorootEnvFile(const QString &goroot);
    // The minor version from $GOROOT/VERSION ("go1.19.8" -> 19), or -1 when unknown.
    static int gorootMinorVersion(const QString &goroot);

private:
    QString variable(const QString &name) const;
    static bool isGoroot(const QString &dir);

    ToolEnvironment m_environment;
};
