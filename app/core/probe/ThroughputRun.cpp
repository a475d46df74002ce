#include "probe/ThroughputRun.h"

#include "probe/HttpFetch.h"

#include <algorithm>

ThroughputRun::ThroughputRun(ThroughputJob job, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_manager(manager)
{
    m_outcome.round = m_job.round;
    m_outcome.mirrorId = m_job.mirror.id;
}

void ThroughputRun::start()
{
    m_clock.start();
    const QUrl base = m_job.protocol->baseUrl(m_job.mirror.url);
    HttpFetch::Options options;
    options.timeoutMs = std::min(m_job.settings.timeoutMs, remainingBudgetMs());
    options.maxBytes = m_job.settings.metadataMaxBytes;
    options.maxRedirects = m_job.settings.maxRedirects;
    m_fetch = new HttpFetch(
        m_manager, m_job.protocol->artifactIndexRequest(base), options,
        [this](const HttpFetch::Outcome &o) {
            m_fetch->deleteLater();
            m_fetch = nullptr;
            if (o.error != ProbeErrorKind::None) {
                fail(o.error, o.message, o.httpStatus);
                return;
            }
            const Expected<QUrl> url =
                m_job.protocol->artifactUrl(o.body, o.contentType, o.finalUrl);
            if (!url) {
                fail(ProbeErrorKind::BadResponse, url.error().message, o.httpStatus);
                return;
            }
            download(*url);
        },
        this);
    m_fetch->start();
}

void ThroughputRun::download(const QUrl &url)
{
    HttpFetch::Options options;
    options.timeoutMs = remainingBudgetMs();
    options.maxBytes = m_job.settings.throughputMaxBytes;
    options.keepBody = false;
    options.capIsError = false;
    options.maxDurationMs = m_job.settings.throughputMaxMs;
    options.maxRedirects = m_job.settings.maxRedirects;
    options.deadlineAfterHeadersIsCap = true;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MirrorDeck/" MIRRORDECK_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // An Accept-Encoding of our own turns Qt's transparent decompression off: the bytes read are
    // the bytes on the wire, whatever Content-Encoding the mirror sends anyway.
    request.setRawHeader("Accept-Encoding", "identity");
    m_fetch = new HttpFetch(
        m_manager, request, options,
        [this](const HttpFetch::Outcome &o) {
            m_fetch->deleteLater();
            m_fetch = nullptr;
            m_outcome.bytes = o.bytes;
            if (o.error != ProbeErrorKind::None) {
                fail(o.error, o.message, o.httpStatus);
                return;
            }
            if (o.capped && !o.contentLength) {
                fail(ProbeErrorKind::EndlessBody, ProbeError::describe(ProbeErrorKind::EndlessBody),
                     o.httpStatus);
                return;
            }
            const double seconds = (o.endMs - o.headersMs.value_or(o.endMs)) / 1000.0;
            if (o.bytes > 0 && seconds > 0)
                m_outcome.bytesPerSecond = double(o.bytes) / seconds;
            m_finished = true;
            Q_EMIT finished(m_outcome);
        },
        this);
    m_fetch->start();
}

int ThroughputRun::remainingBudgetMs() const
{
    // At least 1 ms: a zero timeout would mean "no deadline" to QTimer users downstream.
    return int(std::max<qint64>(1, m_job.settings.downloadBudgetMs() - m_clock.elapsed()));
}

void ThroughputRun::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void ThroughputRun::fail(ProbeErrorKind error, const QString &message, int httpStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.error = error;
    m_outcome.message = message;
    m_outcome.httpStatus = httpStatus;
    Q_EMIT finished(m_outcome);
}
