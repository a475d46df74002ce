#pragma once

// Where pip looks for its configuration files on Linux, macOS and Windows, and which one
// MirrorDeck edits — computed from a ToolEnvironment, exactly as pip 23 does
// (src/pip/_internal/configuration.py, utils/appdirs.py):
//
//   global  Linux: each $XDG_CONFIG_DIRS entry (default /etc/xdg) + /pip/pip.conf, then
//           /etc/pip.conf; macOS: /Library/Application Support/pip/pip.conf;
//           Windows: %ALLUSERSPROFILE%\pip\pip.ini (C:\ProgramData\pip\pip.ini)
//   user    legacy ~/.pip/pip.conf (Windows ~\pip\pip.ini), then the new file, which wins:
//           $XDG_CONFIG_HOME/pip/pip.conf (default ~/.config/pip/pip.conf); macOS
//           ~/Library/Application Support/pip/pip.conf if that folder exists, else
//           ~/.config/pip/pip.conf; Windows %APPDATA%\pip\pip.ini
//   site    sys.prefix/pip.conf (PythonPrefixLocator)
//   env     $PIP_CONFIG_FILE — when that file exists pip skips both user files; when it is
//           os.devnull pip reads no file at all.
// Later levels win: global < user < site < env < PIP_* variables.
//
// The file MirrorDeck edits (fileToEdit): the $PIP_CONFIG_FILE file when it exists (pip then
// ignores the user files, so editing them would change nothing; `pip config set` even fails
// with "Fatal Internal error [id=2]" there); otherwise the user file — the new one, as
// `pip config set` does, except when only the legacy file exists: then that one, so the user's
// settings stay in one file and no second file appears. No file with PIP_CONFIG_FILE=os.devnull.
// Unlike `pip config set`, which switches to the site file as soon as one exists, MirrorDeck keeps
// to the user's own file: a site file belongs to one Python installation or virtual environment,
// and when it sets a key too, PipConfig reports it as a shadow with file and line.

#include "Expected.h"
#include "platform/ToolEnvironment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct PipConfigLocation
{
    QString path;
    QString level; // pip's variant name: "global", "user", "site", "env"
};

class PipConfigPaths
{
    Q_DECLARE_TR_FUNCTIONS(PipConfigPaths)

public:
    explicit PipConfigPaths(const ToolEnvironment &environment);

    QString baseName() const; // pip.conf, or pip.ini on Windows
    QStringList globalFiles() const;
    QString legacyUserFile() const;
    QString userFile() const; // the new one
    QString siteFile() const; // empty when no Python is found
    QString configFileVariable() const
    {
        return m_environment.value(QStringLiteral("PIP_CONFIG_FILE"));
    }
    // PIP_CONFIG_FILE is os.devnull: pip reads no configuration file.
    bool filesDisabled() const;
    // PIP_CONFIG_FILE names an existing file: pip skips the user files.
    bool configFileReplacesUserFiles() const;

    // Every file pip reads, lowest priority first (pip's OVERRIDE_ORDER).
    QList<PipConfigLocation> readOrder() const;
    Expected<PipConfigLocation> fileToEdit() const;

private:
    QString expandUser(const QString &path) const;
    QString absolute(const QString &path) const;

    ToolEnvironment m_environment;
};
