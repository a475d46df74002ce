#include "ecosystems/pnpm/PnpmEcosystem.h"

#include "ecosystems/pnpm/PnpmConfig.h"

#include <QCoreApplication>

Ecosystem pnpmEcosystem()
{
    Ecosystem pnpm;
    pnpm.id = QStringLiteral("pnpm");
    pnpm.displayName = [] { return QStringLiteral("pnpm"); };
    pnpm.protocol = QStringLiteral("npm-registry");
    pnpm.badgeText = QStringLiteral("pnpm");
    pnpm.badgeColour = 0xf69220;
    pnpm.createConfig = [](const ToolEnvironment &env) {
        return std::make_unique<PnpmConfig>(env);
    };
    pnpm.keyTypes = {
        {QStringLiteral("registry"), ConfigKeyType::Url},
        {QStringLiteral("strict-ssl"), ConfigKeyType::Bool},
    };
    pnpm.relatedTo = QStringLiteral("npm");
    pnpm.relationNote = [] {
        return QCoreApplication::translate(
            "PnpmEcosystem", "pnpm reads npm's registry from ~/.npmrc: switching either switches "
                             "both.");
    };
    pnpm.relatedToNote = [] {
        return QCoreApplication::translate("PnpmEcosystem", "pnpm reads this setting too.");
    };
    return pnpm;
}
