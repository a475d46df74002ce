#include "ecosystems/npm/NpmEcosystem.h"

#include "ecosystems/npm/NpmConfig.h"

Ecosystem npmEcosystem()
{
    Ecosystem npm;
    npm.id = QStringLiteral("npm");
    npm.displayName = [] { return QStringLiteral("npm"); };
    npm.protocol = QStringLiteral("npm-registry");
    npm.badgeText = QStringLiteral("npm");
    npm.badgeColour = 0xcb3837;
    npm.createConfig = [](const ToolEnvironment &env) { return std::make_unique<NpmConfig>(env); };
    npm.keyTypes = {
        {QStringLiteral("registry"), ConfigKeyType::Url},
        {QStringLiteral("strict-ssl"), ConfigKeyType::Bool},
    };
    return npm;
}
