#include "widgets/LatencyChartView.h"

#include "widgets/ChartPalette.h"
#include "widgets/MeasureFormat.h"

#include <QAction>
#include <QChart>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

// Brings `series` to `target` in one change of the same series: an append when only new points
// arrived, else one replace. Qt Charts recomputes a line's whole geometry on every change of its
// points (remove, replace and append alike), so one change per line and flush is the cheapest
// way that still never re-creates a series (no flicker, legend and hover stay as they are).
void syncSeries(QLineSeries *series, const QList<QPointF> &target)
{
    const QList<QPointF> current = series->points();
    if (current == target)
        return;
    const bool onlyAppended = target.size() > current.size() &&
                              std::equal(current.cbegin(), current.cend(), target.cbegin());
    if (onlyAppended)
        series->append(target.mid(current.size()));
    else
        series->replace(target);
}

// Few points read better with markers; hundreds would turn the line into a smear.
constexpr int kMarkerPointLimit = 60;
// Results of a round arrive in a burst: one update a quarter second later catches all of it.
constexpr int kFlushIntervalMs = 250;

} // namespace

LatencyChartView::LatencyChartView(QWidget *parent)
    // The chart is handed to the base constructor: QChartView(QWidget *) would create a default
    // chart of its own, and setChart() releases (never deletes) the chart it replaces.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_latencyAxis(new QValueAxis(m_chart))
    , m_clock(std::make_shared<SystemClock>())
{
    // The chart is in the view (which owns it) before its axes are added: axes added to a chart
    // that is not yet shown by a view stayed hidden (no time labels, no grid) in Qt Charts 6.4.
    // Animations re-lay out every point for each update: costly and a source of flicker.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(5);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_latencyAxis->setRange(0, 100);
    m_latencyAxis->setTickCount(5);
    // Elided tick labels ("…") say nothing; the axes take the room their labels need.
    m_latencyAxis->setTruncateLabels(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);
    setFocusPolicy(Qt::StrongFocus);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        // A hidden chart catches up when shown (showEvent): no painting work for other pages.
        if (isVisible())
            flush();
    });
    // The window slides even when no result arrives (rounds may be minutes apart).
    m_slideTimer.setInterval(int(LatencyHistory::bucketMs(m_window)));
    connect(&m_slideTimer, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
            m_dirty.insert(it.key());
        scheduleFlush();
    });
    m_slideTimer.start();

    applyPalette();
    retranslateUi();
    updateAxes(nowMs());
}

void LatencyChartView::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    updateAxes(nowMs());
}

qint64 LatencyChartView::nowMs() const
{
    return m_clock->nowMs();
}

void LatencyChartView::setMirrors(const QList<Mirror> &mirrors)
{
    QHash<QString, QLineSeries *> previous = m_series;
    m_series.clear();
    for (int i = 0; i < mirrors.size(); ++i) {
        const Mirror &mirror = mirrors.at(i);
        QLineSeries *series = previous.take(mirror.id);
        if (!series) {
            series = new QLineSeries(m_chart);
            m_chart->addSeries(series);
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_latencyAxis);
            const QString id = mirror.id;
            connect(
                series, &QLineSeries::hovered, this,
                [this, id](const QPointF &point, bool state) { showToolTip(id, point, state); });
        }
        series->setName(mirror.displayName(m_uiLanguage));
        series->setPen(ChartPalette::seriesPen(i, palette()));
        series->setVisible(!m_hidden.contains(mirror.id));
        m_series.insert(mirror.id, series);
        m_dirty.insert(mirror.id);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        m_chart->removeSeries(it.value());
        delete it.value();
        m_history.forget(it.key());
        m_hidden.remove(it.key());
        m_dirty.remove(it.key());
    }
    m_mirrors = mirrors;
    updateLegendPlacement();
    connectMarkers();
    scheduleFlush();
}

void LatencyChartView::setUiLanguage(const QString &language)
{
    m_uiLanguage = language;
    for (const Mirror &mirror : std::as_const(m_mirrors)) {
        if (QLineSeries *series = m_series.value(mirror.id))
            series->setName(mirror.displayName(language));
    }
    updateLegendPlacement();
}

void LatencyChartView::updateLegendPlacement()
{
    // Always below the plot, so the plot keeps its full width: a list on the right took half of
    // a small chart. Names that do not fit on the row are elided; the tool-tip and the table's
    // colour dot (the same colour as the line) still say which mirror a line is.
    m_chart->legend()->setShowToolTips(true);
    if (m_chart->legend()->alignment() != Qt::AlignBottom)
        m_chart->legend()->setAlignment(Qt::AlignBottom);
}

void LatencyChartView::addSample(const QString &mirrorId, qint64 atMs,
                                 std::optional<double> latencyMs)
{
    if (!m_series.contains(mirrorId))
        return;
    m_history.addSample(mirrorId, atMs, latencyMs);
    m_dirty.insert(mirrorId);
    scheduleFlush();
}

void LatencyChartView::seedHistory(const QString &mirrorId, ChartWindow window,
                                   const QList<LatencyBucket> &stored, qint64 liveFromMs)
{
    if (!m_series.contains(mirrorId))
        return;
    m_history.seed(mirrorId, window, stored, liveFromMs);
    if (window == m_window) {
        m_dirty.insert(mirrorId);
        scheduleFlush();
    }
}

void LatencyChartView::setWindow(ChartWindow window)
{
    if (window == m_window)
        return;
    m_window = window;
    const bool days = window == ChartWindow::Week || window == ChartWindow::Month;
    m_timeAxis->setFormat(window == ChartWindow::FiveMinutes ? QStringLiteral("HH:mm:ss")
                          : days                             ? QStringLiteral("MM-dd HH:mm")
                                                             : QStringLiteral("HH:mm"));
    m_slideTimer.setInterval(int(LatencyHistory::bucketMs(window)));
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        m_dirty.insert(it.key());
    flush(); // the user asked for it: show it at once
    Q_EMIT windowChanged(window);
}

void LatencyChartView::setSeriesShown(const QString &mirrorId, bool shown)
{
    QLineSeries *series = m_series.value(mirrorId);
    if (!series)
        return;
    if (shown)
        m_hidden.remove(mirrorId);
    else
        m_hidden.insert(mirrorId);
    series->setVisible(shown);
    updateMarker(mirrorId);
    updateAxes(nowMs());
}

void LatencyChartView::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LatencyChartView::flushNow()
{
    m_flushTimer.stop();
    flush();
}

void LatencyChartView::flush()
{
    const qint64 now = nowMs();
    for (const QString &id : std::as_const(m_dirty)) {
        QLineSeries *series = m_series.value(id);
        if (!series)
            continue;
        syncSeries(series, m_history.points(id, m_window, now));
        series->setPointsVisible(series->count() <= kMarkerPointLimit);
    }
    m_dirty.clear();
    updateAxes(now);
}

qint64 LatencyChartView::tickStepMs(qint64 spanMs, int maxTicks)
{
    // Steps a reader counts in; the smallest that needs no more than maxTicks labels.
    static constexpr qint64 kSteps[] = {
        10'000,     15'000,     30'000,      60'000,      120'000,    300'000,    600'000,
        900'000,    1'800'000,  3'600'000,   7'200'000,   10'800'000, 14'400'000, 21'600'000,
        43'200'000, 86'400'000, 172'800'000, 345'600'000, 604'800'000};
    for (const qint64 step : kSteps) {
        if ((spanMs + step - 1) / step + 1 <= maxTicks)
            return step;
    }
    return spanMs;
}

void LatencyChartView::updateAxes(qint64 nowMs)
{
    // Ticks on round times (12:05, 12:06 …, not 12:05:17): the axis ends at the next multiple
    // of the tick step, so the newest point sits at most one step left of the right edge.
    const qint64 span = LatencyHistory::spanMs(m_window);
    const qint64 step = tickStepMs(span, m_maxTimeTicks);
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc() * 1000LL;
    const qint64 end = ((nowMs + offset + step - 1) / step) * step - offset;
    const qint64 start = end - ((span + step - 1) / step) * step; // at least the whole window
    m_timeAxis->setTickCount(int((end - start) / step) + 1);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(start),
                         QDateTime::fromMSecsSinceEpoch(end));
    double highest = 0;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QLineSeries *series = it.value();
        if (!series->isVisible())
            continue;
        for (int i = 0; i < series->count(); ++i)
            highest = std::max(highest, series->at(i).y());
    }
    // Headroom above the highest point, and a floor so a quiet chart does not zoom into noise.
    // The range only changes when the data leaves it or would use less than half of it: every
    // axis change recomputes every line, so it must not happen on each update.
    const double max = m_latencyAxis->max();
    const double wanted = std::max(10.0, highest * 1.15);
    if (wanted > max || wanted < max * 0.5) {
        m_latencyAxis->setRange(0, wanted);
        m_latencyAxis->applyNiceNumbers();
    }
}

void LatencyChartView::connectMarkers()
{
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers)
        connect(marker, &QLegendMarker::clicked, this, &LatencyChartView::onMarkerClicked,
                Qt::UniqueConnection);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        updateMarker(it.key());
}

void LatencyChartView::onMarkerClicked()
{
    auto *marker = qobject_cast<QLegendMarker *>(sender());
    if (!marker)
        return;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it.value() == marker->series()) {
            setSeriesShown(it.key(), m_hidden.contains(it.key()));
            return;
        }
    }
}

void LatencyChartView::updateMarker(const QString &mirrorId)
{
    QLineSeries *series = m_series.value(mirrorId);
    if (!series)
        return;
    const bool hidden = m_hidden.contains(mirrorId);
    const auto markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        // The legend hides a hidden series' marker; keep it, so a click can bring the line back.
        marker->setVisible(true);
        QColor label = palette().color(QPalette::WindowText);
        QColor swatch = series->pen().color();
        if (hidden) {
            label.setAlphaF(0.45);
            swatch.setAlphaF(0.25);
        }
        // Struck-out text marks a hidden line without relying on the dimmed colour.
        QFont font = marker->font();
        font.setStrikeOut(hidden);
        marker->setFont(font);
        marker->setLabelBrush(label);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
    }
}

QString LatencyChartView::toolTipFor(const QString &mirrorId, qint64 atMs) const
{
    const auto bucket = m_history.bucketNear(mirrorId, m_window, atMs);
    if (!bucket)
        return {};
    QString name = mirrorId;
    for (const Mirror &mirror : m_mirrors) {
        if (mirror.id == mirrorId)
            name = mirror.displayName(m_uiLanguage);
    }
    const QString when =
        MeasureFormat::timeOfDay(bucket->meanTimeMs(), m_window == ChartWindow::FiveMinutes ||
                                                           m_window == ChartWindow::OneHour);
    QString text;
    if (bucket->count == 1) {
        text = tr("%1\n%2: %3").arg(name, when, MeasureFormat::latency(bucket->meanLatency()));
    } else {
        text = tr("%1\n%2: mean %3 of %n sample(s) (min %4, max %5)", nullptr, bucket->count)
                   .arg(name, when, MeasureFormat::latency(bucket->meanLatency()),
                        MeasureFormat::latency(bucket->minLatency),
                        MeasureFormat::latency(bucket->maxLatency));
    }
    if (bucket->failures > 0)
        text += QLatin1Char('\n') + tr("%n failed probe(s)", nullptr, bucket->failures);
    return text;
}

void LatencyChartView::showToolTip(const QString &mirrorId, const QPointF &point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const QString text = toolTipFor(mirrorId, qint64(point.x()));
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, this);
}

void LatencyChartView::applyPalette()
{
    ChartPalette::apply(m_chart, palette());
    setBackgroundBrush(palette().color(QPalette::Base));
    for (int i = 0; i < m_mirrors.size(); ++i) {
        if (QLineSeries *series = m_series.value(m_mirrors.at(i).id))
            series->setPen(ChartPalette::seriesPen(i, palette()));
    }
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        updateMarker(it.key());
}

void LatencyChartView::retranslateUi()
{
    // The unit sits in every tick label instead of an axis title: a title costs a column of
    // width that a small chart needs for its plot.
    m_latencyAxis->setLabelFormat(tr("%.0f ms"));
    m_chart->setTitle(tr("Latency per mirror (median of each check)"));
    setAccessibleName(tr("Latency chart"));
    setAccessibleDescription(tr("Latency of each mirror over time; click a legend entry, or "
                                "open the context menu, to show or hide its line"));
}

void LatencyChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void LatencyChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLegendPlacement();
    // As many ticks as fit: about one time label per 110 px, one latency label per 40 px.
    m_maxTimeTicks = std::clamp(width() / 110, 3, 7);
    updateAxes(nowMs());
    m_latencyAxis->setTickCount(std::clamp(height() / 40, 3, 6));
    m_latencyAxis->applyNiceNumbers();
}

QMenu *LatencyChartView::createLinesMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    for (const Mirror &mirror : std::as_const(m_mirrors)) {
        QAction *action = menu->addAction(mirror.displayName(m_uiLanguage));
        action->setCheckable(true);
        action->setChecked(isSeriesShown(mirror.id));
        const QString id = mirror.id;
        connect(action, &QAction::toggled, this,
                [this, id](bool shown) { setSeriesShown(id, shown); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Show all lines")), &QAction::triggered, this, [this] {
        for (const Mirror &mirror : std::as_const(m_mirrors))
            setSeriesShown(mirror.id, true);
    });
    return menu;
}

void LatencyChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createLinesMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // popup(), not exec(): results keep arriving while the menu is open.
    menu->popup(event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center())
                                                               : event->globalPos());
}

void LatencyChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        m_dirty.insert(it.key());
    flush();
}

void LatencyChartView::setLatencyThresholds(const LatencyThresholds &thresholds)
{
    m_thresholds = thresholds;
    viewport()->update();
}

std::optional<int> LatencyChartView::thresholdLineY(double latencyMs) const
{
    const double min = m_latencyAxis->min();
    const double max = m_latencyAxis->max();
    if (max <= min || latencyMs < min || latencyMs > max)
        return std::nullopt;
    const QRectF plot = m_chart->plotArea();
    const double y = plot.bottom() - (latencyMs - min) / (max - min) * plot.height();
    return mapFromScene(m_chart->mapToScene(QPointF(plot.left(), y))).y();
}

void LatencyChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const LatencyGrade::Grade grade : {LatencyGrade::Good, LatencyGrade::Warning}) {
        const double ms =
            grade == LatencyGrade::Good ? m_thresholds.goodMs : m_thresholds.warningMs;
        const double min = m_latencyAxis->min();
        const double max = m_latencyAxis->max();
        if (max <= min || ms < min || ms > max)
            continue;
        const double y = plot.bottom() - (ms - min) / (max - min) * plot.height();
        QPen pen(LatencyGrade::color(grade), 1, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter->restore();
}
