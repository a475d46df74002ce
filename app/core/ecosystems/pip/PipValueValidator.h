#pragma once

// Checks values for pip's mirror keys before MirrorDeck writes them, stricter than pip (which
// stores anything and fails later, at install time): index URLs must be absolute http(s) or
// file URLs, trusted hosts a host or host:port, the timeout a positive number of seconds.
// Messages name the key, say what is wrong and show a valid example.

#include "Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class PipValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(PipValueValidator)

public:
    // key is the full key: "global.index-url", "global.extra-index-url", "global.trusted-host",
    // "global.timeout".
    static Expected<void> validate(const QString &key, const QString &value);

    // The trusted-host entry pip needs for a plain-http index URL: "host" or "host:port" (pip
    // trusts a bare host on every port, host:port on that port only). Empty for https/file.
    static QString trustedHostFor(const QString &indexUrl);
    // Whether an existing trusted-host entry already covers `needed` (host case-insensitive;
    // an entry without port covers every port).
    static bool trustedHostCovers(const QString &entry, const QString &needed);

private:
    static Expected<void> validateIndexUrl(const QString &key, const QString &url);
    static Expected<void> validateTrustedHost(const QString &key, const QString &host);
};
