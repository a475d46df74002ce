#pragma once

// Npm's descriptor: registered once in EcosystemRegistry.

#include "ecosystems/Ecosystem.h"

Ecosystem npmEcosystem();
