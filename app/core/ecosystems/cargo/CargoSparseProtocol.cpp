#include "ecosystems/cargo/CargoSparseProtocol.h"

#include "probe/VersionOrder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QLatin1String sparsePrefix("sparse+");

} // namespace

MirrorProtocol CargoSparseProtocol::descriptor()
{
    return {QStringLiteral("cargo-sparse"), defaultTargets(), [](const ProbeTargets &targets) {
                return std::make_shared<const CargoSparseProtocol>(targets);
            }};
}

ProbeTargets CargoSparseProtocol::defaultTargets()
{
    ProbeTargets t;
    // A short index file: a dozen versions without dependencies.
    t.set(QStringLiteral("latency-crate"), QStringLiteral("cfg-if"));
    // A crate of some 5 MB (it bundles the SQLite sources): the throughput cap, not the file,
    // ends the download. The checksum is the one Cargo.lock files record for it; it is needed
    // only by mirrors whose `dl` template has a {sha256-checksum} marker.
    t.set(QStringLiteral("artifact-crate"), QStringLiteral("libsqlite3-sys"));
    t.set(QStringLiteral("artifact-version"), QStringLiteral("0.28.0"));
    t.set(QStringLiteral("artifact-checksum"),
          QStringLiteral("0c10584274047cb335c23d3e61bcef8e323adae7c5c8c760540f73610177fc3f"));
    // Released every week or two.
    t.set(QStringLiteral("freshness-crate"), QStringLiteral("cc"));
    return t;
}

QString CargoSparseProtocol::prefixOf(const QString &crate)
{
    switch (crate.size()) {
    case 0:
        return QString();
    case 1:
        return QStringLiteral("1");
    case 2:
        return QStringLiteral("2");
    case 3:
        return QStringLiteral("3/") + crate.left(1);
    default:
        return crate.left(2) + QLatin1Char('/') + crate.mid(2, 2);
    }
}

QString CargoSparseProtocol::indexPath(const QString &crate)
{
    const QString lower = crate.toLower();
    return prefixOf(lower) + QLatin1Char('/') + lower;
}

QString CargoSparseProtocol::expandDownloadTemplate(const QString &dl, const QString &crate,
                                                    const QString &version, const QString &checksum)
{
    static const QStringList markers = {
        QStringLiteral("{crate}"),           QStringLiteral("{version}"),
        QStringLiteral("{prefix}"),          QStringLiteral("{lowerprefix}"),
        QStringLiteral("{sha256-checksum}"),
    };
    QString url = dl;
    const bool hasMarker = std::any_of(markers.cbegin(), markers.cend(),
                                       [&url](const QString &m) { return url.contains(m); });
    if (!hasMarker)
        url += QStringLiteral("/{crate}/{version}/download");
    const QString prefix = prefixOf(crate);
    return url.replace(markers[0], crate)
        .replace(markers[1], version)
        .replace(markers[2], prefix)
        .replace(markers[3], prefix.toLower())
        .replace(markers[4], checksum);
}

QUrl CargoSparseProtocol::baseUrl(const QString &mirrorUrl) const
{
    QString url = mirrorUrl.trimmed();
    if (url.startsWith(sparsePrefix))
        url.remove(0, sparsePrefix.size());
    return QUrl(url);
}

QNetworkRequest CargoSparseProtocol::indexRequest(const QUrl &base, const QString &crate) const
{
    return makeRequest(
        appendPath(base, QString::fromUtf8(QUrl::toPercentEncoding(indexPath(crate), "/"))));
}

QNetworkRequest CargoSparseProtocol::latencyRequest(const QUrl &base) const
{
    return indexRequest(base, target(QStringLiteral("latency-crate")));
}

QNetworkRequest CargoSparseProtocol::versionsRequest(const QUrl &base) const
{
    return indexRequest(base, target(QStringLiteral("freshness-crate")));
}

Expected<VersionList> CargoSparseProtocol::parseVersions(const QByteArray &body,
                                                         const QString &contentType) const
{
    Q_UNUSED(contentType)
    VersionList list;
    QString bestRelease;
    QString bestAny;
    for (const QByteArray &line : body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString version = record.value(QStringLiteral("vers")).toString();
        // A yanked version is never chosen for a new lock file: it does not count as published.
        if (version.isEmpty() || record.value(QStringLiteral("yanked")).toBool())
            continue;
        list.versions.append(version);
        if (bestAny.isEmpty() || compareVersions(version, bestAny) > 0)
            bestAny = version;
        if (!VersionOrder::isSemverPrerelease(version) &&
            (bestRelease.isEmpty() || compareVersions(version, bestRelease) > 0))
            bestRelease = version;
    }
    if (list.versions.isEmpty())
        return makeError(CoreError::Kind::Network,
                         tr("The index lists no usable version of %1.")
                             .arg(target(QStringLiteral("freshness-crate"))));
    // Like a caret requirement on a fresh lock file: the highest release, else a pre-release.
    list.latest = bestRelease.isEmpty() ? bestAny : bestRelease;
    return list;
}

QNetworkRequest CargoSparseProtocol::artifactIndexRequest(const QUrl &base) const
{
    return makeRequest(appendPath(base, QStringLiteral("config.json")));
}

Expected<QUrl> CargoSparseProtocol::artifactUrl(const QByteArray &body, const QString &contentType,
                                                const QUrl &indexUrl) const
{
    Q_UNUSED(contentType)
    const QString crate = target(QStringLiteral("artifact-crate"));
    const QString version = target(QStringLiteral("artifact-version"));
    const QString checksum = target(QStringLiteral("artifact-checksum"));
    const QString dl =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("dl")).toString().trimmed();
    if (dl.isEmpty())
        return makeError(CoreError::Kind::Network,
                         tr("The index's config.json names no download address (\"dl\")."));
    if (dl.contains(QLatin1String("{sha256-checksum}")) && checksum.isEmpty())
        return makeError(CoreError::Kind::Network,
                         tr("The index downloads by checksum, and no checksum of %1 %2 is "
                            "known; set the probe target \"artifact-checksum\".")
                             .arg(crate, version));
    const QUrl url = indexUrl.resolved(QUrl(expandDownloadTemplate(dl, crate, version, checksum)));
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(CoreError::Kind::Network,
                         tr("The index's download address for %1 %2 is not an http(s) URL.")
                             .arg(crate, version));
    return url;
}

int CargoSparseProtocol::compareVersions(const QString &a, const QString &b) const
{
    return VersionOrder::compareSemver(a, b);
}
