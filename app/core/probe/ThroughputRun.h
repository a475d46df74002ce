#pragma once

// One throughput measurement on a worker thread: find the artifact as the client would (the
// metadata names the file), then download it within the byte and time caps, counting and
// discarding the bytes. Throughput is body bytes over the time from the response headers to
// the last byte counted, so the mirror's latency does not dilute it.
//
// The bytes counted are the bytes on the wire: the download asks for the identity encoding and
// Qt's transparent decompression stays off, so a mirror that gzips a compressible artifact
// anyway is measured at its real rate, not at the rate of what the bytes expand to. The whole
// run (lookup and transfer) has one budget, ProbeSettings::downloadBudgetMs(), so a stalled
// download never delays the next one longer than that. A body that announced no length and
// was still flowing when a cap stopped it is not an artifact (it may never end): its rate is
// not reported and the run fails with EndlessBody.

#include "probe/ProbeJobs.h"

#include <QElapsedTimer>
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
    quint64 round() const { return m_job.round; }

Q_SIGNALS:
    void finished(const ThroughputOutcome &outcome); // exactly once

private:
    void download(const QUrl &url);
    void fail(ProbeErrorKind error, const QString &message, int httpStatus = 0);
    int remainingBudgetMs() const;

    ThroughputJob m_job;
    QNetworkAccessManager *m_manager;
    ThroughputOutcome m_outcome;
    HttpFetch *m_fetch = nullptr;
    QElapsedTimer m_clock;
    bool m_finished = false;
};
