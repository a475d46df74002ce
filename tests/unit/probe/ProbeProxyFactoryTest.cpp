// Loopback hosts never go through a proxy, in any proxy mode (issue 8, item 19); other hosts
// follow the mode. No request is made: only the factory's answers are checked.

#include "probe/ProbeProxyFactory.h"

#include <gtest/gtest.h>

TEST(ProbeProxyFactory, LoopbackHostsAreRecognised)
{
    for (const char *host : {"127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST",
                             "localhost.", "mirror.localhost", "::ffff:127.0.0.1"})
        EXPECT_TRUE(ProbeProxyFactory::isLoopbackHost(QString::fromLatin1(host))) << host;
    for (const char *host :
         {"10.0.0.1", "128.0.0.1", "::2", "localhost.example", "mylocalhost", "goproxy.cn", ""})
        EXPECT_FALSE(ProbeProxyFactory::isLoopbackHost(QString::fromLatin1(host))) << host;
}

TEST(ProbeProxyFactory, ManualProxyIsUsedExceptForLoopback)
{
    ProbeSettings settings;
    settings.proxyMode = ProbeSettings::ProxyMode::Manual;
    settings.proxyUrl = QStringLiteral("http://proxy.corp.example:3128");
    EXPECT_TRUE(ProbeProxyFactory::isProxied(QUrl("https://goproxy.cn/"), settings));
    EXPECT_FALSE(ProbeProxyFactory::isProxied(QUrl("http://127.0.0.1:8080/"), settings));
    EXPECT_FALSE(ProbeProxyFactory::isProxied(QUrl("http://[::1]:8080/"), settings));
    EXPECT_FALSE(ProbeProxyFactory::isProxied(QUrl("http://localhost:4873/"), settings));

    ProbeProxyFactory factory(settings.proxyMode, settings.proxyUrl);
    const QList<QNetworkProxy> proxies =
        factory.queryProxy(QNetworkProxyQuery(QUrl("https://registry.npmjs.org/")));
    ASSERT_EQ(proxies.size(), 1);
    EXPECT_EQ(proxies.first().type(), QNetworkProxy::HttpProxy);
    EXPECT_EQ(proxies.first().hostName(), QStringLiteral("proxy.corp.example"));
    EXPECT_EQ(proxies.first().port(), 3128);
}

TEST(ProbeProxyFactory, SystemProxyFromTheEnvironmentSkipsLoopback)
{
    const QByteArray old = qgetenv("http_proxy");
    qputenv("http_proxy", "http://proxy.corp.example:3128");
    ProbeSettings settings; // System mode
    EXPECT_TRUE(ProbeProxyFactory::isProxied(QUrl("http://pypi.org/simple/"), settings));
    EXPECT_FALSE(ProbeProxyFactory::isProxied(QUrl("http://127.0.0.1:9000/simple/"), settings));
    settings.proxyMode = ProbeSettings::ProxyMode::None;
    EXPECT_FALSE(ProbeProxyFactory::isProxied(QUrl("http://pypi.org/simple/"), settings));
    if (old.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", old);
}
