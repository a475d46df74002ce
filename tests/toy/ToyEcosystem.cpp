#include "ToyEcosystem.h"

#include "ToyConfig.h"
#include "ToyRegistryProtocol.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QCoreApplication>

Ecosystem toyEcosystem()
{
    Ecosystem toy;
    toy.id = QStringLiteral("toy");
    toy.displayName = [] { return QStringLiteral("Toy"); };
    toy.protocol = QStringLiteral("toy-registry");
    toy.createConfig = [](const ToolEnvironment &env) { return std::make_unique<ToyConfig>(env); };
    // A catalog field only toy mirrors carry, validated here like Go's "sumdb".
    toy.mirrorOptions = {{
        QStringLiteral("channel"),
        [] { return QStringLiteral("Channel"); },
        [] { return QStringLiteral("stable or beta"); },
        [](const QString &value) -> Expected<void> {
            if (value == QLatin1String("stable") || value == QLatin1String("beta"))
                return {};
            return makeError(CoreError::Kind::InvalidValue,
                             QStringLiteral("the channel is stable or beta, not %1").arg(value));
        },
    }};
    toy.keyTypes = {
        {QStringLiteral("TOY_MIRROR"), ConfigKeyType::Url},
        {QStringLiteral("TOY_HOSTS"), ConfigKeyType::HostList, QStringLiteral(",")},
        {QStringLiteral("TOY_STRICT"), ConfigKeyType::Bool},
    };
    return toy;
}

void registerToyEcosystem()
{
    EcosystemRegistry::addProtocol(ToyRegistryProtocol::descriptor());
    EcosystemRegistry::add(toyEcosystem());
}
