#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

QJsonObject toJson(const Profile &profile)
{
    QJsonArray settings;
    for (const ProfileSetting &s : profile.settings) {
        QJsonObject o{{QStringLiteral("ecosystem"), s.ecosystem}, {QStringLiteral("key"), s.key}};
        if (s.isDefault)
            o.insert(QStringLiteral("default"), true);
        else
            o.insert(QStringLiteral("value"), s.value);
        settings.append(o);
    }
    return {{QStringLiteral("name"), profile.name}, {QStringLiteral("settings"), settings}};
}

Profile fromJson(const QJsonObject &object)
{
    Profile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("settings")).toArray()) {
        const QJsonObject o = v.toObject();
        ProfileSetting s;
        s.ecosystem = o.value(QStringLiteral("ecosystem")).toString();
        s.key = o.value(QStringLiteral("key")).toString();
        s.value = o.value(QStringLiteral("value")).toString();
        s.isDefault = o.value(QStringLiteral("default")).toBool();
        if (!s.ecosystem.isEmpty() && !s.key.isEmpty())
            profile.settings.append(s);
    }
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

QString ProfileStore::defaultPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("profiles.json"));
}

Expected<void> ProfileStore::validateName(const QString &name)
{
    bool control = false;
    for (const QChar c : name)
        control = control || c.category() == QChar::Other_Control;
    if (name.isEmpty() || name.size() > 64 || control || name.trimmed() != name)
        return makeError(CoreError::Kind::InvalidValue,
                         tr("“%1” is not a profile name: use 1 to 64 characters, without control "
                            "characters or spaces at either end, e.g. “Home” or “Office”.")
                             .arg(name));
    return {};
}

Expected<QList<Profile>> ProfileStore::profiles() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<Profile>();
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes)
        return makeError(CoreError::Kind::Io,
                         tr("Cannot read the profiles in %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         m_path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(CoreError::Kind::BadFile,
                         tr("The profiles file %1 is damaged (%2); fix or remove it.")
                             .arg(QDir::toNativeSeparators(m_path), error.errorString()),
                         m_path);
    QList<Profile> list;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("profiles")).toArray()) {
        Profile profile = fromJson(v.toObject());
        if (validateName(profile.name))
            list.append(profile);
    }
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

Expected<Profile> ProfileStore::find(const QString &name) const
{
    MIRRORDECK_TRY_ASSIGN(list, profiles());
    for (const Profile &profile : list) {
        if (profile.name == name)
            return profile;
    }
    return makeError(
        CoreError::Kind::NotFound,
        tr("There is no profile “%1”. List them with “mirrordeck-cli profile list”.").arg(name));
}

// The window and the CLI may save at once: each read-modify-write holds the store's lock, so
// neither drops the profile the other just saved.
Expected<std::unique_ptr<QLockFile>> ProfileStore::lock() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    if (!lock->tryLock(10000))
        return makeError(CoreError::Kind::Busy,
                         tr("Another MirrorDeck is saving the profiles in %1; nothing was changed. "
                            "Try again.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         m_path);
    return lock;
}

Expected<void> ProfileStore::save(const Profile &profile)
{
    MIRRORDECK_TRY(validateName(profile.name));
    MIRRORDECK_TRY_ASSIGN(held, lock());
    MIRRORDECK_TRY_ASSIGN(list, profiles());
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Profile &p) { return p.name == profile.name; }),
               list.end());
    list.append(profile);
    return write(list);
}

Expected<void> ProfileStore::remove(const QString &name)
{
    MIRRORDECK_TRY_ASSIGN(held, lock());
    MIRRORDECK_TRY(find(name));
    MIRRORDECK_TRY_ASSIGN(list, profiles());
    list.erase(
        std::remove_if(list.begin(), list.end(), [&](const Profile &p) { return p.name == name; }),
        list.end());
    return write(list);
}

Expected<void> ProfileStore::write(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(toJson(profile));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("profiles"), array}})
                       .toJson(QJsonDocument::Indented));
        if (file.commit())
            return {};
    }
    return makeError(CoreError::Kind::Io,
                     tr("Cannot save the profiles to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                     m_path);
}
