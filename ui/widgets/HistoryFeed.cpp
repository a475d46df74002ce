#include "widgets/HistoryFeed.h"

#include "probedb/ProbeRecorder.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MirrorTableModel.h"

HistoryFeed::HistoryFeed(ProbeRecorder *recorder, LatencyChartView *chart, MirrorTableModel *model,
                         QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_chart(chart)
    , m_model(model)
{
    Q_ASSERT(recorder && chart && model);
    connect(recorder, &ProbeRecorder::seriesReady, this, &HistoryFeed::onSeries);
    connect(recorder, &ProbeRecorder::statsReady, this, &HistoryFeed::onStats);
}

HistoryWindow HistoryFeed::historyWindowFor(ChartWindow window)
{
    // One choice for the charts and the table: what the user looks at. The short charts show
    // this session; their table columns show the shortest stored window.
    switch (window) {
    case ChartWindow::Week:
        return HistoryWindow::Week;
    case ChartWindow::Month:
        return HistoryWindow::Month;
    default:
        return HistoryWindow::Day;
    }
}

void HistoryFeed::setMirrorIds(const QStringList &ids)
{
    if (ids == m_ids || !m_recorder)
        return;
    m_ids = ids;
    m_seriesTickets.clear();
    const qint64 now = m_recorder->nowMs();
    for (int i = 0; i < LatencyHistory::kWindowCount; ++i) {
        const ChartWindow window = ChartWindow(i);
        const qint64 bucket = LatencyHistory::bucketMs(window);
        const quint64 ticket = m_recorder->requestSeries(
            ids, now - LatencyHistory::spanMs(window) - bucket, now, bucket);
        m_seriesTickets.insert(ticket, {window, now});
    }
    refreshStats();
}

void HistoryFeed::setChartWindow(ChartWindow window)
{
    const HistoryWindow wanted = historyWindowFor(window);
    if (wanted == m_model->historyWindow())
        return;
    m_model->setHistoryWindow(wanted);
    refreshStats();
}

void HistoryFeed::refreshStats()
{
    if (!m_recorder || m_ids.isEmpty())
        return;
    // Only the newest answer counts: an older one may be of another window.
    m_statsTicket = m_recorder->requestStats(m_ids, m_model->historyWindow());
}

void HistoryFeed::onSeries(quint64 ticket, const QHash<QString, QList<HistoryBucket>> &series)
{
    const auto it = m_seriesTickets.constFind(ticket);
    if (it == m_seriesTickets.constEnd())
        return; // another panel's, or of a mirror list since replaced
    const SeriesRequest request = *it;
    m_seriesTickets.erase(it);
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        QList<LatencyBucket> buckets;
        buckets.reserve(s.value().size());
        for (const HistoryBucket &b : s.value())
            buckets.append(LatencyBucket{b.startMs, b.sumLatency, b.sumTimeMs, b.minLatency,
                                         b.maxLatency, b.count, b.failures});
        m_chart->seedHistory(s.key(), request.window, buckets, request.askedAtMs);
    }
    Q_EMIT seriesLoaded(request.window);
}

void HistoryFeed::onStats(quint64 ticket, const QList<MirrorHistoryStats> &stats)
{
    if (ticket != m_statsTicket)
        return;
    m_statsTicket = 0;
    m_model->setHistoryStats(stats);
    Q_EMIT statsLoaded();
}
