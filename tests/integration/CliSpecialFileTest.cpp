// Config files that are not plain files, through the real CLI for every ecosystem: a named pipe,
// a symlink loop, a device. Each is refused promptly with exit 1 and a message that says what the
// file is, and nothing on disk changes. A dangling symlink is still created through. Every run
// is bounded (kPromptMs), so a CLI that blocks on a pipe fails the test instead of hanging it.

#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

// Far more than a refusal needs, far less than a hang.
constexpr int kPromptMs = 20000;

struct ToolFile
{
    const char *ecosystem;
    const char *key;
    const char *value;
    const char *relativePath;
};

const QList<ToolFile> &toolFiles()
{
    static const QList<ToolFile> files = {
        {"go", "GOPROXY", "https://goproxy.cn,direct", ".config/go/env"},
        {"npm", "registry", "https://registry.npmmirror.com/", ".npmrc"},
        {"pip", "global.index-url", "https://pypi.tuna.tsinghua.edu.cn/simple",
         ".config/pip/pip.conf"},
    };
    return files;
}

ProcessResult runCli(const TestHome &home, const QStringList &arguments)
{
    return home.run(QStringLiteral(MIRRORDECK_CLI_PATH), arguments, kPromptMs);
}

QStringList getArguments(const ToolFile &file)
{
    return {QStringLiteral("get"), QString::fromLatin1(file.ecosystem),
            QString::fromLatin1(file.key)};
}

QStringList setArguments(const ToolFile &file)
{
    return {QStringLiteral("set"), QString::fromLatin1(file.ecosystem),
            QString::fromLatin1(file.key), QString::fromLatin1(file.value)};
}

QString errorText(const ProcessResult &result)
{
    return QString::fromUtf8(result.err).trimmed();
}

bool isFifo(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

QString prepare(const TestHome &home, const ToolFile &file)
{
    const QString path = home.path(QString::fromLatin1(file.relativePath));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

} // namespace

TEST(CliSpecialFile, FifoAsTheUserFileIsRefusedPromptly)
{
    for (const ToolFile &file : toolFiles()) {
        TestHome home;
        const QString path = prepare(home, file);
        ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        for (const QStringList &arguments : {getArguments(file), setArguments(file)}) {
            const ProcessResult result = runCli(home, arguments);
            const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(result.exitCode, 1) << what << " (-2: it hung)";
            EXPECT_TRUE(errorText(result).contains(QStringLiteral("named pipe"))) << what;
            EXPECT_TRUE(errorText(result).contains(path)) << errorText(result).toStdString();
            EXPECT_TRUE(isFifo(path)) << what;
        }
    }
}

TEST(CliSpecialFile, SymlinkLoopIsRefusedAndKept)
{
    for (const ToolFile &file : toolFiles()) {
        TestHome home;
        const QString path = prepare(home, file);
        const QString other = path + QStringLiteral(".other");
        ASSERT_TRUE(QFile::link(other, path));
        ASSERT_TRUE(QFile::link(path, other));
        const ProcessResult set = runCli(home, setArguments(file));
        EXPECT_EQ(set.exitCode, 1) << file.ecosystem;
        EXPECT_TRUE(errorText(set).contains(QStringLiteral("loop")))
            << file.ecosystem << ": " << errorText(set).toStdString();
        EXPECT_EQ(QFileInfo(path).symLinkTarget(), other) << file.ecosystem;
        EXPECT_EQ(QFileInfo(other).symLinkTarget(), path) << file.ecosystem;
        // Reading follows the tool: go and npm fail on the loop, pip skips a file it cannot open.
        const ProcessResult get = runCli(home, getArguments(file));
        EXPECT_EQ(get.exitCode, QByteArray(file.ecosystem) == "pip" ? 0 : 1) << file.ecosystem;
        const ProcessResult unset =
            runCli(home, {QStringLiteral("unset"), QString::fromLatin1(file.ecosystem),
                          QString::fromLatin1(file.key)});
        EXPECT_EQ(unset.exitCode, 1) << file.ecosystem;
        EXPECT_EQ(QFileInfo(path).symLinkTarget(), other) << file.ecosystem;
    }
}

TEST(CliSpecialFile, DeviceIsRefusedAsADevice)
{
    for (const ToolFile &file : toolFiles()) {
        TestHome home;
        const QString path = prepare(home, file);
        ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), path));
        for (const QStringList &arguments : {getArguments(file), setArguments(file)}) {
            const ProcessResult result = runCli(home, arguments);
            const QString message = errorText(result);
            const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(result.exitCode, 1) << what;
            EXPECT_TRUE(message.contains(QStringLiteral("character device"))) << what;
            EXPECT_TRUE(message.contains(QStringLiteral("/dev/zero"))) << message.toStdString();
            EXPECT_FALSE(message.contains(QStringLiteral("1 MB"))) << message.toStdString();
            EXPECT_EQ(QFileInfo(path).symLinkTarget(), QStringLiteral("/dev/zero")) << what;
        }
    }
}

TEST(CliSpecialFile, DanglingSymlinkIsCreatedThrough)
{
    for (const ToolFile &file : toolFiles()) {
        TestHome home;
        const QString path = prepare(home, file);
        const QString target = home.path(QStringLiteral("dotfiles/config"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        ASSERT_TRUE(QFile::link(target, path));
        const ProcessResult result = runCli(home, setArguments(file));
        EXPECT_EQ(result.exitCode, 0) << file.ecosystem << ": " << errorText(result).toStdString();
        EXPECT_EQ(QFileInfo(path).symLinkTarget(), target) << file.ecosystem;
        QFile written(target);
        ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << file.ecosystem;
        EXPECT_TRUE(written.readAll().contains(file.value)) << file.ecosystem;
    }
}
