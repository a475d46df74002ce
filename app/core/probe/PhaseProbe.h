#pragma once

// Measures the connection phases QNetworkAccessManager hides: DNS resolution (QHostInfo::fromName
// on a pool thread, bypassing Qt's host cache so a cached answer never reads as 0 ms), TCP
// connect to the resolved address and the TLS handshake (certificate verified against the host
// name), on a socket of its own that is closed right after. Names under the reserved ".invalid"
// TLD fail at once without any query (RFC 6761 §6.4). Reports once through the callback.
// getaddrinfo blocks, so the lookup runs on `lookupPool`, which the caller owns (the engine's,
// shared by all its workers) and which must outlive the probe's pending lookups.

#include "probe/ProbeError.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QThreadPool;
struct DnsMailbox;

class PhaseProbe : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ProbeErrorKind error = ProbeErrorKind::None;
        QString message;
        std::optional<double> dnsMs;
        std::optional<double> connectMs;
        std::optional<double> tlsMs;
    };

    PhaseProbe(QString host, quint16 port, bool tls, int timeoutMs, QThreadPool *lookupPool,
               std::function<void(const Outcome &)> done, QObject *parent = nullptr);
    ~PhaseProbe() override;

    void start();
    void cancel();

    // RFC 6761: "invalid" names must get an immediate negative answer from resolver libraries.
    static bool isReservedInvalidName(const QString &host);

private:
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    void onResolved(const QList<QHostAddress> &addresses, const QString &error);
    void connectTo(const QHostAddress &address);
    void finish(ProbeErrorKind error, const QString &message = {});

    QString m_host;
    quint16 m_port;
    bool m_tls;
    int m_timeoutMs;
    QThreadPool *m_lookupPool;
    std::function<void(const Outcome &)> m_done;
    std::shared_ptr<DnsMailbox> m_mailbox;
    // A QSslSocket only for https: creating one loads and initialises OpenSSL on this thread.
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    double m_phaseStartMs = 0;
    Outcome m_outcome;
    bool m_reported = false;
};
