#pragma once

// Cargo's descriptor: registered once in EcosystemRegistry.

#include "ecosystems/Ecosystem.h"

Ecosystem cargoEcosystem();
