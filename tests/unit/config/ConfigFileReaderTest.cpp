// ConfigFileReader on files that are not plain files: pipes, sockets, devices, symlink loops and
// dangling links, and on invalid UTF-8 in lines a tool ignores. Each case runs the real reader on
// a real file system object; a pipe that blocked the reader would hang this test until ctest's
// timeout, so a regression fails rather than passes.

#include "config/ConfigFile.h"
#include "ecosystems/go/GoEnvFile.h"
#include "ecosystems/npm/Npmrc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
}

// A listening Unix socket at `path`; the descriptor is returned so the caller closes it.
int makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (fd < 0 || native.size() >= qsizetype(sizeof(address.sun_path)))
        return -1;
    std::copy(native.cbegin(), native.cend(), address.sun_path);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool isFifo(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

} // namespace

TEST(ConfigFileReader, FifoIsRefusedBeforeAnyReadAndSaysWhatItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("env"));
    ASSERT_TRUE(makeFifo(path));
    const Expected<ConfigFile> read = ConfigFileReader::read(path);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, CoreError::Kind::BadFile);
    EXPECT_EQ(read.error().filePath, path);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("named pipe")))
        << read.error().message.toStdString();
    // Also when the pipe sits behind a symlink, and for the raw bytes pip's loader uses.
    const QString link = dir.filePath(QStringLiteral("link"));
    ASSERT_TRUE(QFile::link(path, link));
    const Expected<ConfigFile> linked = ConfigFileReader::read(link);
    ASSERT_FALSE(linked);
    EXPECT_TRUE(linked.error().message.contains(QStringLiteral("named pipe")));
    EXPECT_TRUE(linked.error().message.contains(path)) << linked.error().message.toStdString();
    const Expected<std::optional<QByteArray>> bytes = ConfigFileReader::readBytes(link);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().kind, CoreError::Kind::BadFile);
    EXPECT_TRUE(isFifo(path));
}

TEST(ConfigFileReader, SocketIsRefusedAndSaysWhatItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("npmrc"));
    const int fd = makeSocket(path);
    ASSERT_GE(fd, 0);
    const Expected<ConfigFile> read = ConfigFileReader::read(path);
    ::close(fd);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, CoreError::Kind::BadFile);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("socket")))
        << read.error().message.toStdString();
}

TEST(ConfigFileReader, DevicesAreRefusedAsDevicesNotAsHugeFiles)
{
    QTemporaryDir dir;
    for (const QString &device : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/null")}) {
        const QString link = dir.filePath(QFileInfo(device).fileName());
        ASSERT_TRUE(QFile::link(device, link));
        const Expected<ConfigFile> read = ConfigFileReader::read(link);
        ASSERT_FALSE(read) << device.toStdString();
        EXPECT_EQ(read.error().kind, CoreError::Kind::BadFile);
        EXPECT_EQ(read.error().filePath, link);
        const std::string message = read.error().message.toStdString();
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("character device"))) << message;
        EXPECT_TRUE(read.error().message.contains(device)) << message;
        EXPECT_FALSE(read.error().message.contains(QStringLiteral("1 MB"))) << message;
        EXPECT_TRUE(QFileInfo(link).isSymLink());
    }
}

TEST(ConfigFileReader, SymlinkLoopsAreRefused)
{
    QTemporaryDir dir;
    const QString self = dir.filePath(QStringLiteral("self"));
    ASSERT_TRUE(QFile::link(self, self));
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    ASSERT_TRUE(QFile::link(b, a));
    ASSERT_TRUE(QFile::link(a, b));
    // A loop among the directories on the way: the last component is no link at all.
    const QString loopDir = dir.filePath(QStringLiteral("d"));
    ASSERT_TRUE(QFile::link(loopDir, loopDir));
    const QString inLoopDir = loopDir + QStringLiteral("/env");
    for (const QString &path : {self, a, inLoopDir}) {
        const Expected<ConfigFile> read = ConfigFileReader::read(path);
        ASSERT_FALSE(read) << path.toStdString();
        EXPECT_EQ(read.error().filePath, path);
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("loop")))
            << read.error().message.toStdString();
    }
    EXPECT_FALSE(ConfigFileReader::followLinks(self));
    EXPECT_FALSE(ConfigFileReader::followLinks(a));
    EXPECT_EQ(QFileInfo(a).symLinkTarget(), b);
}

TEST(ConfigFileReader, DanglingSymlinkReadsAsMissingWithItsTargetAsWritePath)
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("env"));
    const QString target = dir.filePath(QStringLiteral("real/env"));
    ASSERT_TRUE(QFile::link(target, link));
    const Expected<ConfigFile> read = ConfigFileReader::read(link);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_FALSE(read->exists);
    EXPECT_EQ(read->targetPath, target);
    EXPECT_TRUE(ConfigFileReader::checkWritableTarget(read->targetPath, link));
}

TEST(ConfigFileReader, WritableTargetMustBeARegularFileOrMissing)
{
    QTemporaryDir dir;
    const QString regular = dir.filePath(QStringLiteral("regular"));
    writeAll(regular, "a=1\n");
    EXPECT_TRUE(ConfigFileReader::checkWritableTarget(regular, regular));
    EXPECT_TRUE(
        ConfigFileReader::checkWritableTarget(dir.filePath(QStringLiteral("new")), regular));

    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    ASSERT_TRUE(makeFifo(fifo));
    const Expected<void> fifoRefused = ConfigFileReader::checkWritableTarget(fifo, regular);
    ASSERT_FALSE(fifoRefused);
    EXPECT_TRUE(fifoRefused.error().message.contains(QStringLiteral("named pipe")));
    EXPECT_EQ(fifoRefused.error().filePath, regular);

    const QString self = dir.filePath(QStringLiteral("self"));
    ASSERT_TRUE(QFile::link(self, self));
    const Expected<void> loopRefused = ConfigFileReader::checkWritableTarget(self, self);
    ASSERT_FALSE(loopRefused);
    EXPECT_TRUE(loopRefused.error().message.contains(QStringLiteral("loop")));

    // A resolved target that has become a link since it was read.
    const QString link = dir.filePath(QStringLiteral("link"));
    ASSERT_TRUE(QFile::link(regular, link));
    const Expected<void> linkRefused = ConfigFileReader::checkWritableTarget(link, link);
    ASSERT_FALSE(linkRefused);
    EXPECT_EQ(linkRefused.error().kind, CoreError::Kind::Conflict);

    EXPECT_FALSE(ConfigFileReader::checkWritableTarget(dir.path(), dir.path()));
    EXPECT_FALSE(ConfigFileReader::checkWritableTarget(QStringLiteral("/dev/null"), regular));
}

TEST(ConfigFileReader, InvalidUtf8IsAcceptedOnlyInLinesTheToolIgnores)
{
    const QString path = QStringLiteral("config");
    struct Case
    {
        const char *name;
        QByteArray bytes;
        TextPolicy policy;
        int refusedLine; // 0: accepted
    };
    const TextPolicy go = GoEnvFile::textPolicy();
    const TextPolicy npm = Npmrc::textPolicy();
    const TextPolicy strict = TextPolicy::strictUtf8();
    const QList<Case> cases = {
        {"go comment", "GOPROXY=direct\n# caf\xE9\n", go, 0},
        {"go lowercase line", "goproxy=caf\xE9\nGOSUMDB=off\n", go, 0},
        {"go line without =", "GOPROXY caf\xE9\r\n", go, 0},
        {"go BOM first line", "\xEF\xBB\xBFGOFLAGS=caf\xE9\n", go, 0},
        {"go value", "# ok\nGOFLAGS=caf\xE9\n", go, 2},
        {"npm comment", "registry=https://r.example/\n  ; caf\xE9\r\n#\xFF\n", npm, 0},
        {"npm comment after CR", "# a\r# caf\xE9\n", npm, 0},
        {"npm value", "# caf\xE9\nx=caf\xE9\n", npm, 2},
        {"npm key after CR", "# caf\xE9\rx=1\n", npm, 1},
        {"npm invalid before #", "\xE9# caf\n", npm, 1},
        {"strict comment", "[global]\n# caf\xE9\n", strict, 2},
    };
    for (const Case &testCase : cases) {
        const Expected<void> checked =
            ConfigFileReader::checkText(testCase.bytes, path, testCase.policy);
        if (testCase.refusedLine == 0) {
            EXPECT_TRUE(checked) << testCase.name << ": "
                                 << checked.error().toString().toStdString();
            continue;
        }
        ASSERT_FALSE(checked) << testCase.name;
        EXPECT_EQ(checked.error().kind, CoreError::Kind::BadFile) << testCase.name;
        EXPECT_EQ(checked.error().line, testCase.refusedLine) << testCase.name;
    }
    // NUL bytes stay refused whatever the line.
    EXPECT_FALSE(ConfigFileReader::checkText(QByteArray("# a\0b\n", 6), path, go));
}

TEST(ConfigFileReader, ReadKeepsIgnoredInvalidBytesExactly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("env"));
    const QByteArray bytes("# caf\xE9 au lait\r\nGOPROXY=direct\n");
    writeAll(path, bytes);
    const Expected<ConfigFile> read = ConfigFileReader::read(path, GoEnvFile::textPolicy());
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    EXPECT_EQ(read->bytes, bytes);
    EXPECT_EQ(read->document.toBytes(), bytes);
    EXPECT_FALSE(ConfigFileReader::read(path));
}
