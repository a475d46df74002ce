#include "ecosystems/yarn/YarnEcosystem.h"

#include "ecosystems/yarn/YarnConfig.h"

#include <QCoreApplication>

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
    // Yarn Berry never reads .npmrc, although it uses the same mirrors.
    yarn.relatedTo = QStringLiteral("npm");
    yarn.relationNote = [] {
        return QCoreApplication::translate(
            "YarnEcosystem",
            "Yarn 2 and later do not read npm's .npmrc: switching npm's registry does not switch "
            "Yarn. Both can use the same mirrors; Yarn reads npmRegistryServer from .yarnrc.yml.");
    };
    yarn.relatedToNote = [] {
        return QCoreApplication::translate(
            "YarnEcosystem",
            "Yarn 2 and later ignore this registry: they read npmRegistryServer from "
            ".yarnrc.yml (the Yarn page). Yarn 1 still reads .npmrc.");
    };
    return yarn;
}
