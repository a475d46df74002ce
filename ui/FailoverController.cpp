#include "FailoverController.h"

#include "AppContext.h"
#include "MirrorSwitcher.h"
#include "UiLog.h"
#include "platform/DesktopNotifier.h"
#include "probe/ProbeEngine.h"
#include "settings/AppSettings.h"
#include "widgets/MeasureFormat.h"

FailoverController::FailoverController(ProbeEngine *engine, MirrorSwitcher *switcher,
                                       DesktopNotifier *notifier, AppSettings *settings,
                                       std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_switcher(switcher)
    , m_notifier(notifier)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{
    applySettings();
    connect(m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::AutoFailover || key == AppSettings::Key::FailoverStableSec)
            applySettings();
    });
    connect(engine, &ProbeEngine::healthChanged, this,
            [this](const QString &mirrorId, HealthState state) {
                m_policy.observe(mirrorId, state, m_clock->nowMs());
                evaluateAll();
            });
    connect(engine, &ProbeEngine::resultReady, this, [this](const ProbeResult &result) {
        m_policy.observe(result.mirrorId, m_engine->health().state(result.mirrorId),
                         m_clock->nowMs());
    });
    connect(engine, &ProbeEngine::roundFinished, this, &FailoverController::evaluate);
    connect(m_switcher, &MirrorSwitcher::usageChanged, this, &FailoverController::evaluate);
    connect(m_switcher, &MirrorSwitcher::switched, this,
            [this](const QString &ecosystem, const QString &fromId, const QString &toId,
                   const QString &historyId, MirrorSwitcher::Origin origin) {
                onSwitched(ecosystem, fromId, toId, historyId, int(origin));
            });
    connect(m_switcher, &MirrorSwitcher::undone, this,
            [this](const QString &ecosystem, const QString &historyId) {
                // The user put it back on purpose: no anti-flap wait for that mirror.
                m_policy.userRestored(ecosystem, m_leftByEntry.take(historyId));
                Q_EMIT undone(ecosystem);
            });
    connect(
        m_switcher, &MirrorSwitcher::switchFailed, this,
        [this](const QString &ecosystem, const QString &message, MirrorSwitcher::Origin origin) {
            if (origin != MirrorSwitcher::Origin::Failover)
                return;
            m_notifier->notify(
                tr("%1: automatic failover held back").arg(m_switcher->displayName(ecosystem)),
                message);
        });
}

void FailoverController::applySettings()
{
    m_policy.setAutomatic(m_settings->autoFailover());
    m_policy.setStableMs(qint64(m_settings->failoverStableSec()) * 1000);
}

QString FailoverController::mirrorName(const QString &id) const
{
    const std::optional<Mirror> mirror = m_switcher->context().catalog->find(id);
    return mirror ? mirror->displayName(currentUiLanguage()) : id;
}

FailoverPolicy::ToolState FailoverController::toolState(const QString &ecosystem) const
{
    FailoverPolicy::ToolState tool;
    tool.ecosystem = ecosystem;
    if (const std::optional<Mirror> inUse = m_switcher->inUse(ecosystem)) {
        tool.inUseId = inUse->id;
        tool.inUseState = m_engine->health().state(inUse->id);
    }
    tool.shadowed = !m_switcher->shadows(ecosystem).isEmpty();
    for (const Mirror &mirror : m_switcher->context().catalog->byEcosystem(ecosystem))
        tool.mirrors.append({mirror.id, m_engine->health().state(mirror.id),
                             m_engine->lastResult(mirror.id).latencyMs});
    return tool;
}

void FailoverController::evaluateAll()
{
    for (const QString &ecosystem : m_switcher->ecosystems())
        evaluate(ecosystem);
}

void FailoverController::evaluate(const QString &ecosystem)
{
    if (!m_engine || !m_switcher->hasSnapshot(ecosystem))
        return;
    const FailoverPolicy::Decision decision =
        m_policy.evaluate(toolState(ecosystem), m_clock->nowMs());
    switch (decision.action) {
    case FailoverPolicy::Action::None:
        return;
    case FailoverPolicy::Action::Notify:
        qCDebug(lcUi) << "failover: notify" << ecosystem << decision.fromId << "→"
                      << decision.target;
        offerSwitch(decision);
        return;
    case FailoverPolicy::Action::Switch:
        qCDebug(lcUi) << "failover: switch" << ecosystem << decision.fromId << "→"
                      << decision.target;
        if (const std::optional<Mirror> target =
                m_switcher->context().catalog->find(decision.target))
            m_switcher->switchTo(ecosystem, *target, MirrorSwitcher::Origin::Failover);
        return;
    }
}

void FailoverController::offerSwitch(const FailoverPolicy::Decision &decision)
{
    const QString tool = m_switcher->displayName(decision.ecosystem);
    QString body = tr("%1 no longer answers (it failed repeatedly); %2 keeps failing until it "
                      "uses another mirror.")
                       .arg(mirrorName(decision.fromId), tool);
    QList<DesktopNotifier::Action> actions;
    if (!decision.target.isEmpty()) {
        const QString latency =
            MeasureFormat::latency(m_engine->lastResult(decision.target).latencyMs);
        body += QLatin1Char('\n') +
                tr("Best healthy mirror: %1 (%2).").arg(mirrorName(decision.target), latency);
        actions.append(
            {QStringLiteral("switch"), tr("Switch to %1").arg(mirrorName(decision.target))});
    } else {
        body += QLatin1Char('\n') + tr("No other mirror of %1 is healthy right now.").arg(tool);
    }
    if (decision.shadowed)
        body += QLatin1Char('\n') +
                tr("Note: %1 overrides the file MirrorDeck writes, so a switch has no effect "
                   "until that is removed.")
                    .arg(m_switcher->shadows(decision.ecosystem).join(QStringLiteral("; ")));
    const QString ecosystem = decision.ecosystem;
    const QString target = decision.target;
    m_notifier->notify(tr("%1 mirror %2 is down").arg(tool, mirrorName(decision.fromId)), body,
                       actions, [this, ecosystem, target](const QString &key) {
                           if (key != QLatin1String("switch"))
                               return;
                           if (const auto mirror = m_switcher->context().catalog->find(target))
                               m_switcher->switchTo(ecosystem, *mirror,
                                                    MirrorSwitcher::Origin::User);
                       });
}

void FailoverController::onSwitched(const QString &ecosystem, const QString &fromId,
                                    const QString &toId, const QString &historyId, int origin)
{
    // Every move away from a mirror (automatic or chosen) starts that mirror's stable period.
    m_policy.recordSwitch(ecosystem, fromId, m_clock->nowMs());
    if (MirrorSwitcher::Origin(origin) != MirrorSwitcher::Origin::Failover)
        return;
    m_leftByEntry.insert(historyId, fromId);
    const QString tool = m_switcher->displayName(ecosystem);
    const QString message = tr("%1 switched from %2 (down) to %3 automatically (history entry "
                               "#%4).")
                                .arg(tool, mirrorName(fromId), mirrorName(toId), historyId);
    m_notifier->notify(tr("%1 failed over to %2").arg(tool, mirrorName(toId)), message,
                       {{QStringLiteral("undo"), tr("Undo")}},
                       [this, ecosystem, historyId](const QString &key) {
                           if (key == QLatin1String("undo"))
                               undo(ecosystem, historyId);
                       });
    Q_EMIT failedOver(ecosystem, message, historyId);
}

void FailoverController::undo(const QString &ecosystem, const QString &historyId)
{
    m_switcher->undo(ecosystem, historyId);
}
