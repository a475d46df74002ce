#include "config/ChangeHistory.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ConfigChange changeOf(const QString &file, const QByteArray &before, const QByteArray &after)
{
    ConfigChange change;
    change.ecosystem = QStringLiteral("pip");
    change.filePath = file;
    change.targetPath = file;
    change.existedBefore = !before.isEmpty();
    change.before = before;
    change.after = after;
    change.keyChanges = {
        {QStringLiteral("global.index-url"), QString::fromUtf8(before), QString::fromUtf8(after)}};
    return change;
}

} // namespace

TEST(ChangeHistory, EntriesAreNewestFirstWithIncreasingIds)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(history.record(changeOf(QStringLiteral("/f"), "a", "b"), now));
    ASSERT_TRUE(history.record(changeOf(QStringLiteral("/f"), "b", "c"), now.addSecs(1)));
    const auto entries = history.entries(QStringLiteral("pip"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).id, QStringLiteral("2"));
    EXPECT_EQ(entries->at(0).after, QByteArray("c"));
    EXPECT_EQ(entries->at(1).id, QStringLiteral("1"));
}

TEST(ChangeHistory, KeepsBytesExactlyIncludingCrlfBomAndNoFinalNewline)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path());
    const QByteArray before("\xEF\xBB\xBF[global]\r\nindex-url = a\r\n# tail");
    ASSERT_TRUE(history.record(changeOf(QStringLiteral("/f"), before, "x"),
                               QDateTime::currentDateTimeUtc()));
    const auto entry = ChangeHistory(dir.path()).entry(QStringLiteral("pip"), QStringLiteral("1"));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->before, before);
}

TEST(ChangeHistory, CapsAtFiftyEntriesPerFileWithoutTouchingOtherFiles)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(history.record(changeOf(QStringLiteral("/other"), "x", "y"), now));
    for (int i = 0; i < 60; ++i)
        ASSERT_TRUE(history.record(
            changeOf(QStringLiteral("/f"), QByteArray::number(i), QByteArray::number(i + 1)), now));
    const auto entries = history.entries(QStringLiteral("pip"));
    ASSERT_TRUE(entries);
    int forF = 0;
    int forOther = 0;
    for (const HistoryEntry &entry : *entries)
        (entry.filePath == QStringLiteral("/f") ? forF : forOther)++;
    EXPECT_EQ(forF, ChangeHistory::kMaxEntriesPerFile);
    EXPECT_EQ(forOther, 1);
    EXPECT_EQ(entries->first().after, QByteArray("60"));
}

TEST(ChangeHistory, UnknownIdIsAClearNotFoundError)
{
    QTemporaryDir dir;
    const auto entry = ChangeHistory(dir.path()).entry(QStringLiteral("go"), QStringLiteral("7"));
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().kind, CoreError::Kind::NotFound);
    EXPECT_TRUE(entry.error().message.contains(QStringLiteral("7")));
}

TEST(ChangeHistory, FilesArePrivateAndHoldNoSecret)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path() + QStringLiteral("/history"));
    ConfigChange change = changeOf(QStringLiteral("/f"), "//r/:_authToken=SECRETX\n",
                                   "registry=https://m/\n//r/:_authToken=SECRETX\n");
    change.ecosystem = QStringLiteral("npm");
    ASSERT_TRUE(history.record(change, QDateTime::currentDateTimeUtc()));
    QFile file(history.storePath(QStringLiteral("npm")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    EXPECT_FALSE(stored.contains("SECRETX"));
    EXPECT_FALSE(stored.contains(QByteArray("SECRETX").toBase64()));
    const auto entry = history.entry(QStringLiteral("npm"), QStringLiteral("1"));
    ASSERT_TRUE(entry);
    EXPECT_FALSE(entry->after.contains("SECRETX"));
    EXPECT_FALSE(entry->summary.contains(QLatin1String("SECRETX")));
    EXPECT_EQ(QFile::permissions(file.fileName()) &
                  ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(QFile::permissions(history.directory()) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup |
                   QFileDevice::ExeOther),
              QFileDevice::Permissions());
}

TEST(ChangeHistory, PreparedEntryHoldsTheLockAndIsNotSavedUntilCommitted)
{
    QTemporaryDir dir;
    ChangeHistory history(dir.path());
    {
        auto recording = history.prepare(changeOf(QStringLiteral("/f"), "a", "b"),
                                         QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(recording);
        EXPECT_EQ((*recording)->entry().id, QStringLiteral("1"));
        QLockFile other(history.storePath(QStringLiteral("pip")) + QStringLiteral(".lock"));
        EXPECT_FALSE(other.tryLock(0));
    } // dropped, not committed
    EXPECT_TRUE(history.entries(QStringLiteral("pip"))->isEmpty());
}
