#pragma once

// Finds `export GOPROXY=…`-style lines in the user's shell start-up files (bash, zsh, sh profile,
// fish) and systemd's environment.d. A desktop app does not see a terminal's exports, yet they
// override the config file for every command the user types: MirrorDeck must say so.

#include "config/EffectiveSetting.h"
#include "platform/ToolEnvironment.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ShellExport
{
    QString filePath;
    int line = 0;     // 1-based
    QString variable; // as written in the file
    QString value;    // the assigned text, quotes removed when simple
};

class ShellStartupScanner
{
public:
    explicit ShellStartupScanner(const ToolEnvironment &environment);

    // The files looked at, in the order a login shell would read them.
    QStringList startupFiles() const;

    // Exports of any of `variables`. With caseInsensitive (npm's npm_config_*), NPM_CONFIG_X and
    // npm_config_x match alike.
    QList<ShellExport> findExports(const QStringList &variables,
                                   bool caseInsensitive = false) const;
    // The same exports as shadows of a setting (Shadow::Kind::ShellStartup).
    QList<Shadow> findShadows(const QStringList &variables, bool caseInsensitive = false) const;

    // Scans one file's text; public for tests and fuzzing.
    static QList<ShellExport> scanText(const QString &filePath, const QString &text,
                                       bool fishSyntax, bool environmentDSyntax,
                                       const QStringList &variables, bool caseInsensitive);

private:
    ToolEnvironment m_environment;
};
