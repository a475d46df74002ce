#pragma once

// The lines MirrorDeck adds to the user's git config (~/.gitconfig, or the XDG file git uses
// when only that exists) to make `mirrordeck-cli git-credential` the helper for one URL only:
//
//   [credential "https://git.corp.example/"]
//   	helper =
//   	helper = "!'/usr/bin/mirrordeck-cli' git-credential"
//
// The empty helper resets the helpers configured above for this URL, so a `store` helper never
// writes the keychain's password into ~/.git-credentials. Pure, lossless edits on bytes: every
// other line stays byte for byte, and removal takes out exactly the block that was added.

#include "platform/ToolEnvironment.h"

#include <QByteArray>
#include <QString>

class GitConfigEditor
{
public:
    // The file `git config --global` writes: $GIT_CONFIG_GLOBAL, ~/.gitconfig, or
    // $XDG_CONFIG_HOME/git/config when only that one exists.
    static QString globalConfigPath(const ToolEnvironment &environment);
    // The helper command for credential.<url>.helper, running `cliPath`.
    static QString helperCommand(const QString &cliPath);

    static QByteArray withHelper(const QByteArray &bytes, const QString &url,
                                 const QString &helperCommand);
    static QByteArray withoutHelper(const QByteArray &bytes, const QString &url,
                                    const QString &helperCommand);
    static bool hasHelper(const QByteArray &bytes, const QString &url,
                          const QString &helperCommand);

private:
    static QByteArray header(const QString &url);
    static QByteArray helperLine(const QString &helperCommand);
};
