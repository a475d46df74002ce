#include "probe/ProbeProtocol.h"

#include <algorithm>

QUrl ProbeProtocol::baseUrl(const QString &mirrorUrl) const
{
    return QUrl(mirrorUrl.trimmed());
}

QNetworkRequest ProbeProtocol::makeRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MirrorDeck/" MIRRORDECK_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // HTTP/1.1 like npm and pip: timings stay comparable across mirrors whatever ALPN offers,
    // and Qt's requestSent() (the start of latency_ms) is emitted by its HTTP/1 handler.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

QUrl ProbeProtocol::appendPath(const QUrl &base, const QString &encodedRelativePath)
{
    QUrl url(base);
    QString path = base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + encodedRelativePath, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Freshness ProbeProtocol::compareFreshness(const VersionList &mirror,
                                          const VersionList &upstream) const
{
    Freshness result;
    if (mirror.latest.isEmpty() || upstream.latest.isEmpty())
        return result;
    result.fresh = compareVersions(mirror.latest, upstream.latest) >= 0;
    if (*result.fresh)
        return result;
    for (const QString &v : upstream.versions) {
        if (compareVersions(v, mirror.latest) > 0 && compareVersions(v, upstream.latest) <= 0 &&
            !mirror.versions.contains(v))
            result.lacks.append(v);
    }
    std::sort(result.lacks.begin(), result.lacks.end(),
              [this](const QString &a, const QString &b) { return compareVersions(a, b) > 0; });
    return result;
}
