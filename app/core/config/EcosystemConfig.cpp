#include "EcosystemConfig.h"

bool EcosystemConfig::isKnownKey(const QString &key) const
{
    const QList<ConfigKeyInfo> known = keys();
    for (const ConfigKeyInfo &info : known) {
        if (info.key == key)
            return true;
    }
    return false;
}

Expected<QList<EffectiveSetting>> EcosystemConfig::effectiveSettings() const
{
    QList<EffectiveSetting> settings;
    const QList<ConfigKeyInfo> known = keys();
    for (const ConfigKeyInfo &info : known) {
        Expected<EffectiveSetting> setting = effectiveSetting(info.key);
        if (!setting)
            return setting.error();
        settings.append(std::move(setting).value());
    }
    return settings;
}
