#pragma once

// Plain data of the measured history: one probe result as stored (ProbeSample), the windows
// statistics are asked for (24 h, 7 d, 30 d), a mirror's statistics over one window, and the
// time buckets the charts draw. Shared by ProbeStore, ProbeRecorder, the window and the CLI, so
// all of them speak of the same numbers.

#include "probe/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct ProbeSample
{
    qint64 atMs = 0; // when the result arrived, ms since the epoch
    QString mirrorId;
    QString ecosystem; // the round's tool ("go", "npm", "pip")
    bool ok = false;
    QString error; // ProbeError::code(); empty when ok
    std::optional<double> latencyMs;
    std::optional<double> throughputBps;
    std::optional<bool> fresh;

    // Null for a result that measured nothing (a cancelled round): it is not stored.
    static std::optional<ProbeSample> fromResult(const ProbeResult &result, qint64 atMs);
};

enum class HistoryWindow
{
    Day,
    Week,
    Month,
};

class HistoryWindows
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWindows)

public:
    static qint64 spanMs(HistoryWindow window);
    // "24h", "7d", "30d": the CLI's --since values and the JSON's "window".
    static QString code(HistoryWindow window);
    static std::optional<HistoryWindow> fromCode(const QString &code);
    // Translated, short: "24 h", "7 d", "30 d".
    static QString label(HistoryWindow window);
};

// One mirror over one window. Availability counts every stored probe (a probe skipped because
// the mirror was Down counts as a failure); latency percentiles are over successful probes
// only. Within the last 24 hours raw rows are kept and percentiles are exact (nearest rank);
// older data lives in downsampled buckets, whose latency histograms give the percentile within
// LatencyHistogram::kRelativeError.
struct MirrorHistoryStats
{
    QString mirrorId;
    HistoryWindow window = HistoryWindow::Day;
    qint64 probes = 0;
    qint64 okProbes = 0;
    qint64 latencySamples = 0;
    std::optional<double> availability; // 0..1, null without probes
    std::optional<double> p50Ms;
    std::optional<double> p90Ms;
    std::optional<double> p95Ms;
    bool exact = true;  // false when a downsampled bucket contributed
    qint64 firstMs = 0; // oldest probe in the window (0 when none)
};

// A chart bucket: the latency samples of one mirror that fell into [startMs, startMs + width).
// A stored downsampled bucket contributes its mean at its own mean time.
struct HistoryBucket
{
    qint64 startMs = 0;
    double sumLatency = 0;
    double sumTimeMs = 0;
    double minLatency = 0;
    double maxLatency = 0;
    int count = 0;
    int failures = 0;
    // The median (nearest rank) of the raw samples in the bucket; the mean where only
    // downsampled buckets contributed (older than a day); 0 without latency samples.
    double medianLatency = 0;
};

Q_DECLARE_METATYPE(MirrorHistoryStats)
