#include "credentials/KeychainBackend.h"

#include "credentials/CredentialsLog.h"

#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#define MIRRORDECK_KEYCHAIN_DBUS 1
#endif

bool KeychainBackend::sessionLooksAvailable()
{
#ifdef MIRRORDECK_KEYCHAIN_DBUS
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

QString KeychainBackend::unavailableMessage()
{
#ifdef MIRRORDECK_KEYCHAIN_DBUS
    return tr("No keychain is available: MirrorDeck keeps secrets only in the Secret Service "
              "(GNOME Keyring, KeePassXC) or KWallet, reached over the D-Bus session, and finds "
              "none. Log in to a desktop session or start one (dbus-run-session, "
              "gnome-keyring-daemon). Nothing was stored, and nothing is written in plain text "
              "instead.");
#else
    return tr("No keychain is available on this system. Nothing was stored, and nothing is "
              "written in plain text instead.");
#endif
}

KeychainInfo KeychainBackend::detect()
{
    KeychainInfo info;
#if defined(Q_OS_MACOS)
    info.available = true;
    info.storeName = QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    info.available = true;
    info.storeName = QStringLiteral("Windows Credential Manager");
#else
    if (!sessionLooksAvailable()) {
        info.message = unavailableMessage();
        return info;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        info.message = unavailableMessage();
        return info;
    }
    QDBusConnectionInterface *dbus = bus.interface();
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    const QDBusReply<bool> registered = dbus->isServiceRegistered(secrets);
    if (registered.isValid() && registered.value()) {
        info.available = true;
        info.storeName = tr("Secret Service");
        const QDBusReply<uint> pid = dbus->servicePid(secrets);
        if (pid.isValid()) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid.value()));
            const QByteArray name =
                comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
            if (name.startsWith("gnome-keyring"))
                info.storeName = QStringLiteral("GNOME Keyring");
            else if (name.startsWith("kwalletd") || name.startsWith("ksecretd"))
                info.storeName = QStringLiteral("KWallet");
            else if (name.startsWith("keepassxc"))
                info.storeName = QStringLiteral("KeePassXC");
        }
        return info;
    }
    for (const char *kwallet : {"org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"}) {
        const QDBusReply<bool> up = dbus->isServiceRegistered(QString::fromLatin1(kwallet));
        if (up.isValid() && up.value()) {
            info.available = true;
            info.storeName = QStringLiteral("KWallet");
            return info;
        }
    }
    const QDBusReply<QStringList> activatable =
        bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid() && activatable.value().contains(secrets)) {
        info.available = true;
        info.storeName = tr("Secret Service (started when first used)");
        return info;
    }
    info.message = unavailableMessage();
#endif
    qCDebug(lcCredentials) << "keychain" << info.storeName << "available" << info.available;
    return info;
}
