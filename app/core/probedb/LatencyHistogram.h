#pragma once

// A mergeable latency histogram with logarithmic bins, so percentiles survive downsampling: a
// 15-minute or hourly bucket keeps the histogram of its samples, and the percentile of a week is
// read from the merged histograms. Bins grow by 5% from 0.1 ms to about 2 minutes; a percentile
// read from them is the bin's geometric middle, within kRelativeError of the true sample value.
// Stored as a compact blob: (bin uint16, count uint32) little-endian pairs of the non-empty bins.

#include <QByteArray>
#include <QMap>

#include <optional>

class LatencyHistogram
{
public:
    static constexpr double kRelativeError = 0.025; // sqrt(1.05) - 1, rounded up
    static int binOf(double latencyMs);
    static double valueOf(int bin);

    void add(double latencyMs, quint32 count = 1);
    void merge(const LatencyHistogram &other);
    quint64 total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    // Nearest rank: the smallest bin value with at least `percent` % of the samples at or below.
    std::optional<double> percentile(double percent) const;

    QByteArray toBlob() const;
    // A blob that does not parse gives an empty histogram (false in *ok).
    static LatencyHistogram fromBlob(const QByteArray &blob, bool *ok = nullptr);

private:
    QMap<int, quint64> m_bins;
    quint64 m_total = 0;
};
