#include "FailoverPolicy.h"

FailoverPolicy::FailoverPolicy(qint64 stableMs)
    : m_stableMs(stableMs)
{}

void FailoverPolicy::observe(const QString &mirrorId, HealthState state, qint64 nowMs)
{
    if (state != HealthState::Up)
        m_lastNotUpMs.insert(mirrorId, nowMs);
    if (state != HealthState::Down)
        m_announced.remove(mirrorId); // recovered: a later outage is a new one
}

bool FailoverPolicy::qualifies(const Candidate &candidate, qint64 nowMs) const
{
    if (candidate.state != HealthState::Up)
        return false;
    // A mirror failover left once must have been Up without a break for the whole stable
    // period since it was left — else two flaky mirrors would trade places every round.
    const auto left = m_leftMs.constFind(candidate.mirrorId);
    if (left == m_leftMs.constEnd())
        return true;
    const qint64 since = std::max(*left, m_lastNotUpMs.value(candidate.mirrorId, *left));
    return nowMs - since >= m_stableMs;
}

QString FailoverPolicy::bestHealthy(const ToolState &tool, const QString &excludeId,
                                    qint64 nowMs) const
{
    const Candidate *best = nullptr;
    for (const Candidate &candidate : tool.mirrors) {
        if (candidate.mirrorId == excludeId || !qualifies(candidate, nowMs))
            continue;
        // Lower latency wins; an unmeasured latency loses to a measured one; ties keep order.
        if (!best)
            best = &candidate;
        else if (candidate.latencyMs &&
                 (!best->latencyMs || *candidate.latencyMs < *best->latencyMs))
            best = &candidate;
    }
    return best ? best->mirrorId : QString();
}

FailoverPolicy::Decision FailoverPolicy::evaluate(const ToolState &tool, qint64 nowMs)
{
    Decision decision;
    decision.ecosystem = tool.ecosystem;
    decision.fromId = tool.inUseId;
    if (tool.inUseId.isEmpty())
        return decision;
    if (tool.inUseState != HealthState::Down) {
        m_announced.remove(tool.inUseId); // recovered: a later outage is a new one
        return decision;
    }
    if (m_announced.contains(tool.inUseId))
        return decision; // this outage was decided on already
    m_announced.insert(tool.inUseId);

    decision.target = bestHealthy(tool, tool.inUseId, nowMs);
    decision.shadowed = tool.shadowed;
    decision.action = m_automatic && !tool.shadowed && !decision.target.isEmpty() ? Action::Switch
                                                                                  : Action::Notify;
    return decision;
}

void FailoverPolicy::recordSwitch(const QString &ecosystem, const QString &fromId, qint64 nowMs)
{
    Q_UNUSED(ecosystem)
    if (!fromId.isEmpty())
        m_leftMs.insert(fromId, nowMs);
}

void FailoverPolicy::userRestored(const QString &ecosystem, const QString &mirrorId)
{
    Q_UNUSED(ecosystem)
    m_leftMs.remove(mirrorId);
    if (!mirrorId.isEmpty())
        m_announced.insert(mirrorId);
}
