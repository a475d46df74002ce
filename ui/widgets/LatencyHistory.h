#pragma once

// The latency history behind the chart, with memory bounded whatever the probe rate: each
// window (5 min, 1 h, 24 h, 7 d, 30 d) keeps fixed-width time buckets (2 s, 20 s, 8 min, 1 h,
// 4 h) over its span, so a mirror never holds more than about 870 buckets. The measured history
// on disk seeds the windows at start (seed()), so they are full after a restart. A bucket with one
// sample is that sample exactly; with several it is their mean (min, max and failures kept for the
// tool-tip). Failed probes add no point — a line has no latency to show for them — but are counted.

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <deque>
#include <optional>

enum class ChartWindow
{
    FiveMinutes,
    OneHour,
    Day,
    Week,
    Month,
};

struct LatencyBucket
{
    qint64 startMs = 0;
    double sumLatency = 0;
    double sumTimeMs = 0; // points sit at the mean time of their samples
    double minLatency = 0;
    double maxLatency = 0;
    int count = 0;    // successful samples
    int failures = 0; // failed probes in this bucket

    double meanLatency() const { return count > 0 ? sumLatency / count : 0; }
    qint64 meanTimeMs() const { return count > 0 ? qint64(sumTimeMs / count) : startMs; }
};

class LatencyHistory
{
public:
    static constexpr int kWindowCount = 5;
    static qint64 spanMs(ChartWindow window);
    static qint64 bucketMs(ChartWindow window);
    // The most buckets one mirror can hold in a window: the bound the tests check.
    static int maxBuckets(ChartWindow window);

    // A probe of `mirrorId` at `atMs`: a latency for a success, nullopt for a failure.
    void addSample(const QString &mirrorId, qint64 atMs, std::optional<double> latencyMs);
    // Buckets of `window` read from the measured history (aligned as bucketMs() says) replace
    // those starting before the bucket of `liveFromMs`, the time they were asked for: the disk
    // already holds every sample that arrived before it, later ones only live here. In the
    // bucket of `liveFromMs` itself a live bucket wins over the stored one.
    void seed(const QString &mirrorId, ChartWindow window, const QList<LatencyBucket> &stored,
              qint64 liveFromMs);
    void forget(const QString &mirrorId) { m_series.remove(mirrorId); }
    void clear() { m_series.clear(); }

    // The chart's points of a mirror in a window, oldest first, up to `nowMs`.
    QList<QPointF> points(const QString &mirrorId, ChartWindow window, qint64 nowMs) const;
    // The bucket nearest to a chart point (for its tool-tip).
    std::optional<LatencyBucket> bucketNear(const QString &mirrorId, ChartWindow window,
                                            qint64 atMs) const;
    // Buckets currently held for a mirror in a window (memory accounting, tests).
    int bucketCount(const QString &mirrorId, ChartWindow window) const;
    qint64 latestSampleMs() const { return m_latestMs; }

private:
    using Buckets = std::deque<LatencyBucket>;
    struct Series
    {
        std::array<Buckets, kWindowCount> windows;
    };

    static void add(Buckets &buckets, ChartWindow window, qint64 atMs,
                    std::optional<double> latencyMs);

    QHash<QString, Series> m_series;
    qint64 m_latestMs = 0;
};
