#include "ecosystems/Ecosystem.h"

ConfigKeyDescription Ecosystem::keyDescription(const QString &key) const
{
    for (const ConfigKeyDescription &description : keyTypes) {
        if (description.key == key)
            return description;
    }
    return {key};
}

const MirrorOptionDescription *Ecosystem::mirrorOption(const QString &key) const
{
    for (const MirrorOptionDescription &option : mirrorOptions) {
        if (option.key == key)
            return &option;
    }
    return nullptr;
}
