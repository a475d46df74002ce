#pragma once

// Measurements as a user reads them, in the UI locale: "42 ms", "12.4 MB/s", "98.5 %", "—" when
// not measured. One place, so the table, the charts and their tool-tips agree on every digit.

#include <QCoreApplication>
#include <QString>

#include <optional>

class MeasureFormat
{
    Q_DECLARE_TR_FUNCTIONS(MeasureFormat)

public:
    static QString missing(); // "—"
    static QString latency(std::optional<double> ms);
    static QString throughput(std::optional<double> bytesPerSecond);
    static QString percent(double value);
    static QString score(double value);
    static QString timeOfDay(qint64 msSinceEpoch, bool withSeconds = true);
};
