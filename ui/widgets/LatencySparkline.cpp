#include "widgets/LatencySparkline.h"

#include "widgets/MeasureFormat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

LatencySparkline::LatencySparkline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("latencySparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Not a Tab stop: the cards' Tab order stays row by row (Details of each card); the figures
    // are in its accessible description for screen readers and in the card's own labels.
    setFocusPolicy(Qt::NoFocus);
    updateTexts();
}

void LatencySparkline::setPoints(const QList<Point> &points, qint64 fromMs, qint64 toMs,
                                 const QString &mirrorName)
{
    m_points = points;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_mirrorName = mirrorName;
    updateTexts();
    update();
}

void LatencySparkline::clear()
{
    setPoints({}, 0, 0, QString());
}

void LatencySparkline::setLatencyThresholds(const LatencyThresholds &thresholds)
{
    m_thresholds = thresholds;
    updateTexts();
    update();
}

QSize LatencySparkline::sizeHint() const
{
    return {160, 32};
}

QSize LatencySparkline::minimumSizeHint() const
{
    return {60, 30};
}

QString LatencySparkline::summary() const
{
    QList<double> medians;
    int failures = 0;
    for (const Point &p : m_points) {
        if (p.medianMs)
            medians << *p.medianMs;
        failures += p.failures;
    }
    if (medians.isEmpty() && failures == 0)
        return tr("Latency over the last hour: not measured yet.");
    QString text;
    if (medians.isEmpty()) {
        text = tr("Latency of %1 over the last hour: every probe failed.").arg(m_mirrorName);
    } else {
        const auto [low, high] = std::minmax_element(medians.cbegin(), medians.cend());
        const double last = medians.last();
        text = tr("Latency of %1 over the last hour (median per %2 min): latest %3 (%4), "
                  "lowest %5, highest %6.")
                   .arg(m_mirrorName)
                   .arg(m_points.size() > 1
                            ? qMax<qint64>(1, (m_points.at(1).startMs - m_points.at(0).startMs) /
                                                  60000)
                            : 5)
                   .arg(MeasureFormat::latency(last),
                        LatencyGrade::text(LatencyGrade::of(last, m_thresholds), m_thresholds),
                        MeasureFormat::latency(*low), MeasureFormat::latency(*high));
    }
    if (failures > 0)
        text += QLatin1Char(' ') + tr("%n failed probe(s).", nullptr, failures);
    return text;
}

void LatencySparkline::updateTexts()
{
    const QString text = summary();
    setToolTip(text);
    setAccessibleName(tr("Latency over the last hour"));
    setAccessibleDescription(text);
}

void LatencySparkline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void LatencySparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    const bool measured = std::any_of(m_points.cbegin(), m_points.cend(), [](const Point &p) {
        return p.medianMs.has_value() || p.failures > 0;
    });
    if (!measured) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("not measured yet"));
        return;
    }

    // The scale: the good threshold at least, so fast mirrors sit low and a slow one stands out.
    double high = m_thresholds.goodMs;
    for (const Point &p : m_points) {
        if (p.medianMs)
            high = std::max(high, *p.medianMs);
    }
    high *= 1.1;
    const qint64 span = std::max<qint64>(1, m_toMs - m_fromMs);
    const auto xOf = [&](qint64 ms) {
        return area.left() + area.width() * double(ms - m_fromMs) / double(span);
    };
    const auto yOf = [&](double ms) { return area.bottom() - area.height() * ms / high; };
    const qint64 width =
        m_points.size() > 1 ? m_points.at(1).startMs - m_points.at(0).startMs : span;

    // The good threshold, faint, so the line reads against it.
    painter.setPen(QPen(LatencyGrade::color(LatencyGrade::Warning).lighter(140), 1, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), yOf(m_thresholds.goodMs)),
                     QPointF(area.right(), yOf(m_thresholds.goodMs)));

    // One step per bucket at its median, joined to the next; a bucket that only failed is a
    // tick in the slow colour on the baseline.
    QPointF previousEnd;
    bool joined = false; // previousEnd is the end of the bucket before
    for (const Point &p : m_points) {
        const double left = xOf(p.startMs);
        const double right = xOf(p.startMs + width);
        if (!p.medianMs) {
            if (p.failures > 0) {
                painter.setPen(QPen(LatencyGrade::color(LatencyGrade::Slow), 2));
                const double x = (left + right) / 2;
                painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() - 6));
            }
            joined = false;
            continue;
        }
        const double y = yOf(*p.medianMs);
        const QColor colour = LatencyGrade::color(LatencyGrade::of(p.medianMs, m_thresholds));
        painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::FlatCap));
        if (joined)
            painter.drawLine(previousEnd, QPointF(left, y));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        previousEnd = QPointF(right, y);
        joined = true;
    }
}
