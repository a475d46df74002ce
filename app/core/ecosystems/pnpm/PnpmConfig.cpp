#include "ecosystems/pnpm/PnpmConfig.h"

#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/npm/NpmIniSyntax.h"
#include "ecosystems/npm/NpmValueValidator.h"
#include "ecosystems/pnpm/PnpmLog.h"

#include <QRegularExpression>

namespace {

const QString kRegistry = QStringLiteral("registry");
const QString kStrictSsl = QStringLiteral("strict-ssl");

bool looksLikeScopedRegistry(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^@[^:/]+:registry$"));
    return pattern.match(key).hasMatch();
}

// pnpm's builtin layer (@pnpm/config: "pnpm-builtin"), below every file.
QString builtinDefault(const QString &key)
{
    if (key == kRegistry)
        return QStringLiteral("https://registry.npmjs.org/");
    if (key == kStrictSsl)
        return QStringLiteral("true");
    if (key == QLatin1String("@jsr:registry"))
        return QStringLiteral("https://npm.jsr.io/");
    return {};
}

// The pnpm_config_* spelling of a key (pnpm 11 and later read these above npm_config_*).
bool isPnpmVariableFor(const QString &name, const QString &key)
{
    if (!name.startsWith(QLatin1String("pnpm_config_"), Qt::CaseInsensitive))
        return false;
    QString rest = name.mid(int(qstrlen("pnpm_config_")));
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1Char('_'))
            rest[i] = QLatin1Char('-');
    }
    return rest.toLower() == key;
}

} // namespace

PnpmConfig::PnpmConfig(const ToolEnvironment &environment)
    : PnpmConfig(environment, PnpmConfigPaths(environment))
{}

PnpmConfig::PnpmConfig(const ToolEnvironment &environment, const PnpmConfigPaths &paths)
    : NpmConfig(environment, paths.npm())
    , m_pnpmPaths(paths)
{}

QList<ConfigKeyInfo> PnpmConfig::keys() const
{
    return {
        {kRegistry, tr("The registry pnpm installs packages from (shared with npm)"), false},
        {kStrictSsl, tr("Whether pnpm checks the registry's TLS certificate"), false},
    };
}

Expected<QString> PnpmConfig::userConfigPath() const
{
    // @pnpm/npm-conf takes userconfig from the command line, npm's builtin file or the
    // environment only, never from the project file.
    return m_pnpmPaths.userConfigPath();
}

Expected<QList<NpmConfig::Layer>> PnpmConfig::pnpmLayers() const
{
    const QString userPath = m_pnpmPaths.userConfigPath();
    QList<Layer> result;
    const QString projectPath = m_pnpmPaths.projectConfigPath();
    if (!m_pnpmPaths.globalMode() && projectPath != userPath) {
        MIRRORDECK_TRY_ASSIGN(project, loadLayer(QStringLiteral("project"), projectPath, false));
        result << project;
    }
    const QString workspacePath = m_pnpmPaths.workspaceConfigPath();
    if (!workspacePath.isEmpty() && workspacePath != projectPath && workspacePath != userPath) {
        MIRRORDECK_TRY_ASSIGN(workspace,
                              loadLayer(QStringLiteral("workspace"), workspacePath, false));
        result << workspace;
    }
    MIRRORDECK_TRY_ASSIGN(user, loadLayer(QStringLiteral("user"), userPath, true));
    result << user;
    MIRRORDECK_TRY_ASSIGN(
        global, loadLayer(QStringLiteral("global"), m_pnpmPaths.globalConfigPath(), false));
    result << global;
    MIRRORDECK_TRY_ASSIGN(
        rc, loadLayer(QStringLiteral("pnpm-global"), m_pnpmPaths.globalRcPath(), false));
    result << rc;
    qCDebug(lcPnpm) << "layers: project" << projectPath << "workspace" << workspacePath << "user"
                    << userPath << "rc" << m_pnpmPaths.globalRcPath();
    return result;
}

QString PnpmConfig::valueOf(const Npmrc::Resolved &resolved, const QString &key) const
{
    if (resolved.kind != Npmrc::Resolved::Kind::Scalar || !resolved.isString)
        return resolved.text;
    const QString trimmed = NpmIniSyntax::jsTrim(resolved.text);
    if (key == kStrictSsl && trimmed.isEmpty())
        return QStringLiteral("true");
    return NpmIniSyntax::expand(trimmed, m_environment.variables());
}

Expected<EffectiveSetting> PnpmConfig::effectiveSetting(const QString &key) const
{
    if (!isKnownKey(key) && !looksLikeScopedRegistry(key))
        return makeError(CoreError::Kind::UnknownKey,
                         tr("MirrorDeck does not manage the pnpm key \"%1\"; it manages registry, "
                            "@scope:registry and strict-ssl.")
                             .arg(key));
    MIRRORDECK_TRY_ASSIGN(layers, pnpmLayers());
    const QProcessEnvironment &variables = m_environment.variables();
    const NpmConfigPaths &npmPaths = m_pnpmPaths.npm();

    EffectiveSetting setting;
    setting.key = key;
    setting.value = builtinDefault(key);
    setting.isDefault = true;
    bool found = false;

    // pnpm 10 ignores pnpm_config_* (the tests show it); pnpm 11 and later read it above
    // npm_config_*, so for them it overrides every file.
    const QStringList names = variables.keys();
    for (const QString &name : names) {
        if (isPnpmVariableFor(name, key) && !variables.value(name).isEmpty())
            setting.shadows << Shadow::fromEnvironment(name, variables.value(name));
    }
    const QList<NpmConfigPaths::EnvironmentSetting> environment = npmPaths.environmentSettings();
    for (const NpmConfigPaths::EnvironmentSetting &env : environment) {
        if (env.key == key)
            setting.shadows << Shadow::fromEnvironment(env.variable, env.value);
    }
    if (const NpmConfigPaths::EnvironmentSetting *env = npmPaths.environmentSetting(key)) {
        const QString trimmed = NpmIniSyntax::jsTrim(env->value);
        setting.value = key == kStrictSsl && trimmed.isEmpty()
                            ? QStringLiteral("true")
                            : NpmIniSyntax::expand(trimmed, variables);
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = env->variable;
        setting.source.level = QStringLiteral("env");
        found = true;
    }

    bool aboveUser = true;
    for (const Layer &layer : std::as_const(layers)) {
        const bool isUser = layer.level == QLatin1String("user");
        if (isUser)
            setting.userFilePath = layer.path;
        if (!layer.loaded) {
            aboveUser = aboveUser && !isUser;
            continue;
        }
        const Npmrc::Resolved resolved = layer.npmrc.resolve(key, variables);
        if (resolved.kind == Npmrc::Resolved::Kind::Absent) {
            aboveUser = aboveUser && !isUser;
            continue;
        }
        if (resolved.kind == Npmrc::Resolved::Kind::Object)
            return makeError(CoreError::Kind::BadFile,
                             tr("The [section] header on this line makes pnpm read \"%1\" as a "
                                "section instead of a value. Rename or remove the section.")
                                 .arg(key),
                             layer.path, resolved.line + 1);
        const QString value = valueOf(resolved, key);
        if (isUser)
            setting.userFileLine = resolved.line + 1;
        if (aboveUser && !isUser) {
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.filePath = layer.path;
            shadow.line = resolved.line + 1;
            shadow.value = key + QLatin1Char('=') + value;
            setting.shadows << shadow;
        }
        aboveUser = aboveUser && !isUser;
        if (found)
            continue;
        found = true;
        setting.value = value;
        if (resolved.kind == Npmrc::Resolved::Kind::Array)
            setting.values = resolved.items;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = layer.path;
        setting.source.line = resolved.line + 1;
        setting.source.level = layer.level;
    }

    QStringList shellVariables;
    for (const QString &prefix : {QStringLiteral("npm_config_"), QStringLiteral("pnpm_config_")}) {
        shellVariables << prefix + key;
        if (key.contains(QLatin1Char('-')))
            shellVariables << QString(prefix + key).replace(QLatin1Char('-'), QLatin1Char('_'));
    }
    setting.shadows << ShellStartupScanner(m_environment).findShadows(shellVariables, true);
    logEffectiveSetting(lcPnpm(), setting);
    return setting;
}

Expected<QList<EffectiveSetting>> PnpmConfig::effectiveSettings() const
{
    QList<EffectiveSetting> result;
    for (const ConfigKeyInfo &info : keys()) {
        MIRRORDECK_TRY_ASSIGN(setting, effectiveSetting(info.key));
        result << setting;
    }
    MIRRORDECK_TRY_ASSIGN(layers, pnpmLayers());
    QStringList scoped;
    for (const NpmConfigPaths::EnvironmentSetting &env : m_pnpmPaths.npm().environmentSettings()) {
        if (looksLikeScopedRegistry(env.key))
            scoped << env.key;
    }
    for (const Layer &layer : std::as_const(layers)) {
        if (!layer.loaded)
            continue;
        const QStringList keys = layer.npmrc.keys(m_environment.variables());
        for (const QString &key : keys) {
            if (looksLikeScopedRegistry(key))
                scoped << key;
        }
    }
    scoped.removeDuplicates();
    scoped.sort();
    for (const QString &key : std::as_const(scoped)) {
        MIRRORDECK_TRY_ASSIGN(setting, effectiveSetting(key));
        result << setting;
    }
    return result;
}
