#pragma once

// The supported tools and the mirror protocols they consume, as registered descriptors. The
// built-in ones are one line each in EcosystemRegistry.cpp; a test binary may add its own with
// add() before the app or CLI code runs (tests/toy/ does), so the shipped executables know only
// the real tools.

#include "config/EcosystemConfig.h"
#include "ecosystems/Ecosystem.h"
#include "probe/ProbeProtocol.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class EcosystemRegistry
{
public:
    // "go", "npm", "pip" — in display order.
    static QStringList ids();
    // nullptr for an unknown id.
    static const Ecosystem *find(const QString &id);
    // Registers one more tool (and, when it speaks a new one, its protocol with addProtocol).
    // Not thread-safe: call before any other code reads the registry.
    static void add(Ecosystem ecosystem);

    // nullptr for an unknown id.
    static std::unique_ptr<EcosystemConfig> create(const QString &id,
                                                   const ToolEnvironment &environment);
    static std::vector<std::unique_ptr<EcosystemConfig>>
    createAll(const ToolEnvironment &environment);

    // Mirror protocols: "goproxy", "npm-registry", "pypi-simple".
    static QStringList protocolIds();
    static const MirrorProtocol *findProtocol(const QString &id);
    static void addProtocol(MirrorProtocol protocol);
    // The protocol an ecosystem's mirrors speak; "" for an unknown ecosystem.
    static QString protocolOf(const QString &ecosystem);
    // The http(s) address a mirror of `protocol` is probed at: a protocol may wrap it in a form
    // of its own ("kind+https://…"). An unknown protocol: the URL as given.
    static QUrl probedUrl(const QString &protocol, const QString &mirrorUrl);
    // Every ecosystem that consumes `protocol`, in display order (npm and every other client of
    // npm's registry).
    static QStringList consumersOf(const QString &protocol);
};
