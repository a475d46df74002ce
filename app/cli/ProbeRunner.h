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

class ProbeRunner
{
public:
    struct Report
    {
        QList<ProbeResult> results;          // in catalog order
        QHash<QString, QString> recommended; // ecosystem -> mirror id ("" when none)
    };

    // One round per ecosystem in `ecosystems` (all ecosystems of `mirrors` when empty).
    static Report run(const QList<Mirror> &mirrors, const QStringList &ecosystems,
                      const ProbeSettings &settings, bool download);
};
