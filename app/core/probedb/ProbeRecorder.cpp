#include "probedb/ProbeRecorder.h"

#include "probe/ProbeEngine.h"
#include "probedb/ProbeDbLog.h"

#include <QThread>
#include <QTimer>

namespace {

constexpr int kBatchDelayMs = 500;          // a round's results land within this: one transaction
constexpr int kRetryDelayMs = 5000;         // after the database was locked or unusable
constexpr qint64 kMaintainEveryMs = 600000; // downsampling needs no more than every 10 minutes
constexpr int kMaxPending = 20000;          // rows kept while the database cannot take them

} // namespace

// The recorder's half on the store's thread: owns the ProbeStore (its connection is this
// thread's) and answers the recorder by queued calls. The recorder waits for this thread in its
// destructor, so the recorder outlives every call posted to it.
class ProbeStoreWorker : public QObject
{
public:
    ProbeStoreWorker(const QString &path, ProbeStore::Options options,
                     std::shared_ptr<const Clock> clock, ProbeRecorder *recorder)
        : m_path(path)
        , m_options(options)
        , m_clock(std::move(clock))
        , m_recorder(recorder)
        , m_flushTimer(new QTimer(this))
    {
        m_flushTimer->setSingleShot(true);
        QObject::connect(m_flushTimer, &QTimer::timeout, this, [this]() { flush(); });
    }

    void start()
    {
        m_store = std::make_unique<ProbeStore>(m_path, m_options);
        if (ensureOpen())
            maintain(true);
    }

    void append(const ProbeSample &sample)
    {
        if (m_pending.size() >= kMaxPending)
            m_pending.removeFirst(); // the oldest go first: the charts care about the newest
        m_pending.append(sample);
        if (!m_flushTimer->isActive())
            m_flushTimer->start(kBatchDelayMs);
    }

    // True when everything pending is on disk.
    bool flush()
    {
        m_flushTimer->stop();
        if (m_pending.isEmpty())
            return true;
        if (!ensureOpen()) {
            m_flushTimer->start(kRetryDelayMs);
            return false;
        }
        const Expected<void> done = m_store->insert(m_pending);
        reportNotices();
        if (!done) {
            report(done.error());
            m_flushTimer->start(kRetryDelayMs);
            return false;
        }
        const int rows = int(m_pending.size());
        m_pending.clear();
        m_problemReported = false;
        qCDebug(lcProbeDb) << "wrote" << rows << "results";
        post([rows](ProbeRecorder *r) { Q_EMIT r->written(rows); });
        maintain(false);
        return true;
    }

    void flushAndSignal()
    {
        flush();
        post([](ProbeRecorder *r) { Q_EMIT r->idle(); });
    }

    void stats(quint64 ticket, const QStringList &ids, HistoryWindow window, qint64 nowMs)
    {
        flush();
        QList<MirrorHistoryStats> out;
        if (ensureOpen()) {
            const Expected<QList<MirrorHistoryStats>> stats = m_store->stats(ids, window, nowMs);
            reportNotices();
            if (stats)
                out = *stats;
            else
                report(stats.error());
        }
        post([ticket, out](ProbeRecorder *r) { Q_EMIT r->statsReady(ticket, out); });
    }

    void series(quint64 ticket, const QStringList &ids, qint64 fromMs, qint64 toMs, qint64 bucketMs)
    {
        flush();
        QHash<QString, QList<HistoryBucket>> out;
        if (ensureOpen()) {
            for (const QString &id : ids) {
                const Expected<QList<HistoryBucket>> buckets =
                    m_store->series(id, fromMs, toMs, bucketMs);
                reportNotices();
                if (!buckets) {
                    report(buckets.error());
                    break;
                }
                out.insert(id, *buckets);
            }
        }
        post([ticket, out](ProbeRecorder *r) { Q_EMIT r->seriesReady(ticket, out); });
    }

    void stop()
    {
        flush();
        m_flushTimer->stop();
        m_store.reset();
        QThread::currentThread()->quit();
    }

private:
    template <typename F> void post(F &&call)
    {
        ProbeRecorder *recorder = m_recorder;
        QMetaObject::invokeMethod(
            recorder, [recorder, call = std::forward<F>(call)]() { call(recorder); },
            Qt::QueuedConnection);
    }

    bool ensureOpen()
    {
        if (m_store->isOpen())
            return true;
        const Expected<void> opened = m_store->open();
        reportNotices();
        if (!opened) {
            report(opened.error());
            return false;
        }
        return true;
    }

    void maintain(bool force)
    {
        const qint64 now = m_clock->nowMs();
        if (!force && now - m_lastMaintainMs < kMaintainEveryMs)
            return;
        m_lastMaintainMs = now;
        const Expected<void> done = m_store->maintain(now);
        reportNotices();
        if (!done)
            report(done.error()); // a locked database: the next round tries again
    }

    void report(const CoreError &error)
    {
        qCWarning(lcProbeDb) << "history:" << error.toString();
        if (m_problemReported)
            return; // once per episode: a locked file would otherwise speak every round
        m_problemReported = true;
        const QString message = error.toString();
        post([message](ProbeRecorder *r) { Q_EMIT r->problem(message); });
    }

    void reportNotices()
    {
        for (const QString &notice : m_store->takeNotices())
            post([notice](ProbeRecorder *r) { Q_EMIT r->problem(notice); });
    }

    QString m_path;
    ProbeStore::Options m_options;
    std::shared_ptr<const Clock> m_clock;
    ProbeRecorder *m_recorder;
    QTimer *m_flushTimer;
    std::unique_ptr<ProbeStore> m_store;
    QList<ProbeSample> m_pending;
    qint64 m_lastMaintainMs = 0;
    bool m_problemReported = false;
};

ProbeRecorder::ProbeRecorder(const QString &databasePath, std::shared_ptr<const Clock> clock,
                             ProbeStore::Options options, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<QList<MirrorHistoryStats>>();
    qRegisterMetaType<QHash<QString, QList<HistoryBucket>>>();
    m_thread->setObjectName(QStringLiteral("mirrordeck-probedb"));
    m_worker = new ProbeStoreWorker(m_path, options, m_clock, this);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { w->start(); }, Qt::QueuedConnection);
}

ProbeRecorder::~ProbeRecorder()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { w->stop(); }, Qt::QueuedConnection);
    m_thread->wait();
}

void ProbeRecorder::attach(ProbeEngine *engine)
{
    connect(engine, &ProbeEngine::resultReady, this,
            qOverload<const ProbeResult &>(&ProbeRecorder::record));
}

void ProbeRecorder::record(const ProbeResult &result)
{
    if (const std::optional<ProbeSample> sample = ProbeSample::fromResult(result, nowMs()))
        record(*sample);
}

void ProbeRecorder::record(const ProbeSample &sample)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, sample]() { w->append(sample); }, Qt::QueuedConnection);
}

quint64 ProbeRecorder::requestStats(const QStringList &mirrorIds, HistoryWindow window)
{
    const quint64 ticket = ++m_lastTicket;
    const qint64 now = nowMs();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, ticket, mirrorIds, window, now]() {
            w->stats(ticket, mirrorIds, window, now);
        },
        Qt::QueuedConnection);
    return ticket;
}

quint64 ProbeRecorder::requestSeries(const QStringList &mirrorIds, qint64 fromMs, qint64 toMs,
                                     qint64 bucketMs)
{
    const quint64 ticket = ++m_lastTicket;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, ticket, mirrorIds, fromMs, toMs, bucketMs]() {
            w->series(ticket, mirrorIds, fromMs, toMs, bucketMs);
        },
        Qt::QueuedConnection);
    return ticket;
}

void ProbeRecorder::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { w->flushAndSignal(); }, Qt::QueuedConnection);
}
