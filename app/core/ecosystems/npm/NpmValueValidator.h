#pragma once

// Validation of the npm settings MirrorDeck manages, at least as strict as npm itself: registry
// URLs (npm's `url` type needs a host; MirrorDeck also requires http(s) and no query or
// fragment, since package paths are appended to it), `@scope:registry` keys (scope names as
// validate-npm-package-name allows them for new packages), and strict-ssl (true/false: npm's
// own Boolean parsing reads "no" as true). Hints that are not errors (a registry URL without a
// trailing slash) come from hints().

#include "Expected.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class NpmValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(NpmValueValidator)

public:
    static bool isScopedRegistryKey(const QString &key);
    static bool isValidScope(const QString &scope); // "@scope"
    static bool isRegistryKey(const QString &key);  // registry or @scope:registry

    // `value` is what will be written; ${VAR} references are checked after expansion with
    // `environment`, the way npm will read them.
    static Expected<void> validate(const QString &key, const QString &value,
                                   const QProcessEnvironment &environment);
    static QStringList hints(const QString &key, const QString &value,
                             const QProcessEnvironment &environment);
    // npm's nerf dart of a registry URL: "//host[:port]/dir/" ("" when not a URL).
    static QString nerfDart(const QString &url);
};
