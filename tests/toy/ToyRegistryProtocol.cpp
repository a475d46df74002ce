#include "ToyRegistryProtocol.h"

MirrorProtocol ToyRegistryProtocol::descriptor()
{
    return {QStringLiteral("toy-registry"), NpmRegistryProtocol::defaultTargets(),
            [](const ProbeTargets &targets) {
                return std::make_shared<const ToyRegistryProtocol>(targets);
            }};
}
