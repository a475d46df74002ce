#pragma once

// Where uv looks for its settings (docs/concepts/configuration-files.md):
//   - the project file: in the working directory or the nearest parent, `uv.toml`, or else a
//     `pyproject.toml` that has a [tool.uv] table (one without it is passed over); in one
//     directory uv.toml wins and the pyproject's [tool.uv] is ignored. Only the nearest counts.
//   - the user file: $XDG_CONFIG_HOME/uv/uv.toml, else ~/.config/uv/uv.toml (macOS too);
//     %APPDATA%\uv\uv.toml on Windows. This is the file MirrorDeck edits.
//   - the system file: the first $XDG_CONFIG_DIRS/uv/uv.toml that exists, else /etc/uv/uv.toml;
//     %SYSTEMDRIVE%\ProgramData\uv\uv.toml on Windows.
// Project beats user beats system; UV_CONFIG_FILE replaces all of them and UV_NO_CONFIG turns
// them off.

#include "platform/ToolEnvironment.h"

#include <QString>
#include <QStringList>

struct UvConfigLocation
{
    QString path;
    QString level;            // "project", "user", "system"
    bool isPyproject = false; // settings under [tool.uv]

    QStringList prefix() const
    {
        return isPyproject ? QStringList{QStringLiteral("tool"), QStringLiteral("uv")}
                           : QStringList();
    }
};

class UvConfigPaths
{
public:
    explicit UvConfigPaths(ToolEnvironment environment);

    UvConfigLocation userFile() const;
    // Empty path when no system file exists.
    UvConfigLocation systemFile() const;
    // Empty path when there is none. Reads pyproject.toml files to see whether they have [tool.uv].
    UvConfigLocation projectFile() const;

    // Whether a pyproject.toml's bytes define a [tool.uv] table (uv skips the file otherwise).
    static bool hasToolUvTable(const QByteArray &bytes);

private:
    ToolEnvironment m_environment;
};
