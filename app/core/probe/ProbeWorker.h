#pragma once

// Runs probe jobs on its own thread with its own QNetworkAccessManager (created on that thread on
// first use), so a busy GUI thread never distorts a timing. Jobs arrive through queued calls
// from ProbeEngine; outcomes leave through queued signals. Any number of checks run at once;
// the engine hands out one throughput download at a time.

#include "probe/ProbeJobs.h"

#include <QObject>

class QNetworkAccessManager;
class QThreadPool;

class ProbeWorker : public QObject
{
    Q_OBJECT

public:
    // `lookupPool` (owned by the engine, shared by its workers) runs the blocking DNS lookups.
    explicit ProbeWorker(QThreadPool *lookupPool, QObject *parent = nullptr);
    ~ProbeWorker() override;

    // Call on the worker's thread (through QMetaObject::invokeMethod).
    void startCheck(const MirrorCheckJob &job);
    void startThroughput(const ThroughputJob &job);
    void cancelAll();

Q_SIGNALS:
    void checkFinished(const MirrorCheckOutcome &outcome);
    void throughputFinished(const ThroughputOutcome &outcome);

private:
    QNetworkAccessManager *manager(const ProbeSettings &settings);

    QThreadPool *m_lookupPool;
    QNetworkAccessManager *m_manager = nullptr; // child, created on the worker thread
    ProbeSettings::ProxyMode m_proxyMode = ProbeSettings::ProxyMode::System;
    QString m_proxyUrl;
};
