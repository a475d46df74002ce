#include "ecosystems/yarn/YarnEcosystem.h"

#include "ecosystems/yarn/YarnConfig.h"

Ecosystem yarnEcosystem()
{
    Ecosystem yarn;
    yarn.id = QStringLiteral("yarn");
    yarn.displayName = [] { return QStringLiteral("Yarn"); };
    // npm-registry mirrors serve Yarn Berry as they serve npm.
    yarn.protocol = QStringLiteral("npm-registry");
    yarn.badgeText = QStringLiteral("yarn");
    yarn.badgeColour = 0x2c8ebb;
    yarn.createConfig = [](const ToolEnvironment &env) {
        return std::make_unique<YarnConfig>(env);
    };
    yarn.keyTypes = {
        {QStringLiteral("npmRegistryServer"), ConfigKeyType::Url},
        {QStringLiteral("unsafeHttpWhitelist"), ConfigKeyType::HostList, QStringLiteral("\n")},
    };
    return yarn;
}
