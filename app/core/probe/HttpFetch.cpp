#include "probe/HttpFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// Bounds memory whatever the server sends: Qt buffers at most this much before we read it.
constexpr qint64 readBufferBytes = 256 * 1024;

} // namespace

HttpFetch::HttpFetch(QNetworkAccessManager *manager, QNetworkRequest request, Options options,
                     std::function<void(const Outcome &)> done, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_options(options)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const bool flowing = m_options.deadlineAfterHeadersIsCap && m_outcome.headersMs &&
                             m_outcome.httpStatus < 300;
        stop(flowing ? ProbeErrorKind::None : ProbeErrorKind::Timeout);
    });
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        // Deleting a reply ends its request (its destructor tells Qt's HTTP thread to abort)
        // without abort()'s error; see stop().
        m_reply->deleteLater();
    }
}

void HttpFetch::start()
{
    m_request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    // Our own deadline covers the whole request; Qt's transfer timeout would only bound each
    // pause between reads, which a server trickling one byte a second never triggers.
    m_request.setTransferTimeout(0);
    m_clock.start();
    m_deadline.start(m_options.timeoutMs);
    m_reply = m_manager->get(m_request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_outcome.sentMs = elapsedMs();
        m_outcome.headersMs.reset();
    });
    connect(m_reply, &QNetworkReply::redirected, this, [this] { m_outcome.headersMs.reset(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
    // An invalid certificate is never ignored: sslErrors without ignoreSslErrors() makes Qt fail
    // the handshake, which finished() reports as SslHandshakeFailedError.
}

void HttpFetch::cancel()
{
    stop(ProbeErrorKind::Cancelled);
}

void HttpFetch::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // an intermediate redirect; the final response comes later
    if (!m_outcome.headersMs)
        m_outcome.headersMs = elapsedMs();
    m_outcome.httpStatus = status;
    m_outcome.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_outcome.finalUrl = m_reply->url();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_outcome.contentLength = length.toLongLong();
    else
        m_outcome.contentLength.reset();
    m_outcome.contentEncoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    // Not from inside Qt's own metaDataChanged emission: the caller's done() may start the next
    // request or delete us there. Stop from the event loop instead (the deadline still bounds it).
    if (status >= 400) {
        stopLater(ProbeErrorKind::HttpStatus);
        return;
    }
    if (m_options.capIsError && m_options.maxBytes > 0) {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxBytes)
            stopLater(ProbeErrorKind::Oversize);
    }
}

void HttpFetch::stopLater(ProbeErrorKind error)
{
    if (m_forced)
        return;
    m_forced = error;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_reply && !m_reported)
                stop(error);
        },
        Qt::QueuedConnection);
}

void HttpFetch::onReadyRead()
{
    if (!m_reply || m_forced)
        return;
    if (!m_outcome.headersMs)
        onMetaData();
    char buffer[64 * 1024];
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_outcome.bytes += n;
        if (m_options.maxBytes > 0 && m_outcome.bytes > m_options.maxBytes) {
            if (m_options.capIsError) {
                stop(ProbeErrorKind::Oversize);
                return;
            }
            m_outcome.bytes = m_options.maxBytes;
            stop(ProbeErrorKind::None);
            return;
        }
        if (m_options.keepBody)
            m_outcome.body.append(buffer, int(n));
    }
    if (m_options.maxDurationMs > 0 && m_outcome.headersMs &&
        elapsedMs() - *m_outcome.headersMs >= m_options.maxDurationMs)
        stop(ProbeErrorKind::None);
}

void HttpFetch::stop(ProbeErrorKind error)
{
    if (m_reported || !m_reply)
        return;
    m_forced = m_forced.value_or(error);
    if (error == ProbeErrorKind::None)
        m_outcome.capped = true;
    // No abort(): in Qt 6.4 it records OperationCanceledError, and an error Qt's HTTP thread has
    // already queued for the reply (a reset, a 5xx, a closed connection) then arrives second and
    // Qt warns "this method must only be called once". That race cannot be seen from here. The
    // outcome is ours anyway, so report it now; onFinished() deletes the reply, which ends the
    // request and drops whatever the HTTP thread had queued for it.
    onFinished();
}

void HttpFetch::onFinished()
{
    if (m_reported || !m_reply)
        return;
    m_deadline.stop();
    if (!m_forced)
        onReadyRead(); // the tail of the body
    m_outcome.endMs = elapsedMs();
    if (m_outcome.finalUrl.isEmpty())
        m_outcome.finalUrl = m_reply->url();
    if (m_forced) {
        m_outcome.error = *m_forced;
    } else {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            m_outcome.httpStatus = status;
        m_outcome.error = ProbeError::fromReply(m_reply->error(), m_outcome.httpStatus);
        if (m_outcome.contentEncoding.isEmpty())
            m_outcome.contentEncoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
        // Qt decodes gzip/deflate/br metadata itself and fails the reply at the first bad byte
        // with this generic error; the Content-Encoding tells it apart from other content errors.
        const bool encoded = !m_outcome.contentEncoding.isEmpty() &&
                             m_outcome.contentEncoding != QByteArrayLiteral("identity");
        if (encoded && m_reply->error() == QNetworkReply::UnknownContentError &&
            m_outcome.httpStatus < 400) {
            m_outcome.error = ProbeErrorKind::Decoding;
            m_outcome.message = tr("%1 (Content-Encoding: %2)")
                                    .arg(ProbeError::describe(ProbeErrorKind::Decoding),
                                         QString::fromLatin1(m_outcome.contentEncoding));
        }
    }
    if (m_outcome.error != ProbeErrorKind::None && m_outcome.message.isEmpty()) {
        m_outcome.message = m_outcome.error == ProbeErrorKind::HttpStatus
                                ? tr("HTTP %1 from %2")
                                      .arg(m_outcome.httpStatus)
                                      .arg(m_outcome.finalUrl.toDisplayString())
                                : (m_reply->error() != QNetworkReply::NoError &&
                                           m_reply->error() != QNetworkReply::OperationCanceledError
                                       ? m_reply->errorString()
                                       : ProbeError::describe(m_outcome.error));
    }
    m_reported = true;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_done)
        m_done(m_outcome);
}
