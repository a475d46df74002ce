#include "NpmConfig.h"

#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/npm/NpmLog.h"
#include "ecosystems/npm/NpmValueValidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const QString kRegistry = QStringLiteral("registry");
const QString kStrictSsl = QStringLiteral("strict-ssl");

bool looksLikeScopedRegistry(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^@[^:/]+:registry$"));
    return pattern.match(key).hasMatch();
}

bool isAuthKey(const QString &rawKey, QString *nerf)
{
    if (!rawKey.startsWith(QLatin1String("//")))
        return false;
    const qsizetype colon = rawKey.lastIndexOf(QLatin1Char(':'));
    if (colon < 2)
        return false;
    static const QStringList suffixes = {QStringLiteral("_authToken"), QStringLiteral("_auth"),
                                         QStringLiteral("_password"),  QStringLiteral("username"),
                                         QStringLiteral("certfile"),   QStringLiteral("keyfile")};
    if (!suffixes.contains(rawKey.mid(colon + 1)))
        return false;
    *nerf = rawKey.left(colon);
    return true;
}

// npm-registry-fetch walks up "//host/path/" to find credentials: a nerf dart applies to every
// URL below it.
bool authApplies(const QString &nerf, const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return false;
    QString key = QStringLiteral("//") + parsed.host(QUrl::FullyEncoded);
    if (parsed.port() >= 0)
        key += QLatin1Char(':') + QString::number(parsed.port());
    key += parsed.path(QUrl::FullyEncoded);
    return key.startsWith(nerf);
}

} // namespace

NpmConfig::NpmConfig(const ToolEnvironment &environment)
    : NpmConfig(environment, NpmConfigPaths(environment))
{}

NpmConfig::NpmConfig(const ToolEnvironment &environment, const NpmConfigPaths &paths)
    : EcosystemConfig(environment)
    , m_paths(paths)
{}

QList<ConfigKeyInfo> NpmConfig::keys() const
{
    return {
        {kRegistry, tr("The registry npm installs packages from"), false},
        {kStrictSsl, tr("Whether npm checks the registry's TLS certificate"), false},
    };
}

bool NpmConfig::isKnownKey(const QString &key) const
{
    return key == kRegistry || key == kStrictSsl || NpmValueValidator::isScopedRegistryKey(key);
}

Expected<NpmConfig::Layer> NpmConfig::loadLayer(const QString &level, const QString &path,
                                                bool required) const
{
    Layer layer;
    layer.level = level;
    layer.path = path;
    if (path.isEmpty())
        return layer;
    Expected<ConfigFile> file = ConfigFileReader::read(path, Npmrc::textPolicy());
    if (!file) {
        // npm skips a file it cannot read; MirrorDeck must not edit the user file it cannot read.
        if (!required && file.error().kind == CoreError::Kind::Io)
            return layer;
        return file.error();
    }
    layer.file = std::move(file).value();
    layer.loaded = layer.file.exists;
    layer.npmrc = Npmrc::parse(layer.file.document);
    return layer;
}

QString NpmConfig::pathSetting(const Layer &layer, const QString &key) const
{
    if (!layer.loaded)
        return {};
    const Npmrc::Resolved resolved = layer.npmrc.resolve(key, m_environment.variables());
    if (resolved.kind != Npmrc::Resolved::Kind::Scalar || !resolved.isString ||
        NpmIniSyntax::jsTrim(resolved.text).isEmpty())
        return {};
    return m_paths.resolvePath(resolved.text);
}

QString NpmConfig::userPathFrom(const Layer &builtin, const Layer &project) const
{
    QString fromFiles = pathSetting(project, QStringLiteral("userconfig"));
    if (fromFiles.isEmpty())
        fromFiles = pathSetting(builtin, QStringLiteral("userconfig"));
    return m_paths.userConfigPath(fromFiles);
}

Expected<QList<NpmConfig::Layer>> NpmConfig::layers() const
{
    Expected<Layer> builtin =
        loadLayer(QStringLiteral("builtin"), m_paths.builtinConfigPath(), false);
    if (!builtin)
        return builtin.error();
    // npm compares the project file with the userconfig known before the project is read.
    const QString userBeforeProject = userPathFrom(*builtin, Layer());
    Layer project;
    project.level = QStringLiteral("project");
    if (!m_paths.globalMode() && m_paths.projectConfigPath() != userBeforeProject) {
        Expected<Layer> loaded =
            loadLayer(QStringLiteral("project"), m_paths.projectConfigPath(), false);
        if (!loaded)
            return loaded.error();
        project = std::move(loaded).value();
    }
    Expected<Layer> user = loadLayer(QStringLiteral("user"), userPathFrom(*builtin, project), true);
    if (!user)
        return user.error();

    auto firstPath = [&](const QString &key) {
        for (const Layer *layer : {&project, &user.value(), &builtin.value()}) {
            const QString path = pathSetting(*layer, key);
            if (!path.isEmpty())
                return path;
        }
        return QString();
    };
    const QString globalPath = m_paths.globalConfigPath(firstPath(QStringLiteral("globalconfig")),
                                                        firstPath(QStringLiteral("prefix")));
    Expected<Layer> global = loadLayer(QStringLiteral("global"), globalPath, false);
    if (!global)
        return global.error();
    return QList<Layer>{project, *user, *global, *builtin};
}

QString NpmConfig::userPath() const
{
    // The user file's path depends on the builtin and project files (userconfig=); their
    // problems do not stop an edit of the user file, npm skips unreadable files too.
    Expected<Layer> builtin =
        loadLayer(QStringLiteral("builtin"), m_paths.builtinConfigPath(), false);
    const Layer builtinLayer = builtin ? std::move(builtin).value() : Layer();
    Layer project;
    if (!m_paths.globalMode() &&
        m_paths.projectConfigPath() != userPathFrom(builtinLayer, Layer())) {
        Expected<Layer> loaded =
            loadLayer(QStringLiteral("project"), m_paths.projectConfigPath(), false);
        if (loaded)
            project = std::move(loaded).value();
    }
    return userPathFrom(builtinLayer, project);
}

Expected<NpmConfig::Layer> NpmConfig::userLayer() const
{
    return loadLayer(QStringLiteral("user"), userPath(), true);
}

Expected<QString> NpmConfig::userConfigPath() const
{
    return userPath();
}

QString NpmConfig::effectiveText(const Npmrc::Resolved &resolved, const QString &key) const
{
    if (resolved.kind != Npmrc::Resolved::Kind::Scalar || !resolved.isString)
        return resolved.text;
    // @npmcli/config parseField(): trim, "" means true for a Boolean, then ${VAR} expansion.
    const QString trimmed = NpmIniSyntax::jsTrim(resolved.text);
    if (key == kStrictSsl && trimmed.isEmpty())
        return QStringLiteral("true");
    return NpmIniSyntax::expand(trimmed, m_environment.variables());
}

Expected<EffectiveSetting> NpmConfig::effectiveSetting(const QString &key) const
{
    if (!isKnownKey(key) && !looksLikeScopedRegistry(key))
        return makeError(CoreError::Kind::UnknownKey,
                         tr("MirrorDeck does not manage the npm key \"%1\"; it manages registry, "
                            "@scope:registry and strict-ssl.")
                             .arg(key));
    Expected<QList<Layer>> loaded = layers();
    if (!loaded)
        return loaded.error();
    const QProcessEnvironment &variables = m_environment.variables();

    EffectiveSetting setting;
    setting.key = key;
    setting.value = key == kRegistry    ? QStringLiteral("https://registry.npmjs.org/")
                    : key == kStrictSsl ? QStringLiteral("true")
                                        : QString();
    setting.isDefault = true;
    bool found = false;

    for (const NpmConfigPaths::EnvironmentSetting &env : m_paths.environmentSettings()) {
        if (env.key == key)
            setting.shadows << Shadow::fromEnvironment(env.variable, env.value);
    }
    if (const NpmConfigPaths::EnvironmentSetting *env = m_paths.environmentSetting(key)) {
        const QString value =
            key == kStrictSsl && NpmIniSyntax::jsTrim(env->value).isEmpty()
                ? QStringLiteral("true")
                : NpmIniSyntax::expand(NpmIniSyntax::jsTrim(env->value), variables);
        setting.value = value;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = env->variable;
        setting.source.level = QStringLiteral("env");
        found = true;
    }

    for (const Layer &layer : *loaded) {
        if (layer.level == QLatin1String("user"))
            setting.userFilePath = layer.path;
        if (!layer.loaded)
            continue;
        const Npmrc::Resolved resolved = layer.npmrc.resolve(key, variables);
        if (resolved.kind == Npmrc::Resolved::Kind::Absent)
            continue;
        if (resolved.kind == Npmrc::Resolved::Kind::Object)
            return makeError(CoreError::Kind::BadFile,
                             tr("The [section] header on this line makes npm read \"%1\" as a "
                                "section instead of a value, and npm fails on it. Rename or "
                                "remove the section.")
                                 .arg(key),
                             layer.path, resolved.line + 1);
        const QString value = effectiveText(resolved, key);
        if (layer.level == QLatin1String("user"))
            setting.userFileLine = resolved.line + 1;
        if (layer.level == QLatin1String("project")) {
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.filePath = layer.path;
            shadow.line = resolved.line + 1;
            shadow.value = key + QLatin1Char('=') + value;
            setting.shadows << shadow;
        }
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

    QString variable = QStringLiteral("npm_config_") + key;
    QStringList variables_ = {variable};
    if (key.contains(QLatin1Char('-')))
        variables_ << QString(variable).replace(QLatin1Char('-'), QLatin1Char('_'));
    setting.shadows << ShellStartupScanner(m_environment).findShadows(variables_, true);
    logEffectiveSetting(lcNpm(), setting);
    return setting;
}

Expected<QList<EffectiveSetting>> NpmConfig::effectiveSettings() const
{
    Expected<QList<EffectiveSetting>> base = EcosystemConfig::effectiveSettings();
    if (!base)
        return base;
    Expected<QList<Layer>> loaded = layers();
    if (!loaded)
        return loaded.error();
    QStringList scoped;
    for (const NpmConfigPaths::EnvironmentSetting &env : m_paths.environmentSettings()) {
        if (looksLikeScopedRegistry(env.key))
            scoped << env.key;
    }
    for (const Layer &layer : *loaded) {
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
        Expected<EffectiveSetting> setting = effectiveSetting(key);
        if (!setting)
            return setting.error();
        base->append(std::move(setting).value());
    }
    return base;
}

Expected<void> NpmConfig::validate(const QString &key, const QString &value) const
{
    return NpmValueValidator::validate(key, value, m_environment.variables());
}

namespace {

// What npm used for each registry key before the transaction (all layers, the environment
// included): the old registry a token note speaks of.
class NpmEditContext : public EditContext
{
public:
    QHash<QString, QString> effectiveRegistry;
};

} // namespace

QFileDevice::Permissions NpmConfig::newFilePermissions() const
{
    // npm writes ~/.npmrc with mode 0600 because it holds tokens; a new file gets the same.
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

std::shared_ptr<const EditContext> NpmConfig::readEditContext() const
{
    auto context = std::make_shared<NpmEditContext>();
    // Best effort: a layer npm cannot read only means no token note.
    if (Expected<QList<EffectiveSetting>> settings = effectiveSettings()) {
        for (const EffectiveSetting &setting : std::as_const(*settings)) {
            if (NpmValueValidator::isRegistryKey(setting.key))
                context->effectiveRegistry.insert(setting.key, setting.value);
        }
    }
    return context;
}

Expected<QByteArray> NpmConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                          const EditInput &input, EditOutcome *outcome) const
{
    const QProcessEnvironment &variables = m_environment.variables();
    if (edit.unset) {
        if (!isKnownKey(edit.key))
            return NpmValueValidator::validate(edit.key, QString(), variables).error();
    } else {
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    }
    const Npmrc npmrc = Npmrc::fromBytes(bytes);
    MIRRORDECK_TRY_ASSIGN(
        document, edit.unset ? npmrc.withoutKey(edit.key, variables, input.path)
                             : npmrc.withValue(edit.key, edit.value, variables, input.path));
    const QByteArray after = document.toBytes();
    if (after == bytes)
        return bytes;
    const Npmrc::Resolved old = npmrc.resolve(edit.key, variables);
    const QString oldValue = old.kind == Npmrc::Resolved::Kind::Absent ? QString() : old.text;
    outcome->keyChanges.append({edit.key, oldValue, edit.unset ? QString() : edit.value});
    if (!edit.unset) {
        const auto *context = dynamic_cast<const NpmEditContext *>(input.context.get());
        QString oldRegistry;
        if (context) {
            oldRegistry = context->effectiveRegistry.value(edit.key);
            if (oldRegistry.isEmpty())
                oldRegistry = context->effectiveRegistry.value(kRegistry);
        }
        outcome->notes += notesForSet(edit.key, edit.value, input.path, bytes, oldRegistry);
    }
    return after;
}

QStringList NpmConfig::notesForSet(const QString &key, const QString &value,
                                   const QString &userPath, const QByteArray &userBytes,
                                   const QString &oldRegistry) const
{
    const QProcessEnvironment &variables = m_environment.variables();
    QStringList notes = NpmValueValidator::hints(key, value, variables);
    if (!NpmValueValidator::isRegistryKey(key) || userBytes.isEmpty())
        return notes;
    const Npmrc user = Npmrc::fromBytes(userBytes);
    const QString newRegistry = NpmIniSyntax::expand(value, variables);
    QStringList oldLines;
    bool newHasAuth = false;
    const QList<Npmrc::Entry> &entries = user.entries();
    for (const Npmrc::Entry &entry : entries) {
        QString nerf;
        if (entry.isSection || !entry.topLevel ||
            !isAuthKey(NpmIniSyntax::expand(entry.rawKey, variables), &nerf))
            continue;
        if (authApplies(nerf, newRegistry))
            newHasAuth = true;
        else if (authApplies(nerf, oldRegistry))
            oldLines << QString::number(entry.line + 1);
    }
    if (!oldLines.isEmpty() && !newHasAuth)
        notes << tr("%1 holds credentials for %2 (line %3) but none for %4, so npm will not "
                    "send them to the new registry. MirrorDeck does not copy tokens; run "
                    "“npm login --registry=%4” if the mirror needs them.")
                     .arg(userPath, NpmValueValidator::nerfDart(oldRegistry),
                          oldLines.join(QStringLiteral(", ")), newRegistry);
    return notes;
}
