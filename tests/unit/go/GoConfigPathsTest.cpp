// Where the go command keeps its env file on Linux, macOS and Windows, and how GOROOT is found,
// from synthetic environments (no real files needed except for the GOROOT lookup).

#include "ecosystems/go/GoConfigPaths.h"
#include "ecosystems/go/GoConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ToolEnvironment makeEnvironment(ToolEnvironment::Os os,
                                std::initializer_list<std::pair<const char *, const char *>> vars,
                                const QString &home = QStringLiteral("/home/u"))
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return ToolEnvironment(environment, home, QStringLiteral("/work/dir"), os);
}

QString envFile(const ToolEnvironment &environment)
{
    const Expected<QString> path = GoConfigPaths(environment).envFilePath();
    return path ? *path : QStringLiteral("ERROR: ") + path.error().message;
}

} // namespace

TEST(GoConfigPaths, LinuxUsesXdgConfigHomeElseHomeConfig)
{
    using Os = ToolEnvironment::Os;
    EXPECT_EQ(envFile(makeEnvironment(Os::Linux, {{"HOME", "/home/u"}})),
              QStringLiteral("/home/u/.config/go/env"));
    EXPECT_EQ(envFile(makeEnvironment(Os::Linux, {{"HOME", "/home/u"}, {"XDG_CONFIG_HOME", "/x"}})),
              QStringLiteral("/x/go/env"));
}

TEST(GoConfigPaths, LinuxRelativeXdgConfigHomeIsAnErrorLikeGo)
{
    const Expected<QString> path =
        GoConfigPaths(makeEnvironment(ToolEnvironment::Os::Linux,
                                      {{"HOME", "/home/u"}, {"XDG_CONFIG_HOME", "rel/cfg"}}))
            .envFilePath();
    ASSERT_FALSE(path);
    EXPECT_TRUE(path.error().message.contains(QLatin1String("relative")));
}

TEST(GoConfigPaths, MacOsUsesApplicationSupport)
{
    EXPECT_EQ(envFile(makeEnvironment(ToolEnvironment::Os::MacOS, {{"HOME", "/Users/u"}},
                                      QStringLiteral("/Users/u"))),
              QStringLiteral("/Users/u/Library/Application Support/go/env"));
}

TEST(GoConfigPaths, WindowsUsesAppDataCaseInsensitively)
{
    EXPECT_EQ(envFile(makeEnvironment(ToolEnvironment::Os::Windows,
                                      {{"APPDATA", "C:/Users/u/AppData/Roaming"}})),
              QStringLiteral("C:/Users/u/AppData/Roaming/go/env"));
    EXPECT_TRUE(envFile(makeEnvironment(ToolEnvironment::Os::Windows, {})).startsWith("ERROR"));
}

TEST(GoConfigPaths, GoenvOverridesAndRelativeGoenvIsRelativeToWorkingDir)
{
    using Os = ToolEnvironment::Os;
    EXPECT_EQ(envFile(makeEnvironment(Os::Linux, {{"HOME", "/h"}, {"GOENV", "/etc/goenv"}})),
              QStringLiteral("/etc/goenv"));
    EXPECT_EQ(envFile(makeEnvironment(Os::Linux, {{"HOME", "/h"}, {"GOENV", "my.env"}})),
              QStringLiteral("/work/dir/my.env"));
    EXPECT_EQ(envFile(makeEnvironment(Os::Windows, {{"GOENV", "D:\\go\\env"}})),
              QStringLiteral("D:\\go\\env"));
}

TEST(GoConfigPaths, GoenvOffDisablesTheFileWithAClearError)
{
    const GoConfig config(
        makeEnvironment(ToolEnvironment::Os::Linux, {{"HOME", "/h"}, {"GOENV", "off"}}));
    const Expected<QString> path = config.userConfigPath();
    ASSERT_FALSE(path);
    EXPECT_TRUE(path.error().message.contains(QLatin1String("GOENV=off")));
    EXPECT_TRUE(path.error().message.contains(QLatin1String("disabled")));
    // Reading still works (defaults), writing is refused.
    const Expected<EffectiveSetting> setting = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(setting);
    EXPECT_TRUE(setting->userFilePath.isEmpty());
    EXPECT_FALSE(config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn")));
}

TEST(GoConfigPaths, GorootComesFromTheGoBinaryInPathThroughItsSymlink)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.filePath("lib/go-9.9/bin")));
    ASSERT_TRUE(QDir().mkpath(dir.filePath("lib/go-9.9/pkg/tool")));
    ASSERT_TRUE(QDir().mkpath(dir.filePath("bin")));
    QFile go(dir.filePath("lib/go-9.9/bin/go"));
    ASSERT_TRUE(go.open(QIODevice::WriteOnly));
    go.close();
    go.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
    ASSERT_TRUE(QFile::link(QStringLiteral("../lib/go-9.9/bin/go"), dir.filePath("bin/go")));
    const QByteArray path =
        (dir.filePath("nothing-here") + QLatin1Char(':') + dir.filePath("bin")).toUtf8();
    const ToolEnvironment environment =
        makeEnvironment(ToolEnvironment::Os::Linux, {{"HOME", "/h"}, {"PATH", path.constData()}});
    const QString expected = QFileInfo(dir.filePath("lib/go-9.9")).canonicalFilePath();
    EXPECT_EQ(GoConfigPaths(environment).gorootDir(), expected);
    // The user file's GOROOT, then $GOROOT, win over PATH (cfg.findGOROOT in Go 1.21+).
    EXPECT_EQ(GoConfigPaths(makeEnvironment(ToolEnvironment::Os::Linux,
                                            {{"GOROOT", "/opt/go/"}, {"PATH", path.constData()}}))
                  .gorootDir(QStringLiteral("/from/file")),
              QStringLiteral("/from/file"));
    EXPECT_EQ(GoConfigPaths(makeEnvironment(ToolEnvironment::Os::Linux,
                                            {{"GOROOT", "/opt/go/"}, {"PATH", path.constData()}}))
                  .gorootDir(),
              QStringLiteral("/opt/go"));
}

TEST(GoConfigPaths, DebianGoRootIsFoundFromUsrBinGo)
{
    if (!QFileInfo(QStringLiteral("/usr/lib/go-1.19/pkg/tool")).isDir())
        GTEST_SKIP() << "Debian golang-go 1.19 not installed";
    const ToolEnvironment environment =
        makeEnvironment(ToolEnvironment::Os::Linux, {{"HOME", "/h"}, {"PATH", "/usr/bin"}});
    EXPECT_EQ(GoConfigPaths(environment).gorootDir(), QStringLiteral("/usr/lib/go-1.19"));
    EXPECT_EQ(GoConfigPaths::gorootMinorVersion(QStringLiteral("/usr/lib/go-1.19")), 19);
}
