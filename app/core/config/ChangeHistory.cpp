#include "ChangeHistory.h"

#include "config/SecretMask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

QJsonObject toJson(const HistoryEntry &entry)
{
    QJsonArray keys;
    for (const KeyChange &change : entry.keyChanges)
        keys.append(QJsonObject{{QStringLiteral("key"), change.key},
                                {QStringLiteral("old"), change.oldValue},
                                {QStringLiteral("new"), change.newValue}});
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("ecosystem"), entry.ecosystem},
        {QStringLiteral("file"), entry.filePath},
        {QStringLiteral("target"), entry.targetPath},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("existed_before"), entry.existedBefore},
        {QStringLiteral("exists_after"), entry.existsAfter},
        {QStringLiteral("before"), QString::fromLatin1(entry.before.toBase64())},
        {QStringLiteral("after"), QString::fromLatin1(entry.after.toBase64())},
    };
    if (!entry.group.isEmpty())
        object.insert(QStringLiteral("group"), entry.group);
    return object;
}

HistoryEntry fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.ecosystem = object.value(QStringLiteral("ecosystem")).toString();
    entry.filePath = object.value(QStringLiteral("file")).toString();
    entry.targetPath = object.value(QStringLiteral("target")).toString();
    entry.summary = object.value(QStringLiteral("summary")).toString();
    entry.group = object.value(QStringLiteral("group")).toString();
    const QJsonArray keys = object.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        entry.keyChanges.append({key.value(QStringLiteral("key")).toString(),
                                 key.value(QStringLiteral("old")).toString(),
                                 key.value(QStringLiteral("new")).toString()});
    }
    entry.existedBefore = object.value(QStringLiteral("existed_before")).toBool();
    entry.existsAfter = object.value(QStringLiteral("exists_after")).toBool(true);
    entry.before =
        QByteArray::fromBase64(object.value(QStringLiteral("before")).toString().toLatin1());
    entry.after =
        QByteArray::fromBase64(object.value(QStringLiteral("after")).toString().toLatin1());
    return entry;
}

} // namespace

ChangeHistory::ChangeHistory(QString directory)
    : m_directory(std::move(directory))
{}

QString ChangeHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history");
}

QString ChangeHistory::storePath(const QString &ecosystem) const
{
    return m_directory + QLatin1Char('/') + ecosystem + QStringLiteral(".json");
}

Expected<QList<HistoryEntry>> ChangeHistory::load(const QString &ecosystem) const
{
    QList<HistoryEntry> entries;
    QFile file(storePath(ecosystem));
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(CoreError::Kind::Io,
                         tr("The change history cannot be read (%1).").arg(file.errorString()),
                         file.fileName());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(CoreError::Kind::BadFile,
                         tr("The change history is damaged (%1). Move the file away to start a "
                            "new history.")
                             .arg(parseError.errorString()),
                         file.fileName());
    const QJsonArray array = document.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : array)
        entries.append(fromJson(value.toObject()));
    return entries;
}

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

Expected<void> ChangeHistory::ensurePrivateDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return makeError(CoreError::Kind::Io, tr("The history directory cannot be created."),
                         m_directory);
    // The history shows which files a user has and how they are set up: theirs alone.
    if ((QFile::permissions(m_directory) & ~kPrivateDirectory) != 0 &&
        !QFile::setPermissions(m_directory, kPrivateDirectory))
        return makeError(CoreError::Kind::Io,
                         tr("The history directory cannot be made private (mode 0700)."),
                         m_directory);
    return {};
}

Expected<void> ChangeHistory::save(const QString &ecosystem,
                                   const QList<HistoryEntry> &entries) const
{
    MIRRORDECK_TRY(ensurePrivateDirectory());
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(toJson(entry));
    QSaveFile file(storePath(ecosystem));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CoreError::Kind::Io,
                         tr("The change history cannot be written (%1).").arg(file.errorString()),
                         file.fileName());
    file.setPermissions(kPrivateFile);
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(CoreError::Kind::Io,
                         tr("The change history cannot be written (%1).").arg(file.errorString()),
                         file.fileName());
    if (QFile::permissions(file.fileName()) != kPrivateFile)
        QFile::setPermissions(file.fileName(), kPrivateFile);
    return {};
}

ChangeHistory::Recording::~Recording() = default;

Expected<void> ChangeHistory::Recording::commit()
{
    MIRRORDECK_TRY(m_history->save(m_entry.ecosystem, m_entries));
    m_lock.reset();
    return {};
}

Expected<std::unique_ptr<ChangeHistory::Recording>>
ChangeHistory::prepare(const ConfigChange &change, const QDateTime &time) const
{
    MIRRORDECK_TRY(ensurePrivateDirectory());
    std::unique_ptr<Recording> recording(new Recording);
    recording->m_history = this;
    const QString path = storePath(change.ecosystem);
    recording->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    if (!recording->m_lock->tryLock(kLockTimeoutMs))
        return makeError(CoreError::Kind::Busy,
                         recording->m_lock->error() == QLockFile::LockFailedError
                             ? tr("Another MirrorDeck window or command is recording a change "
                                  "right now and did not finish within %n second(s); nothing was "
                                  "written. Try again.",
                                  nullptr, kLockTimeoutMs / 1000)
                             : tr("The change history cannot be locked (its directory is not "
                                  "writable); nothing was written."),
                         path);

    Expected<QList<HistoryEntry>> loaded = load(change.ecosystem);
    if (!loaded && loaded.error().kind == CoreError::Kind::BadFile) {
        // Keep the damaged file for the user to look at; the new history starts empty, so the
        // change about to be written can still be undone.
        const QString aside = path + QStringLiteral(".damaged-") +
                              time.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        if (!QFile::rename(path, aside))
            return makeError(CoreError::Kind::Io,
                             tr("The change history is damaged and cannot be moved aside; "
                                "nothing was written. Move the file away and try again."),
                             path);
        recording->m_notes << tr("The change history was damaged (%1); it was kept as %2 and a "
                                 "new history was started.")
                                  .arg(loaded.error().message, QDir::toNativeSeparators(aside));
        loaded = QList<HistoryEntry>();
    }
    if (!loaded)
        return loaded.error();
    QList<HistoryEntry> entries = std::move(loaded).value();

    int highestId = 0;
    for (const HistoryEntry &existing : entries)
        highestId = std::max(highestId, existing.id.toInt());

    HistoryEntry &entry = recording->m_entry;
    entry.id = QString::number(highestId + 1);
    entry.time = time;
    entry.ecosystem = change.ecosystem;
    entry.filePath = change.filePath;
    entry.targetPath = change.targetPath;
    for (KeyChange key : change.keyChanges) {
        key.oldValue = SecretMask::maskText(key.oldValue);
        key.newValue = SecretMask::maskText(key.newValue);
        entry.keyChanges.append(key);
    }
    ConfigChange masked = change;
    masked.keyChanges = entry.keyChanges;
    entry.summary = change.groupLabel.isEmpty()
                        ? masked.summary()
                        : QStringLiteral("%1: %2").arg(change.groupLabel, masked.summary());
    entry.group = change.group;
    entry.existedBefore = change.existedBefore;
    entry.existsAfter = change.existsAfter;
    entry.before = SecretMask::mask(change.before);
    entry.after = SecretMask::mask(change.after);
    entries.prepend(entry);

    // Keep the newest kMaxEntriesPerFile per file; other files' entries are untouched.
    int keptForFile = 0;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const HistoryEntry &candidate) {
                                     if (candidate.filePath != change.filePath)
                                         return false;
                                     return ++keptForFile > kMaxEntriesPerFile;
                                 }),
                  entries.end());
    // Entries written by an earlier version held secrets in clear: none survive a save.
    for (HistoryEntry &existing : entries) {
        existing.before = SecretMask::mask(existing.before);
        existing.after = SecretMask::mask(existing.after);
        existing.summary = SecretMask::maskText(existing.summary);
        for (KeyChange &key : existing.keyChanges) {
            key.oldValue = SecretMask::maskText(key.oldValue);
            key.newValue = SecretMask::maskText(key.newValue);
        }
    }
    recording->m_entries = std::move(entries);
    return recording;
}

Expected<HistoryEntry> ChangeHistory::record(const ConfigChange &change, const QDateTime &time)
{
    MIRRORDECK_TRY_ASSIGN(recording, prepare(change, time));
    MIRRORDECK_TRY(recording->commit());
    return recording->entry();
}

Expected<QList<HistoryEntry>> ChangeHistory::entries(const QString &ecosystem) const
{
    return load(ecosystem);
}

Expected<HistoryEntry> ChangeHistory::entry(const QString &ecosystem, const QString &id) const
{
    Expected<QList<HistoryEntry>> loaded = load(ecosystem);
    if (!loaded)
        return loaded.error();
    for (const HistoryEntry &candidate : *loaded) {
        if (candidate.id == id)
            return candidate;
    }
    return makeError(CoreError::Kind::NotFound,
                     tr("There is no history entry %1 for %2. List the entries with "
                        "“mirrordeck-cli history %2”.")
                         .arg(id, ecosystem));
}
