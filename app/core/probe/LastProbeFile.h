#pragma once

// The outcome of the last probe of each mirror, as one small JSON file in the shared data
// directory ("last-probe.json"): `mirrordeck-cli probe` records it, `list` reads it through
// LatencyLookup. Only the newest measurement per mirror is kept, so the file stays a few KB;
// a long history is the probe history store's job.

#include "Expected.h"
#include "probe/LatencyLookup.h"
#include "probe/ProbeResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class LastProbeFile : public LatencyLookup
{
    Q_DECLARE_TR_FUNCTIONS(LastProbeFile)

public:
    static QString fileName(const QString &dataDirectory); // <dir>/last-probe.json

    // Reads `path`; a missing or unreadable file is an empty lookup (nothing measured yet).
    static LastProbeFile read(const QString &path);

    // Merges `results` (measured at `atMs`) into the file at `path`, atomically (QSaveFile).
    static Expected<void> record(const QString &path, const QList<ProbeResult> &results,
                                 qint64 atMs);

    std::optional<Measurement> lastMeasurement(const QString &mirrorId) const override;

private:
    QHash<QString, Measurement> m_measurements;
};
