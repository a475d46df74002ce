#pragma once

// Turns measurements into a 0..100 score and picks the recommended mirror of an ecosystem.
// Weights: latency 45, throughput 25, availability 20, freshness 10. Unknown throughput or
// freshness count as half. A mirror that failed this round, is Down, or is stale is never
// recommended, whatever its score.

#include "probe/ProbeResult.h"
#include "probe/ProbeSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ScoreInput
{
    bool ok = false;
    std::optional<double> latencyMs;
    std::optional<double> throughputBps;
    double successRatio = 0; // 0..1
    std::optional<bool> fresh;
};

class MirrorScorer
{
public:
    explicit MirrorScorer(const ProbeSettings &settings)
        : m_settings(settings)
    {}

    double score(const ScoreInput &input) const;
    // 1 at or under goodLatencyMs, 0.6 at warningLatencyMs, decaying beyond.
    double latencyComponent(double latencyMs) const;
    // Log scale: 64 KiB/s -> 0, 16 MiB/s -> 1.
    static double throughputComponent(double bytesPerSecond);

    static bool isRecommendable(const ProbeResult &result);
    // The id of the best recommendable result (highest score, then lowest latency, then id), or
    // an empty string when none qualifies.
    static QString recommend(const QList<ProbeResult> &results);
    // The ids that get a throughput download this round, in download order: the recommendable
    // official upstreams first (the reference every mirror is compared with, so they are always
    // measured), then the best of the others by score up to `limit` in all (0 = no limit).
    // Equal scores, common when every mirror answers under goodLatencyMs, are broken by a hash
    // of the id salted with `round` (not by the raw latency, which is noise there), so each
    // round measures a different one of them and none is left out for ever because of its name.
    static QStringList downloadCandidates(const QList<ProbeResult> &results,
                                          const QStringList &officialIds, int limit, quint64 round);

private:
    ProbeSettings m_settings;
};
