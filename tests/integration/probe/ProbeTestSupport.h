#pragma once

// Helpers shared by the probe engine's integration tests: one QCoreApplication for the whole
// test program, fast loopback settings and results by mirror id.

#include "probe/ProbeResult.h"
#include "probe/ProbeSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <ostream>

// Readable gtest messages for QString comparisons.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace probetest {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "ProbeEngineTest";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole test program
}

inline ProbeSettings fastSettings()
{
    ProbeSettings s;
    s.timeoutMs = 1500;
    s.samples = 1;
    s.metadataMaxBytes = 1024 * 1024;
    s.throughputMaxBytes = 1024 * 1024;
    s.throughputMaxMs = 1500;
    s.throughputCandidates = 0;
    s.proxyMode = ProbeSettings::ProxyMode::None; // loopback only, whatever the environment says
    return s;
}

inline QHash<QString, ProbeResult> byId(const QList<ProbeResult> &results)
{
    QHash<QString, ProbeResult> map;
    for (const ProbeResult &r : results)
        map.insert(r.mirrorId, r);
    return map;
}

} // namespace probetest
