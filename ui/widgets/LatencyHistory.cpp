#include "widgets/LatencyHistory.h"

#include <algorithm>
#include <cstdlib>

namespace {

int indexOf(ChartWindow window)
{
    return static_cast<int>(window);
}

} // namespace

qint64 LatencyHistory::spanMs(ChartWindow window)
{
    switch (window) {
    case ChartWindow::FiveMinutes:
        return 5 * 60 * 1000;
    case ChartWindow::OneHour:
        return 60 * 60 * 1000;
    case ChartWindow::Day:
        return 24 * 60 * 60 * 1000;
    case ChartWindow::Week:
        return 7LL * 24 * 60 * 60 * 1000;
    case ChartWindow::Month:
        break;
    }
    return 30LL * 24 * 60 * 60 * 1000;
}

qint64 LatencyHistory::bucketMs(ChartWindow window)
{
    // 150, 180, 180, 168 and 180 buckets: about one point per 3 pixels of a typical chart.
    // More points would not show, and Qt Charts recomputes a line's whole outline on every
    // update.
    switch (window) {
    case ChartWindow::FiveMinutes:
        return 2 * 1000;
    case ChartWindow::OneHour:
        return 20 * 1000;
    case ChartWindow::Day:
        return 8 * 60 * 1000;
    case ChartWindow::Week:
        return 60 * 60 * 1000;
    case ChartWindow::Month:
        break;
    }
    return 4 * 60 * 60 * 1000;
}

int LatencyHistory::maxBuckets(ChartWindow window)
{
    // The span itself plus the partly filled bucket at each end.
    return int(spanMs(window) / bucketMs(window)) + 2;
}

void LatencyHistory::add(Buckets &buckets, ChartWindow window, qint64 atMs,
                         std::optional<double> latencyMs)
{
    const qint64 width = bucketMs(window);
    const qint64 start = atMs - ((atMs % width) + width) % width;

    LatencyBucket *bucket = nullptr;
    if (buckets.empty() || buckets.back().startMs < start) {
        buckets.push_back(LatencyBucket{start});
        bucket = &buckets.back();
    } else {
        // A late sample (clock step, slow worker): merge it where it belongs; the pruning
        // below drops it again when it is older than the span.
        auto it = std::lower_bound(
            buckets.begin(), buckets.end(), start,
            [](const LatencyBucket &b, qint64 value) { return b.startMs < value; });
        if (it->startMs != start)
            it = buckets.insert(it, LatencyBucket{start});
        bucket = &*it;
    }

    if (latencyMs) {
        const double value = *latencyMs;
        if (bucket->count == 0) {
            bucket->minLatency = value;
            bucket->maxLatency = value;
        } else {
            bucket->minLatency = std::min(bucket->minLatency, value);
            bucket->maxLatency = std::max(bucket->maxLatency, value);
        }
        bucket->sumLatency += value;
        bucket->sumTimeMs += double(atMs);
        ++bucket->count;
    } else {
        ++bucket->failures;
    }

    const qint64 oldest = buckets.back().startMs - spanMs(window);
    while (!buckets.empty() && buckets.front().startMs < oldest)
        buckets.pop_front();
    while (buckets.size() > size_t(maxBuckets(window)))
        buckets.pop_front();
}

void LatencyHistory::addSample(const QString &mirrorId, qint64 atMs,
                               std::optional<double> latencyMs)
{
    Series &series = m_series[mirrorId];
    for (int i = 0; i < kWindowCount; ++i)
        add(series.windows[size_t(i)], ChartWindow(i), atMs, latencyMs);
    m_latestMs = std::max(m_latestMs, atMs);
}

void LatencyHistory::seed(const QString &mirrorId, ChartWindow window,
                          const QList<LatencyBucket> &stored, qint64 liveFromMs)
{
    const qint64 width = bucketMs(window);
    const qint64 liveStart = liveFromMs - ((liveFromMs % width) + width) % width;
    Buckets &buckets = m_series[mirrorId].windows[size_t(indexOf(window))];
    // The bucket the request fell in: live samples of this session may straddle the request,
    // so a live bucket wins; without one (just started) the stored one is all there is.
    const bool liveHasBoundary =
        std::any_of(buckets.begin(), buckets.end(),
                    [liveStart](const LatencyBucket &b) { return b.startMs == liveStart; });
    Buckets merged;
    for (const LatencyBucket &bucket : stored) {
        if (bucket.startMs < liveStart || (bucket.startMs == liveStart && !liveHasBoundary))
            merged.push_back(bucket);
    }
    for (const LatencyBucket &bucket : buckets) {
        if (bucket.startMs >= liveStart)
            merged.push_back(bucket);
    }
    std::stable_sort(
        merged.begin(), merged.end(),
        [](const LatencyBucket &a, const LatencyBucket &b) { return a.startMs < b.startMs; });
    while (merged.size() > size_t(maxBuckets(window)))
        merged.pop_front();
    buckets = std::move(merged);
    if (!buckets.empty())
        m_latestMs = std::max(m_latestMs, buckets.back().meanTimeMs());
}

QList<QPointF> LatencyHistory::points(const QString &mirrorId, ChartWindow window,
                                      qint64 nowMs) const
{
    QList<QPointF> out;
    const auto it = m_series.constFind(mirrorId);
    if (it == m_series.constEnd())
        return out;
    const Buckets &buckets = it->windows[size_t(indexOf(window))];
    const qint64 from = nowMs - spanMs(window);
    out.reserve(qsizetype(buckets.size()));
    for (const LatencyBucket &bucket : buckets) {
        if (bucket.count == 0 || bucket.meanTimeMs() < from)
            continue;
        out.append(QPointF(double(bucket.meanTimeMs()), bucket.meanLatency()));
    }
    return out;
}

std::optional<LatencyBucket> LatencyHistory::bucketNear(const QString &mirrorId, ChartWindow window,
                                                        qint64 atMs) const
{
    const auto it = m_series.constFind(mirrorId);
    if (it == m_series.constEnd())
        return std::nullopt;
    std::optional<LatencyBucket> best;
    qint64 bestDistance = 0;
    for (const LatencyBucket &bucket : it->windows[size_t(indexOf(window))]) {
        if (bucket.count == 0)
            continue;
        const qint64 distance = std::abs(bucket.meanTimeMs() - atMs);
        if (!best || distance < bestDistance) {
            best = bucket;
            bestDistance = distance;
        }
    }
    return best;
}

int LatencyHistory::bucketCount(const QString &mirrorId, ChartWindow window) const
{
    const auto it = m_series.constFind(mirrorId);
    return it == m_series.constEnd() ? 0 : int(it->windows[size_t(indexOf(window))].size());
}
