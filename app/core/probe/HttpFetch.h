#pragma once

// One HTTP GET under a hostile-server discipline: a single deadline for the whole request
// (connect, headers and every read), a cap on the bytes kept or counted, a bounded read buffer,
// and per-phase time stamps. Used by the probe jobs on a worker thread; reports once through the
// callback, then may be deleted.

#include "probe/ProbeError.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

class HttpFetch : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 5000;   // deadline of the whole request
        qint64 maxBytes = 0;    // body cap
        bool keepBody = true;   // keep the body (metadata) or only count it (throughput)
        bool capIsError = true; // metadata: exceeding the cap is Oversize; download: just stop
        int maxDurationMs = 0;  // download: stop counting after this long after the headers
        int maxRedirects = 5;
        // Download: the deadline passing while the body flows ends the count like a cap (the
        // rate so far is a measurement); without headers it is still a Timeout.
        bool deadlineAfterHeadersIsCap = false;
    };

    struct Outcome
    {
        ProbeErrorKind error = ProbeErrorKind::None;
        QString message;
        int httpStatus = 0;
        QByteArray body;
        QString contentType;
        QUrl finalUrl;
        qint64 bytes = 0;    // body bytes received (on the wire unless Qt decoded them)
        bool capped = false; // stopped by a cap (a download's normal end)
        std::optional<qint64> contentLength; // as the final response announced it
        QByteArray contentEncoding;          // the final response's Content-Encoding, if any
        // Milliseconds since start(); nullopt when the phase was not reached.
        std::optional<double> sentMs;
        std::optional<double> headersMs;
        double endMs = 0;
    };

    HttpFetch(QNetworkAccessManager *manager, QNetworkRequest request, Options options,
              std::function<void(const Outcome &)> done, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start();
    void cancel(); // reports Cancelled (once) unless already finished

private:
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void stop(ProbeErrorKind error); // ends the request with this outcome (None = capped)
    void stopLater(ProbeErrorKind error);

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    Options m_options;
    std::function<void(const Outcome &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    Outcome m_outcome;
    std::optional<ProbeErrorKind> m_forced; // set when we stop the request on purpose
    bool m_reported = false;
};
