#include "ecosystems/pip/PipEcosystem.h"

#include "ecosystems/pip/PipConfig.h"

Ecosystem pipEcosystem()
{
    Ecosystem pip;
    pip.id = QStringLiteral("pip");
    pip.displayName = [] { return QStringLiteral("pip"); };
    pip.protocol = QStringLiteral("pypi-simple");
    pip.badgeText = QStringLiteral("pip");
    pip.badgeColour = 0x306998;
    pip.createConfig = [](const ToolEnvironment &env) { return std::make_unique<PipConfig>(env); };
    // pip.conf keeps multi-valued options on continuation lines: one entry per line.
    pip.keyTypes = {
        {QStringLiteral("global.index-url"), ConfigKeyType::Url},
        {QStringLiteral("global.extra-index-url"), ConfigKeyType::UrlList},
        {QStringLiteral("global.trusted-host"), ConfigKeyType::HostList},
    };
    return pip;
}
