#include "ecosystems/npm/NpmRegistryProtocol.h"

#include "probe/VersionOrder.h"

#include <QJsonDocument>
#include <QJsonObject>

ProbeTargets NpmRegistryProtocol::defaultTargets()
{
    ProbeTargets t;
    // A small packument: few versions, no dependencies.
    t.latencyPackage = QStringLiteral("is-number");
    // A ~7 MB tarball in a packument of few versions; scoped, so the name escaping is exercised.
    t.artifactPackage = QStringLiteral("@img/sharp-libvips-linux-x64");
    t.artifactVersion = QStringLiteral("1.0.4");
    // Released every week or two.
    t.freshnessPackage = QStringLiteral("esbuild");
    return t;
}

QString NpmRegistryProtocol::escapeName(const QString &name)
{
    QString escaped = QString::fromUtf8(QUrl::toPercentEncoding(name, "@"));
    return escaped.replace(QLatin1String("%2F"), QLatin1String("%2f"));
}

QByteArray NpmRegistryProtocol::acceptHeader()
{
    return QByteArrayLiteral("application/vnd.npm.install-v1+json; q=1.0, application/json; "
                             "q=0.8, */*");
}

QNetworkRequest NpmRegistryProtocol::packumentRequest(const QUrl &base, const QString &name) const
{
    QNetworkRequest request = makeRequest(appendPath(base, escapeName(name)));
    request.setRawHeader("Accept", acceptHeader());
    return request;
}

QNetworkRequest NpmRegistryProtocol::latencyRequest(const QUrl &base) const
{
    return packumentRequest(base, targets().latencyPackage);
}

QNetworkRequest NpmRegistryProtocol::versionsRequest(const QUrl &base) const
{
    return packumentRequest(base, targets().freshnessPackage);
}

Expected<VersionList> NpmRegistryProtocol::parseVersions(const QByteArray &body,
                                                         const QString &contentType) const
{
    Q_UNUSED(contentType)
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    VersionList list;
    list.versions = doc.value(QStringLiteral("versions")).toObject().keys();
    list.latest = doc.value(QStringLiteral("dist-tags"))
                      .toObject()
                      .value(QStringLiteral("latest"))
                      .toString();
    if (list.latest.isEmpty())
        return makeError(CoreError::Kind::Network,
                         tr("The registry's document for %1 has no latest version.")
                             .arg(targets().freshnessPackage));
    return list;
}

QNetworkRequest NpmRegistryProtocol::artifactIndexRequest(const QUrl &base) const
{
    return packumentRequest(base, targets().artifactPackage);
}

Expected<QUrl> NpmRegistryProtocol::artifactUrl(const QByteArray &body, const QString &contentType,
                                                const QUrl &indexUrl) const
{
    Q_UNUSED(contentType)
    const QString tarball = QJsonDocument::fromJson(body)
                                .object()
                                .value(QStringLiteral("versions"))
                                .toObject()
                                .value(targets().artifactVersion)
                                .toObject()
                                .value(QStringLiteral("dist"))
                                .toObject()
                                .value(QStringLiteral("tarball"))
                                .toString();
    const QUrl url = indexUrl.resolved(QUrl(tarball));
    if (tarball.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(CoreError::Kind::Network,
                         tr("The registry names no tarball for %1@%2.")
                             .arg(targets().artifactPackage, targets().artifactVersion));
    return url;
}

int NpmRegistryProtocol::compareVersions(const QString &a, const QString &b) const
{
    return VersionOrder::compareSemver(a, b);
}
