#include "probe/MirrorCheck.h"

#include "probe/HttpFetch.h"
#include "probe/PhaseProbe.h"

#include <QNetworkAccessManager>

MirrorCheck::MirrorCheck(MirrorCheckJob job, QNetworkAccessManager *manager, bool proxied,
                         QThreadPool *lookupPool, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_manager(manager)
    , m_proxied(proxied)
    , m_lookupPool(lookupPool)
{
    m_outcome.round = m_job.round;
    m_outcome.mirrorId = m_job.mirror.id;
}

MirrorCheck::~MirrorCheck() = default;

void MirrorCheck::start()
{
    m_base = m_job.protocol->baseUrl(m_job.mirror.url);
    const QString scheme = m_base.scheme();
    if (!m_base.isValid() || m_base.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(ProbeErrorKind::BadResponse, tr("Not an http(s) URL: %1").arg(m_job.mirror.url));
        return;
    }
    if (m_proxied) {
        runSample(0); // phases through a proxy would describe the proxy, not the mirror
        return;
    }
    const bool tls = scheme == QLatin1String("https");
    m_phases = new PhaseProbe(
        m_base.host(), quint16(m_base.port(tls ? 443 : 80)), tls, m_job.settings.timeoutMs,
        m_lookupPool,
        [this](const PhaseProbe::Outcome &o) {
            m_outcome.timings.dnsMs = o.dnsMs;
            m_outcome.timings.connectMs = o.connectMs;
            m_outcome.timings.tlsMs = o.tlsMs;
            m_phases->deleteLater();
            m_phases = nullptr;
            if (o.error != ProbeErrorKind::None)
                fail(o.error, o.message);
            else
                runSample(0);
        },
        this);
    m_phases->start();
}

void MirrorCheck::runSample(int index)
{
    HttpFetch::Options options;
    options.timeoutMs = m_job.settings.timeoutMs;
    options.maxBytes = m_job.settings.metadataMaxBytes;
    options.keepBody = false;
    options.maxRedirects = m_job.settings.maxRedirects;
    m_fetch = new HttpFetch(
        m_manager, m_job.protocol->latencyRequest(m_base), options,
        [this, index](const HttpFetch::Outcome &o) {
            m_fetch->deleteLater();
            m_fetch = nullptr;
            if (o.error != ProbeErrorKind::None) {
                fail(o.error, o.message, o.httpStatus);
                return;
            }
            const double headers = o.headersMs.value_or(o.endMs);
            // requestSent is Qt's "request written to the socket"; without it (it is not
            // emitted on every transport) the sample falls back to get() -> headers.
            m_outcome.latencySamples.append(headers - o.sentMs.value_or(0.0));
            if (index == 0) {
                m_outcome.timings.ttfbMs = headers;
                m_outcome.timings.totalMs = o.endMs;
            }
            if (index + 1 < std::max(1, m_job.settings.samples))
                runSample(index + 1);
            else
                fetchVersions();
        },
        this);
    m_fetch->start();
}

void MirrorCheck::fetchVersions()
{
    HttpFetch::Options options;
    options.timeoutMs = m_job.settings.timeoutMs;
    options.maxBytes = m_job.settings.metadataMaxBytes;
    options.keepBody = true;
    options.maxRedirects = m_job.settings.maxRedirects;
    m_fetch = new HttpFetch(
        m_manager, m_job.protocol->versionsRequest(m_base), options,
        [this](const HttpFetch::Outcome &o) {
            m_fetch->deleteLater();
            m_fetch = nullptr;
            if (o.error != ProbeErrorKind::None) {
                fail(o.error, o.message, o.httpStatus);
                return;
            }
            Expected<VersionList> versions = m_job.protocol->parseVersions(o.body, o.contentType);
            if (!versions) {
                fail(ProbeErrorKind::BadResponse, versions.error().message, o.httpStatus);
                return;
            }
            m_outcome.versions = std::move(versions).value();
            finish();
        },
        this);
    m_fetch->start();
}

void MirrorCheck::cancel()
{
    if (m_phases)
        m_phases->cancel();
    else if (m_fetch)
        m_fetch->cancel();
}

void MirrorCheck::fail(ProbeErrorKind error, const QString &message, int httpStatus)
{
    m_outcome.error = error;
    m_outcome.message = message;
    m_outcome.httpStatus = httpStatus;
    finish();
}

void MirrorCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_outcome);
}
