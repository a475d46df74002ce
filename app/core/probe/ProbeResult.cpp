#include "probe/ProbeResult.h"

#include "probe/MeasureFormat.h"

#include <QJsonArray>

#include <cmath>

QString healthStateCode(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return QStringLiteral("unknown");
    case HealthState::Up:
        return QStringLiteral("up");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("unknown");
}

namespace {

// Milliseconds rounded to 0.001 so the JSON stays readable; null when not measured.
QJsonValue msValue(const std::optional<double> &ms)
{
    if (!ms)
        return QJsonValue::Null;
    return std::round(*ms * 1000.0) / 1000.0;
}

} // namespace

QJsonObject probeResultToJson(const ProbeResult &result)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), result.mirrorId);
    o.insert(QStringLiteral("ecosystem"), result.ecosystem);
    o.insert(QStringLiteral("ok"), result.ok);
    o.insert(QStringLiteral("state"), healthStateCode(result.state));
    o.insert(QStringLiteral("latency_ms"), msValue(result.latencyMs));
    o.insert(QStringLiteral("dns_ms"), msValue(result.timings.dnsMs));
    o.insert(QStringLiteral("connect_ms"), msValue(result.timings.connectMs));
    o.insert(QStringLiteral("tls_ms"), msValue(result.timings.tlsMs));
    o.insert(QStringLiteral("ttfb_ms"), msValue(result.timings.ttfbMs));
    o.insert(QStringLiteral("total_ms"), msValue(result.timings.totalMs));
    QJsonArray samples;
    for (double s : result.latencySamples)
        samples.append(std::round(s * 1000.0) / 1000.0);
    o.insert(QStringLiteral("latency_samples_ms"), samples);
    o.insert(QStringLiteral("throughput_bps"), result.throughputBps
                                                   ? QJsonValue(std::round(*result.throughputBps))
                                                   : QJsonValue(QJsonValue::Null));
    // The figure the window and the CLI table print (decimal MB/s, rounded the same way).
    o.insert(QStringLiteral("throughput_mb_per_s"),
             result.throughputBps
                 ? QJsonValue(MeasureFormat::throughputMegabytes(*result.throughputBps))
                 : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("throughput_bytes"), double(result.throughputBytes));
    o.insert(QStringLiteral("latest"),
             result.latest.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.latest));
    o.insert(QStringLiteral("upstream_latest"), result.upstreamLatest.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(result.upstreamLatest));
    o.insert(QStringLiteral("fresh"),
             result.fresh ? QJsonValue(*result.fresh) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("lacks"), QJsonArray::fromStringList(result.lacks));
    if (result.ok) {
        o.insert(QStringLiteral("error"), QJsonValue::Null);
    } else {
        QJsonObject err;
        err.insert(QStringLiteral("kind"), ProbeError::code(result.error));
        err.insert(QStringLiteral("message"), result.errorMessage);
        if (result.httpStatus > 0)
            err.insert(QStringLiteral("http_status"), result.httpStatus);
        o.insert(QStringLiteral("error"), err);
    }
    o.insert(QStringLiteral("score"), std::round(result.score * 10.0) / 10.0);
    return o;
}
