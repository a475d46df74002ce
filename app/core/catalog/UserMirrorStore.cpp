#include "catalog/UserMirrorStore.h"

#include "catalog/CatalogLog.h"
#include "catalog/HostNameCheck.h"
#include "catalog/MirrorCatalog.h"
#include "catalog/MirrorJson.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

const QString UserMirrorStore::kFileName = QStringLiteral("user-mirrors.json");

UserMirrorStore::UserMirrorStore(QSet<QString> catalogIds, QString directory)
    : m_catalogIds(std::move(catalogIds))
    , m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString UserMirrorStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString UserMirrorStore::filePath() const
{
    return QDir(m_directory).filePath(kFileName);
}

Expected<QList<Mirror>> UserMirrorStore::load() const
{
    if (!QFileInfo::exists(filePath())) {
        qCDebug(lcCatalog) << "no user mirrors at" << filePath();
        return QList<Mirror>{};
    }
    return MirrorCatalog::loadFile(filePath(), /*userDefined=*/true);
}

Expected<void> UserMirrorStore::check(Mirror &mirror, const QList<Mirror> &others) const
{
    mirror.id = mirror.id.trimmed();
    mirror.url = mirror.url.trimmed();
    mirror.name = mirror.name.trimmed();
    mirror.nameZh = mirror.nameZh.trimmed();
    if (mirror.nameZh.isEmpty())
        mirror.nameZh = mirror.name;
    mirror.userDefined = true;
    // Only the upstream itself is "official"; a user entry never is, whatever the form said.
    mirror.official = false;

    if (auto valid = MirrorJson::validate(mirror, filePath()); !valid)
        return valid;
    // A host that imitates another (mixed scripts) is accepted — it may be the user's own
    // internationalised name — but kept in its ACE form, so every list, table and config file
    // shows what it really is. The caller shows HostNameCheck::check(url).warning.
    mirror.url = HostNameCheck::revealedUrl(mirror.url);
    if (m_catalogIds.contains(mirror.id))
        return makeError(CoreError::Kind::Conflict,
                         tr("The id \"%1\" belongs to a mirror of the catalog; choose another id.")
                             .arg(mirror.id),
                         filePath());
    for (const Mirror &other : others) {
        if (other.id == mirror.id)
            return makeError(CoreError::Kind::Conflict,
                             tr("You already have a mirror with the id \"%1\".").arg(mirror.id),
                             filePath());
    }
    return {};
}

Expected<void> UserMirrorStore::add(Mirror mirror)
{
    Expected<QList<Mirror>> current = load();
    if (!current)
        return current.error();
    if (auto ok = check(mirror, *current); !ok)
        return ok;
    QList<Mirror> mirrors = std::move(current).value();
    mirrors.append(mirror);
    return save(mirrors);
}

Expected<void> UserMirrorStore::update(const QString &id, Mirror mirror)
{
    Expected<QList<Mirror>> current = load();
    if (!current)
        return current.error();
    QList<Mirror> mirrors = std::move(current).value();
    qsizetype index = -1;
    for (qsizetype i = 0; i < mirrors.size(); ++i) {
        if (mirrors.at(i).id == id)
            index = i;
    }
    if (index < 0)
        return makeError(CoreError::Kind::NotFound,
                         tr("You have no mirror with the id \"%1\".").arg(id), filePath());
    QList<Mirror> others = mirrors;
    others.removeAt(index);
    if (auto ok = check(mirror, others); !ok)
        return ok;
    mirrors[index] = mirror;
    return save(mirrors);
}

Expected<void> UserMirrorStore::remove(const QString &id)
{
    Expected<QList<Mirror>> current = load();
    if (!current)
        return current.error();
    QList<Mirror> mirrors = std::move(current).value();
    const auto removed = mirrors.removeIf([&id](const Mirror &m) { return m.id == id; });
    if (removed == 0)
        return makeError(CoreError::Kind::NotFound,
                         tr("You have no mirror with the id \"%1\".").arg(id), filePath());
    return save(mirrors);
}

Expected<QStringList> UserMirrorStore::addMissing(const QList<Mirror> &mirrors)
{
    Expected<QList<Mirror>> current = load();
    if (!current)
        return current.error();
    QList<Mirror> merged = std::move(current).value();
    QSet<QString> ids;
    for (const Mirror &mirror : std::as_const(merged))
        ids.insert(mirror.id);
    QStringList renamed;
    bool changed = false;
    for (Mirror mirror : mirrors) {
        mirror.userDefined = true;
        const QJsonObject json = MirrorJson::toJson(mirror);
        const bool present = std::any_of(merged.cbegin(), merged.cend(), [&json](const Mirror &m) {
            return MirrorJson::toJson(m) == json;
        });
        if (present)
            continue;
        if (ids.contains(mirror.id)) {
            QString id;
            for (int suffix = 2; id.isEmpty() || ids.contains(id); ++suffix)
                id = mirror.id + QLatin1Char('-') + QString::number(suffix);
            renamed << QStringLiteral("%1 → %2").arg(mirror.id, id);
            mirror.id = id;
        }
        ids.insert(mirror.id);
        merged.append(mirror);
        changed = true;
    }
    if (!changed)
        return renamed;
    qCDebug(lcCatalog) << "merging" << mirrors.size() << "mirrors into" << filePath();
    if (Expected<void> saved = save(merged); !saved)
        return saved.error();
    return renamed;
}

Expected<void> UserMirrorStore::save(const QList<Mirror> &mirrors) const
{
    if (!QDir().mkpath(m_directory))
        return makeError(CoreError::Kind::Io,
                         tr("Cannot create the folder \"%1\" for your mirrors.").arg(m_directory),
                         filePath());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CoreError::Kind::Io,
                         tr("Cannot write your mirrors: %1.").arg(file.errorString()), filePath());
    file.write(MirrorJson::toDocument(mirrors));
    if (!file.commit())
        return makeError(CoreError::Kind::Io,
                         tr("Cannot write your mirrors: %1.").arg(file.errorString()), filePath());
    qCDebug(lcCatalog) << "wrote" << mirrors.size() << "user mirrors to" << filePath();
    return {};
}
