#include "config/ConfigWriter.h"
#include "config/ChangeHistory.h"
#include "config/ConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Owner, group and other bits; QFile also reports the "current user" bits, which depend on who
// runs.
constexpr QFileDevice::Permissions kModeBits = QFileDevice::Permissions(0x7077);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

ConfigChange changeOf(const QString &path, const QByteArray &before, const QByteArray &after,
                      bool existed = true)
{
    ConfigChange change;
    change.ecosystem = QStringLiteral("go");
    change.filePath = path;
    change.targetPath = ConfigFileReader::resolveTarget(path);
    change.existedBefore = existed;
    change.before = before;
    change.after = after;
    change.keyChanges = {{QStringLiteral("GOPROXY"), QStringLiteral("old"), QStringLiteral("new")}};
    return change;
}

class ConfigWriterTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(ConfigWriterTest, WritesAfterBytesAndRecordsHistory)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "GOPROXY=old\n");
    ChangeHistory history(file(QStringLiteral("history")));
    ConfigWriter writer(&history);
    const Expected<QString> id = writer.apply(changeOf(path, "GOPROXY=old\n", "GOPROXY=new\n"));
    ASSERT_TRUE(id) << id.error().toString().toStdString();
    EXPECT_EQ(*id, QStringLiteral("1"));
    EXPECT_EQ(readAll(path), QByteArray("GOPROXY=new\n"));
    const auto entries = history.entries(QStringLiteral("go"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().before, QByteArray("GOPROXY=old\n"));
    EXPECT_EQ(entries->first().after, QByteArray("GOPROXY=new\n"));
}

TEST_F(ConfigWriterTest, NoOpChangeWritesNothingAtAll)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "GOPROXY=same\n");
    const QDateTime modified = QFileInfo(path).lastModified();
    ChangeHistory history(file(QStringLiteral("history")));
    ConfigWriter writer(&history);
    const Expected<QString> id = writer.apply(changeOf(path, "GOPROXY=same\n", "GOPROXY=same\n"));
    ASSERT_TRUE(id);
    EXPECT_TRUE(id->isEmpty());
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("history/go.json"))));
}

TEST_F(ConfigWriterTest, RefusesWhenFileChangedOnDiskSinceRead)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "GOPROXY=edited-by-someone-else\n");
    ConfigWriter writer(nullptr);
    const Expected<QString> id = writer.apply(changeOf(path, "GOPROXY=old\n", "GOPROXY=new\n"));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, CoreError::Kind::Conflict);
    EXPECT_EQ(id.error().filePath, path);
    EXPECT_EQ(readAll(path), QByteArray("GOPROXY=edited-by-someone-else\n"));
}

TEST_F(ConfigWriterTest, RefusesWhenFileAppearedSinceRead)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "");
    ConfigWriter writer(nullptr);
    const Expected<QString> id = writer.apply(changeOf(path, "", "GOPROXY=new\n", false));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, CoreError::Kind::Conflict);
}

TEST_F(ConfigWriterTest, KeepsPermissionsOfExistingFile)
{
    const QString path = file(QStringLiteral("npmrc"));
    writeAll(path, "registry=https://a/\n");
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    ASSERT_TRUE(QFile::setPermissions(path, mode));
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(changeOf(path, "registry=https://a/\n", "registry=https://b/\n")));
    EXPECT_EQ(QFile::permissions(path) & kModeBits, mode);
}

TEST_F(ConfigWriterTest, NewFileGetsRequestedPermissionsAndParentDirectories)
{
    const QString path = file(QStringLiteral("deep/er/npmrc"));
    ConfigChange change = changeOf(path, "", "registry=https://b/\n", false);
    change.newFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(change));
    EXPECT_EQ(readAll(path), QByteArray("registry=https://b/\n"));
    EXPECT_EQ(QFile::permissions(path) & kModeBits, change.newFilePermissions);
}

TEST_F(ConfigWriterTest, FollowsSymlinkAndKeepsTheLink)
{
    const QString real = file(QStringLiteral("dotfiles/env"));
    QDir().mkpath(file(QStringLiteral("dotfiles")));
    writeAll(real, "GOPROXY=old\n");
    const QString link = file(QStringLiteral("env"));
    ASSERT_TRUE(QFile::link(real, link));
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(changeOf(link, "GOPROXY=old\n", "GOPROXY=new\n")));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readAll(real), QByteArray("GOPROXY=new\n"));
}

TEST_F(ConfigWriterTest, ReadOnlyFileIsLeftUntouchedEvenForRoot)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "GOPROXY=old\n");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    ConfigWriter writer(nullptr);
    const Expected<QString> id = writer.apply(changeOf(path, "GOPROXY=old\n", "GOPROXY=new\n"));
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, CoreError::Kind::Io);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(readAll(path), QByteArray("GOPROXY=old\n"));
}

TEST_F(ConfigWriterTest, ReadOnlyDirectoryIsRefused)
{
    QDir().mkpath(file(QStringLiteral("locked")));
    const QString path = file(QStringLiteral("locked/env"));
    writeAll(path, "GOPROXY=old\n");
    QFile::setPermissions(file(QStringLiteral("locked")),
                          QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    ConfigWriter writer(nullptr);
    const Expected<QString> id = writer.apply(changeOf(path, "GOPROXY=old\n", "GOPROXY=new\n"));
    QFile::setPermissions(file(QStringLiteral("locked")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(id);
    EXPECT_EQ(readAll(path), QByteArray("GOPROXY=old\n"));
}

TEST_F(ConfigWriterTest, RestoringToNonexistentStateRemovesTheFile)
{
    const QString path = file(QStringLiteral("env"));
    writeAll(path, "GOPROXY=new\n");
    ConfigChange restore;
    restore.ecosystem = QStringLiteral("go");
    restore.filePath = path;
    restore.targetPath = path;
    restore.existedBefore = true;
    restore.before = "GOPROXY=new\n";
    restore.existsAfter = false;
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(restore));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ConfigFileReader, RefusesBinaryInvalidUtf8AndHugeFiles)
{
    QTemporaryDir dir;
    struct Case
    {
        const char *name;
        QByteArray bytes;
        int line;
    };
    QByteArray huge(ConfigFileReader::kMaxFileSize + 1, 'a');
    const QList<Case> cases = {
        {"nul", QByteArray("a=1\nb=\0x\n", 9), 2},
        {"latin1", QByteArray("a=1\nb=2\nc=caf\xE9\n"), 3},
        {"huge", huge, 0},
    };
    for (const Case &testCase : cases) {
        const QString path = dir.filePath(QString::fromLatin1(testCase.name));
        writeAll(path, testCase.bytes);
        const Expected<ConfigFile> read = ConfigFileReader::read(path);
        ASSERT_FALSE(read) << testCase.name;
        EXPECT_EQ(read.error().kind, CoreError::Kind::BadFile) << testCase.name;
        EXPECT_EQ(read.error().filePath, path);
        EXPECT_EQ(read.error().line, testCase.line) << testCase.name;
        EXPECT_EQ(readAll(path), testCase.bytes) << testCase.name;
    }
}

TEST(ConfigFileReader, MissingFileReadsAsEmptyAndUnreadableFileIsAnError)
{
    QTemporaryDir dir;
    const Expected<ConfigFile> missing =
        ConfigFileReader::read(dir.filePath(QStringLiteral("none")));
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->exists);
    EXPECT_TRUE(missing->bytes.isEmpty());

    const QString path = dir.filePath(QStringLiteral("secret"));
    writeAll(path, "a=1\n");
    QFile::setPermissions(path, QFileDevice::Permissions());
    const Expected<ConfigFile> unreadable = ConfigFileReader::read(path);
    ASSERT_FALSE(unreadable);
    EXPECT_EQ(unreadable.error().kind, CoreError::Kind::Io);
}
