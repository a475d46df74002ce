#pragma once

#include "ecosystems/Ecosystem.h"

// pnpm: reads npm's registry settings from the .npmrc files, so it consumes npm registries and
// is switched together with npm.
Ecosystem pnpmEcosystem();
