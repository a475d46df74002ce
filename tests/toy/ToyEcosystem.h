#pragma once

// The toy tool's descriptor, and the one line a test binary calls to register the toy (and its
// protocol) before the real CLI or window code runs.

#include "ecosystems/Ecosystem.h"

Ecosystem toyEcosystem();
void registerToyEcosystem();
