#include "migration/HistoryMerge.h"

#include "config/SecretMask.h"
#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

const QString kEntries = QStringLiteral("entries");
const QString kId = QStringLiteral("id");
const QString kTime = QStringLiteral("time");

Expected<QJsonObject> parse(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(kEntries).isArray())
        return makeError(CoreError::Kind::BadFile,
                         HistoryMerge::tr("This change history is damaged, so it was not merged "
                                          "with the other; neither file was changed or removed."),
                         path);
    return document.object();
}

// Identity of an entry apart from its number.
QByteArray contentKey(QJsonObject entry)
{
    entry.remove(kId);
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

} // namespace

Expected<QByteArray> HistoryMerge::merge(const QByteArray &canonical, const QString &canonicalPath,
                                         const QByteArray &legacy, const QString &legacyPath)
{
    Expected<QJsonObject> kept = parse(canonical, canonicalPath);
    if (!kept)
        return kept.error();
    const Expected<QJsonObject> other = parse(legacy, legacyPath);
    if (!other)
        return other.error();

    struct Item
    {
        QDateTime time;
        QJsonObject object;
    };
    QList<Item> items;
    QSet<QByteArray> seen;
    for (const QJsonObject &document : {std::as_const(*kept), *other}) {
        for (const QJsonValue &value : document.value(kEntries).toArray()) {
            const QJsonObject object = value.toObject();
            if (!seen.contains(contentKey(object))) {
                seen.insert(contentKey(object));
                items.append(
                    {QDateTime::fromString(object.value(kTime).toString(), Qt::ISODateWithMs),
                     object});
            }
        }
    }
    // Newest first; an entry without a readable time counts as the oldest. Stable, so entries of
    // equal time keep the order their file had.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (!a.time.isValid() || !b.time.isValid())
            return a.time.isValid() && !b.time.isValid();
        return a.time > b.time;
    });

    QJsonArray entries;
    qsizetype number = items.size();
    for (Item &item : items) {
        item.object.insert(kId, QString::number(number--));
        entries.append(item.object);
    }
    kept->insert(kEntries, entries);
    return QJsonDocument(*kept).toJson(QJsonDocument::Indented);
}

QByteArray HistoryMerge::maskSecrets(const QByteArray &history)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(history, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return history;
    QJsonObject root = document.object();
    QJsonArray entries = root.value(kEntries).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        for (const char *field : {"before", "after"}) {
            const QByteArray bytes =
                QByteArray::fromBase64(entry.value(QLatin1String(field)).toString().toLatin1());
            entry.insert(QLatin1String(field),
                         QString::fromLatin1(SecretMask::mask(bytes).toBase64()));
        }
        entry.insert(QStringLiteral("summary"),
                     SecretMask::maskText(entry.value(QStringLiteral("summary")).toString()));
        QJsonArray keys = entry.value(QStringLiteral("keys")).toArray();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            QJsonObject key = keys.at(k).toObject();
            for (const char *field : {"old", "new"})
                key.insert(QLatin1String(field),
                           SecretMask::maskText(key.value(QLatin1String(field)).toString()));
            keys.replace(k, key);
        }
        entry.insert(QStringLiteral("keys"), keys);
        entries.replace(i, entry);
    }
    root.insert(kEntries, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
