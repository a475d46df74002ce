#pragma once

// Where Cargo looks for its configuration, as cargo's GlobalContext::walk_tree does: a
// `.cargo/config` or `.cargo/config.toml` in the working directory and in each parent (deepest
// first), then $CARGO_HOME (default ~/.cargo), read once even when it is also an ancestor. In
// each directory the legacy `config` wins when it exists, as in cargo's get_file_path.

#include "platform/ToolEnvironment.h"

#include <QString>
#include <QStringList>

class CargoConfigPaths
{
public:
    explicit CargoConfigPaths(ToolEnvironment environment);

    // $CARGO_HOME (relative to the working directory when relative) or ~/.cargo.
    QString cargoHome() const;
    // The file cargo reads in `dir` (a `.cargo` directory), or empty when there is none.
    static QString configFileIn(const QString &dir);
    // The file MirrorDeck edits: $CARGO_HOME's config file; config.toml when neither exists.
    QString userFile() const;
    // The project files in the working directory and its parents, deepest first, without the
    // user file: they all override it, the deeper ones the shallower.
    QStringList projectFiles() const;

private:
    ToolEnvironment m_environment;
};
