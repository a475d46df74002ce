#pragma once

// Measurements as a user reads them, in the UI locale: "42 ms", "12.4 MB/s", "98.5 %", "—" when
// not measured. One place, in the core, so the table, the charts, their tool-tips and the CLI
// agree on every digit and unit.
//
// Throughput is always decimal megabytes per second (1 MB/s = 1,000,000 B/s, the unit download
// tools and browsers print): one unit for every mirror and every round, so a value never flips
// between KB/s, MB/s and GB/s and two mirrors compare at a glance. The decimals follow the size
// (3.84, 38.4, 384, 2000) so small rates keep digits without reading "0.00368".

#include <QCoreApplication>
#include <QString>

#include <optional>

class MeasureFormat
{
    Q_DECLARE_TR_FUNCTIONS(MeasureFormat)

public:
    static constexpr double kBytesPerMegabyte = 1000.0 * 1000.0;

    static QString missing(); // "—"
    static QString latency(std::optional<double> ms);
    // "12.4 MB/s"; "< 0.01 MB/s" for a trickle; missing() when not measured.
    static QString throughput(std::optional<double> bytesPerSecond);
    // The number throughput() prints, without the unit, as a value: the charts draw exactly what
    // the table shows.
    static double throughputMegabytes(double bytesPerSecond);
    // Decimals throughput() uses for a value in MB/s.
    static int throughputDecimals(double megabytesPerSecond);
    static QString throughputUnit(); // "MB/s"
    static QString percent(double value);
    static QString score(double value);
    static QString timeOfDay(qint64 msSinceEpoch, bool withSeconds = true);
};
