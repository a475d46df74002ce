#pragma once

// Probing a GOPROXY the way the go command does: module paths and versions in the go command's
// case-encoding ("github.com/BurntSushi/toml" -> "github.com/!burnt!sushi/toml"); latency from a
// version's .info, throughput from a module .zip, freshness from @v/list.

#include "probe/ProbeProtocol.h"

#include <QCoreApplication>

class GoProxyProtocol : public ProbeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(GoProxyProtocol)

public:
    using ProbeProtocol::ProbeProtocol;

    // Registered in EcosystemRegistry: id "goproxy", defaultTargets(), a factory.
    static MirrorProtocol descriptor();
    static ProbeTargets defaultTargets();
    // The go command's case-encoding of a module path or version: "!" + lower-case letter for
    // every upper-case letter.
    static QString escapePath(const QString &path);

    QString protocol() const override { return QStringLiteral("goproxy"); }
    QUrl baseUrl(const QString &mirrorUrl) const override;
    QNetworkRequest latencyRequest(const QUrl &base) const override;
    QNetworkRequest versionsRequest(const QUrl &base) const override;
    Expected<VersionList> parseVersions(const QByteArray &body,
                                        const QString &contentType) const override;
    QNetworkRequest artifactIndexRequest(const QUrl &base) const override;
    Expected<QUrl> artifactUrl(const QByteArray &body, const QString &contentType,
                               const QUrl &indexUrl) const override;
    int compareVersions(const QString &a, const QString &b) const override;
};
