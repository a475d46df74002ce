#include "ecosystems/cargo/CargoConfig.h"

#include "ecosystems/cargo/CargoConfigPaths.h"
#include "ecosystems/cargo/CargoLog.h"
#include "ecosystems/cargo/CargoValueValidator.h"

namespace {

const QLatin1String replaceWithKey("source.crates-io.replace-with");
const QLatin1String protocolKey("registries.crates-io.protocol");

} // namespace

QString CargoConfig::registrySourceName(const QString &key)
{
    if (!key.startsWith(QLatin1String("source.")) || !key.endsWith(QLatin1String(".registry")))
        return QString();
    return key.mid(7, key.size() - 7 - 9);
}

QString CargoConfig::mirrorKey() const
{
    return QStringLiteral("source.mirror.registry");
}

QList<ConfigKeyInfo> CargoConfig::keys() const
{
    return {
        {replaceWithKey, tr("The source that replaces crates.io (a [source.NAME] table)."), false},
        {mirrorKey(), tr("The index of the source that replaces crates.io."), false},
        {protocolKey, tr("How crates.io's own index is read: sparse or git."), false},
    };
}

bool CargoConfig::isKnownKey(const QString &key) const
{
    return EcosystemConfig::isKnownKey(key) || !registrySourceName(key).isEmpty();
}

Expected<QString> CargoConfig::userConfigPath() const
{
    return CargoConfigPaths(m_environment).userFile();
}

Expected<EffectiveSetting> CargoConfig::effectiveSetting(const QString &key) const
{
    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = *userConfigPath();
    if (key == mirrorKey())
        setting.value = cratesIoIndex();
    return setting;
}

Expected<QList<EffectiveSetting>> CargoConfig::effectiveSettings() const
{
    return EcosystemConfig::effectiveSettings();
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
    return makeError(CoreError::Kind::Usage, tr("Cargo has no key “%1” that MirrorDeck knows; "
                                                "keys: %2, source.NAME.registry, %3.")
                                                 .arg(key, replaceWithKey, protocolKey));
}

Expected<KeyEdits> CargoConfig::mirrorEdits(const Mirror &mirror, const EditInput &input) const
{
    return EcosystemConfig::mirrorEdits(mirror, input);
}

Expected<QByteArray> CargoConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                            const EditInput &input, EditOutcome *outcome) const
{
    Q_UNUSED(bytes)
    Q_UNUSED(edit)
    Q_UNUSED(input)
    Q_UNUSED(outcome)
    return makeError(CoreError::Kind::Usage, tr("Editing Cargo's configuration is not ready."));
}
