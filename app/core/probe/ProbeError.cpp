#include "probe/ProbeError.h"

QString ProbeError::code(ProbeErrorKind kind)
{
    switch (kind) {
    case ProbeErrorKind::None:
        return {};
    case ProbeErrorKind::DnsFailure:
        return QStringLiteral("dns");
    case ProbeErrorKind::Refused:
        return QStringLiteral("refused");
    case ProbeErrorKind::Reset:
        return QStringLiteral("reset");
    case ProbeErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ProbeErrorKind::Tls:
        return QStringLiteral("tls");
    case ProbeErrorKind::HttpStatus:
        return QStringLiteral("http_status");
    case ProbeErrorKind::RedirectLoop:
        return QStringLiteral("redirect_loop");
    case ProbeErrorKind::Oversize:
        return QStringLiteral("oversize");
    case ProbeErrorKind::BadResponse:
        return QStringLiteral("bad_response");
    case ProbeErrorKind::Network:
        return QStringLiteral("network");
    case ProbeErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ProbeErrorKind::Skipped:
        return QStringLiteral("skipped");
    case ProbeErrorKind::Decoding:
        return QStringLiteral("decoding");
    case ProbeErrorKind::EndlessBody:
        return QStringLiteral("endless_body");
    }
    return QStringLiteral("network");
}

QString ProbeError::describe(ProbeErrorKind kind)
{
    switch (kind) {
    case ProbeErrorKind::None:
        return {};
    case ProbeErrorKind::DnsFailure:
        return tr("The host name could not be resolved.");
    case ProbeErrorKind::Refused:
        return tr("The connection was refused.");
    case ProbeErrorKind::Reset:
        return tr("The server closed the connection.");
    case ProbeErrorKind::Timeout:
        return tr("The request timed out.");
    case ProbeErrorKind::Tls:
        return tr("The secure connection failed (invalid certificate?).");
    case ProbeErrorKind::HttpStatus:
        return tr("The server answered with an HTTP error.");
    case ProbeErrorKind::RedirectLoop:
        return tr("Too many redirects.");
    case ProbeErrorKind::Oversize:
        return tr("The response was larger than allowed.");
    case ProbeErrorKind::BadResponse:
        return tr("The response could not be understood.");
    case ProbeErrorKind::Network:
        return tr("Network error.");
    case ProbeErrorKind::Cancelled:
        return tr("Cancelled.");
    case ProbeErrorKind::Skipped:
        return tr("Not probed: the mirror is down; it will be retried after its pause.");
    case ProbeErrorKind::Decoding:
        return tr("The response's content encoding could not be decoded.");
    case ProbeErrorKind::EndlessBody:
        return tr("The artifact announced no length and did not end within the download caps; "
                  "its rate is not counted.");
    }
    return {};
}

ProbeErrorKind ProbeError::fromReply(QNetworkReply::NetworkError error, int httpStatus)
{
    switch (error) {
    case QNetworkReply::NoError:
        return httpStatus >= 400 ? ProbeErrorKind::HttpStatus : ProbeErrorKind::None;
    case QNetworkReply::HostNotFoundError:
        return ProbeErrorKind::DnsFailure;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return ProbeErrorKind::Refused;
    case QNetworkReply::ProxyNotFoundError:
        return ProbeErrorKind::DnsFailure;
    case QNetworkReply::ProxyTimeoutError:
        return ProbeErrorKind::Timeout;
    case QNetworkReply::RemoteHostClosedError:
        return ProbeErrorKind::Reset;
    case QNetworkReply::TimeoutError:
        return ProbeErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ProbeErrorKind::Tls;
    case QNetworkReply::TooManyRedirectsError:
        return ProbeErrorKind::RedirectLoop;
    case QNetworkReply::OperationCanceledError:
        return ProbeErrorKind::Cancelled;
    default:
        break;
    }
    // Content and server errors (404, 503 …) carry the status; transport errors do not.
    return httpStatus >= 400 ? ProbeErrorKind::HttpStatus : ProbeErrorKind::Network;
}

ProbeErrorKind ProbeError::fromSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ProbeErrorKind::DnsFailure;
    case QAbstractSocket::ConnectionRefusedError:
        return ProbeErrorKind::Refused;
    case QAbstractSocket::RemoteHostClosedError:
        return ProbeErrorKind::Reset;
    case QAbstractSocket::SocketTimeoutError:
        return ProbeErrorKind::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ProbeErrorKind::Tls;
    default:
        return ProbeErrorKind::Network;
    }
}
