#pragma once

// How a mirror protocol (goproxy, npm-registry, pypi-simple) is probed, the way a real client
// talks to a mirror: which small metadata object measures latency, where the throughput artifact
// is found, and how the latest version of a fast-moving package is read. Implementations live in
// app/core/ecosystems/<eco>/, are registered as a MirrorProtocol in EcosystemRegistry, and are
// stateless, so one instance is shared by all worker threads.

#include "Expected.h"
#include "probe/ProbeTargets.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

#include <memory>
#include <optional>

struct VersionList
{
    QString latest;       // what the client would install by default
    QStringList versions; // every version the mirror lists, any order
};

struct Freshness
{
    std::optional<bool> fresh; // null when it cannot be told
    QStringList lacks;         // newest first
};

class ProbeProtocol
{
public:
    explicit ProbeProtocol(ProbeTargets targets)
        : m_targets(std::move(targets))
    {}
    virtual ~ProbeProtocol() = default;

    virtual QString protocol() const = 0; // "goproxy"
    const ProbeTargets &targets() const { return m_targets; }
    QString target(const QString &name) const { return m_targets.value(name); }

    // The mirror's base URL from its configured value (Go strips ",direct" lists).
    virtual QUrl baseUrl(const QString &mirrorUrl) const;

    virtual QNetworkRequest latencyRequest(const QUrl &base) const = 0;
    virtual QNetworkRequest versionsRequest(const QUrl &base) const = 0;
    virtual Expected<VersionList> parseVersions(const QByteArray &body,
                                                const QString &contentType) const = 0;
    // The artifact is found in two steps, as the client does: a metadata request …
    virtual QNetworkRequest artifactIndexRequest(const QUrl &base) const = 0;
    // … whose answer (at its final URL, after redirects) names the file to download.
    virtual Expected<QUrl> artifactUrl(const QByteArray &body, const QString &contentType,
                                       const QUrl &indexUrl) const = 0;
    virtual int compareVersions(const QString &a, const QString &b) const = 0;

    // The mirror is fresh when its latest is not older than the upstream's; otherwise it lacks
    // the upstream versions newer than its latest that it does not list.
    Freshness compareFreshness(const VersionList &mirror, const VersionList &upstream) const;

protected:
    // A GET with the headers every probe sends (User-Agent, no cache, redirects limited).
    static QNetworkRequest makeRequest(const QUrl &url);
    // base + "/" + an already percent-encoded relative path; query and fragment dropped.
    static QUrl appendPath(const QUrl &base, const QString &encodedRelativePath);

private:
    ProbeTargets m_targets;
};

// A protocol as registered data: its id, its probe implementation and the targets it measures
// with unless ProbeSettings::targets overrides some.
struct MirrorProtocol
{
    QString id; // "goproxy", "npm-registry", "pypi-simple"
    ProbeTargets defaultTargets;
    std::function<std::shared_ptr<const ProbeProtocol>(const ProbeTargets &)> create;

    // The probe implementation with the default targets, overridden by `overrides`.
    std::shared_ptr<const ProbeProtocol> createProbe(const ProbeTargets &overrides = {}) const
    {
        return create(defaultTargets.overriddenBy(overrides));
    }
};
