#pragma once

// Yarn Berry's rules for values, as its Configuration applies them: `${NAME}` / `${NAME:-x}` /
// `${NAME-x}` expansion, the YARN_* variable that overrides a setting, micromatch-style host
// globs of unsafeHttpWhitelist, the keys MirrorDeck manages and strict validation of them.

#include "Expected.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class YarnValues
{
    Q_DECLARE_TR_FUNCTIONS(YarnValues)

public:
    static const QString kRegistry;  // npmRegistryServer
    static const QString kWhitelist; // unsafeHttpWhitelist
    static const QString kDefaultRegistry;

    // Expands like Yarn's replaceEnvVariables. `missing` gets the first variable that is unset
    // without a fallback (Yarn then refuses to start); the reference is then kept as written.
    static QString expand(const QString &text, const QProcessEnvironment &env,
                          QString *missing = nullptr);

    // "npmScopes.corp.npmRegistryServer" → "corp"; empty when the key is not a scope registry.
    static QString scopeOf(const QString &key);
    static QString scopeKey(const QString &scope);
    static bool isKnownKey(const QString &key);
    // The path of a key in the YAML: {"npmScopes", "corp", "npmRegistryServer"}.
    static QStringList pathOf(const QString &key);

    // "npmRegistryServer" → "YARN_NPM_REGISTRY_SERVER"; empty for keys inside maps, which no
    // variable overrides.
    static QString environmentVariable(const QString &key);
    // The variable of `env` that overrides `key` (Yarn lower-cases names: yarn_npm_… counts).
    static QString overridingVariable(const QString &key, const QProcessEnvironment &env);

    static bool hostMatches(const QString &host, const QStringList &patterns);

    static Expected<void> validate(const QString &key, const QString &value,
                                   const QProcessEnvironment &env);
};
