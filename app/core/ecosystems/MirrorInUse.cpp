#include "ecosystems/MirrorInUse.h"

#include "ecosystems/EcosystemRegistry.h"

QString MirrorInUse::urlIn(const QString &ecosystem, const QString &value)
{
    const Ecosystem *descriptor = EcosystemRegistry::find(ecosystem);
    return descriptor ? descriptor->mirrorUrlIn(value) : value;
}

std::optional<Mirror> MirrorInUse::find(const MirrorCatalog &catalog, const QString &ecosystem,
                                        const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (auto mirror = catalog.findByUrl(ecosystem, value))
        return mirror;
    const QString url = urlIn(ecosystem, value);
    if (url != value && !url.isEmpty())
        return catalog.findByUrl(ecosystem, url);
    return std::nullopt;
}
