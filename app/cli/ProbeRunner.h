#pragma once

// Runs probe rounds to completion and returns the results: for the command line, which may
// wait in a local event loop (it has no GUI to keep responsive). The GUI drives ProbeEngine
// through its signals instead.

#include "catalog/Mirror.h"
#include "probe/ProbeResult.h"
#include "probe/ProbeSettings.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class ProbeRunner
{
public:
    struct Report
    {
        QList<ProbeResult> results;          // in catalog order
        QHash<QString, QString> recommended; // ecosystem -> mirror id ("" when none)
    };

    // Called with each result as the engine delivers it (e.g. to record it with its time).
    using ResultSink = std::function<void(const ProbeResult &)>;

    // One round per ecosystem in `ecosystems` (all ecosystems of `mirrors` when empty).
    static Report run(const QList<Mirror> &mirrors, const QStringList &ecosystems,
                      const ProbeSettings &settings, bool download,
                      const ResultSink &onResult = {});
};
