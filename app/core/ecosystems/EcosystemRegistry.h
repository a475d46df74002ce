#pragma once

// The list of supported tools. Adding an ecosystem: a folder under ecosystems/ with an
// EcosystemConfig implementation, and one line in EcosystemRegistry.cpp.

#include "config/EcosystemConfig.h"

#include <memory>
#include <vector>

class EcosystemRegistry
{
public:
    // "go", "npm", "pip" — in display order.
    static QStringList ids();
    // nullptr for an unknown id.
    static std::unique_ptr<EcosystemConfig> create(const QString &id,
                                                   const ToolEnvironment &environment);
    static std::vector<std::unique_ptr<EcosystemConfig>>
    createAll(const ToolEnvironment &environment);
};
