// The read side of ProbeStore: statistics over a window, chart buckets, what is stored.

#include "probedb/ProbeStore.h"

#include "probedb/LatencyHistogram.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

// Nearest rank over sorted values: the smallest with at least `percent` % at or below it.
double nearestRank(const QList<double> &sorted, double percent)
{
    const qsizetype n = sorted.size();
    qsizetype rank = qsizetype(std::ceil(percent / 100.0 * double(n) - 1e-9));
    rank = std::clamp<qsizetype>(rank, 1, n);
    return sorted.at(rank - 1);
}

} // namespace

Expected<QList<MirrorHistoryStats>> ProbeStore::stats(const QStringList &mirrorIds,
                                                      HistoryWindow window, qint64 nowMs)
{
    return guarded([&]() -> Expected<QList<MirrorHistoryStats>> {
        const qint64 fromMs = nowMs - HistoryWindows::spanMs(window);
        QList<MirrorHistoryStats> out;
        for (const QString &id : mirrorIds) {
            MirrorHistoryStats stats;
            stats.mirrorId = id;
            stats.window = window;
            const std::optional<qint64> key = existingKey(id);
            if (m_corruptSeen)
                return makeError(CoreError::Kind::BadFile,
                                 tr("The measurement history is damaged."), m_path);
            if (!key) {
                out.append(stats);
                continue;
            }
            QList<double> latencies;
            LatencyHistogram histogram;
            QSqlQuery raw(*m_db);
            raw.setForwardOnly(true);
            prepare(raw, QStringLiteral("SELECT t, ok, latency_ms FROM samples WHERE mirror = ? "
                                        "AND t >= ? AND t <= ?"));
            raw.addBindValue(*key);
            raw.addBindValue(fromMs);
            raw.addBindValue(nowMs);
            MIRRORDECK_TRY(exec(raw));
            while (raw.next()) {
                const qint64 t = raw.value(0).toLongLong();
                stats.firstMs = stats.probes == 0 ? t : std::min(stats.firstMs, t);
                ++stats.probes;
                if (raw.value(1).toInt() != 0)
                    ++stats.okProbes;
                if (!raw.value(2).isNull())
                    latencies.append(raw.value(2).toDouble());
            }
            // Raw rows cover the last 24 hours whole (maintain() only rolls older ones), so the
            // day needs no buckets; longer windows add every bucket that starts inside them.
            if (window != HistoryWindow::Day) {
                QSqlQuery buckets(*m_db);
                buckets.setForwardOnly(true);
                prepare(buckets, QStringLiteral("SELECT t, probes, ok, lat_hist FROM buckets "
                                                "WHERE mirror = ? AND t >= ? AND t <= ?"));
                buckets.addBindValue(*key);
                buckets.addBindValue(fromMs);
                buckets.addBindValue(nowMs);
                MIRRORDECK_TRY(exec(buckets));
                while (buckets.next()) {
                    const qint64 t = buckets.value(0).toLongLong();
                    stats.firstMs = stats.probes == 0 ? t : std::min(stats.firstMs, t);
                    stats.probes += buckets.value(1).toLongLong();
                    stats.okProbes += buckets.value(2).toLongLong();
                    const LatencyHistogram part =
                        LatencyHistogram::fromBlob(buckets.value(3).toByteArray());
                    if (!part.isEmpty()) {
                        histogram.merge(part);
                        stats.exact = false;
                    }
                }
            }
            if (stats.probes > 0)
                stats.availability = double(stats.okProbes) / double(stats.probes);
            stats.latencySamples = qint64(latencies.size()) + qint64(histogram.total());
            if (stats.exact && !latencies.isEmpty()) {
                std::sort(latencies.begin(), latencies.end());
                stats.p50Ms = nearestRank(latencies, 50);
                stats.p90Ms = nearestRank(latencies, 90);
                stats.p95Ms = nearestRank(latencies, 95);
            } else if (!stats.exact) {
                for (const double ms : std::as_const(latencies))
                    histogram.add(ms);
                stats.p50Ms = histogram.percentile(50);
                stats.p90Ms = histogram.percentile(90);
                stats.p95Ms = histogram.percentile(95);
            }
            out.append(stats);
        }
        return out;
    });
}

Expected<QList<QPair<QString, QString>>> ProbeStore::storedMirrors()
{
    return guarded([&]() -> Expected<QList<QPair<QString, QString>>> {
        QSqlQuery query(*m_db);
        query.setForwardOnly(true);
        prepare(query, QStringLiteral("SELECT name, ecosystem FROM mirrors m WHERE EXISTS (SELECT "
                                      "1 FROM samples s WHERE s.mirror = m.id) OR EXISTS (SELECT 1 "
                                      "FROM buckets b WHERE b.mirror = m.id) ORDER BY name"));
        MIRRORDECK_TRY(exec(query));
        QList<QPair<QString, QString>> out;
        while (query.next())
            out.append({query.value(0).toString(), query.value(1).toString()});
        return out;
    });
}

Expected<QList<ProbeSample>> ProbeStore::latestSamples()
{
    return guarded([&]() -> Expected<QList<ProbeSample>> {
        QSqlQuery query(*m_db);
        query.setForwardOnly(true);
        // samples_by_mirror(mirror, t) answers the inner MAX per mirror.
        prepare(query, QStringLiteral("SELECT m.name, m.ecosystem, s.t, s.ok, s.error, "
                                      "s.latency_ms, s.throughput_bps, s.fresh FROM mirrors m "
                                      "JOIN samples s ON s.mirror = m.id AND s.t = (SELECT MAX(t) "
                                      "FROM samples WHERE mirror = m.id) ORDER BY m.name"));
        MIRRORDECK_TRY(exec(query));
        QList<ProbeSample> out;
        QString previous;
        while (query.next()) {
            ProbeSample sample;
            sample.mirrorId = query.value(0).toString();
            if (sample.mirrorId == previous)
                continue; // two rows at the same millisecond: one is enough
            previous = sample.mirrorId;
            sample.ecosystem = query.value(1).toString();
            sample.atMs = query.value(2).toLongLong();
            sample.ok = query.value(3).toBool();
            sample.error = query.value(4).toString();
            if (!query.value(5).isNull())
                sample.latencyMs = query.value(5).toDouble();
            if (!query.value(6).isNull())
                sample.throughputBps = query.value(6).toDouble();
            if (!query.value(7).isNull())
                sample.fresh = query.value(7).toBool();
            out.append(sample);
        }
        return out;
    });
}

Expected<QList<HistoryBucket>> ProbeStore::series(const QString &mirrorId, qint64 fromMs,
                                                  qint64 toMs, qint64 bucketMs)
{
    return guarded([&]() -> Expected<QList<HistoryBucket>> {
        QMap<qint64, HistoryBucket> chart;
        QHash<qint64, QList<double>> rawLatencies; // by bucket start, for the median
        const auto addTo = [&](double timeMs, double latencySum, double timeSum, double min,
                               double max, int count, int failures) {
            const qint64 start = ProbeStore::bucketStart(qint64(timeMs), bucketMs);
            HistoryBucket &b = chart[start];
            b.startMs = start;
            if (count > 0) {
                b.minLatency = b.count == 0 ? min : std::min(b.minLatency, min);
                b.maxLatency = b.count == 0 ? max : std::max(b.maxLatency, max);
                b.count += count;
                b.sumLatency += latencySum;
                b.sumTimeMs += timeSum;
            }
            b.failures += failures;
        };
        const std::optional<qint64> key = existingKey(mirrorId);
        if (m_corruptSeen)
            return makeError(CoreError::Kind::BadFile, tr("The measurement history is damaged."),
                             m_path);
        if (!key)
            return QList<HistoryBucket>();
        QSqlQuery raw(*m_db);
        raw.setForwardOnly(true);
        prepare(raw, QStringLiteral("SELECT t, ok, latency_ms FROM samples WHERE mirror = ? AND t "
                                    ">= ? AND t <= ?"));
        raw.addBindValue(*key);
        raw.addBindValue(fromMs);
        raw.addBindValue(toMs);
        MIRRORDECK_TRY(exec(raw));
        while (raw.next()) {
            const double t = raw.value(0).toDouble();
            if (!raw.value(2).isNull()) {
                const double ms = raw.value(2).toDouble();
                addTo(t, ms, t, ms, ms, 1, 0);
                rawLatencies[ProbeStore::bucketStart(qint64(t), bucketMs)].append(ms);
            } else {
                addTo(t, 0, 0, 0, 0, 0, 1);
            }
        }
        QSqlQuery buckets(*m_db);
        buckets.setForwardOnly(true);
        prepare(buckets, QStringLiteral("SELECT t, probes, ok, lat_count, lat_sum, lat_min, "
                                        "lat_max, lat_time_sum FROM buckets WHERE mirror = ? AND "
                                        "t >= ? AND t <= ?"));
        buckets.addBindValue(*key);
        buckets.addBindValue(fromMs - kCoarseBucketMs); // a bucket may start before its samples
        buckets.addBindValue(toMs);
        MIRRORDECK_TRY(exec(buckets));
        while (buckets.next()) {
            const int count = buckets.value(3).toInt();
            const qint64 probes = buckets.value(1).toLongLong();
            const qint64 ok = buckets.value(2).toLongLong();
            // A downsampled bucket is one point at the mean time of its samples.
            const double when =
                count > 0 ? buckets.value(7).toDouble() / count : buckets.value(0).toDouble();
            if (when < double(fromMs) || when > double(toMs))
                continue;
            addTo(when, buckets.value(4).toDouble(), buckets.value(7).toDouble(),
                  buckets.value(5).toDouble(), buckets.value(6).toDouble(), count,
                  int(probes - ok));
        }
        for (HistoryBucket &b : chart) {
            if (b.count == 0)
                continue;
            QList<double> &raws = rawLatencies[b.startMs];
            if (raws.isEmpty()) {
                b.medianLatency = b.sumLatency / b.count;
            } else {
                std::sort(raws.begin(), raws.end());
                b.medianLatency = nearestRank(raws, 50);
            }
        }
        return chart.values();
    });
}

Expected<ProbeStore::Counts> ProbeStore::counts()
{
    return guarded([&]() -> Expected<Counts> {
        Counts counts;
        QSqlQuery query(*m_db);
        query.setForwardOnly(true);
        prepare(query, QStringLiteral("SELECT (SELECT COUNT(*) FROM samples), (SELECT COUNT(*) "
                                      "FROM buckets WHERE level = 1), (SELECT COUNT(*) FROM "
                                      "buckets WHERE level = 2)"));
        MIRRORDECK_TRY(exec(query));
        if (query.next()) {
            counts.raw = query.value(0).toLongLong();
            counts.fine = query.value(1).toLongLong();
            counts.coarse = query.value(2).toLongLong();
        }
        return counts;
    });
}
