#include "probe/PhaseProbe.h"

#include <QHostInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QThreadPool>

// Hands the result of a blocking lookup on a pool thread back to the probe's thread. The probe
// clears `target` under the mutex when it dies, so a late lookup never touches a deleted object;
// an event already queued to a deleted object is dropped by Qt.
struct DnsMailbox
{
    QMutex mutex;
    PhaseProbe *target = nullptr;
};

PhaseProbe::PhaseProbe(QString host, quint16 port, bool tls, int timeoutMs, QThreadPool *lookupPool,
                       std::function<void(const Outcome &)> done, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_tls(tls)
    , m_timeoutMs(timeoutMs)
    , m_lookupPool(lookupPool)
    , m_done(std::move(done))
    , m_mailbox(std::make_shared<DnsMailbox>())
{
    m_mailbox->target = this;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(ProbeErrorKind::Timeout); });
}

PhaseProbe::~PhaseProbe()
{
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->target = nullptr;
}

bool PhaseProbe::isReservedInvalidName(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("invalid") || h.endsWith(QLatin1String(".invalid")) ||
           h.endsWith(QLatin1String(".invalid."));
}

void PhaseProbe::start()
{
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    QHostAddress literal;
    if (literal.setAddress(m_host)) {
        m_outcome.dnsMs = 0.0; // nothing to resolve
        connectTo(literal);
        return;
    }
    if (isReservedInvalidName(m_host)) {
        m_outcome.dnsMs = 0.0;
        finish(ProbeErrorKind::DnsFailure,
               tr("%1 is under the reserved .invalid domain and never resolves.").arg(m_host));
        return;
    }
    std::shared_ptr<DnsMailbox> mailbox = m_mailbox;
    const QString host = m_host;
    m_lookupPool->start([mailbox, host] {
        const QHostInfo info = QHostInfo::fromName(host);
        QMutexLocker lock(&mailbox->mutex);
        if (!mailbox->target)
            return;
        const QList<QHostAddress> addresses = info.addresses();
        const QString error = info.error() == QHostInfo::NoError ? QString() : info.errorString();
        PhaseProbe *target = mailbox->target;
        QMetaObject::invokeMethod(
            target, [target, addresses, error] { target->onResolved(addresses, error); },
            Qt::QueuedConnection);
    });
}

void PhaseProbe::onResolved(const QList<QHostAddress> &addresses, const QString &error)
{
    if (m_reported)
        return;
    m_outcome.dnsMs = elapsedMs();
    if (addresses.isEmpty()) {
        finish(ProbeErrorKind::DnsFailure,
               error.isEmpty() ? ProbeError::describe(ProbeErrorKind::DnsFailure) : error);
        return;
    }
    connectTo(addresses.first());
}

void PhaseProbe::connectTo(const QHostAddress &address)
{
    // Plain http never touches OpenSSL: its per-thread state would outlive the worker thread
    // when the process exits right after a round (Qt threads are detached).
    QSslSocket *ssl = m_tls ? new QSslSocket : nullptr;
    m_socket.reset(ssl ? ssl : new QTcpSocket);
    // The phases of the direct path; the caller skips this probe when a proxy is in use.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket.get(), &QAbstractSocket::connected, this, [this, ssl] {
        m_outcome.connectMs = elapsedMs() - m_phaseStartMs;
        if (!ssl) {
            finish(ProbeErrorKind::None);
            return;
        }
        m_phaseStartMs = elapsedMs();
        ssl->setPeerVerifyName(m_host);
        ssl->startClientEncryption();
    });
    if (ssl) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_outcome.tlsMs = elapsedMs() - m_phaseStartMs;
            finish(ProbeErrorKind::None);
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            finish(ProbeErrorKind::Tls, errors.isEmpty() ? ProbeError::describe(ProbeErrorKind::Tls)
                                                         : errors.first().errorString());
        });
    }
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                finish(ProbeError::fromSocket(error), m_socket->errorString());
            });
    m_phaseStartMs = elapsedMs();
    m_socket->connectToHost(address, m_port);
}

void PhaseProbe::cancel()
{
    finish(ProbeErrorKind::Cancelled);
}

void PhaseProbe::finish(ProbeErrorKind error, const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_deadline.stop();
    m_outcome.error = error;
    m_outcome.message = error == ProbeErrorKind::None
                            ? QString()
                            : (message.isEmpty() ? ProbeError::describe(error) : message);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        // Deleting a socket inside its own signal is unsafe; let the event loop do it.
        m_socket.release()->deleteLater();
    }
    if (m_done)
        m_done(m_outcome);
}
