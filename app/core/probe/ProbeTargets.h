#pragma once

// What an ecosystem is probed with, as data: a small metadata object for latency, a known
// artifact for throughput, a fast-moving package for freshness. Each protocol supplies defaults;
// ProbeSettings::targets may override them.

#include <QString>

struct ProbeTargets
{
    QString latencyPackage;   // e.g. Go module "github.com/BurntSushi/toml"
    QString latencyVersion;   // Go: the .info of this version; empty where unused
    QString artifactPackage;  // the package whose artifact is downloaded
    QString artifactVersion;  // its version (Go, npm)
    QString artifactFile;     // pip: the file name on the simple page
    QString freshnessPackage; // a package that releases often
};
