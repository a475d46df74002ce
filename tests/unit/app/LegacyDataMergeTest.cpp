#include "migration/LegacyDataMerge.h"
#include "catalog/MirrorJson.h"
#include "catalog/UserMirrorStore.h"
#include "config/ChangeHistory.h"
#include "support/DataFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

// The two spellings' locations inside one temporary root, laid out as on Linux.
struct Layout
{
    QTemporaryDir root;
    AppLocations canonical{root.filePath("data/MirrorDeck/mirrordeck"),
                           root.filePath("config/MirrorDeck/mirrordeck"),
                           root.filePath("config/MirrorDeck/mirrordeck.conf")};
    AppLocations legacy{root.filePath("data/MirrorDeck/MirrorDeck"),
                        root.filePath("config/MirrorDeck/MirrorDeck"),
                        root.filePath("config/MirrorDeck/MirrorDeck.conf")};

    LegacyDataMerge merge() const { return LegacyDataMerge(canonical, {legacy}); }
    QString history(const AppLocations &where) const
    {
        return QDir(where.dataDirectory).filePath(QStringLiteral("history"));
    }
};

void seed(const Layout &layout)
{
    ChangeHistory window(layout.history(layout.legacy));
    ASSERT_TRUE(window.record(goProxyChange({}, "w1"), kStart));
    ASSERT_TRUE(window.record(goProxyChange({}, "w2"), kStart.addSecs(20)));
    ChangeHistory cli(layout.history(layout.canonical));
    ASSERT_TRUE(cli.record(goProxyChange({}, "c1"), kStart.addSecs(10)));

    UserMirrorStore oldMirrors({}, layout.legacy.configDirectory);
    ASSERT_TRUE(oldMirrors.add(npmUserMirror("corp", "https://npm.corp.example/")));
    ASSERT_TRUE(oldMirrors.add(npmUserMirror("lab", "https://npm.lab.example/")));
    UserMirrorStore newMirrors({}, layout.canonical.configDirectory);
    ASSERT_TRUE(newMirrors.add(npmUserMirror("corp", "https://other.corp.example/")));

    QSettings oldSettings(layout.legacy.settingsFile, QSettings::NativeFormat);
    oldSettings.setValue("ui/language", "zh_CN");
    oldSettings.setValue("window/geometry", QByteArray("geometry"));
    oldSettings.sync();
    QSettings newSettings(layout.canonical.settingsFile, QSettings::NativeFormat);
    newSettings.setValue("ui/language", "en");
    newSettings.sync();
}

} // namespace

TEST(LegacyDataMerge, MergesHistoryMirrorsAndSettingsKeepingEverything)
{
    Layout layout;
    seed(layout);
    const QStringList warnings = layout.merge().run();

    const Expected<QList<HistoryEntry>> entries =
        ChangeHistory(layout.history(layout.canonical)).entries("go");
    ASSERT_TRUE(entries);
    QStringList afters;
    QStringList ids;
    for (const HistoryEntry &entry : *entries) {
        afters << QString::fromUtf8(entry.after);
        ids << entry.id;
    }
    EXPECT_EQ(afters, (QStringList{"w2", "c1", "w1"}));
    EXPECT_EQ(ids, (QStringList{"3", "2", "1"}));

    // Both "corp" mirrors survive: the one already here keeps its id.
    const Expected<QList<Mirror>> mirrors =
        UserMirrorStore({}, layout.canonical.configDirectory).load();
    ASSERT_TRUE(mirrors);
    QStringList mirrorIds;
    for (const Mirror &mirror : *mirrors)
        mirrorIds << mirror.id + QLatin1Char('=') + mirror.url;
    EXPECT_EQ(mirrorIds,
              (QStringList{"corp=https://other.corp.example/", "corp-2=https://npm.corp.example/",
                           "lab=https://npm.lab.example/"}));
    ASSERT_EQ(warnings.size(), 1) << qPrintable(warnings.join('\n'));
    EXPECT_TRUE(warnings.first().contains("corp-2"));

    const QSettings settings(layout.canonical.settingsFile, QSettings::NativeFormat);
    EXPECT_EQ(settings.value("ui/language").toString(), QStringLiteral("en"));
    EXPECT_EQ(settings.value("window/geometry").toByteArray(), QByteArray("geometry"));

    // Nothing deleted: the old data is set aside, the canonical files' old state backed up.
    EXPECT_FALSE(QFileInfo::exists(layout.legacy.dataDirectory));
    EXPECT_FALSE(QFileInfo::exists(layout.legacy.settingsFile));
    EXPECT_TRUE(QFileInfo::exists(layout.legacy.dataDirectory + ".merged/history/go.json"));
    EXPECT_TRUE(QFileInfo::exists(layout.legacy.configDirectory + ".merged/user-mirrors.json"));
    EXPECT_TRUE(QFileInfo::exists(layout.legacy.settingsFile + ".merged"));
    EXPECT_TRUE(QFileInfo::exists(layout.history(layout.canonical) + "/go.json.before-merge"));
    EXPECT_TRUE(QFileInfo::exists(layout.canonical.settingsFile + ".before-merge"));
    EXPECT_EQ(QFileInfo(layout.history(layout.canonical) + "/go.json").permissions() & 0x0077, 0)
        << "merged history must be private to the owner";
}

TEST(LegacyDataMerge, RunsOnceThenLeavesLaterOldDataAlone)
{
    Layout layout;
    seed(layout);
    layout.merge().run();
    ASSERT_TRUE(QFileInfo::exists(
        QDir(layout.canonical.dataDirectory).filePath(LegacyDataMerge::kMarkerName)));

    // An old build started once more writes the old folder again; the marker keeps it apart.
    ChangeHistory window(layout.history(layout.legacy));
    ASSERT_TRUE(window.record(goProxyChange({}, "late"), kStart.addSecs(60)));
    EXPECT_TRUE(layout.merge().run().isEmpty());
    EXPECT_EQ(ChangeHistory(layout.history(layout.canonical)).entries("go")->size(), 3);
    EXPECT_TRUE(QFileInfo::exists(layout.legacy.dataDirectory));
}

TEST(LegacyDataMerge, NoOldDataWritesNothing)
{
    Layout layout;
    EXPECT_TRUE(layout.merge().run().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(layout.canonical.dataDirectory));
}

TEST(LegacyDataMerge, OnlyTheOldSpellingMovesOverAsItWas)
{
    Layout layout;
    ChangeHistory window(layout.history(layout.legacy));
    ASSERT_TRUE(window.record(goProxyChange({}, "w1"), kStart));
    QFile other(QDir(layout.legacy.dataDirectory).filePath("notes.txt"));
    ASSERT_TRUE(QDir().mkpath(layout.legacy.dataDirectory));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("kept");
    other.close();

    EXPECT_TRUE(layout.merge().run().isEmpty());
    const Expected<QList<HistoryEntry>> entries =
        ChangeHistory(layout.history(layout.canonical)).entries("go");
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().id, QStringLiteral("1"));
    QFile copied(QDir(layout.canonical.dataDirectory).filePath("notes.txt"));
    ASSERT_TRUE(copied.open(QIODevice::ReadOnly));
    EXPECT_EQ(copied.readAll(), QByteArray("kept"));
}

TEST(LegacyDataMerge, ADamagedOldHistoryIsReportedAndKeptAside)
{
    Layout layout;
    ChangeHistory cli(layout.history(layout.canonical));
    ASSERT_TRUE(cli.record(goProxyChange({}, "c1"), kStart));
    ASSERT_TRUE(QDir().mkpath(layout.history(layout.legacy)));
    QFile damaged(layout.history(layout.legacy) + "/go.json");
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"entries\": [");
    damaged.close();

    const QStringList warnings = layout.merge().run();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains("damaged"));
    EXPECT_EQ(ChangeHistory(layout.history(layout.canonical)).entries("go")->size(), 1);
    QFile aside(layout.legacy.dataDirectory + ".merged/history/go.json");
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), QByteArray("{\"entries\": ["));
}
