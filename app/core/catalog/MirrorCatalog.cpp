#include "catalog/MirrorCatalog.h"

#include "catalog/CatalogLog.h"
#include "catalog/MirrorJson.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

const QString MirrorCatalog::kBuiltInPath = QStringLiteral(":/catalog/mirrors.json");

namespace {

QUrl normalizedUrl(const QString &url)
{
    // QUrl lower-cases scheme and host itself; paths stay case-sensitive, as servers treat them.
    QUrl normalized =
        QUrl(url.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalized.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        normalized.setPath(QString());
    return normalized;
}

// Whether `ecosystem` can use `mirror`; an unknown ecosystem uses the mirrors filed under it.
bool usableBy(const Mirror &mirror, const QString &ecosystem)
{
    const QString protocol = EcosystemRegistry::protocolOf(ecosystem);
    return protocol.isEmpty() ? mirror.ecosystem == ecosystem
                              : MirrorCatalog::protocolOf(mirror) == protocol;
}

} // namespace

QString MirrorCatalog::protocolOf(const Mirror &mirror)
{
    return mirror.protocol.isEmpty() ? EcosystemRegistry::protocolOf(mirror.ecosystem)
                                     : mirror.protocol;
}

Expected<QList<Mirror>> MirrorCatalog::builtIn()
{
    return loadFile(kBuiltInPath);
}

Expected<QList<Mirror>> MirrorCatalog::loadFile(const QString &path, bool userDefined)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason =
            QFileInfo::exists(path) ? file.errorString() : tr("the file does not exist");
        return makeError(CoreError::Kind::Io, tr("Cannot read the mirror list: %1.").arg(reason),
                         path);
    }
    // Catalogs are a few kB; anything far larger is not one (and would stall the GUI thread).
    constexpr qint64 kMaxSize = 4 * 1024 * 1024;
    if (file.size() > kMaxSize)
        return makeError(CoreError::Kind::BadFile,
                         tr("The mirror list is larger than 4 MB; it is probably not a mirror "
                            "list."),
                         path);
    Expected<QList<Mirror>> mirrors = MirrorJson::parseDocument(file.readAll(), path, userDefined);
    if (mirrors)
        qCDebug(lcCatalog) << "loaded" << mirrors->size() << "mirrors from" << path;
    return mirrors;
}

Expected<MirrorCatalog> MirrorCatalog::load(const QString &catalogPath,
                                            const QList<Mirror> &userMirrors,
                                            QList<CoreError> *skipped)
{
    Expected<QList<Mirror>> base = catalogPath.isEmpty() ? builtIn() : loadFile(catalogPath);
    if (!base)
        return base.error();
    MirrorCatalog catalog(std::move(base).value());
    const QList<CoreError> warnings = catalog.addUserMirrors(userMirrors);
    if (skipped)
        *skipped = warnings;
    return catalog;
}

QList<CoreError> MirrorCatalog::addUserMirrors(const QList<Mirror> &userMirrors,
                                               const QString &sourceFile)
{
    QList<CoreError> skipped;
    for (Mirror m : userMirrors) {
        if (contains(m.id)) {
            skipped.append(makeError(
                CoreError::Kind::Conflict,
                tr("Your mirror \"%1\" was not loaded: the catalog already has a mirror with "
                   "that id. Rename yours in Preferences.")
                    .arg(m.id),
                sourceFile));
            continue;
        }
        m.userDefined = true;
        m_mirrors.append(m);
    }
    return skipped;
}

std::optional<Mirror> MirrorCatalog::find(const QString &id) const
{
    for (const Mirror &m : m_mirrors) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

QList<Mirror> MirrorCatalog::byEcosystem(const QString &ecosystem) const
{
    QList<Mirror> result;
    for (const Mirror &m : m_mirrors) {
        if (usableBy(m, ecosystem))
            result.append(m);
    }
    return result;
}

std::optional<Mirror> MirrorCatalog::official(const QString &ecosystem) const
{
    for (const Mirror &m : m_mirrors) {
        if (m.official && usableBy(m, ecosystem))
            return m;
    }
    return std::nullopt;
}

std::optional<Mirror> MirrorCatalog::findByUrl(const QString &ecosystem, const QString &url) const
{
    const QUrl wanted = normalizedUrl(url);
    if (!wanted.isValid() || wanted.isEmpty())
        return std::nullopt;
    for (const Mirror &m : m_mirrors) {
        if (normalizedUrl(m.url) == wanted && usableBy(m, ecosystem))
            return m;
    }
    return std::nullopt;
}
