#include "StoredLatencyLookup.h"

#include "probedb/ProbeDbLog.h"
#include "probedb/ProbeStore.h"

#include <QFileInfo>

StoredLatencyLookup::StoredLatencyLookup(const QList<ProbeSample> &latest,
                                         std::unique_ptr<LatencyLookup> fallback)
    : m_fallback(std::move(fallback))
{
    for (const ProbeSample &sample : latest) {
        Measurement m;
        m.latencyMs = sample.ok ? sample.latencyMs : std::nullopt;
        // A raw sample knows whether that probe answered, not the health window around it.
        m.state = sample.ok ? HealthState::Up : HealthState::Down;
        m.fresh = sample.fresh;
        m.atMs = sample.atMs;
        m_stored.insert(sample.mirrorId, m);
    }
}

std::unique_ptr<StoredLatencyLookup>
StoredLatencyLookup::read(const QString &path, std::unique_ptr<LatencyLookup> fallback)
{
    QList<ProbeSample> latest;
    if (QFileInfo::exists(path)) {
        ProbeStore store(path);
        const Expected<void> opened = store.open();
        const Expected<QList<ProbeSample>> samples =
            opened ? store.latestSamples() : Expected<QList<ProbeSample>>(opened.error());
        if (samples)
            latest = *samples;
        else
            qCWarning(lcProbeDb) << "probe history not read:" << samples.error().toString();
    }
    return std::make_unique<StoredLatencyLookup>(latest, std::move(fallback));
}

std::optional<LatencyLookup::Measurement>
StoredLatencyLookup::lastMeasurement(const QString &mirrorId) const
{
    const auto stored = m_stored.constFind(mirrorId);
    const std::optional<Measurement> other =
        m_fallback ? m_fallback->lastMeasurement(mirrorId) : std::nullopt;
    if (stored == m_stored.constEnd())
        return other;
    if (other && other->atMs > stored->atMs)
        return other;
    return *stored;
}
