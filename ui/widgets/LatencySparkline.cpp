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
    setFocusPolicy(Qt::TabFocus); // screen readers reach its description
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
    return {160, 30};
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
    QColor baseline = palette().color(QPalette::Mid);
    painter.setPen(QPen(baseline, 1, Qt::DotLine));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    double high = m_thresholds.warningMs; // the scale shows the warning line at least
    for (const Point &p : m_points) {
        if (p.medianMs)
            high = std::max(high, *p.medianMs);
    }
    const qint64 span = std::max<qint64>(1, m_toMs - m_fromMs);
    const auto xOf = [&](qint64 startMs) {
        return area.left() + area.width() * double(startMs - m_fromMs) / double(span);
    };
    const auto yOf = [&](double ms) { return area.bottom() - area.height() * ms / (high * 1.05); };
    const qint64 width =
        m_points.size() > 1 ? m_points.at(1).startMs - m_points.at(0).startMs : span;

    // The good/warning boundary, faint, so the line reads against it.
    painter.setPen(QPen(LatencyGrade::color(LatencyGrade::Warning).lighter(150), 1, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), yOf(m_thresholds.goodMs)),
                     QPointF(area.right(), yOf(m_thresholds.goodMs)));

    std::optional<QPointF> previous;
    for (const Point &p : m_points) {
        const double x = xOf(p.startMs + width / 2);
        if (!p.medianMs) {
            if (p.failures > 0) { // failed bucket: a tick in the slow colour on the baseline
                painter.setPen(QPen(LatencyGrade::color(LatencyGrade::Slow), 2));
                painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() - 5));
            }
            previous.reset();
            continue;
        }
        const QPointF point(x, yOf(*p.medianMs));
        const QColor colour = LatencyGrade::color(LatencyGrade::of(p.medianMs, m_thresholds));
        if (previous) {
            painter.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(*previous, point);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(point, 2.2, 2.2);
        previous = point;
    }
}
