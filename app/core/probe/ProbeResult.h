#pragma once

// The outcome of one probe round for one mirror, as delivered by ProbeEngine::resultReady, plus
// its JSON form (the schema of `mirrordeck-cli probe --json`).
//
// Timings, all in milliseconds, null (std::nullopt) when not measured:
//   dnsMs      host name resolution, done by MirrorDeck itself (QHostInfo::fromName on a pool
//              thread, so Qt's host cache never hides it); 0 for an IP literal.
//   connectMs  TCP connect to the resolved address, on a separate socket of the worker.
//   tlsMs      TLS handshake on that socket (null for http://).
//   ttfbMs     QNetworkAccessManager get() -> response headers of the first latency request:
//              what a client on a cold connection waits for.
//   latencyMs  request sent (QNetworkReply::requestSent) -> response headers received, median
//              over the samples of the round; connection setup is excluded by definition.
//              Probes speak HTTP/1.1 (as npm and pip do), where Qt emits requestSent; should it
//              ever be missing, a sample falls back to get() -> headers.
//   totalMs    get() -> finished of the first latency request.
// QNetworkAccessManager does not expose its own DNS/connect/TLS phases, hence the separate
// measurement. Through a proxy, DNS, connect and TLS describe the proxy path, not the mirror's,
// so they are reported as null then.

#include "probe/HealthState.h"
#include "probe/ProbeError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct ProbeTimings
{
    std::optional<double> dnsMs;
    std::optional<double> connectMs;
    std::optional<double> tlsMs;
    std::optional<double> ttfbMs;
    std::optional<double> totalMs;
};

struct ProbeResult
{
    QString mirrorId;
    QString ecosystem;
    quint64 round = 0;

    bool ok = false;
    ProbeErrorKind error = ProbeErrorKind::None;
    QString errorMessage; // translated detail; empty when ok
    int httpStatus = 0;

    ProbeTimings timings;
    std::optional<double> latencyMs;
    QList<double> latencySamples;

    std::optional<double> throughputBps; // bytes per second; null when not measured this round
    qint64 throughputBytes = 0;

    QString latest;            // the mirror's latest version of the fast-moving package
    QString upstreamLatest;    // the official upstream's
    std::optional<bool> fresh; // null when unknown (no upstream, upstream failed)
    QStringList lacks;         // upstream versions the mirror does not have yet (newest first)

    HealthState state = HealthState::Unknown;
    double score = 0; // 0..100
};

Q_DECLARE_METATYPE(ProbeResult)

QJsonObject probeResultToJson(const ProbeResult &result);
