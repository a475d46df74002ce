#pragma once

// Go's mirror settings (GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE) through the
// EcosystemConfig interface. Layers, highest first, as the go command reads them: a non-empty
// environment variable, the user env file (GoEnvFile at GoConfigPaths::envFilePath()),
// $GOROOT/go.env, the compiled-in default; GONOPROXY and GONOSUMDB default to GOPRIVATE.
//
// Unlike `go env -w`, edits keep the file's order (no sorting of KEY=VALUE runs), keep earlier
// duplicate lines when setting (only the effective, last line changes) and validate values.

#include "config/ConfigFile.h"
#include "config/EcosystemConfig.h"
#include "ecosystems/go/GoEnvFile.h"

#include <QCoreApplication>

class GoConfig : public EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(GoConfig)

public:
    explicit GoConfig(const ToolEnvironment &environment);

    QString id() const override { return QStringLiteral("go"); }
    QString displayName() const override { return QStringLiteral("Go"); }
    QString mirrorKey() const override { return QStringLiteral("GOPROXY"); }
    QList<ConfigKeyInfo> keys() const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<void> validate(const QString &key, const QString &value) const override;
    // The user file and $GOROOT/go.env's chain, from one read of the layers.
    Expected<EditInput> readEditInput() const override;
    Expected<KeyEdits> mirrorEdits(const Mirror &mirror, const EditInput &input) const override;

    // 1-based lines of `key` in the user file that the go command ignores because a later line of
    // the same key wins (the file was edited by hand; `go env -w` would delete them).
    Expected<QList<int>> ignoredDuplicateLines(const QString &key) const;
    // 1-based lines that look like settings of `key` but that the go command ignores (indented,
    // lowercase, "KEY = value", "export KEY=…", behind a BOM): worth telling the user.
    Expected<QList<int>> ignoredLookalikeLines(const QString &key) const;

    // The compiled-in defaults of the go command, used when $GOROOT/go.env does not set a key.
    // Go 1.21+ moved the GOPROXY/GOSUMDB defaults into go.env and compiles in "" instead.
    static QString compiledDefault(const QString &key, bool goEnvEra = false);

protected:
    Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                   const EditInput &input, EditOutcome *outcome) const override;

private:
    struct Layers
    {
        QString userPath; // empty when GOENV=off
        ConfigFile userFile;
        GoEnvFile user;
        QString gorootEnvPath; // empty when no GOROOT was found
        GoEnvFile goroot;
        // Go 1.21+ (or any GOROOT with a go.env): a key present in the user file, even empty,
        // hides go.env, and the compiled-in GOPROXY/GOSUMDB defaults are empty. Older releases
        // treat an empty value as unset and compile the defaults in.
        bool goEnvEra = false;
    };

    Expected<Layers> readLayers() const;
    EffectiveSetting resolve(const QString &key, const Layers &layers) const;
    QList<Shadow> shadowsFor(const QString &key) const;
    Expected<void> checkKnown(const QString &key) const;
};
