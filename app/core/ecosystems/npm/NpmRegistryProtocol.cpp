#include "ecosystems/npm/NpmRegistryProtocol.h"

#include "probe/VersionOrder.h"

#include <QJsonDocument>
#include <QJsonObject>

MirrorProtocol NpmRegistryProtocol::descriptor()
{
    return {QStringLiteral("npm-registry"), defaultTargets(), [](const ProbeTargets &targets) {
                return std::make_shared<const NpmRegistryProtocol>(targets);
            }};
}

ProbeTargets NpmRegistryProtocol::defaultTargets()
{
    ProbeTargets t;
    // A small packument: few versions, no dependencies.
    t.set(QStringLiteral("latency-package"), QStringLiteral("is-number"));
    // A ~7 MB tarball in a packument of few versions; scoped, so the name escaping is exercised.
    t.set(QStringLiteral("artifact-package"), QStringLiteral("@img/sharp-libvips-linux-x64"));
    t.set(QStringLiteral("artifact-version"), QStringLiteral("1.0.4"));
    // Released every week or two.
    t.set(QStringLiteral("freshness-package"), QStringLiteral("esbuild"));
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
    return packumentRequest(base, target(QStringLiteral("latency-package")));
}

QNetworkRequest NpmRegistryProtocol::versionsRequest(const QUrl &base) const
{
    return packumentRequest(base, target(QStringLiteral("freshness-package")));
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
                             .arg(target(QStringLiteral("freshness-package"))));
    return list;
}

QNetworkRequest NpmRegistryProtocol::artifactIndexRequest(const QUrl &base) const
{
    return packumentRequest(base, target(QStringLiteral("artifact-package")));
}

Expected<QUrl> NpmRegistryProtocol::artifactUrl(const QByteArray &body, const QString &contentType,
                                                const QUrl &indexUrl) const
{
    Q_UNUSED(contentType)
    const QString tarball = QJsonDocument::fromJson(body)
                                .object()
                                .value(QStringLiteral("versions"))
                                .toObject()
                                .value(target(QStringLiteral("artifact-version")))
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
                             .arg(target(QStringLiteral("artifact-package")),
                                  target(QStringLiteral("artifact-version"))));
    return url;
}

int NpmRegistryProtocol::compareVersions(const QString &a, const QString &b) const
{
    return VersionOrder::compareSemver(a, b);
}
