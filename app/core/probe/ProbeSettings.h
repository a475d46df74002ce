#pragma once

// Every knob of the probe engine in one plain struct with sensible defaults: deadlines, caps,
// health thresholds (nginx-like max_fails / fail_timeout), periodic intervals, proxy and the
// per-protocol probe targets. Copied into each job, so workers never share mutable settings.

#include "probe/ProbeTargets.h"

#include <QHash>
#include <QString>

#include <algorithm>

struct ProbeSettings
{
    enum class ProxyMode
    {
        System, // honour the system proxy configuration (http_proxy/no_proxy, desktop settings)
        None,   // connect directly
        Manual, // the per-app override in proxyUrl ("http://host:port" or "socks5://host:port")
    };

    // Deadline of one whole request (connect, headers and body), not of each read.
    int timeoutMs = 5000;
    // Latency samples per mirror and round; latency_ms is their median.
    int samples = 3;
    // Throughput download caps: a round costs at most this much per measured mirror.
    qint64 throughputMaxBytes = 4 * 1024 * 1024;
    int throughputMaxMs = 5000;
    // Mirrors of a round that get a throughput download, the upstream and the best (0 = all).
    int throughputCandidates = 3;
    // Largest metadata body (packument, simple page, version list) accepted; more is Oversize.
    qint64 metadataMaxBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
    // Worker threads, each with its own QNetworkAccessManager.
    int workerThreads = 4;

    // Health thresholds.
    double goodLatencyMs = 100;    // under this: good
    double warningLatencyMs = 200; // over this: warning (Degraded)
    // nginx defaults: one failure takes a mirror Down for 10 s, then one half-open retry; so
    // Down means "failing now" and Degraded "answering, but slow or flaky".
    int maxFails = 1;                   // consecutive failures that take a mirror Down …
    int failTimeoutMs = 10000;          // … for this long, then one half-open retry
    int windowSize = 20;                // rolling window: last N checks …
    qint64 windowMs = 30LL * 60 * 1000; // … no older than this
    double degradedSuccessRatio = 0.9;  // below this success ratio: Degraded

    // Periodic rounds: latency every interval, throughput every N-th round.
    int latencyIntervalMs = 5 * 60 * 1000;
    int throughputEveryRounds = 6;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;

    // Overrides of single default probe targets, by protocol ("goproxy", "npm-registry" …).
    QHash<QString, ProbeTargets> targets;

    // The time budgets that bound a round, derived from the knobs above (ProbeEngine enforces
    // them; the CLI states them in its help).
    // One mirror's check: phases, every latency sample and the version list, each a request
    // with its own deadline, one after another.
    qint64 checkBudgetMs() const { return qint64(std::max(1, samples) + 2) * timeoutMs; }
    // One throughput download, artifact lookup and transfer together: a stalled download ends
    // within this, so it never eats the time of the downloads queued after it.
    qint64 downloadBudgetMs() const { return qint64(timeoutMs) + throughputMaxMs; }
    // A round that makes `downloads` throughput downloads (one at a time) ends within this,
    // counted from its start; waiting behind another round's downloads adds theirs.
    qint64 roundBudgetMs(int downloads) const
    {
        return checkBudgetMs() + qint64(std::max(0, downloads)) * downloadBudgetMs();
    }
};
