#include "probe/LastProbeFile.h"

#include "probe/ProbeLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// Larger than any real file (a few hundred mirrors); a bigger one is not ours to parse.
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

HealthState stateFromCode(const QString &code)
{
    for (HealthState state : {HealthState::Up, HealthState::Degraded, HealthState::Down}) {
        if (healthStateCode(state) == code)
            return state;
    }
    return HealthState::Unknown;
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isObject() ? doc.object().value(QStringLiteral("mirrors")).toObject()
                          : QJsonObject();
}

} // namespace

QString LastProbeFile::fileName(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("last-probe.json"));
}

LastProbeFile LastProbeFile::read(const QString &path)
{
    LastProbeFile lookup;
    const QJsonObject mirrors = readObject(path);
    for (auto it = mirrors.constBegin(); it != mirrors.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        Measurement m;
        const QJsonValue latency = o.value(QStringLiteral("latency_ms"));
        if (latency.isDouble())
            m.latencyMs = latency.toDouble();
        m.state = stateFromCode(o.value(QStringLiteral("state")).toString());
        const QJsonValue fresh = o.value(QStringLiteral("fresh"));
        if (fresh.isBool())
            m.fresh = fresh.toBool();
        m.atMs = qint64(o.value(QStringLiteral("at_ms")).toDouble());
        lookup.m_measurements.insert(it.key(), m);
    }
    return lookup;
}

Expected<void> LastProbeFile::record(const QString &path, const QList<ProbeResult> &results,
                                     qint64 atMs)
{
    QJsonObject mirrors = readObject(path);
    for (const ProbeResult &r : results) {
        if (r.error == ProbeErrorKind::Skipped)
            continue; // nothing was measured
        QJsonObject o{{QStringLiteral("state"), healthStateCode(r.state)},
                      {QStringLiteral("at_ms"), double(atMs)}};
        o.insert(QStringLiteral("latency_ms"),
                 r.ok && r.latencyMs ? QJsonValue(*r.latencyMs) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("fresh"), r.fresh ? QJsonValue(*r.fresh) : QJsonValue());
        mirrors.insert(r.mirrorId, o);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CoreError::Kind::Io,
                         tr("Cannot save the probe results to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         path);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("mirrors"), mirrors}}).toJson());
    if (!file.commit())
        return makeError(CoreError::Kind::Io,
                         tr("Cannot save the probe results to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         path);
    qCDebug(lcProbe) << "recorded" << results.size() << "results in" << path;
    return {};
}

std::optional<LatencyLookup::Measurement>
LastProbeFile::lastMeasurement(const QString &mirrorId) const
{
    const auto it = m_measurements.constFind(mirrorId);
    if (it == m_measurements.constEnd())
        return std::nullopt;
    return *it;
}
