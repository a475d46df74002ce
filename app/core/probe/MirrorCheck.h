#pragma once

// One mirror's check in a round, on a worker thread: connection phases (unless proxied), the
// latency samples one after another on the same QNetworkAccessManager, then the version list of
// the fast-moving package. The first failure ends the check with its classified error.

#include "probe/ProbeJobs.h"

#include <QObject>

class HttpFetch;
class PhaseProbe;
class QNetworkAccessManager;
class QThreadPool;

class MirrorCheck : public QObject
{
    Q_OBJECT

public:
    // `lookupPool` runs the blocking DNS lookups of the phase probe; the caller owns it.
    MirrorCheck(MirrorCheckJob job, QNetworkAccessManager *manager, bool proxied,
                QThreadPool *lookupPool, QObject *parent = nullptr);
    ~MirrorCheck() override;

    void start();
    void cancel(); // ends the check with Cancelled

Q_SIGNALS:
    void finished(const MirrorCheckOutcome &outcome); // exactly once

private:
    void runSample(int index);
    void fetchVersions();
    void fail(ProbeErrorKind error, const QString &message, int httpStatus = 0);
    void finish();

    MirrorCheckJob m_job;
    QNetworkAccessManager *m_manager;
    bool m_proxied;
    QThreadPool *m_lookupPool;
    QUrl m_base;
    MirrorCheckOutcome m_outcome;
    PhaseProbe *m_phases = nullptr; // child; the step in flight
    HttpFetch *m_fetch = nullptr;   // child; the step in flight
    bool m_finished = false;
};
