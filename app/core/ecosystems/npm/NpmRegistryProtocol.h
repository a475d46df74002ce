#pragma once

// Probing an npm registry the way npm does: packuments fetched with the abbreviated-metadata
// Accept header, scoped names as "@scope%2fname", the tarball URL taken from the packument's
// dist.tarball, the latest version from dist-tags.latest.

#include "probe/ProbeProtocol.h"

#include <QCoreApplication>

class NpmRegistryProtocol : public ProbeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(NpmRegistryProtocol)

public:
    using ProbeProtocol::ProbeProtocol;

    // Registered in EcosystemRegistry: id "npm-registry", defaultTargets(), a factory.
    static MirrorProtocol descriptor();
    static ProbeTargets defaultTargets();
    // npm's escapedName: "@types/node" -> "@types%2fnode".
    static QString escapeName(const QString &name);
    // The Accept header npm sends for installs (corgi documents).
    static QByteArray acceptHeader();

    QString protocol() const override { return QStringLiteral("npm-registry"); }
    QNetworkRequest latencyRequest(const QUrl &base) const override;
    QNetworkRequest versionsRequest(const QUrl &base) const override;
    Expected<VersionList> parseVersions(const QByteArray &body,
                                        const QString &contentType) const override;
    QNetworkRequest artifactIndexRequest(const QUrl &base) const override;
    Expected<QUrl> artifactUrl(const QByteArray &body, const QString &contentType,
                               const QUrl &indexUrl) const override;
    int compareVersions(const QString &a, const QString &b) const override;

private:
    QNetworkRequest packumentRequest(const QUrl &base, const QString &name) const;
};
