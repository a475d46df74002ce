#pragma once

// Go's descriptor: registered once in EcosystemRegistry.

#include "ecosystems/Ecosystem.h"

Ecosystem goEcosystem();
