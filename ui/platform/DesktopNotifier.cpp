#include "DesktopNotifier.h"

#include "UiLog.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // QDBusConnection::connect has no function-pointer form; these are its only string slots.
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::setFallbackTray(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void DesktopNotifier::notify(const QString &title, const QString &body,
                             const QList<Action> &actions, Callback onAction)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        fallback(title, body);
        return;
    }
    QStringList actionList;
    for (const Action &action : actions)
        actionList << action.first << action.second;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"),
                 QStringLiteral("io.github.mirrordeck.MirrorDeck"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1));
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("MirrorDeck") << uint(0)
         << QStringLiteral("io.github.mirrordeck.MirrorDeck") << title << body << actionList
         << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, title, body, onAction = std::move(onAction)]() {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCDebug(lcUi) << "notification service:" << reply.error().message();
                    fallback(title, body);
                    return;
                }
                const uint id = reply.value();
                if (onAction)
                    m_callbacks.insert(id, onAction);
                Q_EMIT shown(id, title);
            });
}

void DesktopNotifier::fallback(const QString &title, const QString &body)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 15000);
    Q_EMIT shown(0, title);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_callbacks.constFind(id);
    if (it == m_callbacks.constEnd())
        return; // another program's notification
    const Callback callback = *it;
    m_callbacks.remove(id);
    callback(actionKey);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_callbacks.remove(id);
}
