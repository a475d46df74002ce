#include "probe/ProbeWorker.h"

#include "probe/MirrorCheck.h"
#include "probe/ProbeProxyFactory.h"
#include "probe/ThroughputRun.h"

#include <QNetworkAccessManager>

ProbeWorker::ProbeWorker(QThreadPool *lookupPool, QObject *parent)
    : QObject(parent)
    , m_lookupPool(lookupPool)
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
    // The manager owns the factory; loopback hosts bypass every proxy (ProbeProxyFactory).
    m_manager->setProxyFactory(new ProbeProxyFactory(settings.proxyMode, settings.proxyUrl));
    return m_manager;
}

void ProbeWorker::startCheck(const MirrorCheckJob &job)
{
    QNetworkAccessManager *nam = manager(job.settings);
    const bool proxied =
        ProbeProxyFactory::isProxied(job.protocol->baseUrl(job.mirror.url), job.settings);
    auto *check = new MirrorCheck(job, nam, proxied, m_lookupPool, this);
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
