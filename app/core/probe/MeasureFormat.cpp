#include "probe/MeasureFormat.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

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

int MeasureFormat::throughputDecimals(double megabytesPerSecond)
{
    if (megabytesPerSecond >= 100.0)
        return 0;
    if (megabytesPerSecond >= 10.0)
        return 1;
    return 2;
}

double MeasureFormat::throughputMegabytes(double bytesPerSecond)
{
    const double mb = bytesPerSecond / kBytesPerMegabyte;
    const double scale = std::pow(10.0, throughputDecimals(mb));
    return std::round(mb * scale) / scale;
}

QString MeasureFormat::throughputUnit()
{
    return tr("MB/s");
}

QString MeasureFormat::throughput(std::optional<double> bytesPerSecond)
{
    if (!bytesPerSecond)
        return missing();
    const QLocale locale;
    const double mb = throughputMegabytes(*bytesPerSecond);
    if (mb < 0.01 && *bytesPerSecond > 0)
        //: A download slower than 10 kB/s; keep the unit as in "%1 MB/s".
        return tr("< %1 MB/s").arg(locale.toString(0.01, 'f', 2));
    return tr("%1 MB/s").arg(locale.toString(mb, 'f', throughputDecimals(mb)));
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
