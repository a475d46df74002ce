#pragma once

// How a probe failed, as a small closed set the UI, the CLI and the health tracker can rely on,
// and the mapping from Qt's network and socket errors onto it.

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

enum class ProbeErrorKind
{
    None,
    DnsFailure,   // the host name does not resolve
    Refused,      // nothing listens on the port
    Reset,        // the server closed or reset the connection before answering
    Timeout,      // the whole request did not finish within its deadline
    Tls,          // TLS handshake failed (invalid certificate, protocol mismatch)
    HttpStatus,   // the server answered with an HTTP error status
    RedirectLoop, // too many redirects
    Oversize,     // a metadata body exceeded its cap
    BadResponse,  // the body could not be understood (not a packument, no artifact link …)
    Network,      // any other transport error
    Cancelled,    // the round was cancelled
    Skipped,      // not probed: the mirror is Down and its fail_timeout has not elapsed
    Decoding,     // the body's Content-Encoding could not be decoded (corrupt gzip …)
    EndlessBody,  // an artifact announced no length and had not ended when a cap stopped it
};

class ProbeError
{
    Q_DECLARE_TR_FUNCTIONS(ProbeError)

public:
    // Stable machine name used in JSON output: "dns", "refused", "reset", "timeout", "tls",
    // "http_status", "redirect_loop", "oversize", "bad_response", "network", "cancelled",
    // "skipped", "decoding", "endless_body".
    static QString code(ProbeErrorKind kind);
    // A translated one-line description of the kind.
    static QString describe(ProbeErrorKind kind);
    static ProbeErrorKind fromReply(QNetworkReply::NetworkError error, int httpStatus);
    static ProbeErrorKind fromSocket(QAbstractSocket::SocketError error);
};
