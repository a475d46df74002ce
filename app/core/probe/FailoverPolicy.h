#pragma once

// Decides, for each tool, what to do when the mirror it uses goes Down: nothing, tell the user
// (and name the best healthy mirror to switch to), or — when automatic failover is on — switch.
// Pure: the caller hands in what it knows (mirror in use, health, latency, shadows) and a clock
// reading; no widgets, no I/O, so every rule is a unit test.
//
// Rules:
//  - Only a transition into Down of the mirror in use counts; one decision per outage (the same
//    outage is not re-announced every round).
//  - A candidate is Up (never Degraded or Unknown) and, if failover left it before, has been Up
//    without a break for `stableMs` since — so it never flaps between two sick mirrors.
//  - The best candidate has the lowest latency; ties keep catalog order.
//  - A mirror key overridden by a shadow (an environment variable, a shell start-up file) is never
//    switched automatically: the decision says so and only notifies.

#include "probe/HealthState.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class FailoverPolicy
{
public:
    struct Candidate
    {
        QString mirrorId;
        HealthState state = HealthState::Unknown;
        std::optional<double> latencyMs;
    };

    // What the caller knows about one tool right now.
    struct ToolState
    {
        QString ecosystem;
        QString inUseId; // "" when the value in use is no catalog mirror
        HealthState inUseState = HealthState::Unknown;
        bool shadowed = false;    // the mirror key is overridden outside the file MirrorDeck writes
        QList<Candidate> mirrors; // every mirror the tool can use, in catalog order
    };

    enum class Action
    {
        None,
        Notify, // tell the user; `target` (if any) is what to offer
        Switch, // automatic failover: switch to `target`, then tell the user
    };

    struct Decision
    {
        Action action = Action::None;
        QString ecosystem;
        QString fromId;
        QString target;        // "" when no healthy mirror qualifies
        bool shadowed = false; // the switch was held back (or would not take effect): a shadow
    };

    explicit FailoverPolicy(qint64 stableMs = 5 * 60 * 1000);

    void setAutomatic(bool on) { m_automatic = on; }
    bool automatic() const { return m_automatic; }
    void setStableMs(qint64 ms) { m_stableMs = ms; }
    qint64 stableMs() const { return m_stableMs; }

    // Feeds the health of every mirror (call on every health change and round): it keeps when
    // each mirror was last seen not Up, which the anti-flap rule needs.
    void observe(const QString &mirrorId, HealthState state, qint64 nowMs);

    // The decision for one tool now. Remembers the outage so that it decides once per outage.
    Decision evaluate(const ToolState &tool, qint64 nowMs);

    // The caller switched `ecosystem` away from `fromId` (automatically or after the user said
    // so): `fromId` must prove itself stable again before it is chosen.
    void recordSwitch(const QString &ecosystem, const QString &fromId, qint64 nowMs);
    // An undo put `mirrorId` back on purpose: the user's word beats the anti-flap rule, and its
    // current outage (if any) counts as decided — no switching straight away again.
    void userRestored(const QString &ecosystem, const QString &mirrorId);

    // Best qualifying mirror other than `excludeId`, or "" (also for "Use fastest"-like callers).
    QString bestHealthy(const ToolState &tool, const QString &excludeId, qint64 nowMs) const;
    bool qualifies(const Candidate &candidate, qint64 nowMs) const;

private:
    qint64 m_stableMs;
    bool m_automatic = false;
    QHash<QString, qint64> m_lastNotUpMs; // mirror id → last time it was seen not Up
    QHash<QString, qint64> m_leftMs;      // mirror id → when failover left it
    // Down mirrors whose outage was decided on already; a mirror leaves the set when it is seen
    // not Down again, so its next outage is a new one.
    QSet<QString> m_announced;
};
