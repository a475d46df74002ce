#pragma once

// Feeds one MirrorPanel from the measured history (ProbeRecorder), without waiting on it: when
// the mirrors are set it asks for every chart window's buckets and seeds the latency chart with
// them, so the charts are full after a restart; it asks for the table's availability and
// percentile columns over the window the chart shows (24 h for the 5-minute and 1-hour charts,
// which the session itself fills) and again after every round.

#include "probedb/HistoryTypes.h"
#include "widgets/LatencyHistory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class LatencyChartView;
class MirrorTableModel;
class ProbeRecorder;

class HistoryFeed : public QObject
{
    Q_OBJECT

public:
    HistoryFeed(ProbeRecorder *recorder, LatencyChartView *chart, MirrorTableModel *model,
                QObject *parent = nullptr);

    static HistoryWindow historyWindowFor(ChartWindow window);

    // Loads every chart window and the table's statistics for these mirrors.
    void setMirrorIds(const QStringList &ids);
    void setChartWindow(ChartWindow window);
    void refreshStats();
    // Requests not answered yet (tests wait for 0).
    int pendingRequests() const { return int(m_seriesTickets.size()) + (m_statsTicket ? 1 : 0); }

Q_SIGNALS:
    void seriesLoaded(ChartWindow window);
    void statsLoaded();

private:
    struct SeriesRequest
    {
        ChartWindow window;
        qint64 askedAtMs;
    };

    void onSeries(quint64 ticket, const QHash<QString, QList<HistoryBucket>> &series);
    void onStats(quint64 ticket, const QList<MirrorHistoryStats> &stats);

    QPointer<ProbeRecorder> m_recorder;
    LatencyChartView *m_chart;
    MirrorTableModel *m_model;
    QStringList m_ids;
    QHash<quint64, SeriesRequest> m_seriesTickets;
    quint64 m_statsTicket = 0;
};
