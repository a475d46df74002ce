#pragma once

// Probing a PyPI simple index the way pip does: the project page negotiated as PEP 691 JSON or
// PEP 503 HTML (pip's own Accept header), names normalized per PEP 503, links resolved against
// the page's final URL with their #sha256= fragment dropped, versions read from file names
// (or PEP 700 "versions"), yanked files ignored.

#include "probe/ProbeProtocol.h"

#include <QCoreApplication>
#include <QList>

class PypiSimpleProtocol : public ProbeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(PypiSimpleProtocol)

public:
    struct SimpleFile
    {
        QString filename;
        QString href; // as written on the page (may be relative, may carry a fragment)
        bool yanked = false;
    };

    using ProbeProtocol::ProbeProtocol;

    // Registered in EcosystemRegistry: id "pypi-simple", defaultTargets(), a factory.
    static MirrorProtocol descriptor();
    static ProbeTargets defaultTargets();
    static QString normalizeName(const QString &name); // PEP 503
    static QByteArray acceptHeader();
    // The files of a project page, JSON or HTML according to the Content-Type.
    static QList<SimpleFile> parseFiles(const QByteArray &body, const QString &contentType);
    // "numpy-1.26.4.tar.gz" -> "1.26.4"; empty when the name is not a wheel or sdist.
    static QString versionFromFilename(const QString &filename);

    QString protocol() const override { return QStringLiteral("pypi-simple"); }
    QNetworkRequest latencyRequest(const QUrl &base) const override;
    QNetworkRequest versionsRequest(const QUrl &base) const override;
    Expected<VersionList> parseVersions(const QByteArray &body,
                                        const QString &contentType) const override;
    QNetworkRequest artifactIndexRequest(const QUrl &base) const override;
    Expected<QUrl> artifactUrl(const QByteArray &body, const QString &contentType,
                               const QUrl &indexUrl) const override;
    int compareVersions(const QString &a, const QString &b) const override;

private:
    QNetworkRequest projectRequest(const QUrl &base, const QString &project) const;
};
