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

// The worse of two states, for "the health of several mirrors": Down, then Degraded, then Up,
// then Unknown. The tray icon and the overall state use it.
inline HealthState worseHealth(HealthState a, HealthState b)
{
    const auto rank = [](HealthState s) {
        switch (s) {
        case HealthState::Down:
            return 3;
        case HealthState::Degraded:
            return 2;
        case HealthState::Up:
            return 1;
        case HealthState::Unknown:
            break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

// "unknown" | "up" | "degraded" | "down"
QString healthStateCode(HealthState state);

Q_DECLARE_METATYPE(HealthState)
