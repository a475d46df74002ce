#include "probe/ProbeProxyFactory.h"

#include <QHostAddress>

namespace {

QNetworkProxy manualProxy(const QString &proxyUrl)
{
    const QUrl url(proxyUrl);
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
}

} // namespace

ProbeProxyFactory::ProbeProxyFactory(ProbeSettings::ProxyMode mode, QString proxyUrl)
    : m_mode(mode)
    , m_proxyUrl(std::move(proxyUrl))
{}

bool ProbeProxyFactory::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    // RFC 6761 §6.3: localhost and its subdomains are loopback names.
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    if (address.isLoopback())
        return true;
    // An IPv4-mapped IPv6 loopback (::ffff:127.0.0.1) reaches 127.0.0.1 as well.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && (v4 >> 24) == 127;
}

QList<QNetworkProxy> ProbeProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_mode) {
    case ProbeSettings::ProxyMode::None:
        break;
    case ProbeSettings::ProxyMode::Manual:
        if (!m_proxyUrl.isEmpty())
            return {manualProxy(m_proxyUrl)};
        break;
    case ProbeSettings::ProxyMode::System: {
        // Asked per request: http_proxy/no_proxy or the desktop's settings may change.
        const QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        if (!proxies.isEmpty())
            return proxies;
        break;
    }
    }
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
}

bool ProbeProxyFactory::isProxied(const QUrl &url, const ProbeSettings &settings)
{
    ProbeProxyFactory factory(settings.proxyMode, settings.proxyUrl);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(url));
    return !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy;
}
