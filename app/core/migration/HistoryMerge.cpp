#include "migration/HistoryMerge.h"

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
