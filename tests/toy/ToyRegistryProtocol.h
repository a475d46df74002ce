#pragma once

// The toy's mirror protocol, "toy-registry": the npm registry's wire format under an id of its
// own, so the test exercises registering a protocol without a new loopback server mode
// (tests/fixtures/mirror_server.py's npm mirrors answer it).

#include "ecosystems/npm/NpmRegistryProtocol.h"

class ToyRegistryProtocol : public NpmRegistryProtocol
{
public:
    using NpmRegistryProtocol::NpmRegistryProtocol;

    static MirrorProtocol descriptor();

    QString protocol() const override { return QStringLiteral("toy-registry"); }
};
