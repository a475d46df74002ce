#pragma once

// How one ecosystem is probed, the way its real client talks to a mirror: which small metadata
// object measures latency, where the throughput artifact is found, and how the latest version of
// a fast-moving package is read. Implementations live in app/core/ecosystems/<eco>/ and are
// stateless, so one instance is shared by all worker threads.

#include "Expected.h"
#include "probe/ProbeTargets.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

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

    virtual QString ecosystem() const = 0;
    const ProbeTargets &targets() const { return m_targets; }

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

// The protocol of an ecosystem with the default targets, overridden by `targets` when given;
// null for an ecosystem MirrorDeck cannot probe.
std::shared_ptr<const ProbeProtocol>
createProbeProtocol(const QString &ecosystem, const std::optional<ProbeTargets> &targets = {});
