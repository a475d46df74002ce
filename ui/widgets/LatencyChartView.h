#pragma once

// Live latency of an ecosystem's mirrors over time: one line per mirror on a time axis, a legend
// whose markers show and hide lines, a window of 5 min, 1 h or 24 h, and tool-tips with the exact
// values. Samples go into a LatencyHistory (bounded buckets); the lines are brought up to date
// at most ten times a second, by removing old points and appending new ones — series are never
// re-created — so a busy round neither flickers nor stalls the GUI thread.

#include "catalog/Mirror.h"
#include "probe/Clock.h"
#include "widgets/LatencyGrade.h"
#include "widgets/LatencyHistory.h"

#include <QChartView>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

class QDateTimeAxis;
class QLineSeries;
class QMenu;
class QValueAxis;

class LatencyChartView : public QChartView
{
    Q_OBJECT

public:
    // The tick step (ms) for a window of `spanMs` with at most `maxTicks` labels: 1 min, 10 min …
    static qint64 tickStepMs(qint64 spanMs, int maxTicks);

    explicit LatencyChartView(QWidget *parent = nullptr);

    void setClock(std::shared_ptr<const Clock> clock);
    // One line per mirror, in this order; lines of mirrors that stay keep their history.
    void setMirrors(const QList<Mirror> &mirrors);
    void setUiLanguage(const QString &language);

    void addSample(const QString &mirrorId, qint64 atMs, std::optional<double> latencyMs);
    // Buckets of `window` from the measured history (LatencyHistory::seed).
    void seedHistory(const QString &mirrorId, ChartWindow window,
                     const QList<LatencyBucket> &stored, qint64 liveFromMs);

    void setWindow(ChartWindow window);
    ChartWindow window() const { return m_window; }

    // Dashed lines at the Preferences' "good" and "warning" latencies, in the grades' colours,
    // so a line's height reads against them at a glance.
    void setLatencyThresholds(const LatencyThresholds &thresholds);
    LatencyThresholds latencyThresholds() const { return m_thresholds; }
    // Where the threshold lines are drawn (view coordinates); empty when off the axis range.
    std::optional<int> thresholdLineY(double latencyMs) const;

    void setSeriesShown(const QString &mirrorId, bool shown);
    bool isSeriesShown(const QString &mirrorId) const { return !m_hidden.contains(mirrorId); }

    // Applies pending samples to the lines now instead of on the next tick (tests, benchmarks).
    void flushNow();
    QLineSeries *seriesFor(const QString &mirrorId) const { return m_series.value(mirrorId); }
    const LatencyHistory &history() const { return m_history; }
    QString toolTipFor(const QString &mirrorId, qint64 atMs) const;
    // The show/hide menu of the context menu key, built fresh each time; owned by the caller.
    QMenu *createLinesMenu(QWidget *parent);

Q_SIGNALS:
    void windowChanged(ChartWindow window);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // The keyboard's way to the legend: a menu of the lines to show or hide.
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void retranslateUi();
    void applyPalette();
    void scheduleFlush();
    void flush();
    void updateAxes(qint64 nowMs);
    void updateLegendPlacement();
    void connectMarkers();
    void onMarkerClicked();
    void updateMarker(const QString &mirrorId);
    void showToolTip(const QString &mirrorId, const QPointF &point, bool hovering);
    qint64 nowMs() const;

    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_latencyAxis;
    QTimer m_flushTimer;
    QTimer m_slideTimer;
    QList<Mirror> m_mirrors;
    QHash<QString, QLineSeries *> m_series;
    QSet<QString> m_dirty;
    QSet<QString> m_hidden;
    LatencyHistory m_history;
    ChartWindow m_window = ChartWindow::FiveMinutes;
    int m_maxTimeTicks = 6; // from the width: about one time label per 110 px
    std::shared_ptr<const Clock> m_clock;
    QString m_uiLanguage = QStringLiteral("en");
    LatencyThresholds m_thresholds;
};
