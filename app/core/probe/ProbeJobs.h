#pragma once

// The messages between ProbeEngine and its workers: what to probe and what came back. Plain
// copyable data, carried by queued signals across threads.

#include "catalog/Mirror.h"
#include "probe/ProbeError.h"
#include "probe/ProbeProtocol.h"
#include "probe/ProbeResult.h"
#include "probe/ProbeSettings.h"

#include <QMetaType>

#include <memory>
#include <optional>

// Latency, connection phases and freshness of one mirror: run for all mirrors of a round at once.
struct MirrorCheckJob
{
    quint64 round = 0;
    Mirror mirror;
    std::shared_ptr<const ProbeProtocol> protocol;
    ProbeSettings settings;
};

struct MirrorCheckOutcome
{
    quint64 round = 0;
    QString mirrorId;
    ProbeErrorKind error = ProbeErrorKind::None;
    QString message;
    int httpStatus = 0;
    ProbeTimings timings;
    QList<double> latencySamples;
    std::optional<VersionList> versions;
};

// One throughput download: run one at a time.
struct ThroughputJob
{
    quint64 round = 0;
    Mirror mirror;
    std::shared_ptr<const ProbeProtocol> protocol;
    ProbeSettings settings;
};

struct ThroughputOutcome
{
    quint64 round = 0;
    QString mirrorId;
    ProbeErrorKind error = ProbeErrorKind::None;
    QString message;
    int httpStatus = 0;
    qint64 bytes = 0;
    std::optional<double> bytesPerSecond;
};

Q_DECLARE_METATYPE(MirrorCheckJob)
Q_DECLARE_METATYPE(MirrorCheckOutcome)
Q_DECLARE_METATYPE(ThroughputJob)
Q_DECLARE_METATYPE(ThroughputOutcome)
