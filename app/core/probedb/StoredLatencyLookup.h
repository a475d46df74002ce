#pragma once

// "The last measured latency" from the probe history: the newest stored sample of each mirror
// (what the window and `probe` record), or the newer answer of a second lookup (the CLI's
// last-probe.json from an older version) when it has one. Read once, then answered from memory.

#include "probe/LatencyLookup.h"
#include "probedb/HistoryTypes.h"

#include <QHash>
#include <QList>

#include <memory>

class StoredLatencyLookup : public LatencyLookup
{
public:
    StoredLatencyLookup(const QList<ProbeSample> &latest, std::unique_ptr<LatencyLookup> fallback);

    // Opens the store at `path` read-only in effect (a missing file is never created) and reads
    // the newest samples; a store that cannot be read leaves only `fallback`.
    static std::unique_ptr<StoredLatencyLookup> read(const QString &path,
                                                     std::unique_ptr<LatencyLookup> fallback);

    std::optional<Measurement> lastMeasurement(const QString &mirrorId) const override;

private:
    QHash<QString, Measurement> m_stored;
    std::unique_ptr<LatencyLookup> m_fallback;
};
