#include "ecosystems/cargo/CargoEcosystem.h"

#include "ecosystems/cargo/CargoConfig.h"

Ecosystem cargoEcosystem()
{
    Ecosystem cargo;
    cargo.id = QStringLiteral("cargo");
    cargo.displayName = [] { return QStringLiteral("Cargo"); };
    cargo.protocol = QStringLiteral("cargo-sparse");
    cargo.badgeText = QStringLiteral("Cargo");
    cargo.badgeColour = 0xdea584;
    cargo.createConfig = [](const ToolEnvironment &env) {
        return std::make_unique<CargoConfig>(env);
    };
    // The mirror key is source.<replacement>.registry; "mirror" is the name `use` writes.
    cargo.keyTypes = {
        {QStringLiteral("source.mirror.registry"), ConfigKeyType::Url},
        {QStringLiteral("source.crates-io.replace-with"), ConfigKeyType::String},
        {QStringLiteral("registries.crates-io.protocol"), ConfigKeyType::String},
    };
    return cargo;
}
