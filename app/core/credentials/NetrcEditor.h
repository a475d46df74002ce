#pragma once

// The one line MirrorDeck adds to ~/.netrc, only when the user chose it explicitly (Go before
// 1.24 has no other way to send credentials to a private GOPROXY):
//   machine HOST login USER password SECRET
// Pure edits on bytes; removal takes out the line for that machine and login, nothing else.
// The history masks the password (SecretMask knows .netrc lines).

#include "platform/ToolEnvironment.h"

#include <QByteArray>
#include <QString>

class NetrcEditor
{
public:
    // $NETRC or ~/.netrc — where go and curl look.
    static QString path(const ToolEnvironment &environment);
    static QByteArray withMachine(const QByteArray &bytes, const QString &host,
                                  const QString &login, const QString &password);
    static QByteArray withoutMachine(const QByteArray &bytes, const QString &host,
                                     const QString &login);
};
