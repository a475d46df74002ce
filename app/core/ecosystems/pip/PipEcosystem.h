#pragma once

// Pip's descriptor: registered once in EcosystemRegistry.

#include "ecosystems/Ecosystem.h"

Ecosystem pipEcosystem();
