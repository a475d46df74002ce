#include "probe/ProbeEngine.h"

#include "catalog/MirrorCatalog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "probe/ProbeLog.h"

#include "probe/ProbeWorker.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// getaddrinfo blocks, so lookups run on pool threads. A pool wide enough for a round's mirrors,
// so one slow lookup never queues another and inflates its dns_ms (the global pool has only as
// many threads as cores).
std::unique_ptr<QThreadPool> defaultLookupPool()
{
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(32);
    return pool;
}

} // namespace

ProbeEngine::ProbeEngine(const ProbeSettings &settings, std::shared_ptr<const Clock> clock,
                         QThreadPool *lookupPool, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_health(settings, m_clock)
    , m_ownedLookupPool(lookupPool ? nullptr : defaultLookupPool())
    , m_lookupPool(lookupPool ? lookupPool : m_ownedLookupPool.get())
{
    qRegisterMetaType<ProbeResult>();
    qRegisterMetaType<HealthState>();
    qRegisterMetaType<MirrorCheckOutcome>();
    qRegisterMetaType<ThroughputOutcome>();
    connect(&m_periodic, &QTimer::timeout, this, &ProbeEngine::onPeriodicTick);
}

ProbeEngine::~ProbeEngine()
{
    m_periodic.stop();
    for (ProbeWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &ProbeWorker::cancelAll, Qt::QueuedConnection);
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void ProbeEngine::ensureWorkers()
{
    if (!m_workers.empty())
        return;
    const int count = std::clamp(m_settings.workerThreads, 1, 16);
    for (int i = 0; i < count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("probe-worker-%1").arg(i));
        auto *worker = new ProbeWorker(m_lookupPool); // no parent: it moves to its thread
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &ProbeWorker::checkFinished, this, &ProbeEngine::onCheckFinished);
        connect(worker, &ProbeWorker::throughputFinished, this, &ProbeEngine::onThroughputFinished);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

ProbeWorker *ProbeEngine::nextWorker()
{
    ensureWorkers();
    ProbeWorker *worker = m_workers[m_nextWorker % m_workers.size()];
    ++m_nextWorker;
    return worker;
}

void ProbeEngine::setMirrors(const QList<Mirror> &mirrors)
{
    m_mirrors = mirrors;
}

void ProbeEngine::setSettings(const ProbeSettings &settings)
{
    m_settings = settings;
    m_health.setSettings(settings);
}

bool ProbeEngine::startRound(const QString &ecosystem, RoundOptions options)
{
    return beginRound(ecosystem, {}, options);
}

bool ProbeEngine::probeMirrors(const QString &ecosystem, const QStringList &mirrorIds,
                               RoundOptions options)
{
    const bool known = std::any_of(m_mirrors.cbegin(), m_mirrors.cend(), [&](const Mirror &m) {
        return MirrorCatalog::protocolOf(m) == EcosystemRegistry::protocolOf(ecosystem) &&
               mirrorIds.contains(m.id);
    });
    return known && beginRound(ecosystem, mirrorIds, options);
}

QString ProbeEngine::roundMeasuring(const QString &ecosystem) const
{
    if (m_rounds.contains(ecosystem))
        return ecosystem;
    const QString protocol = EcosystemRegistry::protocolOf(ecosystem);
    if (protocol.isEmpty())
        return {};
    for (const Round &running : std::as_const(m_rounds)) {
        if (running.protocol->protocol() == protocol)
            return running.ecosystem;
    }
    return {};
}

// An empty `mirrorIds` means every mirror of the ecosystem.
bool ProbeEngine::beginRound(const QString &ecosystem, const QStringList &mirrorIds,
                             RoundOptions options)
{
    if (m_rounds.contains(ecosystem))
        return false;
    // A round measures every mirror speaking the ecosystem's protocol, once for all its tools.
    const MirrorProtocol *protocolInfo =
        EcosystemRegistry::findProtocol(EcosystemRegistry::protocolOf(ecosystem));
    if (!protocolInfo)
        return false;
    std::shared_ptr<const ProbeProtocol> protocol =
        protocolInfo->createProbe(m_settings.targets.value(protocolInfo->id));
    for (const Round &running : std::as_const(m_rounds)) {
        if (running.protocol->protocol() == protocolInfo->id)
            return false; // already measuring these mirrors for another tool
    }

    Round &round = m_rounds[ecosystem];
    round.id = ++m_lastRoundId;
    round.ecosystem = ecosystem;
    round.protocol = protocol;
    round.settings = m_settings;
    round.download = options.download;
    round.partial = !mirrorIds.isEmpty();
    for (const Mirror &m : m_mirrors) {
        if (MirrorCatalog::protocolOf(m) != protocolInfo->id)
            continue;
        if (round.partial && !mirrorIds.contains(m.id)) {
            // A Down upstream stays alone until its own retry; freshness is then unknown.
            if (!m.official || m_health.state(m.id) == HealthState::Down)
                continue;
            round.upstreamOnly.append(m.id);
        }
        round.mirrors.append(m);
    }
    QList<ProbeResult> skipped;
    for (const Mirror &mirror : std::as_const(round.mirrors)) {
        const bool upstreamOnly = round.upstreamOnly.contains(mirror.id);
        if (!upstreamOnly && !m_health.admitProbe(mirror.id)) {
            ProbeResult r;
            r.mirrorId = mirror.id;
            r.ecosystem = ecosystem;
            r.round = round.id;
            r.error = ProbeErrorKind::Skipped;
            // Keep why it went down: the skip alone would hide the cause from the user.
            const ProbeResult previous = m_lastResults.value(mirror.id);
            r.errorMessage = ProbeError::describe(ProbeErrorKind::Skipped);
            if (!previous.errorMessage.isEmpty() && previous.error != ProbeErrorKind::Skipped)
                r.errorMessage += QLatin1Char(' ') + previous.errorMessage;
            else if (previous.error == ProbeErrorKind::Skipped)
                r.errorMessage = previous.errorMessage;
            r.httpStatus = previous.httpStatus;
            r.state = m_health.state(mirror.id);
            round.results.insert(mirror.id, r);
            skipped.append(r);
            continue;
        }
        round.pendingChecks.append(mirror.id);
        MirrorCheckJob job{round.id, mirror, protocol, round.settings};
        ProbeWorker *worker = nextWorker();
        QMetaObject::invokeMethod(
            worker, [worker, job] { worker->startCheck(job); }, Qt::QueuedConnection);
    }
    // From here on `round` may be gone after any emit: a receiver can cancel or start rounds.
    const quint64 id = round.id;
    qCDebug(lcProbe) << "round" << id << ecosystem << "checks" << round.pendingChecks.size()
                     << "skipped" << skipped.size();
    const bool nothingToWaitFor = round.pendingChecks.isEmpty();
    Q_EMIT roundStarted(ecosystem);
    for (const ProbeResult &r : std::as_const(skipped)) {
        if (roundById(id))
            publish(r);
    }
    if (nothingToWaitFor && roundById(id))
        finishChecks(*roundById(id));
    return true;
}

int ProbeEngine::startAllRounds(RoundOptions options)
{
    QStringList ecosystems, protocols; // one round per protocol
    for (const Mirror &m : std::as_const(m_mirrors)) {
        if (!protocols.contains(MirrorCatalog::protocolOf(m))) {
            protocols.append(MirrorCatalog::protocolOf(m));
            ecosystems.append(m.ecosystem);
        }
    }
    int started = 0;
    for (const QString &eco : std::as_const(ecosystems))
        started += startRound(eco, options) ? 1 : 0;
    return started;
}

ProbeEngine::Round *ProbeEngine::roundById(quint64 id)
{
    for (auto it = m_rounds.begin(); it != m_rounds.end(); ++it) {
        if (it->id == id)
            return &it.value();
    }
    return nullptr;
}

void ProbeEngine::onCheckFinished(const MirrorCheckOutcome &outcome)
{
    Round *round = roundById(outcome.round);
    if (!round || !round->pendingChecks.contains(outcome.mirrorId))
        return; // a cancelled round's late report
    round->pendingChecks.removeOne(outcome.mirrorId);
    if (round->upstreamOnly.contains(outcome.mirrorId)) {
        if (outcome.versions)
            round->versions.insert(outcome.mirrorId, *outcome.versions);
        if (round->pendingChecks.isEmpty())
            finishChecks(*round);
        return;
    }

    ProbeResult r;
    r.mirrorId = outcome.mirrorId;
    r.ecosystem = round->ecosystem;
    r.round = round->id;
    r.ok = outcome.error == ProbeErrorKind::None;
    r.error = outcome.error;
    r.errorMessage = outcome.message;
    r.httpStatus = outcome.httpStatus;
    r.timings = outcome.timings;
    r.latencySamples = outcome.latencySamples;
    if (r.ok && !outcome.latencySamples.isEmpty())
        r.latencyMs = median(outcome.latencySamples);
    if (outcome.versions) {
        r.latest = outcome.versions->latest;
        round->versions.insert(r.mirrorId, *outcome.versions);
    }
    const HealthState before = m_health.state(r.mirrorId);
    r.state = m_health.recordCheck(r.mirrorId, r.ok, r.latencyMs);
    round->results.insert(r.mirrorId, r);
    const quint64 id = round->id;
    const bool checksDone = round->pendingChecks.isEmpty();
    if (r.state != before)
        Q_EMIT healthChanged(r.mirrorId, r.state);
    round = roundById(id); // a receiver may have cancelled it
    if (round && checksDone)
        finishChecks(*round);
}

void ProbeEngine::finishChecks(Round &round)
{
    // Freshness: against the official mirror of the ecosystem, when it answered.
    std::optional<VersionList> upstream;
    for (const Mirror &m : std::as_const(round.mirrors)) {
        if (m.official && round.versions.contains(m.id)) {
            upstream = round.versions.value(m.id);
            break;
        }
    }
    for (auto it = round.results.begin(); it != round.results.end(); ++it) {
        ProbeResult &r = it.value();
        if (upstream) {
            r.upstreamLatest = upstream->latest;
            if (round.versions.contains(r.mirrorId)) {
                const Freshness f =
                    round.protocol->compareFreshness(round.versions.value(r.mirrorId), *upstream);
                r.fresh = f.fresh;
                r.lacks = f.lacks;
            }
        }
        rescore(r);
    }

    // Throughput: the upstream and the best-ranked usable mirrors, queued engine-wide.
    QStringList candidates;
    if (round.download) {
        QStringList officials;
        for (const Mirror &m : std::as_const(round.mirrors)) {
            if (m.official)
                officials.append(m.id);
        }
        // Ranked on this round's measurements alone: a rate remembered from earlier rounds would
        // keep the mirrors measured first ahead for ever and the others never measured.
        QList<ProbeResult> ranked = round.results.values();
        for (ProbeResult &r : ranked)
            rescore(r, /*withThroughputHistory=*/false);
        candidates = MirrorScorer::downloadCandidates(
            ranked, officials, round.settings.throughputCandidates, round.id);
    }
    for (const QString &c : std::as_const(candidates)) {
        const auto mirror = std::find_if(round.mirrors.cbegin(), round.mirrors.cend(),
                                         [&c](const Mirror &m) { return m.id == c; });
        round.pendingDownloads.append(c);
        m_downloadQueue.append(ThroughputJob{round.id, *mirror, round.protocol, round.settings});
    }
    const quint64 id = round.id;
    const bool downloads = !round.pendingDownloads.isEmpty();
    QList<ProbeResult> ready;
    for (const ProbeResult &r : std::as_const(round.results)) {
        if (!round.pendingDownloads.contains(r.mirrorId) && r.error != ProbeErrorKind::Skipped)
            ready.append(r);
    }
    // `round` may be gone after any emit: a receiver can cancel.
    for (const ProbeResult &r : std::as_const(ready)) {
        if (!roundById(id))
            return; // cancelled by a receiver: nothing more of this round is reported
        publish(r);
    }
    if (!roundById(id))
        return;
    if (!downloads)
        finishRound(id);
    else
        pumpDownloads();
}

void ProbeEngine::pumpDownloads()
{
    if (m_downloadBusy || m_downloadQueue.isEmpty())
        return;
    const ThroughputJob job = m_downloadQueue.takeFirst();
    m_downloadBusy = true;
    ProbeWorker *worker = nextWorker();
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->startThroughput(job); }, Qt::QueuedConnection);
}

void ProbeEngine::onThroughputFinished(const ThroughputOutcome &outcome)
{
    m_downloadBusy = false;
    Round *round = roundById(outcome.round);
    if (round && round->pendingDownloads.contains(outcome.mirrorId)) {
        round->pendingDownloads.removeOne(outcome.mirrorId);
        ProbeResult &r = round->results[outcome.mirrorId];
        r.throughputBytes = outcome.bytes;
        if (outcome.error == ProbeErrorKind::None) {
            r.throughputBps = outcome.bytesPerSecond;
            if (outcome.bytesPerSecond)
                m_health.recordThroughput(r.mirrorId, *outcome.bytesPerSecond);
        } else {
            // The mirror answers metadata but cannot deliver the artifact: unusable.
            r.ok = false;
            r.error = outcome.error;
            r.errorMessage = outcome.message;
            r.httpStatus = outcome.httpStatus;
        }
        rescore(r);
        const ProbeResult copy = r;
        const bool last = round->pendingDownloads.isEmpty();
        const quint64 id = round->id;
        publish(copy);
        if (last)
            finishRound(id);
    }
    pumpDownloads();
}

void ProbeEngine::rescore(ProbeResult &result, bool withThroughputHistory) const
{
    const HealthSnapshot snap = m_health.snapshot(result.mirrorId);
    ScoreInput input;
    input.ok = result.ok;
    input.latencyMs = result.latencyMs;
    input.throughputBps =
        result.throughputBps || !withThroughputHistory ? result.throughputBps : snap.throughputBps;
    input.successRatio = snap.samples ? snap.successRatio : (result.ok ? 1.0 : 0.0);
    input.fresh = result.fresh;
    result.score = MirrorScorer(m_settings).score(input);
    result.state = m_health.state(result.mirrorId);
}

void ProbeEngine::publish(const ProbeResult &result)
{
    m_lastResults.insert(result.mirrorId, result);
    Q_EMIT resultReady(result);
}

void ProbeEngine::finishRound(quint64 roundId)
{
    Round *round = roundById(roundId);
    if (!round)
        return; // cancelled meanwhile
    const QString ecosystem = round->ecosystem;
    auto it = m_rounds.find(ecosystem);
    QList<ProbeResult> ranked = it->results.values();
    if (it->partial) {
        // A partial round measured only some mirrors: rank all by their latest results.
        ranked.clear();
        for (const Mirror &m : std::as_const(m_mirrors)) {
            // Every mirror the tool can use: those speaking its protocol, whoever lists them.
            if (MirrorCatalog::protocolOf(m) == EcosystemRegistry::protocolOf(ecosystem) &&
                m_lastResults.contains(m.id))
                ranked.append(m_lastResults.value(m.id));
        }
    }
    // An ad-hoc mirror is measured to show how the one in use does, never recommended: the
    // recommendation is a choice from the lists.
    ranked.erase(std::remove_if(ranked.begin(), ranked.end(),
                                [this](const ProbeResult &result) {
                                    return std::any_of(m_mirrors.cbegin(), m_mirrors.cend(),
                                                       [&result](const Mirror &m) {
                                                           return m.adHoc &&
                                                                  m.id == result.mirrorId;
                                                       });
                                }),
                 ranked.end());
    const QString best = MirrorScorer::recommend(ranked);
    qCDebug(lcProbe) << "round" << roundId << ecosystem << "recommends" << best;
    m_rounds.erase(it);
    // One round measures a protocol's mirrors for every tool consuming it: each gets the answer.
    QStringList consumers =
        EcosystemRegistry::consumersOf(EcosystemRegistry::protocolOf(ecosystem));
    if (!consumers.contains(ecosystem))
        consumers.prepend(ecosystem);
    for (const QString &consumer : std::as_const(consumers)) {
        const bool changed = m_recommended.value(consumer) != best;
        m_recommended.insert(consumer, best);
        if (changed)
            Q_EMIT recommendationChanged(consumer, best);
    }
    Q_EMIT roundFinished(ecosystem);
}

void ProbeEngine::cancel()
{
    if (m_rounds.isEmpty())
        return;
    for (ProbeWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &ProbeWorker::cancelAll, Qt::QueuedConnection);
    m_downloadQueue.clear();
    const QList<QString> ecosystems = m_rounds.keys();
    for (const QString &eco : ecosystems) {
        const Round round = m_rounds.take(eco);
        for (const QString &id : round.pendingChecks) {
            if (!round.upstreamOnly.contains(id))
                m_health.abandonProbe(id);
        }
        Q_EMIT roundCancelled(eco);
        Q_EMIT roundFinished(eco);
    }
}

void ProbeEngine::setInterval(int latencyIntervalMs, int throughputEveryRounds)
{
    m_settings.latencyIntervalMs = std::max(1000, latencyIntervalMs);
    m_settings.throughputEveryRounds = std::max(1, throughputEveryRounds);
    if (m_periodic.isActive())
        m_periodic.start(m_settings.latencyIntervalMs);
}

void ProbeEngine::startPeriodic(FirstRound first)
{
    m_periodicCount = 0;
    m_periodic.start(std::max(1000, m_settings.latencyIntervalMs));
    switch (first) {
    case FirstRound::Full:
        onPeriodicTick();
        break;
    case FirstRound::LatencyOnly:
        // The count stays 0, so the first tick carries the downloads.
        startAllRounds(RoundOptions{false});
        break;
    case FirstRound::None:
        break;
    }
}

void ProbeEngine::stopPeriodic()
{
    m_periodic.stop();
}

void ProbeEngine::onPeriodicTick()
{
    // Round 0, N, 2N … carry throughput downloads; the others only latency and freshness.
    const bool download = m_periodicCount % std::max(1, m_settings.throughputEveryRounds) == 0;
    ++m_periodicCount;
    startAllRounds(RoundOptions{download});
}
