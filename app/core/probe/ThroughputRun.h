#pragma once

// One throughput measurement on a worker thread: find the artifact as the client would (the
// metadata names the file), then download it within the byte and time caps, counting and
// discarding the bytes. Throughput is body bytes over the time from the response headers to
// the last byte counted, so the mirror's latency does not dilute it.

#include "probe/ProbeJobs.h"

#include <QObject>

class HttpFetch;
class QNetworkAccessManager;

class ThroughputRun : public QObject
{
    Q_OBJECT

public:
    ThroughputRun(ThroughputJob job, QNetworkAccessManager *manager, QObject *parent = nullptr);

    void start();
    void cancel(); // ends the run with Cancelled

Q_SIGNALS:
    void finished(const ThroughputOutcome &outcome); // exactly once

private:
    void download(const QUrl &url);
    void fail(ProbeErrorKind error, const QString &message, int httpStatus = 0);

    ThroughputJob m_job;
    QNetworkAccessManager *m_manager;
    ThroughputOutcome m_outcome;
    HttpFetch *m_fetch = nullptr;
    bool m_finished = false;
};
