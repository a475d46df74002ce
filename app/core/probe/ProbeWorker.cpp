#include "probe/ProbeWorker.h"

#include "probe/MirrorCheck.h"
#include "probe/ThroughputRun.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace {

// The system proxy configuration, asked per request (http_proxy/no_proxy or the desktop's).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

QNetworkProxy manualProxy(const QString &proxyUrl)
{
    const QUrl url(proxyUrl);
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
}

} // namespace

ProbeWorker::ProbeWorker(QObject *parent)
    : QObject(parent)
{}

ProbeWorker::~ProbeWorker() = default;

QNetworkAccessManager *ProbeWorker::manager(const ProbeSettings &settings)
{
    if (m_manager && m_proxyMode == settings.proxyMode && m_proxyUrl == settings.proxyUrl)
        return m_manager;
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // Connections are reused between the samples of a round, as a client reuses them.
        m_manager->setAutoDeleteReplies(false);
    }
    m_proxyMode = settings.proxyMode;
    m_proxyUrl = settings.proxyUrl;
    switch (settings.proxyMode) {
    case ProbeSettings::ProxyMode::System:
        m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
        break;
    case ProbeSettings::ProxyMode::None:
        m_manager->setProxyFactory(nullptr);
        m_manager->setProxy(QNetworkProxy::NoProxy);
        break;
    case ProbeSettings::ProxyMode::Manual:
        m_manager->setProxyFactory(nullptr);
        m_manager->setProxy(manualProxy(settings.proxyUrl));
        break;
    }
    return m_manager;
}

bool ProbeWorker::isProxied(const QUrl &url, const ProbeSettings &settings)
{
    switch (settings.proxyMode) {
    case ProbeSettings::ProxyMode::None:
        return false;
    case ProbeSettings::ProxyMode::Manual:
        return !settings.proxyUrl.isEmpty();
    case ProbeSettings::ProxyMode::System:
        break;
    }
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy;
}

void ProbeWorker::startCheck(const MirrorCheckJob &job)
{
    QNetworkAccessManager *nam = manager(job.settings);
    const bool proxied = isProxied(job.protocol->baseUrl(job.mirror.url), job.settings);
    auto *check = new MirrorCheck(job, nam, proxied, this);
    connect(check, &MirrorCheck::finished, this, [this, check](const MirrorCheckOutcome &o) {
        check->deleteLater(); // we are inside the check's own call stack
        Q_EMIT checkFinished(o);
    });
    check->start();
}

void ProbeWorker::startThroughput(const ThroughputJob &job)
{
    auto *run = new ThroughputRun(job, manager(job.settings), this);
    connect(run, &ThroughputRun::finished, this, [this, run](const ThroughputOutcome &o) {
        run->deleteLater();
        Q_EMIT throughputFinished(o);
    });
    run->start();
}

void ProbeWorker::cancelAll()
{
    for (MirrorCheck *check : findChildren<MirrorCheck *>(Qt::FindDirectChildrenOnly))
        check->cancel();
    for (ThroughputRun *run : findChildren<ThroughputRun *>(Qt::FindDirectChildrenOnly))
        run->cancel();
}
