#include "EcosystemRegistry.h"

#include "ecosystems/cargo/CargoEcosystem.h"
#include "ecosystems/cargo/CargoSparseProtocol.h"
#include "ecosystems/go/GoEcosystem.h"
#include "ecosystems/go/GoProxyProtocol.h"
#include "ecosystems/npm/NpmEcosystem.h"
#include "ecosystems/npm/NpmRegistryProtocol.h"
#include "ecosystems/pip/PipEcosystem.h"
#include "ecosystems/pip/PypiSimpleProtocol.h"
#include "ecosystems/pnpm/PnpmEcosystem.h"
#include "ecosystems/uv/UvEcosystem.h"
#include "ecosystems/yarn/YarnEcosystem.h"

#include <algorithm>

namespace {

// The built-in tools, in display order: one line per tool.
std::vector<Ecosystem> &ecosystems()
{
    static std::vector<Ecosystem> all = {
        goEcosystem(),   npmEcosystem(),   pipEcosystem(), pnpmEcosystem(),
        yarnEcosystem(), cargoEcosystem(), uvEcosystem(),
    };
    return all;
}

// The built-in mirror protocols: one line per protocol.
std::vector<MirrorProtocol> &protocols()
{
    static std::vector<MirrorProtocol> all = {
        GoProxyProtocol::descriptor(),
        NpmRegistryProtocol::descriptor(),
        PypiSimpleProtocol::descriptor(),
        CargoSparseProtocol::descriptor(),
    };
    return all;
}

// Descriptors are looked up and listed by their `id` the same way, whatever they describe.
template <typename Descriptor>
const Descriptor *findById(const std::vector<Descriptor> &all, const QString &id)
{
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&id](const Descriptor &d) { return d.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

template <typename Descriptor> QStringList idsOf(const std::vector<Descriptor> &all)
{
    QStringList result;
    for (const Descriptor &descriptor : all)
        result << descriptor.id;
    return result;
}

} // namespace

QStringList EcosystemRegistry::ids()
{
    return idsOf(ecosystems());
}

const Ecosystem *EcosystemRegistry::find(const QString &id)
{
    return findById(ecosystems(), id);
}

void EcosystemRegistry::add(Ecosystem ecosystem)
{
    Q_ASSERT(!find(ecosystem.id));
    ecosystems().push_back(std::move(ecosystem));
}

std::unique_ptr<EcosystemConfig> EcosystemRegistry::create(const QString &id,
                                                           const ToolEnvironment &environment)
{
    const Ecosystem *ecosystem = find(id);
    if (!ecosystem)
        return nullptr;
    std::unique_ptr<EcosystemConfig> config = ecosystem->createConfig(environment);
    config->setMirrorProtocol(ecosystem->protocol);
    return config;
}

std::vector<std::unique_ptr<EcosystemConfig>>
EcosystemRegistry::createAll(const ToolEnvironment &environment)
{
    std::vector<std::unique_ptr<EcosystemConfig>> all;
    for (const Ecosystem &ecosystem : ecosystems())
        all.push_back(create(ecosystem.id, environment));
    return all;
}

QStringList EcosystemRegistry::protocolIds()
{
    return idsOf(protocols());
}

const MirrorProtocol *EcosystemRegistry::findProtocol(const QString &id)
{
    return findById(protocols(), id);
}

void EcosystemRegistry::addProtocol(MirrorProtocol protocol)
{
    Q_ASSERT(!findProtocol(protocol.id));
    protocols().push_back(std::move(protocol));
}

QString EcosystemRegistry::protocolOf(const QString &ecosystem)
{
    const Ecosystem *found = find(ecosystem);
    return found ? found->protocol : QString();
}

QUrl EcosystemRegistry::probedUrl(const QString &protocol, const QString &mirrorUrl)
{
    const MirrorProtocol *found = findProtocol(protocol);
    return found ? found->createProbe()->baseUrl(mirrorUrl) : QUrl(mirrorUrl.trimmed());
}

QStringList EcosystemRegistry::consumersOf(const QString &protocol)
{
    QStringList result;
    for (const Ecosystem &ecosystem : ecosystems()) {
        if (ecosystem.protocol == protocol)
            result << ecosystem.id;
    }
    return result;
}
