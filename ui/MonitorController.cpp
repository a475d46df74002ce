#include "MonitorController.h"

#include "catalog/MirrorCatalog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "probe/ProbeEngine.h"
#include "widgets/MirrorPanel.h"

#include <QStringList>

MonitorController::MonitorController(ProbeEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    Q_ASSERT(engine);
    // The configured settings, kept apart from the engine's: the live interval changes those.
    m_settings = engine->settings();
    m_hasSettings = true;
    connect(engine, &ProbeEngine::roundFinished, this, &MonitorController::updateOverallState);
    connect(engine, &ProbeEngine::healthChanged, this, &MonitorController::updateOverallState);
}

void MonitorController::addPanel(MirrorPanel *panel)
{
    Q_ASSERT(!panel->ecosystem().isEmpty());
    m_panels.append(panel);
    panel->setEngine(m_engine);
    const ProbeSettings &settings = m_hasSettings || !m_engine ? m_settings : m_engine->settings();
    panel->setLatencyThresholds({settings.goodLatencyMs, settings.warningLatencyMs});
    if (m_recorder)
        panel->setHistory(m_recorder);
    // Every mirror the panel's tool can use: those speaking its protocol, whoever lists them.
    panel->setMirrors(MirrorCatalog(measuredMirrors()).byEcosystem(panel->ecosystem()));
}

void MonitorController::setMirrors(const QList<Mirror> &mirrors)
{
    m_mirrors = mirrors;
    distributeMirrors();
}

void MonitorController::setAdHocMirror(const QString &ecosystem,
                                       const std::optional<Mirror> &mirror)
{
    const auto known = m_adHoc.constFind(ecosystem);
    if (!mirror) {
        if (known == m_adHoc.constEnd())
            return;
        m_adHoc.remove(ecosystem);
    } else {
        if (known != m_adHoc.constEnd() && known->url == mirror->url && known->id == mirror->id)
            return; // every reload of the page reports it again: nothing changed
        m_adHoc.insert(ecosystem, *mirror);
    }
    distributeMirrors();
}

QList<Mirror> MonitorController::measuredMirrors() const
{
    QList<Mirror> all = m_mirrors;
    for (const Mirror &mirror : m_adHoc)
        all << mirror;
    return all;
}

void MonitorController::distributeMirrors()
{
    const QList<Mirror> all = measuredMirrors();
    if (m_engine)
        m_engine->setMirrors(all);
    const MirrorCatalog catalog(all);
    for (const QPointer<MirrorPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->setMirrors(catalog.byEcosystem(panel->ecosystem()));
    }
}

void MonitorController::applySettings(const ProbeSettings &settings)
{
    if (!m_engine)
        return;
    m_settings = settings;
    m_hasSettings = true;
    m_engine->setSettings(settings);
    for (const QPointer<MirrorPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->setLatencyThresholds({settings.goodLatencyMs, settings.warningLatencyMs});
    }
    applyInterval();
}

void MonitorController::setLiveIntervalSec(int seconds)
{
    m_liveIntervalMs = qMax(1, seconds) * 1000;
    applyInterval();
}

void MonitorController::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    applyInterval();
}

int MonitorController::effectiveIntervalMs() const
{
    const int normal = m_hasSettings ? m_settings.latencyIntervalMs
                                     : (m_engine ? m_engine->settings().latencyIntervalMs : 60000);
    return m_live ? qMin(normal, m_liveIntervalMs) : normal;
}

void MonitorController::applyInterval()
{
    if (!m_engine)
        return;
    const ProbeSettings &base = m_hasSettings ? m_settings : m_engine->settings();
    // Downloads keep their period in time: every N-th round of the shorter interval.
    const qint64 throughputMs = qint64(base.latencyIntervalMs) * base.throughputEveryRounds;
    const int interval = effectiveIntervalMs();
    m_engine->setInterval(interval, int(qMax<qint64>(1, throughputMs / qMax(1, interval))));
}

void MonitorController::start(ProbeEngine::FirstRound first)
{
    if (m_engine && !m_paused)
        m_engine->startPeriodic(first);
}

void MonitorController::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_engine) {
        if (paused)
            m_engine->stopPeriodic();
        else
            m_engine->startPeriodic(ProbeEngine::FirstRound::LatencyOnly);
    }
    Q_EMIT pausedChanged(paused);
}

bool MonitorController::testMirror(const QString &ecosystem, const QString &mirrorId)
{
    return m_engine && m_engine->probeMirrors(ecosystem, {mirrorId}, RoundOptions{false});
}

void MonitorController::stop()
{
    if (m_engine)
        m_engine->stopPeriodic();
}

bool MonitorController::isRunning() const
{
    return m_engine && m_engine->isPeriodic();
}

int MonitorController::refreshNow()
{
    return m_engine ? m_engine->startAllRounds() : 0;
}

HealthState MonitorController::overallState() const
{
    return m_overall;
}

void MonitorController::updateOverallState()
{
    if (!m_engine)
        return;
    QStringList ecosystems;
    for (const Mirror &mirror : std::as_const(m_mirrors)) {
        if (!ecosystems.contains(mirror.ecosystem))
            ecosystems.append(mirror.ecosystem);
    }
    // Worst first: Down, then Degraded, then Up; an ecosystem without a recommendation (no
    // usable mirror) counts as Down once it has been measured.
    HealthState overall = HealthState::Unknown;
    for (const QString &ecosystem : std::as_const(ecosystems)) {
        const QString best = m_engine->recommended(ecosystem);
        if (!best.isEmpty()) {
            overall = worseHealth(overall, m_engine->health().state(best));
            continue;
        }
        for (const Mirror &mirror : std::as_const(m_mirrors)) {
            if (MirrorCatalog::protocolOf(mirror) == EcosystemRegistry::protocolOf(ecosystem) &&
                m_engine->health().state(mirror.id) != HealthState::Unknown) {
                overall = worseHealth(overall, HealthState::Down);
                break;
            }
        }
    }
    if (overall != m_overall) {
        m_overall = overall;
        Q_EMIT overallStateChanged(overall);
    }
}
