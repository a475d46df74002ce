#include "ecosystems/pip/PypiSimpleProtocol.h"

#include "probe/VersionOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

MirrorProtocol PypiSimpleProtocol::descriptor()
{
    return {QStringLiteral("pypi-simple"), defaultTargets(), [](const ProbeTargets &targets) {
                return std::make_shared<const PypiSimpleProtocol>(targets);
            }};
}

ProbeTargets PypiSimpleProtocol::defaultTargets()
{
    ProbeTargets t;
    t.set(QStringLiteral("latency-project"), QStringLiteral("six")); // a short page: few releases
    // A 16 MB sdist: the throughput cap, not the file, ends the download.
    t.set(QStringLiteral("artifact-project"), QStringLiteral("numpy"));
    t.set(QStringLiteral("artifact-file"), QStringLiteral("numpy-1.26.4.tar.gz"));
    t.set(QStringLiteral("freshness-project"),
          QStringLiteral("boto3")); // released almost every working day
    return t;
}

QString PypiSimpleProtocol::normalizeName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    return name.toLower().replace(separators, QStringLiteral("-"));
}

QByteArray PypiSimpleProtocol::acceptHeader()
{
    return QByteArrayLiteral("application/vnd.pypi.simple.v1+json, "
                             "application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01");
}

QNetworkRequest PypiSimpleProtocol::projectRequest(const QUrl &base, const QString &project) const
{
    QNetworkRequest request = makeRequest(
        appendPath(base, QString::fromUtf8(QUrl::toPercentEncoding(normalizeName(project))) +
                             QLatin1Char('/')));
    request.setRawHeader("Accept", acceptHeader());
    return request;
}

QNetworkRequest PypiSimpleProtocol::latencyRequest(const QUrl &base) const
{
    return projectRequest(base, target(QStringLiteral("latency-project")));
}

QNetworkRequest PypiSimpleProtocol::versionsRequest(const QUrl &base) const
{
    return projectRequest(base, target(QStringLiteral("freshness-project")));
}

QNetworkRequest PypiSimpleProtocol::artifactIndexRequest(const QUrl &base) const
{
    return projectRequest(base, target(QStringLiteral("artifact-project")));
}

QList<PypiSimpleProtocol::SimpleFile> PypiSimpleProtocol::parseFiles(const QByteArray &body,
                                                                     const QString &contentType)
{
    QList<SimpleFile> files;
    if (contentType.startsWith(QLatin1String("application/vnd.pypi.simple.v1+json"))) {
        const QJsonArray array =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("files")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject f = v.toObject();
            const QJsonValue yanked = f.value(QStringLiteral("yanked"));
            files.append(SimpleFile{f.value(QStringLiteral("filename")).toString(),
                                    f.value(QStringLiteral("url")).toString(),
                                    yanked.isString() || yanked.toBool()});
        }
        return files;
    }
    // PEP 503 HTML: one anchor per file; the text is the file name.
    static const QRegularExpression anchor(QStringLiteral(R"(<a\s([^>]*)>([^<]*)</a>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression href(QStringLiteral(R"re(href\s*=\s*"([^"]*)")re"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString html = QString::fromUtf8(body);
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString attributes = m.captured(1);
        const QRegularExpressionMatch h = href.match(attributes);
        if (!h.hasMatch())
            continue;
        QString link = h.captured(1);
        link.replace(QLatin1String("&amp;"), QLatin1String("&"));
        files.append(SimpleFile{m.captured(2).trimmed(), link,
                                attributes.contains(QLatin1String("data-yanked"))});
    }
    return files;
}

QString PypiSimpleProtocol::versionFromFilename(const QString &filename)
{
    if (filename.endsWith(QLatin1String(".whl"))) {
        const QStringList parts = filename.split(QLatin1Char('-'));
        return parts.size() >= 5 ? parts.at(1) : QString();
    }
    static const QStringList sdistSuffixes = {QStringLiteral(".tar.gz"), QStringLiteral(".zip"),
                                              QStringLiteral(".tar.bz2"), QStringLiteral(".tgz")};
    for (const QString &suffix : sdistSuffixes) {
        if (filename.endsWith(suffix)) {
            const QString stem = filename.left(filename.size() - suffix.size());
            const int dash = stem.lastIndexOf(QLatin1Char('-'));
            return dash > 0 ? stem.mid(dash + 1) : QString();
        }
    }
    return {};
}

Expected<VersionList> PypiSimpleProtocol::parseVersions(const QByteArray &body,
                                                        const QString &contentType) const
{
    QSet<QString> seen;
    VersionList list;
    QString bestRelease;
    QString bestAny;
    const auto consider = [&](const QString &v) {
        if (v.isEmpty() || seen.contains(v))
            return;
        seen.insert(v);
        list.versions.append(v);
        if (bestAny.isEmpty() || compareVersions(v, bestAny) > 0)
            bestAny = v;
        if (!VersionOrder::isPep440Prerelease(v) &&
            (bestRelease.isEmpty() || compareVersions(v, bestRelease) > 0))
            bestRelease = v;
    };
    // Latest is what pip would install: the highest non-yanked release.
    for (const SimpleFile &f : parseFiles(body, contentType)) {
        if (!f.yanked)
            consider(versionFromFilename(f.filename));
    }
    if (list.versions.isEmpty())
        return makeError(
            CoreError::Kind::Network,
            tr("The index lists no files of %1.").arg(target(QStringLiteral("freshness-project"))));
    list.latest = bestRelease.isEmpty() ? bestAny : bestRelease;
    return list;
}

Expected<QUrl> PypiSimpleProtocol::artifactUrl(const QByteArray &body, const QString &contentType,
                                               const QUrl &indexUrl) const
{
    for (const SimpleFile &f : parseFiles(body, contentType)) {
        if (f.filename != target(QStringLiteral("artifact-file")))
            continue;
        QUrl url = indexUrl.resolved(QUrl(f.href));
        url.setFragment(QString()); // "#sha256=…" is for checking, never sent
        if (url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return url;
    }
    return makeError(CoreError::Kind::Network,
                     tr("The index has no file %1.").arg(target(QStringLiteral("artifact-file"))));
}

int PypiSimpleProtocol::compareVersions(const QString &a, const QString &b) const
{
    return VersionOrder::comparePep440(a, b);
}
