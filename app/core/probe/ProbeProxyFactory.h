#pragma once

// Which proxy a probe request goes through, under the engine's proxy settings (system, none or
// the per-app override). Loopback hosts (127.0.0.0/8, ::1, localhost and *.localhost) are always
// reached directly, whatever http_proxy, https_proxy or the application proxy say: a proxy on
// another host cannot reach this machine's loopback, and a local mirror or test server must be
// measured as itself. Installed on every worker's QNetworkAccessManager, so the application
// proxy (QNetworkProxy::setApplicationProxy) is never consulted behind the engine's back.

#include "probe/ProbeSettings.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

class ProbeProxyFactory : public QNetworkProxyFactory
{
public:
    ProbeProxyFactory(ProbeSettings::ProxyMode mode, QString proxyUrl);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Whether requests to `url` go through a proxy under `settings`.
    static bool isProxied(const QUrl &url, const ProbeSettings &settings);
    static bool isLoopbackHost(const QString &host);

private:
    ProbeSettings::ProxyMode m_mode;
    QString m_proxyUrl;
};
