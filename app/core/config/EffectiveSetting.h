#pragma once

// What a tool will actually use for one key, where that comes from, and what overrides (or would
// override) the file MirrorDeck edits.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct SettingSource
{
    Q_DECLARE_TR_FUNCTIONS(SettingSource)

public:
    enum class Kind
    {
        Default,     // the tool's built-in default
        File,        // a config file (filePath + line)
        Environment, // an environment variable of the running process
    };

    Kind kind = Kind::Default;
    QString filePath;
    int line = 0;     // 1-based
    QString variable; // for Environment
    QString level;    // the tool's name for the layer: "user", "project", "global", "GOROOT" …

    // "~/.npmrc:3 (user)", "environment variable GOPROXY", "default" — translated.
    QString describe() const;
    // "file", "environment", "default" — stable, for --json.
    QString kindName() const;
};

struct Shadow
{
    Q_DECLARE_TR_FUNCTIONS(Shadow)

public:
    enum class Kind
    {
        ProcessEnvironment, // set in MirrorDeck's own environment: overrides the file now
        ShellStartup,       // exported by a shell start-up file: overrides it in terminals
        HigherLevelFile, // a file the tool reads after the user file (npm project, PIP_CONFIG_FILE
                         // …)
    };

    Kind kind = Kind::ProcessEnvironment;
    QString variable; // for ProcessEnvironment and ShellStartup
    QString value;
    QString filePath; // for ShellStartup and HigherLevelFile
    int line = 0;

    // One translated sentence: what overrides the file, where, and with which value.
    QString describe() const;
    QString kindName() const;

    static Shadow fromEnvironment(const QString &variable, const QString &value)
    {
        Shadow shadow;
        shadow.kind = Kind::ProcessEnvironment;
        shadow.variable = variable;
        shadow.value = value;
        return shadow;
    }
};

struct EffectiveSetting
{
    QString key;
    QString value;      // the effective value as the tool sees it (raw for single values)
    QStringList values; // multi-valued keys (extra-index-url, trusted-host): one entry each
    bool isDefault = true;
    SettingSource source;
    QList<Shadow> shadows;
    // Where MirrorDeck would write this key (the user file), for "set" and the editor.
    QString userFilePath;
    int userFileLine = 0; // the line in the user file that holds it, 0 when absent
};
