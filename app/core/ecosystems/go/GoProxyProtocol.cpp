#include "ecosystems/go/GoProxyProtocol.h"

#include "probe/VersionOrder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

MirrorProtocol GoProxyProtocol::descriptor()
{
    return {QStringLiteral("goproxy"), defaultTargets(), [](const ProbeTargets &targets) {
                return std::make_shared<const GoProxyProtocol>(targets);
            }};
}

ProbeTargets GoProxyProtocol::defaultTargets()
{
    ProbeTargets t;
    // Immutable, tiny and cached by every proxy; its upper-case letters exercise case-encoding.
    t.set(QStringLiteral("latency-module"), QStringLiteral("github.com/BurntSushi/toml"));
    t.set(QStringLiteral("latency-version"), QStringLiteral("v1.3.2"));
    // A module zip of several MB, so the throughput cap rather than the file ends the download.
    t.set(QStringLiteral("artifact-module"), QStringLiteral("golang.org/x/text"));
    t.set(QStringLiteral("artifact-version"), QStringLiteral("v0.14.0"));
    // Tagged about monthly.
    t.set(QStringLiteral("freshness-module"), QStringLiteral("golang.org/x/sys"));
    return t;
}

QString GoProxyProtocol::escapePath(const QString &path)
{
    QString out;
    out.reserve(path.size() + 4);
    for (const QChar ch : path) {
        if (ch.unicode() >= 'A' && ch.unicode() <= 'Z') {
            out += QLatin1Char('!');
            out += ch.toLower();
        } else {
            out += ch;
        }
    }
    return out;
}

QUrl GoProxyProtocol::baseUrl(const QString &mirrorUrl) const
{
    // GOPROXY is a list ("https://goproxy.cn,direct"); the first URL entry is the mirror.
    const QStringList entries = mirrorUrl.split(QRegularExpression(QStringLiteral("[,|]")));
    for (const QString &entry : entries) {
        const QString e = entry.trimmed();
        if (e.startsWith(QLatin1String("http://")) || e.startsWith(QLatin1String("https://")))
            return QUrl(e);
    }
    return QUrl(mirrorUrl.trimmed());
}

QNetworkRequest GoProxyProtocol::latencyRequest(const QUrl &base) const
{
    return makeRequest(appendPath(
        base, escapePath(target(QStringLiteral("latency-module"))) + QStringLiteral("/@v/") +
                  escapePath(target(QStringLiteral("latency-version"))) + QStringLiteral(".info")));
}

QNetworkRequest GoProxyProtocol::versionsRequest(const QUrl &base) const
{
    return makeRequest(appendPath(base, escapePath(target(QStringLiteral("freshness-module"))) +
                                            QStringLiteral("/@v/list")));
}

Expected<VersionList> GoProxyProtocol::parseVersions(const QByteArray &body,
                                                     const QString &contentType) const
{
    Q_UNUSED(contentType)
    VersionList list;
    QString bestRelease;
    QString bestAny;
    for (const QByteArray &raw : body.split('\n')) {
        const QString v = QString::fromUtf8(raw).trimmed().section(QLatin1Char(' '), 0, 0);
        if (!v.startsWith(QLatin1Char('v')))
            continue;
        list.versions.append(v);
        if (bestAny.isEmpty() || compareVersions(v, bestAny) > 0)
            bestAny = v;
        if (!VersionOrder::isSemverPrerelease(v) &&
            (bestRelease.isEmpty() || compareVersions(v, bestRelease) > 0))
            bestRelease = v;
    }
    if (list.versions.isEmpty())
        return makeError(CoreError::Kind::Network,
                         tr("The proxy lists no versions of %1.")
                             .arg(target(QStringLiteral("freshness-module"))));
    // Like the go command's @latest: the highest release, else the highest pre-release.
    list.latest = bestRelease.isEmpty() ? bestAny : bestRelease;
    return list;
}

QNetworkRequest GoProxyProtocol::artifactIndexRequest(const QUrl &base) const
{
    return makeRequest(appendPath(base, escapePath(target(QStringLiteral("artifact-module"))) +
                                            QStringLiteral("/@v/") +
                                            escapePath(target(QStringLiteral("artifact-version"))) +
                                            QStringLiteral(".info")));
}

Expected<QUrl> GoProxyProtocol::artifactUrl(const QByteArray &body, const QString &contentType,
                                            const QUrl &indexUrl) const
{
    Q_UNUSED(contentType)
    const QJsonObject info = QJsonDocument::fromJson(body).object();
    if (info.value(QStringLiteral("Version")).toString() !=
        target(QStringLiteral("artifact-version")))
        return makeError(CoreError::Kind::Network,
                         tr("The proxy's .info for %1 %2 is not valid.")
                             .arg(target(QStringLiteral("artifact-module")),
                                  target(QStringLiteral("artifact-version"))));
    QUrl url(indexUrl);
    QString path = url.path(QUrl::FullyEncoded);
    path.chop(int(qstrlen(".info")));
    url.setPath(path + QStringLiteral(".zip"), QUrl::TolerantMode);
    return url;
}

int GoProxyProtocol::compareVersions(const QString &a, const QString &b) const
{
    return VersionOrder::compareSemver(a, b);
}
