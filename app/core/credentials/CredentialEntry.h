#pragma once

// One private repository MirrorDeck keeps a credential for: where (URL: scheme, host, optional
// path prefix), for which tool, under which user name, and what MirrorDeck set up in the tools'
// files so that removing the entry undoes exactly that. The secret itself is never part of an
// entry: it lives in the keychain under keychainKey().

#include "Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

enum class CredentialUse
{
    Git,     // git's credential helper (also `go get` of private modules over HTTPS)
    GoProxy, // a private GOPROXY: GOAUTH (go >= 1.24) or, on explicit choice, ~/.netrc
    Npm,     // an npm registry: ${VAR} in .npmrc, provided by `mirrordeck-cli exec`
    Pip,     // a pip index: an extra index URL, the secret where pip's keyring looks
};

// One edit MirrorDeck made for an entry, recorded so that removal can undo exactly it.
struct CredentialSetupStep
{
    QString ecosystem; // history name of the file: "git", "go", "npm", "pip", "netrc"
    QString filePath;
    QString key;              // GOPRIVATE, global.extra-index-url, //host/:_authToken, …
    QString value;            // what was written (a secret is recorded as SecretMask's marker)
    QString previousValue;    // the key's value in the file before, "" when it was not set
    bool listElement = false; // `value` was appended to a list (GOPRIVATE, extra-index-url)
    bool holdsSecret = false; // the file holds the secret itself (user's explicit choice)
    QString historyEntry;     // the history entry that recorded the write

    // "GOPRIVATE += git.corp.example in ~/.config/go/env" — translated, for list and page.
    QString describe() const;
    QJsonObject toJson() const;
    static CredentialSetupStep fromJson(const QJsonObject &object);
};

class CredentialEntry
{
    Q_DECLARE_TR_FUNCTIONS(CredentialEntry)

public:
    QString url; // normalised: scheme://host[:port]/path-prefix/ (always ends in '/')
    CredentialUse use = CredentialUse::Git;
    QString username;
    QString npmScope; // "@corp" when the npm registry serves a scope
    QDateTime added;
    QList<CredentialSetupStep> setup;

    // Parses and normalises what the user typed: http or https, a host, no user info, query or
    // fragment (a password in a URL is exactly what this feature keeps out of files).
    static Expected<QString> normaliseUrl(const QString &text);
    static Expected<CredentialUse> parseUse(const QString &text);
    static QString useName(CredentialUse use);        // "git", "goproxy", "npm", "pip"
    static QString useDescription(CredentialUse use); // translated

    QUrl qurl() const { return QUrl(url); }
    QString scheme() const;
    QString host() const;     // without port
    QString hostPort() const; // host[:port], as git and pip name it
    QString pathPrefix() const;
    // The key of the secret in the keychain (service "MirrorDeck").
    QString keychainKey() const { return url; }
    // The variable `mirrordeck-cli exec` sets for an npm entry: MIRRORDECK_TOKEN_HOST_PORT_PATH.
    QString tokenVariable() const;
    // Where a request for protocol/host/path belongs to this entry (git's and GOAUTH's lookups).
    bool matches(const QString &protocol, const QString &hostPort, const QString &path) const;
    // History entries written for an entry carry a group id starting with this: they are one
    // change, undone by removing the entry (`credential remove`), not by restoring one file.
    static QString historyGroupPrefix() { return QStringLiteral("credential-"); }
    // The setup steps that left a secret in a file ("stored in ~/.netrc as well").
    QStringList filesHoldingSecret() const;

    QJsonObject toJson() const;
    static Expected<CredentialEntry> fromJson(const QJsonObject &object);
};
