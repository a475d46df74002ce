#pragma once

// The mirrors in use and switching them from outside the window (the tray, failover): one
// ConfigService per tool — the same plan → apply path, validation and history as the pages —
// kept current by a ConfigFileWatcher. A switch that would drop something the user wrote (a
// value that names no known mirror, a note from the planner) is not applied at once: it is
// handed to whoever asks the user (confirmationNeeded) and applied by confirm(); the planner's
// notes come afterwards (notice). Undo restores the history entry a switch wrote.

#include "AppContext.h"
#include "pages/ConfigService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ConfigFileWatcher;

class MirrorSwitcher : public QObject
{
    Q_OBJECT

public:
    enum class Origin
    {
        User,     // a tray menu choice
        Failover, // automatic failover: never asks; a switch that would need asking is refused
        Undo,     // putting back the entry of an earlier switch
    };
    Q_ENUM(Origin)

    explicit MirrorSwitcher(const AppContext &context, QObject *parent = nullptr);
    ~MirrorSwitcher() override;

    QStringList ecosystems() const { return m_order; }
    QString displayName(const QString &ecosystem) const;
    const AppContext &context() const { return m_context; }
    // The catalog mirror the tool uses now, if its value names one; read after loaded().
    std::optional<Mirror> inUse(const QString &ecosystem) const;
    bool hasSnapshot(const QString &ecosystem) const;
    // The mirror key is overridden by the environment or a shell start-up file: what MirrorDeck
    // writes does not take effect while that stays. The shadows' descriptions, masked.
    QStringList shadows(const QString &ecosystem) const;

    void reloadAll();
    void switchTo(const QString &ecosystem, const Mirror &mirror, Origin origin = Origin::User);
    // Applies the plan confirmationNeeded() handed out (the user said yes); false when stale.
    bool confirm(const QString &ecosystem);
    void cancel(const QString &ecosystem);
    // Restores history entry `historyId` of the tool (the entry a switch wrote).
    void undo(const QString &ecosystem, const QString &historyId);

    // Why applying `change` would drop something the user wrote (empty: nothing). Pure.
    static QStringList concerns(const ConfigChange &change, const MirrorCatalog &catalog,
                                const QString &mirrorKey);

Q_SIGNALS:
    void usageChanged(const QString &ecosystem);
    void confirmationNeeded(const QString &ecosystem, const Mirror &mirror,
                            const QStringList &concerns, const QString &diff);
    void switched(const QString &ecosystem, const QString &fromId, const QString &toId,
                  const QString &historyId, MirrorSwitcher::Origin origin);
    void undone(const QString &ecosystem, const QString &historyId);
    // What the planner wanted the user to read about a switch that was made (plain http …).
    void notice(const QString &ecosystem, const QString &message);
    void switchFailed(const QString &ecosystem, const QString &message,
                      MirrorSwitcher::Origin origin);

private:
    struct Pending
    {
        Origin origin = Origin::User;
        std::optional<Mirror> mirror; // none for an undo
        QString fromId;
        QString undoneId;
        std::optional<ConfigChange> awaitingConfirmation;
        QStringList notes; // the planner's notes of the change being applied
    };
    struct Tool
    {
        ConfigService *service = nullptr;
        ConfigFileWatcher *watcher = nullptr;
        std::optional<Pending> pending;
        std::optional<Pending> applying;
    };

    void onPlanned(const QString &ecosystem, const PlannedChange &plan);
    void onApplied(const QString &ecosystem, const QString &historyId);
    void apply(const QString &ecosystem, Pending pending, const ConfigChange &change);

    AppContext m_context;
    QStringList m_order;
    QHash<QString, Tool> m_tools;
};
