#include "widgets/ThroughputChartView.h"

#include "widgets/ChartPalette.h"
#include "widgets/MeasureFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

ThroughputChartView::ThroughputChartView(QWidget *parent)
    // The chart is handed to the base constructor: QChartView(QWidget *) would create a default
    // chart of its own, and setChart() releases (never deletes) the chart it replaces.
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_series(new QHorizontalStackedBarSeries(m_chart))
    , m_categoryAxis(new QBarCategoryAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_clock(std::make_shared<SystemClock>())
{
    // The chart is in the view (which owns it) before its axes are added: axes added to a chart
    // that is not yet shown by a view stayed hidden (no time labels, no grid) in Qt Charts 6.4.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // A wider left margin: the category labels (right-aligned names) begin there.
    m_chart->setMargins(QMargins(8, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->hide(); // one set: its name would only repeat the axis title
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    // Bar values are already rounded as MeasureFormat prints them (2000, 38.4, 3.84); enough
    // significant digits that Qt never switches a label to "2e+03".
    m_series->setLabelsPrecision(7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_valueAxis->setTickCount(5);
    // Mirror names must stay readable; the plot gives way instead of the labels.
    m_categoryAxis->setTruncateLabels(false);
    m_valueAxis->setTruncateLabels(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 180); // taller with many mirrors: fitLabels()
    setFocusPolicy(Qt::StrongFocus);

    // The plot's height is known only once the chart is laid out (after a resize, a language or
    // font change): fit again then, with the real room.
    connect(m_chart, &QChart::plotAreaChanged, this, &ThroughputChartView::fitLabels);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &ThroughputChartView::flush);

    applyPalette();
    retranslateUi();
}

void ThroughputChartView::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
}

void ThroughputChartView::setMirrors(const QList<Mirror> &mirrors)
{
    m_mirrors = mirrors;
    QHash<QString, Measurement> kept;
    for (const Mirror &mirror : mirrors) {
        if (m_measured.contains(mirror.id))
            kept.insert(mirror.id, m_measured.value(mirror.id));
    }
    m_measured = kept;
    rebuildCategories();
    flush();
}

void ThroughputChartView::setUiLanguage(const QString &language)
{
    if (language == m_uiLanguage)
        return;
    m_uiLanguage = language;
    rebuildCategories();
}

QStringList ThroughputChartView::fittedNames() const
{
    // The names take at most 35 % of the chart's width; longer ones are elided at the end, the
    // tool-tip has them whole.
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    const int widest = std::max(60, int(width() * 0.35));
    QStringList names;
    for (const Mirror &mirror : m_mirrors) {
        const QString full = mirror.displayName(m_uiLanguage);
        QString unique = metrics.elidedText(full, Qt::ElideRight, widest);
        // Category names must be unique, and two mirrors may share a (shortened) name: the
        // number goes inside the width too.
        for (int n = 2; names.contains(unique); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = metrics.elidedText(full, Qt::ElideRight,
                                        widest - metrics.horizontalAdvance(suffix)) +
                     suffix;
        }
        names.append(unique);
    }
    return names;
}

QStringList ThroughputChartView::categoryLabels() const
{
    return m_labels;
}

QString ThroughputChartView::categoryLabelFor(const QString &mirrorId) const
{
    for (qsizetype i = 0; i < m_mirrors.size() && i < m_labels.size(); ++i) {
        if (m_mirrors.at(i).id == mirrorId)
            return m_labels.at(i);
    }
    return {};
}

namespace {

// The height Qt Charts gives one category label. It lays each label out as text (a text
// document), so a Chinese name takes the CJK fallback font's line, taller than the Latin font's
// QFontMetrics::height() that the axis font reports; labels measured that way overlapped and the
// axis dropped every other one.
int labelRowHeight(const QFont &font, const QStringList &texts)
{
    qreal tallest = QFontMetricsF(font).height();
    for (const QString &text : texts) {
        QTextLayout layout(text, font);
        layout.beginLayout();
        const QTextLine line = layout.createLine();
        layout.endLayout();
        if (line.isValid())
            tallest = std::max(tallest, line.height());
    }
    return int(std::ceil(tallest)) + 2; // the label's own margin
}

} // namespace

void ThroughputChartView::fitLabels()
{
    // A short chart with many mirrors: a smaller font rather than names the axis hides because
    // they would overlap (Qt Charts drops such category labels). The chart asks for the height
    // its rows need at the smallest font, so no name is ever dropped.
    constexpr double kSmallestPoints = 7.0;
    const int rows = std::max<int>(1, int(m_mirrors.size()));
    QStringList names;
    for (const Mirror &mirror : std::as_const(m_mirrors))
        names.append(mirror.displayName(m_uiLanguage));
    // Everything but the rows: the value axis with its labels and title, margins. Measured once
    // the chart is laid out (a Chinese title is taller too), estimated before.
    const QRectF plot = m_chart->plotArea();
    const int chrome = plot.height() > 0 && height() > plot.height()
                           ? int(std::ceil(height() - plot.height()))
                           : 64;
    QFont smallest = this->font();
    smallest.setPointSizeF(kSmallestPoints);
    setMinimumHeight(std::max(180, rows * labelRowHeight(smallest, names) + chrome));

    QFont font = this->font();
    const double plotHeight = std::max(1, height() - chrome);
    double points = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    while (points > kSmallestPoints && labelRowHeight(font, names) * rows > plotHeight) {
        points = std::max(kSmallestPoints, points - 0.5);
        font.setPointSizeF(points);
    }
    if (m_categoryAxis->labelsFont() != font)
        m_categoryAxis->setLabelsFont(font);
    const QStringList fitted = fittedNames();
    if (fitted == m_labels)
        return;
    m_labels = fitted;
    // A horizontal bar chart lists categories bottom-up; reverse so the catalog order reads top
    // to bottom.
    QStringList bottomUp(fitted.crbegin(), fitted.crend());
    m_categoryAxis->clear();
    m_categoryAxis->append(bottomUp);
}

void ThroughputChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitLabels();
}

void ThroughputChartView::rebuildCategories()
{
    m_labels.clear();
    fitLabels();
    // One bar set per mirror, stacked: each set is zero except on its own row, so every bar has
    // its mirror's own colour (the table's dot, the latency line). Zero segments draw nothing
    // and Qt Charts hides their labels.
    if (m_sets.size() != m_mirrors.size()) {
        m_series->clear();
        m_sets.clear();
        for (qsizetype i = 0; i < m_mirrors.size(); ++i) {
            auto *set = new QBarSet(QString());
            for (qsizetype j = 0; j < m_mirrors.size(); ++j)
                set->append(0.0);
            const int mirrorIndex = int(i);
            connect(set, &QBarSet::hovered, this, [this, mirrorIndex](bool hovering, int) {
                showToolTip(hovering, int(m_mirrors.size() - 1 - mirrorIndex));
            });
            m_series->append(set);
            m_sets.append(set);
        }
        applyPalette();
    }
}

void ThroughputChartView::setThroughput(const QString &mirrorId,
                                        std::optional<double> bytesPerSecond)
{
    if (!bytesPerSecond)
        return;
    m_measured.insert(mirrorId, Measurement{*bytesPerSecond, m_clock->nowMs()});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ThroughputChartView::flushNow()
{
    m_flushTimer.stop();
    flush();
}

void ThroughputChartView::flush()
{
    const qsizetype count = m_mirrors.size();
    double highest = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const auto it = m_measured.constFind(m_mirrors.at(i).id);
        // The number the table prints, in the one unit (MB/s) every view uses.
        const double value = it == m_measured.constEnd()
                                 ? 0.0
                                 : MeasureFormat::throughputMegabytes(it->bytesPerSecond);
        const int barIndex = int(count - 1 - i);
        // Only changed bars are touched, so an update repaints nothing else.
        QBarSet *set = m_sets.value(i);
        if (set && set->at(barIndex) != value)
            set->replace(barIndex, value);
        highest = std::max(highest, value);
    }
    // Room past the longest bar for its label; the range changes only when the bars leave it or
    // would use less than half of it.
    const double wanted = std::max(1.0, highest * 1.25);
    if (wanted > m_valueAxis->max() || wanted < m_valueAxis->max() * 0.5) {
        m_valueAxis->setRange(0, wanted);
        m_valueAxis->applyNiceNumbers();
    }
}

void ThroughputChartView::updateAxisTitle()
{
    // Always MB/s (MeasureFormat): the one unit the table and the CLI use too.
    m_valueAxis->setTitleText(tr("Throughput (MB/s)"));
}

double ThroughputChartView::barValue(const QString &mirrorId) const
{
    for (qsizetype i = 0; i < m_mirrors.size(); ++i) {
        if (m_mirrors.at(i).id == mirrorId)
            return m_sets.value(i) ? m_sets.at(i)->at(int(m_mirrors.size() - 1 - i)) : 0.0;
    }
    return 0;
}

QColor ThroughputChartView::barColor(const QString &mirrorId) const
{
    for (qsizetype i = 0; i < m_mirrors.size() && i < m_sets.size(); ++i) {
        if (m_mirrors.at(i).id == mirrorId)
            return m_sets.at(i)->color();
    }
    return {};
}

QString ThroughputChartView::toolTipFor(const QString &mirrorId) const
{
    QString name = mirrorId;
    for (const Mirror &mirror : m_mirrors) {
        if (mirror.id == mirrorId)
            name = mirror.displayName(m_uiLanguage);
    }
    const auto it = m_measured.constFind(mirrorId);
    if (it == m_measured.constEnd())
        return tr("%1\nNot measured yet").arg(name);
    return tr("%1\n%2, measured at %3")
        .arg(name, MeasureFormat::throughput(it->bytesPerSecond),
             MeasureFormat::timeOfDay(it->atMs));
}

void ThroughputChartView::showToolTip(bool hovering, int index)
{
    const qsizetype mirrorIndex = m_mirrors.size() - 1 - index;
    if (!hovering || mirrorIndex < 0 || mirrorIndex >= m_mirrors.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), toolTipFor(m_mirrors.at(mirrorIndex).id), this);
}

void ThroughputChartView::applyPalette()
{
    ChartPalette::apply(m_chart, palette());
    setBackgroundBrush(palette().color(QPalette::Base));
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        const QColor bar = ChartPalette::seriesColor(int(i), palette());
        m_sets.at(i)->setColor(bar);
        m_sets.at(i)->setBorderColor(bar);
        // Labels sit past the bar end, on the chart background.
        m_sets.at(i)->setLabelColor(palette().color(QPalette::WindowText));
    }
}

void ThroughputChartView::retranslateUi()
{
    updateAxisTitle();
    setAccessibleName(tr("Throughput chart"));
    setAccessibleDescription(tr("The latest measured download speed of each mirror"));
}

void ThroughputChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QChartView::changeEvent(event);
}
