#pragma once

// MeasureFormat lives in the core so the CLI prints the same digits and units as the window.
#include "probe/MeasureFormat.h"
