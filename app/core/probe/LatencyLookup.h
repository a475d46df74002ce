#pragma once

// The seam through which `mirrordeck-cli list` (and anything else that shows "the last measured
// latency" without measuring) asks the probe history: StoredLatencyLookup (probedb) answers from
// the SQLite history, LastProbeFile from the JSON file earlier versions wrote. A lookup answers
// from what it already has and never measures.

#include "probe/HealthState.h"

#include <QString>

#include <optional>

class LatencyLookup
{
public:
    struct Measurement
    {
        std::optional<double> latencyMs; // null when the last probe failed
        HealthState state = HealthState::Unknown;
        std::optional<bool> fresh; // null when unknown
        qint64 atMs = 0;           // when it was measured, ms since the epoch
    };

    virtual ~LatencyLookup() = default;
    // The newest measurement of `mirrorId`, if any.
    virtual std::optional<Measurement> lastMeasurement(const QString &mirrorId) const = 0;
};
