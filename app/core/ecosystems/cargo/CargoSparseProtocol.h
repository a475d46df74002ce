#pragma once

// Probing a Cargo sparse index the way cargo does: one index file per crate at a path made from
// the lower-cased name's length (1/a, 2/ab, 3/a/abc, se/rd/serde), each line a JSON version
// record; the .crate download URL made from the `dl` template of the index's config.json. The
// configured value is "sparse+https://…/"; the probe speaks plain http(s) to the URL after
// "sparse+".

#include "probe/ProbeProtocol.h"

#include <QCoreApplication>

class CargoSparseProtocol : public ProbeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(CargoSparseProtocol)

public:
    using ProbeProtocol::ProbeProtocol;

    // Registered in EcosystemRegistry: id "cargo-sparse", defaultTargets(), a factory.
    static MirrorProtocol descriptor();
    static ProbeTargets defaultTargets();
    // The index file of a crate relative to the index root, as cargo's make_dep_path builds it
    // for sparse indexes: the name lower-cased, "se/rd/serde".
    static QString indexPath(const QString &crate);
    // What the {prefix} marker of a `dl` template stands for: the same directories, in the
    // name's own case ("Se/rd" for "Serde").
    static QString prefixOf(const QString &crate);
    // The download URL from a `dl` template, with every marker replaced; without any marker,
    // "/{crate}/{version}/download" is appended first, as cargo does.
    static QString expandDownloadTemplate(const QString &dl, const QString &crate,
                                          const QString &version, const QString &checksum);

    QString protocol() const override { return QStringLiteral("cargo-sparse"); }
    QUrl baseUrl(const QString &mirrorUrl) const override;
    QNetworkRequest latencyRequest(const QUrl &base) const override;
    QNetworkRequest versionsRequest(const QUrl &base) const override;
    Expected<VersionList> parseVersions(const QByteArray &body,
                                        const QString &contentType) const override;
    QNetworkRequest artifactIndexRequest(const QUrl &base) const override;
    Expected<QUrl> artifactUrl(const QByteArray &body, const QString &contentType,
                               const QUrl &indexUrl) const override;
    int compareVersions(const QString &a, const QString &b) const override;

private:
    QNetworkRequest indexRequest(const QUrl &base, const QString &crate) const;
};
