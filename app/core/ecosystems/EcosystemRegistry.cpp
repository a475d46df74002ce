#include "EcosystemRegistry.h"

#include "ecosystems/go/GoConfig.h"
#include "ecosystems/npm/NpmConfig.h"
#include "ecosystems/pip/PipConfig.h"

#include <functional>

namespace {

struct Registration
{
    const char *id;
    std::function<std::unique_ptr<EcosystemConfig>(const ToolEnvironment &)> create;
};

const std::vector<Registration> &registrations()
{
    static const std::vector<Registration> all = {
        {"go", [](const ToolEnvironment &env) { return std::make_unique<GoConfig>(env); }},
        {"npm", [](const ToolEnvironment &env) { return std::make_unique<NpmConfig>(env); }},
        {"pip", [](const ToolEnvironment &env) { return std::make_unique<PipConfig>(env); }},
    };
    return all;
}

} // namespace

QStringList EcosystemRegistry::ids()
{
    QStringList result;
    for (const Registration &registration : registrations())
        result << QString::fromLatin1(registration.id);
    return result;
}

std::unique_ptr<EcosystemConfig> EcosystemRegistry::create(const QString &id,
                                                           const ToolEnvironment &environment)
{
    for (const Registration &registration : registrations()) {
        if (id == QLatin1String(registration.id))
            return registration.create(environment);
    }
    return nullptr;
}

std::vector<std::unique_ptr<EcosystemConfig>>
EcosystemRegistry::createAll(const ToolEnvironment &environment)
{
    std::vector<std::unique_ptr<EcosystemConfig>> all;
    for (const Registration &registration : registrations())
        all.push_back(registration.create(environment));
    return all;
}
