#include "credentials/CredentialStore.h"

#include "credentials/CredentialsLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

CredentialStore::CredentialStore(QString directory)
    : m_directory(std::move(directory))
{}

QString CredentialStore::filePath() const
{
    return m_directory + QStringLiteral("/credentials.json");
}

Expected<QList<CredentialEntry>> CredentialStore::entries() const
{
    QFile file(filePath());
    if (!file.exists())
        return QList<CredentialEntry>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            CoreError::Kind::Io,
            tr("Cannot read the list of private repositories: %1").arg(file.errorString()),
            filePath());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(CoreError::Kind::BadFile,
                         tr("The list of private repositories is damaged; move it aside to "
                            "start a new one."),
                         filePath());
    QList<CredentialEntry> result;
    const QJsonArray array = document.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : array) {
        Expected<CredentialEntry> entry = CredentialEntry::fromJson(value.toObject());
        if (!entry)
            return makeError(CoreError::Kind::BadFile, entry.error().message, filePath());
        result.append(*entry);
    }
    return result;
}

Expected<std::optional<CredentialEntry>> CredentialStore::find(const QString &normalisedUrl) const
{
    MIRRORDECK_TRY_ASSIGN(all, entries());
    for (const CredentialEntry &entry : all) {
        if (entry.url == normalisedUrl)
            return std::optional<CredentialEntry>(entry);
    }
    return std::optional<CredentialEntry>();
}

Expected<void> CredentialStore::put(const CredentialEntry &entry)
{
    return modify([&](QList<CredentialEntry> &list) {
        for (CredentialEntry &existing : list) {
            if (existing.url == entry.url) {
                existing = entry;
                return;
            }
        }
        list.append(entry);
    });
}

Expected<void> CredentialStore::remove(const QString &normalisedUrl)
{
    return modify([&](QList<CredentialEntry> &list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const CredentialEntry &e) { return e.url == normalisedUrl; }),
                   list.end());
    });
}

Expected<void> CredentialStore::modify(const Mutation &mutation)
{
    if (!QDir().mkpath(m_directory))
        return makeError(CoreError::Kind::Io, tr("Cannot create the folder %1.").arg(m_directory));
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return makeError(CoreError::Kind::Busy,
                         tr("Another MirrorDeck process is changing the private repositories; "
                            "try again."),
                         filePath());
    MIRRORDECK_TRY_ASSIGN(list, entries());
    mutation(list);
    return save(list);
}

Expected<void> CredentialStore::save(const QList<CredentialEntry> &entries) const
{
    QJsonArray array;
    for (const CredentialEntry &entry : entries)
        array.append(entry.toJson());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CoreError::Kind::Io, file.errorString(), filePath());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), array}})
                   .toJson());
    if (!file.commit())
        return makeError(CoreError::Kind::Io, file.errorString(), filePath());
    qCDebug(lcCredentials) << "saved" << entries.size() << "entries to" << filePath();
    return {};
}
