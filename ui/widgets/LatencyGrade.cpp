#include "LatencyGrade.h"

#include "widgets/MeasureFormat.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

LatencyGrade::Grade LatencyGrade::of(std::optional<double> latencyMs,
                                     const LatencyThresholds &thresholds)
{
    if (!latencyMs)
        return Unmeasured;
    if (*latencyMs < thresholds.goodMs)
        return Good;
    if (*latencyMs <= thresholds.warningMs)
        return Warning;
    return Slow;
}

QColor LatencyGrade::color(Grade grade)
{
    switch (grade) {
    case Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Slow:
        return QColor(0xc6, 0x28, 0x28);
    case Unmeasured:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QIcon LatencyGrade::icon(Grade grade)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        const QRectF box(2.5, 2.5, 11, 11);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(grade));
        switch (grade) {
        case Unmeasured:
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(color(grade), 1.5));
            painter.drawEllipse(box);
            break;
        case Good:
            painter.drawEllipse(box);
            break;
        case Warning: {
            QPainterPath triangle;
            triangle.moveTo(8, 2);
            triangle.lineTo(14.5, 14);
            triangle.lineTo(1.5, 14);
            triangle.closeSubpath();
            painter.drawPath(triangle);
            break;
        }
        case Slow:
            painter.drawRect(box);
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString LatencyGrade::text(Grade grade, const LatencyThresholds &thresholds)
{
    switch (grade) {
    case Good:
        return tr("good (under %1)").arg(MeasureFormat::latency(thresholds.goodMs));
    case Warning:
        return tr("slow (%1 to %2)")
            .arg(MeasureFormat::latency(thresholds.goodMs),
                 MeasureFormat::latency(thresholds.warningMs));
    case Slow:
        return tr("very slow (over %1)").arg(MeasureFormat::latency(thresholds.warningMs));
    case Unmeasured:
        break;
    }
    return tr("not measured");
}
