#include "widgets/MeasureFormat.h"

#include <QDateTime>
#include <QLocale>

QString MeasureFormat::missing()
{
    return QStringLiteral("—");
}

QString MeasureFormat::latency(std::optional<double> ms)
{
    if (!ms)
        return missing();
    // Below 10 ms a tenth of a millisecond is still meaningful on loopback and LAN mirrors.
    const int decimals = *ms < 10 ? 1 : 0;
    return tr("%1 ms").arg(QLocale().toString(*ms, 'f', decimals));
}

QString MeasureFormat::throughput(std::optional<double> bytesPerSecond)
{
    if (!bytesPerSecond)
        return missing();
    const double bps = *bytesPerSecond;
    const QLocale locale;
    if (bps >= 1024.0 * 1024.0 * 1024.0)
        return tr("%1 GB/s").arg(locale.toString(bps / (1024.0 * 1024.0 * 1024.0), 'f', 2));
    if (bps >= 1024.0 * 1024.0)
        return tr("%1 MB/s").arg(locale.toString(bps / (1024.0 * 1024.0), 'f', 1));
    if (bps >= 1024.0)
        return tr("%1 KB/s").arg(locale.toString(bps / 1024.0, 'f', 0));
    return tr("%1 B/s").arg(locale.toString(bps, 'f', 0));
}

QString MeasureFormat::percent(double value)
{
    return tr("%1 %").arg(QLocale().toString(value, 'f', value >= 99.95 || value == 0 ? 0 : 1));
}

QString MeasureFormat::score(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString MeasureFormat::timeOfDay(qint64 msSinceEpoch, bool withSeconds)
{
    const QTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time();
    return QLocale().toString(time,
                              withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}
