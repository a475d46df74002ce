#include "migration/HistoryMerge.h"
#include "config/ChangeHistory.h"
#include "support/DataFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// A history written by the real ChangeHistory, one entry per (after, time).
QByteArray historyOf(const QList<QPair<QByteArray, QDateTime>> &changes)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path());
    QByteArray previous;
    for (const auto &[after, time] : changes) {
        EXPECT_TRUE(history.record(goProxyChange(previous, after), time));
        previous = after;
    }
    QFile file(QDir(dir.path()).filePath(QStringLiteral("go.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<HistoryEntry> load(const QByteArray &bytes)
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("go.json")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Expected<QList<HistoryEntry>> entries = ChangeHistory(dir.path()).entries("go");
    EXPECT_TRUE(entries) << qPrintable(entries.error().toString());
    return entries ? *entries : QList<HistoryEntry>{};
}

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

} // namespace

TEST(HistoryMerge, KeepsEveryEntryNewestFirstWithUniqueRenumberedIds)
{
    // Both files number their entries 1, 2, … and their times interleave.
    const QByteArray window = historyOf({{"w1", kStart}, {"w2", kStart.addSecs(20)}});
    const QByteArray cli = historyOf(
        {{"c1", kStart.addSecs(10)}, {"c2", kStart.addSecs(30)}, {"c3", kStart.addSecs(40)}});

    const Expected<QByteArray> merged = HistoryMerge::merge(cli, "cli.json", window, "window.json");
    ASSERT_TRUE(merged) << qPrintable(merged.error().toString());
    const QList<HistoryEntry> entries = load(*merged);
    ASSERT_EQ(entries.size(), 5);
    QStringList afters;
    QStringList ids;
    for (const HistoryEntry &entry : entries) {
        afters << QString::fromUtf8(entry.after);
        ids << entry.id;
    }
    EXPECT_EQ(afters, (QStringList{"c3", "c2", "w2", "c1", "w1"}));
    EXPECT_EQ(ids, (QStringList{"5", "4", "3", "2", "1"}));

    // The next change recorded after the merge gets a fresh id.
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("go.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*merged);
    file.close();
    ChangeHistory history(dir.path());
    const Expected<HistoryEntry> next =
        history.record(goProxyChange("c3", "n"), kStart.addSecs(50));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->id, QStringLiteral("6"));
}

TEST(HistoryMerge, RunningAgainOnItsOwnResultAddsNothing)
{
    const QByteArray window = historyOf({{"w1", kStart}});
    const QByteArray cli = historyOf({{"c1", kStart.addSecs(10)}});
    const Expected<QByteArray> once = HistoryMerge::merge(cli, "cli.json", window, "window.json");
    ASSERT_TRUE(once);
    // An interrupted merge that runs again merges the old file into the already merged one.
    const Expected<QByteArray> twice =
        HistoryMerge::merge(*once, "cli.json", window, "window.json");
    ASSERT_TRUE(twice);
    EXPECT_EQ(load(*twice).size(), 2);
}

TEST(HistoryMerge, FieldsItDoesNotKnowTravelAlong)
{
    QJsonObject entry{{"id", "1"}, {"time", "2026-03-01T10:00:00.000Z"}, {"marker", "kept"}};
    const QByteArray legacy =
        QJsonDocument(QJsonObject{{"version", 1}, {"entries", QJsonArray{entry}}}).toJson();
    const QByteArray canonical =
        QJsonDocument(QJsonObject{{"version", 2}, {"entries", QJsonArray{}}}).toJson();
    const Expected<QByteArray> merged = HistoryMerge::merge(canonical, "a", legacy, "b");
    ASSERT_TRUE(merged);
    const QJsonObject document = QJsonDocument::fromJson(*merged).object();
    EXPECT_EQ(document.value("version").toInt(), 2);
    EXPECT_EQ(document.value("entries").toArray().at(0).toObject().value("marker").toString(),
              QStringLiteral("kept"));
}

TEST(HistoryMerge, ADamagedFileIsAnErrorNamingIt)
{
    const QByteArray good = historyOf({{"c1", kStart}});
    const Expected<QByteArray> merged =
        HistoryMerge::merge(good, "cli.json", "{\"entries\": [", "window.json");
    ASSERT_FALSE(merged);
    EXPECT_EQ(merged.error().filePath, QStringLiteral("window.json"));
    EXPECT_FALSE(HistoryMerge::merge("", "cli.json", good, "window.json"));
}
