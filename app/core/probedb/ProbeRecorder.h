#pragma once

// The window's way to the measured history without ever waiting on the disk: a ProbeStore on a
// thread of its own. Results (attach() an engine, or record()) are stamped with the clock on
// arrival, batched and written in one transaction about every half second; questions (stats,
// series) are answered by signals carrying the ticket their request returned, after every result
// recorded before them is written. Maintenance (downsampling, retention) runs at start and
// every ten minutes. A damaged, locked or unusable database is reported through problem(), once
// per episode; rows that could not be written are kept (bounded) and retried.

#include "probe/Clock.h"
#include "probedb/HistoryTypes.h"
#include "probedb/ProbeStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class ProbeEngine;
class QThread;
class ProbeStoreWorker;

class ProbeRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ProbeRecorder(const QString &databasePath, std::shared_ptr<const Clock> clock = {},
                           ProbeStore::Options options = {}, QObject *parent = nullptr);
    // Writes what is pending, then stops the thread.
    ~ProbeRecorder() override;

    QString databasePath() const { return m_path; }
    qint64 nowMs() const { return m_clock->nowMs(); }

    // Records every result the engine delivers from now on.
    void attach(ProbeEngine *engine);
    void record(const ProbeResult &result);
    void record(const ProbeSample &sample);

    // Answered by statsReady(ticket, …) / seriesReady(ticket, …).
    quint64 requestStats(const QStringList &mirrorIds, HistoryWindow window);
    quint64 requestSeries(const QStringList &mirrorIds, qint64 fromMs, qint64 toMs,
                          qint64 bucketMs);
    // Writes what is pending now; idle() follows once it is on disk (tests, shutdown).
    void flush();

Q_SIGNALS:
    void statsReady(quint64 ticket, const QList<MirrorHistoryStats> &stats);
    void seriesReady(quint64 ticket, const QHash<QString, QList<HistoryBucket>> &series);
    // A translated sentence for the window: the file was damaged and replaced, is locked, or
    // cannot be opened.
    void problem(const QString &message);
    void written(int rows);
    void idle();

private:
    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<QThread> m_thread;
    ProbeStoreWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    quint64 m_lastTicket = 0;
};
