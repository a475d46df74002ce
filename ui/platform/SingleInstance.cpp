#include "SingleInstance.h"

#include "UiLog.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
QByteArray commandLine(SingleInstance::Command command)
{
    return command == SingleInstance::Command::Quit ? QByteArrayLiteral("quit\n")
                                                    : QByteArrayLiteral("show\n");
}
} // namespace

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_name(key.isEmpty()
                 ? QStringLiteral("io.github.mirrordeck.MirrorDeck-") +
                       qEnvironmentVariable("USER", QStringLiteral("user")) +
                       (qEnvironmentVariableIsEmpty("MIRRORDECK_INSTANCE_KEY")
                            ? QString()
                            : QLatin1Char('-') + qEnvironmentVariable("MIRRORDECK_INSTANCE_KEY"))
                 : std::move(key))
{}

bool SingleInstance::send(Command command) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(300))
        return false;
    socket.write(commandLine(command));
    socket.waitForBytesWritten(300);
    // The answer says the command was taken; an old instance that never answers still got it.
    const QDeadlineTimer deadline(1200);
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState &&
           !deadline.hasExpired())
        socket.waitForReadyRead(int(deadline.remainingTime()));
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::claim()
{
    if (send(Command::Show))
        return false;
    return listen();
}

bool SingleInstance::listen()
{
    // Nobody answered: a stale socket file from a crashed instance must not block us.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcUi) << "single instance: cannot listen on" << m_name << m_server->errorString();
        return true; // cannot listen: still run, just without single-instance behaviour
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this,
                    [this, socket]() { onReadyRead(socket); });
            if (socket->canReadLine())
                onReadyRead(socket);
        }
    });
    return true;
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        socket->write("ok\n");
        socket->flush();
        if (line == "quit")
            Q_EMIT quitRequested();
        else if (line == "show")
            Q_EMIT activationRequested();
        else
            qCDebug(lcUi) << "single instance: unknown command" << line;
    }
}
