#include "ChangeHistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    return QJsonObject{
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

Expected<void> ChangeHistory::save(const QString &ecosystem,
                                   const QList<HistoryEntry> &entries) const
{
    if (!QDir().mkpath(m_directory))
        return makeError(CoreError::Kind::Io, tr("The history directory cannot be created."),
                         m_directory);
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(toJson(entry));
    QSaveFile file(storePath(ecosystem));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CoreError::Kind::Io,
                         tr("The change history cannot be written (%1).").arg(file.errorString()),
                         file.fileName());
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(CoreError::Kind::Io,
                         tr("The change history cannot be written (%1).").arg(file.errorString()),
                         file.fileName());
    return {};
}

Expected<HistoryEntry> ChangeHistory::record(const ConfigChange &change, const QDateTime &time)
{
    Expected<QList<HistoryEntry>> loaded = load(change.ecosystem);
    if (!loaded)
        return loaded.error();
    QList<HistoryEntry> entries = std::move(loaded).value();

    int highestId = 0;
    for (const HistoryEntry &existing : entries)
        highestId = std::max(highestId, existing.id.toInt());

    HistoryEntry entry;
    entry.id = QString::number(highestId + 1);
    entry.time = time;
    entry.ecosystem = change.ecosystem;
    entry.filePath = change.filePath;
    entry.targetPath = change.targetPath;
    entry.summary = change.summary();
    entry.keyChanges = change.keyChanges;
    entry.existedBefore = change.existedBefore;
    entry.existsAfter = change.existsAfter;
    entry.before = change.before;
    entry.after = change.after;
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

    if (Expected<void> saved = save(change.ecosystem, entries); !saved)
        return saved.error();
    return entry;
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

ConfigChange ChangeHistory::restoreChange(const HistoryEntry &entry, bool existsNow,
                                          const QByteArray &currentBytes)
{
    ConfigChange change;
    change.ecosystem = entry.ecosystem;
    change.filePath = entry.filePath;
    change.targetPath = entry.targetPath.isEmpty() ? entry.filePath : entry.targetPath;
    change.existedBefore = existsNow;
    change.before = currentBytes;
    change.existsAfter = entry.existedBefore;
    change.after = entry.existedBefore ? entry.before : QByteArray();
    for (const KeyChange &key : entry.keyChanges)
        change.keyChanges.append({key.key, key.newValue, key.oldValue});
    return change;
}
