#include "probe/HealthTracker.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Nearest-rank percentile of an unsorted list (copied, so the caller's order is kept).
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::max(0.0, std::ceil(p * values.size()) - 1));
    return values[std::min(rank, values.size() - 1)];
}

} // namespace

HealthTracker::HealthTracker(const ProbeSettings &settings, std::shared_ptr<const Clock> clock)
    : m_settings(settings)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{}

void HealthTracker::prune(Entry &entry) const
{
    const qint64 oldest = m_clock->nowMs() - m_settings.windowMs;
    const auto limit = static_cast<size_t>(std::max(1, m_settings.windowSize));
    while (!entry.checks.empty() &&
           (entry.checks.size() > limit || entry.checks.front().atMs < oldest))
        entry.checks.pop_front();
    while (!entry.throughput.empty() &&
           (entry.throughput.size() > limit || entry.throughput.front().atMs < oldest))
        entry.throughput.pop_front();
}

HealthState HealthTracker::stateAfterSuccess(const Entry &entry) const
{
    std::vector<double> latencies;
    int ok = 0;
    for (const Sample &s : entry.checks) {
        if (s.ok) {
            ++ok;
            latencies.push_back(s.latencyMs);
        }
    }
    const double ratio = entry.checks.empty() ? 1.0 : double(ok) / double(entry.checks.size());
    const bool slow =
        !latencies.empty() && percentile(latencies, 0.5) > m_settings.warningLatencyMs;
    return slow || ratio < m_settings.degradedSuccessRatio ? HealthState::Degraded
                                                           : HealthState::Up;
}

HealthState HealthTracker::recordCheck(const QString &mirrorId, bool ok,
                                       std::optional<double> latencyMs)
{
    Entry &entry = m_mirrors[mirrorId];
    const qint64 now = m_clock->nowMs();
    entry.checks.push_back(Sample{now, ok, latencyMs.value_or(0)});
    prune(entry);
    const bool wasHalfOpen = entry.halfOpenInFlight;
    entry.halfOpenInFlight = false;
    if (ok) {
        entry.consecutiveFails = 0;
        entry.downUntilMs = 0;
        entry.state = stateAfterSuccess(entry);
    } else {
        ++entry.consecutiveFails;
        // A failed half-open retry pauses the mirror again at once, as nginx does.
        if (wasHalfOpen || entry.state == HealthState::Down ||
            entry.consecutiveFails >= std::max(1, m_settings.maxFails)) {
            entry.state = HealthState::Down;
            entry.downUntilMs = now + m_settings.failTimeoutMs;
        } else {
            entry.state = HealthState::Degraded;
        }
    }
    return entry.state;
}

void HealthTracker::recordThroughput(const QString &mirrorId, double bytesPerSecond)
{
    Entry &entry = m_mirrors[mirrorId];
    entry.throughput.push_back(ThroughputSample{m_clock->nowMs(), bytesPerSecond});
    prune(entry);
}

bool HealthTracker::admitProbe(const QString &mirrorId)
{
    auto it = m_mirrors.find(mirrorId);
    if (it == m_mirrors.end() || it->state != HealthState::Down)
        return true;
    if (it->halfOpenInFlight || m_clock->nowMs() < it->downUntilMs)
        return false;
    it->halfOpenInFlight = true;
    return true;
}

void HealthTracker::abandonProbe(const QString &mirrorId)
{
    auto it = m_mirrors.find(mirrorId);
    if (it != m_mirrors.end())
        it->halfOpenInFlight = false;
}

HealthState HealthTracker::state(const QString &mirrorId) const
{
    auto it = m_mirrors.constFind(mirrorId);
    return it == m_mirrors.constEnd() ? HealthState::Unknown : it->state;
}

HealthSnapshot HealthTracker::snapshot(const QString &mirrorId) const
{
    HealthSnapshot snap;
    auto it = m_mirrors.constFind(mirrorId);
    if (it == m_mirrors.constEnd())
        return snap;
    const qint64 oldest = m_clock->nowMs() - m_settings.windowMs;
    std::vector<double> latencies;
    int ok = 0;
    int total = 0;
    for (const Sample &s : it->checks) {
        if (s.atMs < oldest)
            continue;
        ++total;
        if (s.ok) {
            ++ok;
            latencies.push_back(s.latencyMs);
        }
    }
    std::vector<double> rates;
    for (const ThroughputSample &t : it->throughput) {
        if (t.atMs >= oldest)
            rates.push_back(t.bps);
    }
    snap.state = it->state;
    snap.samples = total;
    snap.successRatio = total ? double(ok) / double(total) : 0.0;
    snap.availabilityPercent = snap.successRatio * 100.0;
    if (!latencies.empty()) {
        snap.p50LatencyMs = percentile(latencies, 0.5);
        snap.p95LatencyMs = percentile(latencies, 0.95);
    }
    if (!rates.empty())
        snap.throughputBps = percentile(rates, 0.5);
    snap.consecutiveFails = it->consecutiveFails;
    snap.downUntilMs = it->state == HealthState::Down ? it->downUntilMs : 0;
    return snap;
}
