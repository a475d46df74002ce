// Where npm looks, for Linux, macOS and Windows (synthetic environments: nothing on disk is
// needed), and how the npm_config_* environment layer is read.

#include "ecosystems/npm/NpmConfigPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ToolEnvironment synthetic(ToolEnvironment::Os os, const QString &home, const QString &cwd,
                          std::initializer_list<std::pair<const char *, const char *>> vars = {})
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return ToolEnvironment(environment, home, cwd, os);
}

} // namespace

TEST(NpmPaths, LinuxDefaultsFollowNodeLocation)
{
    const NpmConfigPaths paths(
        synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"),
                  QStringLiteral("/nonexistent-npm-test/proj"), {{"HOME", "/home/u"}}),
        QStringLiteral("/usr/local/bin/node"), QStringLiteral("/usr/local/lib/node_modules/npm"));
    EXPECT_EQ(paths.userConfigPath(), "/home/u/.npmrc");
    EXPECT_EQ(paths.defaultGlobalPrefix(), "/usr/local");
    EXPECT_EQ(paths.globalConfigPath(), "/usr/local/etc/npmrc");
    EXPECT_EQ(paths.builtinConfigPath(), "/usr/local/lib/node_modules/npm/npmrc");
    // No package.json or node_modules up the tree: the working directory is the project.
    EXPECT_EQ(paths.projectConfigPath(), "/nonexistent-npm-test/proj/.npmrc");
}

TEST(NpmPaths, MacOsHomebrewNode)
{
    const NpmConfigPaths paths(synthetic(ToolEnvironment::Os::MacOS, QStringLiteral("/Users/u"),
                                         QStringLiteral("/Users/u"), {{"HOME", "/Users/u"}}),
                               QStringLiteral("/opt/homebrew/Cellar/node/22.1.0/bin/node"),
                               QStringLiteral("/opt/homebrew/lib/node_modules/npm"));
    EXPECT_EQ(paths.userConfigPath(), "/Users/u/.npmrc");
    EXPECT_EQ(paths.globalConfigPath(), "/opt/homebrew/Cellar/node/22.1.0/etc/npmrc");
    // Homebrew's builtin npmrc sets prefix=/opt/homebrew; NpmConfig passes it in.
    EXPECT_EQ(paths.globalConfigPath({}, QStringLiteral("/opt/homebrew")),
              "/opt/homebrew/etc/npmrc");
}

TEST(NpmPaths, WindowsUsesNodeDirectoryAsPrefix)
{
    const NpmConfigPaths paths(
        synthetic(ToolEnvironment::Os::Windows, QStringLiteral("C:/Users/u"),
                  QStringLiteral("C:/Users/u/src"),
                  {{"USERPROFILE", "C:\\Users\\u"}, {"APPDATA", "C:\\Users\\u\\AppData\\Roaming"}}),
        QStringLiteral("C:\\Program Files\\nodejs\\node.exe"),
        QStringLiteral("C:\\Program Files\\nodejs\\node_modules\\npm"));
    EXPECT_EQ(paths.userConfigPath(), "C:/Users/u/.npmrc");
    EXPECT_EQ(paths.defaultGlobalPrefix(), "C:/Program Files/nodejs");
    EXPECT_EQ(paths.globalConfigPath(), "C:/Program Files/nodejs/etc/npmrc");
    EXPECT_EQ(paths.builtinConfigPath(), "C:/Program Files/nodejs/node_modules/npm/npmrc");
    // The Windows installer's builtin npmrc says prefix=${APPDATA}\npm.
    EXPECT_EQ(paths.globalConfigPath({}, paths.resolvePath(QStringLiteral("${APPDATA}\\npm"))),
              "C:/Users/u/AppData/Roaming/npm/etc/npmrc");
}

TEST(NpmPaths, UserconfigVariableIsCaseInsensitiveAndResolved)
{
    const NpmConfigPaths upper(
        synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"), QStringLiteral("/work"),
                  {{"HOME", "/home/u"}, {"NPM_CONFIG_USERCONFIG", "~/conf/npmrc"}}),
        {}, {});
    EXPECT_EQ(upper.userConfigPath(), "/home/u/conf/npmrc");
    const NpmConfigPaths lower(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"),
                                         QStringLiteral("/work"),
                                         {{"npm_config_userconfig", "rel/npmrc"}}),
                               {}, {});
    EXPECT_EQ(lower.userConfigPath(), "/work/rel/npmrc");
    // An empty variable is ignored, like npm does.
    const NpmConfigPaths empty(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"),
                                         QStringLiteral("/work"), {{"npm_config_userconfig", ""}}),
                               {}, {});
    EXPECT_EQ(empty.userConfigPath(), "/home/u/.npmrc");
}

TEST(NpmPaths, PrefixVariablesMoveTheGlobalFile)
{
    const NpmConfigPaths rawPrefix(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"),
                                             QStringLiteral("/w"), {{"PREFIX", "/opt/n"}}),
                                   QStringLiteral("/usr/bin/node"), {});
    EXPECT_EQ(rawPrefix.globalConfigPath(), "/opt/n/etc/npmrc");
    const NpmConfigPaths configPrefix(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"),
                                                QStringLiteral("/w"),
                                                {{"npm_config_prefix", "/opt/p"}}),
                                      QStringLiteral("/usr/bin/node"), {});
    EXPECT_EQ(configPrefix.globalConfigPath({}, QStringLiteral("/from/file")), "/opt/p/etc/npmrc");
    const NpmConfigPaths globalconfig(
        synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"), QStringLiteral("/w"),
                  {{"NPM_CONFIG_GLOBALCONFIG", "/etc/my-npmrc"}, {"npm_config_prefix", "/opt/p"}}),
        QStringLiteral("/usr/bin/node"), {});
    EXPECT_EQ(globalconfig.globalConfigPath(), "/etc/my-npmrc");
    const NpmConfigPaths destdir(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"),
                                           QStringLiteral("/w"), {{"DESTDIR", "/stage"}}),
                                 QStringLiteral("/usr/bin/node"), {});
    EXPECT_EQ(destdir.defaultGlobalPrefix(), "/stage/usr");
}

TEST(NpmPaths, EnvironmentLayerNormalisesNames)
{
    const NpmConfigPaths paths(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"),
                                         QStringLiteral("/w"),
                                         {{"NPM_CONFIG_STRICT_SSL", "false"},
                                          {"npm_config_@MyScope:Registry", "https://s/"},
                                          {"npm_config_//h/:_authToken", "t"},
                                          {"npm_config_fund", ""}}),
                               {}, {});
    ASSERT_NE(paths.environmentSetting(QStringLiteral("strict-ssl")), nullptr);
    EXPECT_EQ(paths.environmentSetting(QStringLiteral("strict-ssl"))->variable,
              "NPM_CONFIG_STRICT_SSL");
    ASSERT_NE(paths.environmentSetting(QStringLiteral("@myscope:registry")), nullptr);
    EXPECT_NE(paths.environmentSetting(QStringLiteral("//h/:_authToken")), nullptr);
    EXPECT_EQ(paths.environmentSetting(QStringLiteral("fund")), nullptr);
}

TEST(NpmPaths, GlobalModeSkipsProject)
{
    const NpmConfigPaths paths(synthetic(ToolEnvironment::Os::Linux, QStringLiteral("/h"),
                                         QStringLiteral("/w"), {{"npm_config_global", "true"}}),
                               {}, {});
    EXPECT_TRUE(paths.globalMode());
}

TEST(NpmPaths, WorkspaceRootIsTheProject)
{
    // npm warns "ignoring workspace config at …/packages/a/.npmrc" and reads the root's file.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/root");
    QDir().mkpath(root + QStringLiteral("/packages/a/src"));
    QDir().mkpath(root + QStringLiteral("/tools/deep/b"));
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(root + QStringLiteral("/packages/a/package.json"), "{\"name\":\"a\"}");
    write(root + QStringLiteral("/tools/deep/b/package.json"), "{\"name\":\"b\"}");
    auto projectFor = [&](const QString &cwd, const char *extra = nullptr) {
        QProcessEnvironment environment;
        if (extra)
            environment.insert(QStringLiteral("npm_config_workspaces"), QString::fromUtf8(extra));
        return NpmConfigPaths(
                   ToolEnvironment(environment, dir.path(), cwd, ToolEnvironment::Os::Linux), {},
                   {})
            .projectDirectory();
    };
    write(root + QStringLiteral("/package.json"), "{\"workspaces\":[\"packages/*\"]}");
    EXPECT_EQ(projectFor(root + QStringLiteral("/packages/a/src")), root);
    EXPECT_EQ(projectFor(root + QStringLiteral("/packages/a/src"), "false"),
              root + QStringLiteral("/packages/a"));
    EXPECT_EQ(projectFor(root + QStringLiteral("/tools/deep/b")),
              root + QStringLiteral("/tools/deep/b"));
    write(root + QStringLiteral("/package.json"), "{\"workspaces\":{\"packages\":[\"tools/**\"]}}");
    EXPECT_EQ(projectFor(root + QStringLiteral("/tools/deep/b")), root);
    EXPECT_EQ(projectFor(root + QStringLiteral("/packages/a")),
              root + QStringLiteral("/packages/a"));
}
