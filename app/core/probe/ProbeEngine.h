#pragma once

// Measures mirrors off the caller's thread and keeps their health. The engine object lives on the
// caller's (e.g. the GUI) thread and never blocks it: it hands jobs to a bounded set of
// ProbeWorker threads through queued calls and receives outcomes through queued signals.
//
// A round of an ecosystem: every admitted mirror's check (phases, latency samples, versions)
// runs at once; then freshness is judged against the official mirror; then throughput downloads
// of the upstream and the best candidates run one at a time across the engine, each within its
// budget (ProbeSettings). resultReady is emitted once per mirror per round, when its result is
// complete; roundFinished once the round's last result is out, with the recommendation updated.

#include "catalog/Mirror.h"
#include "probe/Clock.h"
#include "probe/HealthTracker.h"
#include "probe/MirrorScorer.h"
#include "probe/ProbeJobs.h"
#include "probe/ProbeResult.h"
#include "probe/ProbeSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class ProbeWorker;
class QThread;
class QThreadPool;

struct RoundOptions
{
    bool download = true; // run throughput downloads in this round
};

class ProbeEngine : public QObject
{
    Q_OBJECT

public:
    // `lookupPool` runs the blocking DNS lookups of every check; its owner (the composition
    // root) keeps it alive longer than the engine. Without one the engine owns a pool of its own.
    explicit ProbeEngine(const ProbeSettings &settings = {},
                         std::shared_ptr<const Clock> clock = {}, QThreadPool *lookupPool = nullptr,
                         QObject *parent = nullptr);
    ~ProbeEngine() override;

    void setMirrors(const QList<Mirror> &mirrors);
    QList<Mirror> mirrors() const { return m_mirrors; }
    // Applies to rounds started afterwards.
    void setSettings(const ProbeSettings &settings);
    const ProbeSettings &settings() const { return m_settings; }

    // Starts a round of one ecosystem (every mirror speaking its protocol); false when one is
    // already running for it or for another tool of that protocol, or the engine cannot probe it.
    bool startRound(const QString &ecosystem, RoundOptions options = {});
    // The same round restricted to `mirrorIds` of the ecosystem (a table row's "Test now"): only
    // they are probed and reported. The official mirror, when not among them, is still checked
    // for its versions so freshness is judged as in a full round, but it gets no result and no
    // health sample: nobody asked for it, and a reported result would move its row and charts.
    // False when no id belongs to the ecosystem, or as startRound.
    bool probeMirrors(const QString &ecosystem, const QStringList &mirrorIds,
                      RoundOptions options = {});
    // Starts a round of every ecosystem that has mirrors; returns how many started.
    int startAllRounds(RoundOptions options = {});
    bool isRunning() const { return !m_rounds.isEmpty(); }
    // True while a round measures the ecosystem's mirrors: its own round, or that of another
    // tool speaking the same protocol (npm's round measures every npm-registry client's mirrors).
    bool isRunning(const QString &ecosystem) const { return !roundMeasuring(ecosystem).isEmpty(); }
    // The ecosystem whose running round measures `ecosystem`'s mirrors ("" when none does), so
    // a page can say which tool's test it is waiting for.
    QString roundMeasuring(const QString &ecosystem) const;
    // Cancels every running round: roundCancelled then roundFinished per ecosystem, at once.
    void cancel();

    // Periodic rounds of all ecosystems every `latencyIntervalMs`, with throughput downloads
    // every `throughputEveryRounds`-th round (settings). start() runs the first round now.
    void setInterval(int latencyIntervalMs, int throughputEveryRounds);
    // What startPeriodic() does now: a full round (with downloads), a latency-only round (the
    // downloads wait for the first interval) or nothing until the first interval.
    enum class FirstRound
    {
        Full,
        LatencyOnly,
        None
    };
    void startPeriodic(FirstRound first = FirstRound::Full);
    void stopPeriodic();
    bool isPeriodic() const { return m_periodic.isActive(); }

    const HealthTracker &health() const { return m_health; }
    HealthSnapshot healthSnapshot(const QString &mirrorId) const
    {
        return m_health.snapshot(mirrorId);
    }
    // The recommended mirror id of an ecosystem after its last finished round; empty if none.
    QString recommended(const QString &ecosystem) const { return m_recommended.value(ecosystem); }
    // The last complete result of each mirror.
    ProbeResult lastResult(const QString &mirrorId) const { return m_lastResults.value(mirrorId); }

Q_SIGNALS:
    void roundStarted(const QString &ecosystem);
    void resultReady(const ProbeResult &result);
    void roundCancelled(const QString &ecosystem);
    void roundFinished(const QString &ecosystem);
    void healthChanged(const QString &mirrorId, HealthState state);
    void recommendationChanged(const QString &ecosystem, const QString &mirrorId);

private:
    struct Round
    {
        quint64 id = 0;
        QString ecosystem;
        std::shared_ptr<const ProbeProtocol> protocol;
        ProbeSettings settings;
        bool download = true;
        bool partial = false; // only some of the ecosystem's mirrors (probeMirrors)
        QList<Mirror> mirrors;
        QStringList upstreamOnly; // checked for freshness only: no result, no health sample
        QHash<QString, ProbeResult> results;
        QHash<QString, VersionList> versions;
        QStringList pendingChecks;
        QStringList pendingDownloads;
    };

    ProbeWorker *nextWorker();
    void ensureWorkers();
    Round *roundById(quint64 id);
    bool beginRound(const QString &ecosystem, const QStringList &mirrorIds, RoundOptions options);
    void onCheckFinished(const MirrorCheckOutcome &outcome);
    void onThroughputFinished(const ThroughputOutcome &outcome);
    void finishChecks(Round &round);
    void finishRound(quint64 roundId);
    void pumpDownloads();
    void rescore(ProbeResult &result, bool withThroughputHistory = true) const;
    void publish(const ProbeResult &result);
    void onPeriodicTick();

    ProbeSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    HealthTracker m_health;
    std::unique_ptr<QThreadPool> m_ownedLookupPool; // only when none was given
    QThreadPool *m_lookupPool;
    QList<Mirror> m_mirrors;

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<ProbeWorker *> m_workers; // each lives on its thread, deleted when it finishes
    size_t m_nextWorker = 0;

    QHash<QString, Round> m_rounds; // running rounds by ecosystem
    quint64 m_lastRoundId = 0;
    QList<ThroughputJob> m_downloadQueue;
    bool m_downloadBusy = false; // one throughput download at a time, engine-wide

    QHash<QString, ProbeResult> m_lastResults;
    QHash<QString, QString> m_recommended;

    QTimer m_periodic;
    int m_periodicCount = 0;
};
