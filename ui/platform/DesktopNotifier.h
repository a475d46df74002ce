#pragma once

// Desktop notifications through the desktop's own service (org.freedesktop.Notifications on the
// session bus), with actions ("Switch", "Undo") whose choice comes back to a callback. Where no
// such service answers, the text goes to the tray icon's balloon (no actions there) instead.
// Calls are asynchronous: the GUI thread never waits on the bus.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

class QSystemTrayIcon;

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using Action = QPair<QString, QString>; // key, translated label
    using Callback = std::function<void(const QString &actionKey)>;

    explicit DesktopNotifier(QObject *parent = nullptr);

    void setFallbackTray(QSystemTrayIcon *tray);
    // Shows it now; `onAction` (tied to this object's life) runs when the user picks an action.
    void notify(const QString &title, const QString &body, const QList<Action> &actions = {},
                Callback onAction = {});

Q_SIGNALS:
    // The server's id, once known (tests), or 0 when the fallback was used.
    void shown(uint id, const QString &title);

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature.
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void fallback(const QString &title, const QString &body);

    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, Callback> m_callbacks;
};
