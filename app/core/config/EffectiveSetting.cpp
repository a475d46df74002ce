#include "EffectiveSetting.h"

#include <QDir>

static QString location(const QString &filePath, int line)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    return line > 0 ? shown + QLatin1Char(':') + QString::number(line) : shown;
}

// The tools' names for their layers, in the UI language; anything else (GOROOT, a variable
// name) is shown as it is.
static QString levelName(const QString &level)
{
    if (level == QLatin1String("user"))
        return SettingSource::tr("user");
    if (level == QLatin1String("project"))
        return SettingSource::tr("project");
    if (level == QLatin1String("global"))
        return SettingSource::tr("global");
    if (level == QLatin1String("builtin"))
        return SettingSource::tr("built-in");
    if (level == QLatin1String("site"))
        return SettingSource::tr("site");
    if (level == QLatin1String("env"))
        return SettingSource::tr("environment");
    return level;
}

QString SettingSource::describe() const
{
    switch (kind) {
    case Kind::Default:
        return tr("default");
    case Kind::Environment:
        return tr("environment variable %1").arg(variable);
    case Kind::File:
        return level.isEmpty() ? location(filePath, line)
                               : tr("%1 (%2)").arg(location(filePath, line), levelName(level));
    }
    return {};
}

QString SettingSource::kindName() const
{
    switch (kind) {
    case Kind::Default:
        return QStringLiteral("default");
    case Kind::Environment:
        return QStringLiteral("environment");
    case Kind::File:
        return QStringLiteral("file");
    }
    return {};
}

QString Shadow::describe() const
{
    switch (kind) {
    case Kind::ProcessEnvironment:
        return tr("The environment variable %1=%2 overrides the configuration file.")
            .arg(variable, value);
    case Kind::ShellStartup:
        return tr("%1 exports %2=%3, which overrides the configuration file in every terminal.")
            .arg(location(filePath, line), variable, value);
    case Kind::HigherLevelFile:
        return tr("%1 sets %2, which overrides the user configuration file.")
            .arg(location(filePath, line), value);
    }
    return {};
}

QString Shadow::kindName() const
{
    switch (kind) {
    case Kind::ProcessEnvironment:
        return QStringLiteral("environment");
    case Kind::ShellStartup:
        return QStringLiteral("shell-startup");
    case Kind::HigherLevelFile:
        return QStringLiteral("file");
    }
    return {};
}
