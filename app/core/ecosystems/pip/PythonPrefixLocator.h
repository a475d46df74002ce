#pragma once

// Finds sys.prefix of the Python that `python3 -m pip` would run — without starting Python,
// because MirrorDeck must not run programs just to show a status. pip reads a "site" config
// file at sys.prefix/pip.conf (pip.ini on Windows).
//
// The rules, in order: an activated virtual environment ($VIRTUAL_ENV); otherwise the first
// python3 (python.exe on Windows) on PATH: a pyenv shim resolves to the pyenv version in force
// ($PYENV_VERSION, a .python-version file in the working directory or above, $PYENV_ROOT/version;
// "system" continues along PATH); a virtual environment's interpreter (pyvenv.cfg next to its
// bin/ or Scripts/ folder) gives that environment; any other interpreter gives the folder above
// its bin/ folder after following symlinks (/usr/bin/python3 → /usr), or its own folder on
// Windows.

#include "platform/ToolEnvironment.h"

#include <QString>

class PythonPrefixLocator
{
public:
    explicit PythonPrefixLocator(const ToolEnvironment &environment);

    // Empty when no Python is found.
    QString prefix() const;

private:
    QString pyenvPrefix(const QString &pyenvRoot, bool *isSystem) const;
    QString interpreterPrefix(const QString &executable) const;

    ToolEnvironment m_environment;
};
