#include "probe/MirrorScorer.h"

#include <QHash>

#include <algorithm>
#include <cmath>

double MirrorScorer::latencyComponent(double latencyMs) const
{
    const double good = m_settings.goodLatencyMs;
    const double warning = std::max(good + 1.0, m_settings.warningLatencyMs);
    if (latencyMs <= good)
        return 1.0;
    if (latencyMs <= warning)
        return 1.0 - 0.4 * (latencyMs - good) / (warning - good);
    return 0.6 * warning / latencyMs;
}

double MirrorScorer::throughputComponent(double bytesPerSecond)
{
    constexpr double low = 64.0 * 1024;
    constexpr double high = 16.0 * 1024 * 1024;
    if (bytesPerSecond <= low)
        return 0.0;
    return std::min(1.0, std::log2(bytesPerSecond / low) / std::log2(high / low));
}

double MirrorScorer::score(const ScoreInput &input) const
{
    if (!input.ok)
        return 0.0;
    const double latency = input.latencyMs ? latencyComponent(*input.latencyMs) : 0.0;
    const double throughput = input.throughputBps ? throughputComponent(*input.throughputBps) : 0.5;
    const double freshness = input.fresh ? (*input.fresh ? 1.0 : 0.0) : 0.5;
    const double availability = std::clamp(input.successRatio, 0.0, 1.0);
    return 45.0 * latency + 25.0 * throughput + 20.0 * availability + 10.0 * freshness;
}

bool MirrorScorer::isRecommendable(const ProbeResult &result)
{
    return result.ok && result.fresh != std::optional<bool>(false) &&
           result.state != HealthState::Down;
}

QString MirrorScorer::recommend(const QList<ProbeResult> &results)
{
    const ProbeResult *best = nullptr;
    for (const ProbeResult &r : results) {
        if (!isRecommendable(r))
            continue;
        if (!best) {
            best = &r;
            continue;
        }
        const double bestLatency = best->latencyMs.value_or(1e12);
        const double latency = r.latencyMs.value_or(1e12);
        if (r.score > best->score ||
            (r.score == best->score &&
             (latency < bestLatency || (latency == bestLatency && r.mirrorId < best->mirrorId))))
            best = &r;
    }
    return best ? best->mirrorId : QString();
}

QStringList MirrorScorer::downloadCandidates(const QList<ProbeResult> &results,
                                             const QStringList &officialIds, int limit,
                                             quint64 round)
{
    QStringList chosen;
    QList<const ProbeResult *> others;
    for (const ProbeResult &r : results) {
        if (!isRecommendable(r))
            continue;
        if (officialIds.contains(r.mirrorId))
            chosen.append(r.mirrorId);
        else
            others.append(&r);
    }
    chosen.sort(); // several upstreams of one ecosystem: a stable order
    const auto salted = [round](const ProbeResult *r) {
        return qHash(r->mirrorId, size_t(round * 0x9E3779B97F4A7C15ULL));
    };
    std::sort(others.begin(), others.end(), [&salted](const ProbeResult *a, const ProbeResult *b) {
        if (a->score != b->score)
            return a->score > b->score;
        // No tie-break on raw latency: equal scores mean both answered within goodLatencyMs, and
        // a 1.2 ms against 1.5 ms difference there is noise that would hand the same mirrors the
        // downloads round after round (seen on a loaded CI machine).
        const size_t ha = salted(a);
        const size_t hb = salted(b);
        return ha != hb ? ha < hb : a->mirrorId < b->mirrorId;
    });
    for (const ProbeResult *r : std::as_const(others)) {
        if (limit > 0 && chosen.size() >= limit)
            break;
        chosen.append(r->mirrorId);
    }
    return chosen;
}
