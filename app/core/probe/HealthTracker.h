#pragma once

// Rolling-window health of each mirror, like an nginx upstream: p50/p95 latency, success ratio,
// throughput, and the Up / Degraded / Down state machine. `maxFails` consecutive failures take a
// mirror Down for `failTimeoutMs`; after that exactly one half-open probe is let through, whose
// success brings the mirror back and whose failure pauses it again. Time comes from a Clock.
// Not thread-safe: lives with ProbeEngine on the engine's thread.

#include "probe/Clock.h"
#include "probe/HealthState.h"
#include "probe/ProbeSettings.h"

#include <QHash>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

struct HealthSnapshot
{
    HealthState state = HealthState::Unknown;
    std::optional<double> p50LatencyMs;
    std::optional<double> p95LatencyMs;
    double successRatio = 0;             // 0..1 over the window; 0 when no samples
    double availabilityPercent = 0;      // successRatio * 100
    std::optional<double> throughputBps; // median of the window's throughput samples
    int samples = 0;
    int consecutiveFails = 0;
    qint64 downUntilMs = 0; // while Down: when the half-open retry becomes due
};

class HealthTracker
{
public:
    HealthTracker(const ProbeSettings &settings, std::shared_ptr<const Clock> clock);

    void setSettings(const ProbeSettings &settings) { m_settings = settings; }

    // Records one check (latency only for a success). Returns the new state.
    HealthState recordCheck(const QString &mirrorId, bool ok, std::optional<double> latencyMs);
    void recordThroughput(const QString &mirrorId, double bytesPerSecond);

    // Whether the mirror may be probed now: false while Down within fail_timeout, and while its
    // single half-open probe is in flight. Calling it when it returns true for a Down mirror
    // claims the half-open slot.
    bool admitProbe(const QString &mirrorId);
    // Gives back an admitted probe that will never report (its round was cancelled).
    void abandonProbe(const QString &mirrorId);

    HealthState state(const QString &mirrorId) const;
    HealthSnapshot snapshot(const QString &mirrorId) const;
    void forget(const QString &mirrorId) { m_mirrors.remove(mirrorId); }

private:
    struct Sample
    {
        qint64 atMs;
        bool ok;
        double latencyMs;
    };
    struct ThroughputSample
    {
        qint64 atMs;
        double bps;
    };
    struct Entry
    {
        std::deque<Sample> checks;
        std::deque<ThroughputSample> throughput;
        HealthState state = HealthState::Unknown;
        int consecutiveFails = 0;
        qint64 downUntilMs = 0;
        bool halfOpenInFlight = false;
    };

    void prune(Entry &entry) const;
    HealthState stateAfterSuccess(const Entry &entry) const;

    ProbeSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    QHash<QString, Entry> m_mirrors;
};
