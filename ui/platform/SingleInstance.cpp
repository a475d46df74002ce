#include "SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_name(key.isEmpty() ? QStringLiteral("io.github.mirrordeck.MirrorDeck-") +
                                 qEnvironmentVariable("USER", QStringLiteral("user"))
                           : std::move(key))
{}

bool SingleInstance::claim()
{
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(300)) {
            socket.write("show\n");
            socket.waitForBytesWritten(300);
            socket.disconnectFromServer();
            return false;
        }
    }
    // Nobody answered: a stale socket file from a crashed instance must not block us.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return true; // cannot listen: still run, just without single-instance behaviour
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT activationRequested();
        }
    });
    return true;
}
