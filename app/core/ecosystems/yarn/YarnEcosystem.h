#pragma once

// Yarn Berry's descriptor: registered once in EcosystemRegistry.

#include "ecosystems/Ecosystem.h"

Ecosystem yarnEcosystem();
