// PnpmConfigPaths and PnpmConfig on bytes and directories alone (the real pnpm judges the same
// layouts in tests/integration/PnpmCliTest.cpp): pnpm's configDir per operating system, the
// project and workspace directories, the layer order and what is a shadow.

#include "ecosystems/pnpm/PnpmConfig.h"
#include "ecosystems/pnpm/PnpmConfigPaths.h"
#include "support/TestHome.h"

#include <gtest/gtest.h>

namespace {

ToolEnvironment environmentFor(const TestHome &home, ToolEnvironment::Os os,
                               const QString &workingDir, QProcessEnvironment variables = {})
{
    if (variables.isEmpty())
        variables.insert(QStringLiteral("HOME"), home.home());
    return ToolEnvironment(variables, home.home(), workingDir, os);
}

PnpmConfigPaths pathsFor(const ToolEnvironment &environment)
{
    return PnpmConfigPaths(environment, NpmConfigPaths(environment, QString(), QString()));
}

} // namespace

TEST(PnpmPaths, ConfigDirectoryFollowsPnpmsRulesPerSystem)
{
    TestHome home;
    const QString work = home.path(QStringLiteral("work"));
    EXPECT_EQ(pathsFor(environmentFor(home, ToolEnvironment::Os::Linux, work)).globalRcPath(),
              home.path(QStringLiteral(".config/pnpm/rc")));
    EXPECT_EQ(pathsFor(environmentFor(home, ToolEnvironment::Os::MacOS, work)).configDirectory(),
              home.path(QStringLiteral("Library/Preferences/pnpm")));
    QProcessEnvironment windows;
    windows.insert(QStringLiteral("HOME"), home.home());
    windows.insert(QStringLiteral("LOCALAPPDATA"), QStringLiteral("C:\\Users\\me\\AppData\\Local"));
    EXPECT_EQ(pathsFor(environmentFor(home, ToolEnvironment::Os::Windows, work, windows))
                  .configDirectory(),
              QStringLiteral("C:/Users/me/AppData/Local/pnpm/config"));
    QProcessEnvironment xdg;
    xdg.insert(QStringLiteral("HOME"), home.home());
    xdg.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/elsewhere"));
    // XDG_CONFIG_HOME wins everywhere, macOS included.
    EXPECT_EQ(pathsFor(environmentFor(home, ToolEnvironment::Os::MacOS, work, xdg)).globalRcPath(),
              QStringLiteral("/elsewhere/pnpm/rc"));
}

TEST(PnpmPaths, ProjectIsTheNearestMarkedDirectoryAndWorkspaceTheNearestManifest)
{
    TestHome home;
    home.writeFile(QStringLiteral("work/pnpm-workspace.yaml"), "packages:\n  - pkgs/*\n");
    home.writeFile(QStringLiteral("work/pkgs/a/package.yaml"), "name: a\n");
    home.writeFile(QStringLiteral("work/pkgs/a/src/x.js"), "\n");
    const PnpmConfigPaths paths = pathsFor(environmentFor(
        home, ToolEnvironment::Os::Linux, home.path(QStringLiteral("work/pkgs/a/src"))));
    EXPECT_EQ(paths.projectDirectory(), home.path(QStringLiteral("work/pkgs/a")));
    EXPECT_EQ(paths.workspaceConfigPath(), home.path(QStringLiteral("work/.npmrc")));

    // Inside node_modules: the directory above it, whatever lies there.
    const PnpmConfigPaths inModules = pathsFor(environmentFor(
        home, ToolEnvironment::Os::Linux, home.path(QStringLiteral("work/x/node_modules"))));
    EXPECT_EQ(inModules.projectDirectory(), home.path(QStringLiteral("work/x")));

    // No marker anywhere: the working directory itself; no workspace.
    TestHome bare;
    const QString deep = bare.path(QStringLiteral("work/a/b"));
    const PnpmConfigPaths none = pathsFor(environmentFor(bare, ToolEnvironment::Os::Linux, deep));
    EXPECT_EQ(none.projectDirectory(), deep);
    EXPECT_TRUE(none.workspaceDirectory().isEmpty());

    // NPM_CONFIG_WORKSPACE_DIR names the workspace.
    QProcessEnvironment variables;
    variables.insert(QStringLiteral("HOME"), bare.home());
    variables.insert(QStringLiteral("NPM_CONFIG_WORKSPACE_DIR"), bare.path(QStringLiteral("ws")));
    EXPECT_EQ(pathsFor(environmentFor(bare, ToolEnvironment::Os::Linux, deep, variables))
                  .workspaceConfigPath(),
              bare.path(QStringLiteral("ws/.npmrc")));
}

TEST(PnpmConfig, RcIsBelowTheUserFileAndTheWorkspaceFileAboveIt)
{
    TestHome home;
    const ToolEnvironment environment =
        environmentFor(home, ToolEnvironment::Os::Linux, home.path(QStringLiteral("work")));
    const PnpmConfig config(environment, pathsFor(environment));

    home.writeFile(QStringLiteral(".config/pnpm/rc"), "registry=https://rc.example/\n");
    Expected<EffectiveSetting> setting = config.effectiveSetting(QStringLiteral("registry"));
    ASSERT_TRUE(setting);
    EXPECT_EQ(setting->value, QStringLiteral("https://rc.example/"));
    EXPECT_EQ(setting->source.level, QStringLiteral("pnpm-global"));
    EXPECT_TRUE(setting->shadows.isEmpty());

    home.writeFile(QStringLiteral(".npmrc"), "; mine\nregistry=https://user.example/\n");
    setting = config.effectiveSetting(QStringLiteral("registry"));
    ASSERT_TRUE(setting);
    EXPECT_EQ(setting->value, QStringLiteral("https://user.example/"));
    EXPECT_EQ(setting->userFileLine, 2);
    EXPECT_TRUE(setting->shadows.isEmpty()) << "a lower layer is no shadow";

    home.writeFile(QStringLiteral("work/pnpm-workspace.yaml"), "packages: []\n");
    home.writeFile(QStringLiteral("work/.npmrc"), "registry=https://ws.example/\n");
    setting = config.effectiveSetting(QStringLiteral("registry"));
    ASSERT_TRUE(setting);
    EXPECT_EQ(setting->value, QStringLiteral("https://ws.example/"));
    ASSERT_EQ(setting->shadows.size(), 1);
    EXPECT_EQ(setting->shadows.at(0).kind, Shadow::Kind::HigherLevelFile);
    EXPECT_EQ(setting->shadows.at(0).filePath, home.path(QStringLiteral("work/.npmrc")));
}

TEST(PnpmConfig, EditsArePlannedOnNpmsUserFileAndANoOpChangesNothing)
{
    TestHome home;
    const ToolEnvironment environment =
        environmentFor(home, ToolEnvironment::Os::Linux, home.path(QStringLiteral("work")));
    const PnpmConfig config(environment, pathsFor(environment));
    home.writeFile(QStringLiteral(".npmrc"), "\xEF\xBB\xBFregistry = \"https://a.example/\"");
    Expected<ConfigChange> change =
        config.planSet(QStringLiteral("registry"), QStringLiteral("https://b.example/"));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->filePath, home.path(QStringLiteral(".npmrc")));
    EXPECT_EQ(change->after, QByteArray("\xEF\xBB\xBFregistry = \"https://b.example/\""));
    change = config.planSet(QStringLiteral("registry"), QStringLiteral("https://a.example/"));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->after, change->before);
    EXPECT_TRUE(change->keyChanges.isEmpty());
    EXPECT_FALSE(config.planSet(QStringLiteral("registry"), QStringLiteral("ftp://x/")));
    EXPECT_FALSE(config.effectiveSetting(QStringLiteral("store-dir")));
}
