#include "ecosystems/cargo/CargoConfig.h"

#include "config/ConfigFile.h"
#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/cargo/CargoConfigPaths.h"
#include "ecosystems/cargo/CargoLog.h"
#include "ecosystems/cargo/CargoTomlFile.h"
#include "ecosystems/cargo/CargoValueValidator.h"

#include <QDir>

namespace {

const QLatin1String replaceWithKey("source.crates-io.replace-with");
const QLatin1String protocolKey("registries.crates-io.protocol");
const QLatin1String protocolVariable("CARGO_REGISTRIES_CRATES_IO_PROTOCOL");

QStringList replaceWithPath()
{
    return {QStringLiteral("source"), QStringLiteral("crates-io"), QStringLiteral("replace-with")};
}

QStringList registryPath(const QString &name)
{
    return {QStringLiteral("source"), name, QStringLiteral("registry")};
}

// The key path of a key MirrorDeck manages; its names hold no dots.
QStringList keyPath(const QString &key)
{
    const QString name = CargoConfig::registrySourceName(key);
    if (!name.isEmpty())
        return registryPath(name);
    return key.split(QLatin1Char('.'));
}

// What the planner knows of the other files: the source names they define.
class CargoEditContext : public EditContext
{
public:
    QStringList sourcesElsewhere;
};

} // namespace

QString CargoConfig::registrySourceName(const QString &key)
{
    static const QLatin1String prefix("source.");
    static const QLatin1String suffix(".registry");
    if (!key.startsWith(prefix) || !key.endsWith(suffix) ||
        key.size() <= prefix.size() + suffix.size())
        return QString();
    const QString name = key.mid(prefix.size(), key.size() - prefix.size() - suffix.size());
    return name.contains(QLatin1Char('.')) ? QString() : name;
}

Expected<QList<CargoConfig::Layer>> CargoConfig::layers() const
{
    const CargoConfigPaths paths(m_environment);
    QList<Layer> result;
    auto add = [&result](const QString &path, const QString &level) -> Expected<void> {
        MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(path));
        if (!file.exists)
            return {};
        MIRRORDECK_TRY_ASSIGN(parsed, CargoTomlFile::parse(file.bytes, path));
        result.append({path, level, std::make_shared<const CargoTomlFile>(std::move(parsed))});
        return {};
    };
    for (const QString &path : paths.projectFiles())
        MIRRORDECK_TRY(add(path, QStringLiteral("project")));
    MIRRORDECK_TRY(add(paths.userFile(), QStringLiteral("user")));
    qCDebug(lcCargo) << "layers" << result.size() << "user file" << paths.userFile();
    return result;
}

QString CargoConfig::effectiveReplacement(const QList<Layer> &layers) const
{
    for (const Layer &layer : layers) {
        if (const auto found = layer.file->value(replaceWithPath()); found && found->isString)
            return found->text;
    }
    return QString();
}

QString CargoConfig::mirrorKey() const
{
    const Expected<QList<Layer>> loaded = layers();
    QString name = loaded ? effectiveReplacement(*loaded) : QString();
    if (name.isEmpty() || !CargoValueValidator::validateSourceName(name))
        name = defaultSourceName();
    return QStringLiteral("source.%1.registry").arg(name);
}

QList<ConfigKeyInfo> CargoConfig::keys() const
{
    return {
        {mirrorKey(), tr("The index of the source that replaces crates.io (the mirror)."), false},
        {replaceWithKey, tr("The source that replaces crates.io (a [source.NAME] table)."), false},
        {protocolKey, tr("How crates.io's own index is read: sparse or git."), false},
    };
}

bool CargoConfig::isKnownKey(const QString &key) const
{
    return key == replaceWithKey || key == protocolKey || !registrySourceName(key).isEmpty();
}

Expected<QString> CargoConfig::userConfigPath() const
{
    return CargoConfigPaths(m_environment).userFile();
}

Expected<EffectiveSetting> CargoConfig::effectiveSetting(const QString &key) const
{
    if (!isKnownKey(key))
        return makeError(CoreError::Kind::UnknownKey,
                         tr("MirrorDeck does not manage the Cargo key “%1”; it manages %2, "
                            "source.NAME.registry and %3.")
                             .arg(key, replaceWithKey, protocolKey));
    MIRRORDECK_TRY_ASSIGN(loaded, layers());
    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = *userConfigPath();
    setting.isDefault = true;
    const QString name = registrySourceName(key);
    const bool isMirror = !name.isEmpty() && name == effectiveReplacement(loaded);
    if (key == protocolKey)
        setting.value = QStringLiteral("sparse");
    else if (!name.isEmpty() && effectiveReplacement(loaded).isEmpty() &&
             name == defaultSourceName())
        setting.value = cratesIoIndex(); // nothing replaces crates.io: its own index is used

    // What cargo reads, key by key: the deepest file that has it wins; the mirror is also
    // overridden by a nearer file that names another replacement.
    bool found = false;
    const QStringList path = keyPath(key);
    for (const Layer &layer : loaded) {
        const bool user = layer.level == QLatin1String("user");
        QList<QPair<QString, CargoTomlFile::Value>> hits;
        if (const auto value = layer.file->value(path))
            hits.append({key, *value});
        if (isMirror && !user) {
            if (const auto value = layer.file->value(replaceWithPath()))
                hits.append({replaceWithKey, *value});
        }
        for (const auto &hit : std::as_const(hits)) {
            if (user) {
                if (hit.first == key)
                    setting.userFileLine = hit.second.line;
                continue;
            }
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.filePath = layer.path;
            shadow.line = hit.second.line;
            shadow.value = hit.first + QStringLiteral(" = ") + hit.second.text;
            setting.shadows << shadow;
        }
        if (found || hits.isEmpty() || hits.first().first != key)
            continue;
        found = true;
        setting.value = hits.first().second.text;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = layer.path;
        setting.source.line = hits.first().second.line;
        setting.source.level = layer.level;
    }
    if (key == protocolKey) {
        // Cargo reads registries.* from the environment too (source.* it does not).
        const QString env = m_environment.value(protocolVariable);
        if (!env.isEmpty()) {
            setting.shadows << Shadow::fromEnvironment(protocolVariable, env);
            setting.value = env;
            setting.isDefault = false;
            setting.source = SettingSource();
            setting.source.kind = SettingSource::Kind::Environment;
            setting.source.variable = protocolVariable;
            setting.source.level = QStringLiteral("env");
        }
        setting.shadows << ShellStartupScanner(m_environment).findShadows({protocolVariable});
    }
    // A CARGO_HOME a terminal exports moves the user file for every cargo run there.
    const CargoConfigPaths paths(m_environment);
    for (const Shadow &shadow :
         ShellStartupScanner(m_environment).findShadows({QStringLiteral("CARGO_HOME")})) {
        if (QDir::cleanPath(shadow.value) != paths.cargoHome())
            setting.shadows << shadow;
    }
    logEffectiveSetting(lcCargo(), setting);
    return setting;
}

Expected<void> CargoConfig::validate(const QString &key, const QString &value) const
{
    if (key == replaceWithKey)
        return CargoValueValidator::validateSourceName(value);
    if (key == protocolKey)
        return CargoValueValidator::validateProtocol(value);
    const QString name = registrySourceName(key);
    if (!name.isEmpty()) {
        MIRRORDECK_TRY(CargoValueValidator::validateSourceName(name));
        return CargoValueValidator::validateRegistryUrl(value);
    }
    return makeError(CoreError::Kind::UnknownKey,
                     tr("MirrorDeck does not manage the Cargo key “%1”; it manages %2, "
                        "source.NAME.registry and %3.")
                         .arg(key, replaceWithKey, protocolKey));
}

std::shared_ptr<const EditContext> CargoConfig::readEditContext() const
{
    auto context = std::make_shared<CargoEditContext>();
    const Expected<QList<Layer>> loaded = layers();
    if (!loaded)
        return context;
    for (const Layer &layer : *loaded) {
        if (layer.level != QLatin1String("user"))
            context->sourcesElsewhere << layer.file->childKeys({QStringLiteral("source")});
    }
    return context;
}

Expected<KeyEdits> CargoConfig::mirrorEdits(const Mirror &mirror, const EditInput &input) const
{
    MIRRORDECK_TRY(checkMirrorIsFor(mirror));
    QString name;
    if (input.exists) {
        MIRRORDECK_TRY_ASSIGN(file, CargoTomlFile::parse(input.bytes, input.path));
        // A source has one location: a table that is a directory, a local registry or a git
        // repository cannot take a registry too (cargo: "more than one source location").
        auto takesRegistry = [&file](const QString &candidate) {
            for (const char *location : {"directory", "local-registry", "git"}) {
                if (file.value({QStringLiteral("source"), candidate, QLatin1String(location)}))
                    return false;
            }
            return true;
        };
        // The user's own replacement name is kept: only its registry changes.
        const auto existing = file.value(replaceWithPath());
        if (existing && existing->isString &&
            CargoValueValidator::validateSourceName(existing->text) &&
            takesRegistry(existing->text))
            name = existing->text;
        for (int n = 1; name.isEmpty(); ++n) {
            const QString candidate =
                n == 1 ? defaultSourceName() : defaultSourceName() + QString::number(n);
            if (takesRegistry(candidate))
                name = candidate;
        }
    } else {
        name = defaultSourceName();
    }
    // The registry first: replace-with must name a source that exists.
    return KeyEdits{KeyEdit::set(QStringLiteral("source.%1.registry").arg(name), mirror.url),
                    KeyEdit::set(replaceWithKey, name)};
}

Expected<QByteArray> CargoConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                            const EditInput &input, EditOutcome *outcome) const
{
    if (!isKnownKey(edit.key))
        return validate(edit.key, edit.value).error();
    if (!edit.unset)
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    MIRRORDECK_TRY_ASSIGN(file, CargoTomlFile::parse(bytes, input.path));
    const QStringList path = keyPath(edit.key);
    const auto old = file.value(path);
    const QString oldText = old ? old->text : QString();

    if (!edit.unset) {
        if (old && old->isString && old->text == edit.value)
            return bytes;
        if (edit.key == replaceWithKey) {
            const auto *context = dynamic_cast<const CargoEditContext *>(input.context.get());
            const bool defined = file.hasTable({QStringLiteral("source"), edit.value}) ||
                                 (context && context->sourcesElsewhere.contains(edit.value));
            if (!defined)
                return makeError(CoreError::Kind::InvalidValue,
                                 tr("No [source.%1] table defines the source “%1”, so cargo "
                                    "would stop with “could not find a configured source”. Set "
                                    "source.%1.registry first, or use “mirrordeck-cli use "
                                    "cargo URL”.")
                                     .arg(edit.value));
        }
        MIRRORDECK_TRY(file.setString(path, edit.value));
        outcome->keyChanges.append({edit.key, oldText, edit.value});
        qCDebug(lcCargo) << "set" << edit.key;
        return file.toBytes();
    }

    const QString name = registrySourceName(edit.key);
    if (!name.isEmpty()) {
        // Unsetting the mirror restores crates.io: the replacement that names this source goes
        // too, and the tables left empty (the ones `use` added).
        const auto replacement = file.value(replaceWithPath());
        if (replacement && replacement->text == name) {
            MIRRORDECK_TRY(file.remove(replaceWithPath()));
            outcome->keyChanges.append({replaceWithKey, replacement->text, QString()});
            MIRRORDECK_TRY(
                file.removeTableIfEmpty({QStringLiteral("source"), QStringLiteral("crates-io")}));
        }
        if (old) {
            MIRRORDECK_TRY(file.remove(path));
            outcome->keyChanges.append({edit.key, oldText, QString()});
        }
        MIRRORDECK_TRY(file.removeTableIfEmpty({QStringLiteral("source"), name}));
        MIRRORDECK_TRY(file.removeTableIfEmpty({QStringLiteral("source")}));
        return file.toBytes();
    }
    if (!old)
        return bytes;
    MIRRORDECK_TRY(file.remove(path));
    outcome->keyChanges.append({edit.key, oldText, QString()});
    if (edit.key == replaceWithKey)
        MIRRORDECK_TRY(
            file.removeTableIfEmpty({QStringLiteral("source"), QStringLiteral("crates-io")}));
    return file.toBytes();
}
