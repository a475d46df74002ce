#pragma once

#include <QMetaType>
#include <QString>

// nginx-upstream-like health of a mirror.
enum class HealthState
{
    Unknown,  // never probed
    Up,       // answering, fast enough
    Degraded, // answering slowly, or failing now and then
    Down,     // max_fails consecutive failures; paused for fail_timeout, then one half-open retry
};

// "unknown" | "up" | "degraded" | "down"
QString healthStateCode(HealthState state);

Q_DECLARE_METATYPE(HealthState)
