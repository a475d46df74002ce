#pragma once

// Watches the health of the mirrors in use and acts on FailoverPolicy's decisions: a desktop
// notification naming the tool and the mirror with a "Switch to …" action, or — automatic
// failover (opt-in) — the switch itself through MirrorSwitcher (so it lands in the history),
// then a notification whose "Undo" restores that history entry. failedOver() lets the window
// offer the same undo in a banner.

#include "probe/Clock.h"
#include "probe/FailoverPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class AppSettings;
class DesktopNotifier;
class MirrorSwitcher;
class ProbeEngine;
struct Mirror;

class FailoverController : public QObject
{
    Q_OBJECT

public:
    FailoverController(ProbeEngine *engine, MirrorSwitcher *switcher, DesktopNotifier *notifier,
                       AppSettings *settings, std::shared_ptr<const Clock> clock = {},
                       QObject *parent = nullptr);

    const FailoverPolicy &policy() const { return m_policy; }
    // Looks at every tool now (also done after each round and health change).
    void evaluateAll();
    // Undoes the automatic switch that wrote `historyId`.
    void undo(const QString &ecosystem, const QString &historyId);

Q_SIGNALS:
    void failedOver(const QString &ecosystem, const QString &message, const QString &historyId);
    void undone(const QString &ecosystem);

private:
    void applySettings();
    void evaluate(const QString &ecosystem);
    FailoverPolicy::ToolState toolState(const QString &ecosystem) const;
    QString mirrorName(const QString &id) const;
    void offerSwitch(const FailoverPolicy::Decision &decision);
    void onSwitched(const QString &ecosystem, const QString &fromId, const QString &toId,
                    const QString &historyId, int origin);

    QPointer<ProbeEngine> m_engine;
    MirrorSwitcher *m_switcher;
    DesktopNotifier *m_notifier;
    AppSettings *m_settings;
    std::shared_ptr<const Clock> m_clock;
    FailoverPolicy m_policy;
    QHash<QString, QString> m_leftByEntry; // history id of an automatic switch → mirror it left
};
