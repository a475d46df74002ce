#include "config/ShellStartupScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QStringList kGoVariables = {QStringLiteral("GOPROXY"), QStringLiteral("GOSUMDB")};

QList<ShellExport> scanSh(const char *text)
{
    return ShellStartupScanner::scanText(QStringLiteral("/h/.bashrc"), QString::fromUtf8(text),
                                         false, false, kGoVariables, false);
}

} // namespace

TEST(ShellStartupScanner, FindsExportLinesWithLineNumbersAndUnquotedValues)
{
    const auto found =
        scanSh("# my rc\nalias ll='ls -l'\nexport GOPROXY=\"https://goproxy.cn,direct\"\n"
               "  export GOSUMDB='sum.golang.google.cn' # china\n");
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].line, 3);
    EXPECT_EQ(found[0].variable, QStringLiteral("GOPROXY"));
    EXPECT_EQ(found[0].value, QStringLiteral("https://goproxy.cn,direct"));
    EXPECT_EQ(found[1].line, 4);
    EXPECT_EQ(found[1].value, QStringLiteral("sum.golang.google.cn"));
}

TEST(ShellStartupScanner, IgnoresCommentsAndUnexportedAssignments)
{
    EXPECT_TRUE(scanSh("# export GOPROXY=x\nGOPROXY=y\necho $GOPROXY\n").isEmpty());
}

TEST(ShellStartupScanner, PlainAssignmentCountsWhenExportedElsewhere)
{
    const auto found = scanSh("GOPROXY=https://a\nexport GOPROXY GOSUMDB\n");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].line, 1);
}

TEST(ShellStartupScanner, DeclareXCounts)
{
    const auto found = scanSh("declare -x GOPROXY=https://b\ntypeset -gx GOSUMDB=off\n");
    ASSERT_EQ(found.size(), 2);
}

TEST(ShellStartupScanner, FishSetExportForms)
{
    const auto found = ShellStartupScanner::scanText(
        QStringLiteral("/h/.config/fish/config.fish"),
        QStringLiteral("set -gx GOPROXY https://goproxy.cn\nset -g GOSUMDB off\n"
                       "set --export --global GOSUMDB sum.golang.google.cn\n"),
        true, false, kGoVariables, false);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].value, QStringLiteral("https://goproxy.cn"));
    EXPECT_EQ(found[1].line, 3);
}

TEST(ShellStartupScanner, NpmVariablesMatchCaseInsensitively)
{
    const auto found = ShellStartupScanner::scanText(
        QStringLiteral("/h/.zshrc"), QStringLiteral("export NPM_CONFIG_REGISTRY=https://r/\n"),
        false, false, {QStringLiteral("npm_config_registry")}, true);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].variable, QStringLiteral("NPM_CONFIG_REGISTRY"));
}

TEST(ShellStartupScanner, ReadsTheUsersRealStartupFilesAndEnvironmentD)
{
    QTemporaryDir home;
    auto write = [&](const QString &relative, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(home.filePath(relative)).absolutePath());
        QFile file(home.filePath(relative));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral(".profile"), "export GOPROXY=https://from-profile\n");
    write(QStringLiteral(".zshrc"), "\n\nexport GOSUMDB=off\n");
    write(QStringLiteral(".config/environment.d/50-go.conf"), "GOPROXY=https://from-envd\n");
    QProcessEnvironment variables;
    ShellStartupScanner scanner(
        ToolEnvironment(variables, home.path(), home.path(), ToolEnvironment::Os::Linux));
    const auto found = scanner.findExports(kGoVariables);
    ASSERT_EQ(found.size(), 3);
    EXPECT_TRUE(found[0].filePath.endsWith(QStringLiteral("/.profile")));
    EXPECT_EQ(found[1].line, 3);
    EXPECT_EQ(found[2].value, QStringLiteral("https://from-envd"));
}

TEST(ShellStartupScanner, AssignmentExportedOnTheSameLineCounts)
{
    const auto found = scanSh("GOPROXY=https://a.example; export GOPROXY\n# X=1; export GOSUMDB\n"
                              "GOSUMDB=off\n");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(found[0].value, QStringLiteral("https://a.example"));
}
