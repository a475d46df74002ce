#include "ecosystems/uv/UvEcosystem.h"

#include "ecosystems/uv/UvConfig.h"

#include <QCoreApplication>

Ecosystem uvEcosystem()
{
    Ecosystem uv;
    uv.id = QStringLiteral("uv");
    uv.displayName = [] { return QStringLiteral("uv"); };
    // The PyPI simple mirrors serve uv as they serve pip: one catalog entry, measured once.
    uv.protocol = QStringLiteral("pypi-simple");
    uv.badgeText = QStringLiteral("uv");
    uv.badgeColour = 0xde5fe9;
    uv.createConfig = [](const ToolEnvironment &env) { return std::make_unique<UvConfig>(env); };
    uv.keyTypes = {
        {QStringLiteral("default-index"), ConfigKeyType::Url},
        {QStringLiteral("index-url"), ConfigKeyType::Url},
        {QStringLiteral("extra-index-url"), ConfigKeyType::UrlList},
    };
    uv.relatedTo = QStringLiteral("pip");
    uv.relationNote = [] {
        return QCoreApplication::translate(
            "UvEcosystem", "uv reads its own index setting; pip's index-url does not switch uv.");
    };
    uv.relatedToNote = [] {
        return QCoreApplication::translate(
            "UvEcosystem", "uv does not follow this setting; switch it on the uv page.");
    };
    return uv;
}
