// The pure pieces of private repositories: URL normalisation, the git config and .netrc edits
// (lossless, judged by the real git), and the setup steps whose removal undoes exactly the add —
// keeping what the user added to the same lists meanwhile (judged by the real go command).

#include "credentials/CredentialSetup.h"
#include "config/ChangeHistory.h"
#include "config/ConfigWriter.h"
#include "credentials/GitConfigEditor.h"
#include "credentials/NetrcEditor.h"
#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

TEST(CredentialEntry, NormaliseUrlKeepsSecretsOutAndEndsInASlash)
{
    EXPECT_EQ(*CredentialEntry::normaliseUrl(QStringLiteral("https://Git.Corp.Example:8443/team")),
              QStringLiteral("https://git.corp.example:8443/team/"));
    EXPECT_FALSE(CredentialEntry::normaliseUrl(QStringLiteral("https://bob:pw@git.corp.example/")));
    EXPECT_FALSE(CredentialEntry::normaliseUrl(QStringLiteral("ftp://git.corp.example/")));
    EXPECT_FALSE(CredentialEntry::normaliseUrl(QStringLiteral("https://git.corp.example/?x=1")));
    EXPECT_FALSE(CredentialEntry::normaliseUrl(QStringLiteral("not a url")));
}

TEST(CredentialEntry, MatchesHostAndPathPrefixLikeGitAsks)
{
    CredentialEntry entry;
    entry.url = QStringLiteral("https://git.corp.example:8443/team/");
    EXPECT_TRUE(entry.matches(QStringLiteral("https"), QStringLiteral("git.corp.example:8443"),
                              QString())); // git sends no path by default
    EXPECT_TRUE(entry.matches(QStringLiteral("https"), QStringLiteral("git.corp.example:8443"),
                              QStringLiteral("team/repo.git")));
    EXPECT_FALSE(entry.matches(QStringLiteral("https"), QStringLiteral("git.corp.example:8443"),
                               QStringLiteral("other/repo.git")));
    EXPECT_FALSE(
        entry.matches(QStringLiteral("http"), QStringLiteral("git.corp.example:8443"), QString()));
    EXPECT_FALSE(
        entry.matches(QStringLiteral("https"), QStringLiteral("git.corp.example"), QString()));
    EXPECT_EQ(entry.tokenVariable(), QStringLiteral("MIRRORDECK_TOKEN_GIT_CORP_EXAMPLE_8443_TEAM"));
}

TEST(GitConfigEditor, AddsOneScopedBlockAndRemovesExactlyIt)
{
    TestHome home;
    const QByteArray original = "[user]\r\n\tname = Alice ; comment\r\n[credential]\r\n"
                                "\thelper = store\r\n# trailing comment";
    const QString url = QStringLiteral("https://git.corp.example/");
    const QString helper = GitConfigEditor::helperCommand(QStringLiteral("/opt/my apps/it's/cli"));
    const QByteArray added = GitConfigEditor::withHelper(original, url, helper);
    EXPECT_TRUE(added.startsWith(original));
    EXPECT_EQ(GitConfigEditor::withHelper(added, url, helper), added) << "adding twice is a no-op";
    home.writeFile(QStringLiteral(".gitconfig"), added);
    // The real git: the URL's helper list is reset, then ours; other URLs keep `store`.
    const ProcessResult helpers = home.run(
        QStringLiteral("git"),
        {QStringLiteral("config"), QStringLiteral("--global"), QStringLiteral("--get-urlmatch"),
         QStringLiteral("credential.helper"), QStringLiteral("https://git.corp.example/repo.git")});
    ASSERT_TRUE(succeeded(helpers));
    EXPECT_EQ(helpers.outText(), helper);
    const ProcessResult all =
        home.run(QStringLiteral("git"),
                 {QStringLiteral("config"), QStringLiteral("--global"), QStringLiteral("--get-all"),
                  QStringLiteral("credential.https://git.corp.example/.helper")});
    EXPECT_EQ(QString::fromUtf8(all.out), QStringLiteral("\n") + helper + QStringLiteral("\n"));
    EXPECT_EQ(GitConfigEditor::withoutHelper(added, url, helper), original);
}

TEST(NetrcEditor, AddsOneMachineLineAndRemovesOnlyIt)
{
    const QByteArray original = "machine other.example login bob password keep-me\n";
    const QByteArray added =
        NetrcEditor::withMachine(original, QStringLiteral("proxy.corp.example"),
                                 QStringLiteral("alice"), QStringLiteral("s"));
    EXPECT_EQ(added, original + "machine proxy.corp.example login alice password s\n");
    EXPECT_EQ(NetrcEditor::withoutMachine(added, QStringLiteral("proxy.corp.example"),
                                          QStringLiteral("alice")),
              original);
}

TEST(CredentialSetup, RemovingKeepsGoprivateElementsTheUserAdded)
{
    TestHome home;
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty())
        GTEST_SKIP() << "go is not installed";
    ASSERT_TRUE(
        succeeded(home.run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("-w"),
                                                  QStringLiteral("GOPRIVATE=corp.example/*")})));
    CredentialEntry entry;
    entry.url = QStringLiteral("https://git.private.example/team/");
    entry.use = CredentialUse::Git;
    entry.username = QStringLiteral("alice");
    CredentialOptions options;
    options.cliPath = QStringLiteral("/usr/bin/mirrordeck-cli");
    options.goPrivate = true;
    const ToolEnvironment environment = home.toolEnvironment();
    Expected<PlannedSetup> plan = CredentialSetup::planAdd(entry, options, environment);
    ASSERT_TRUE(plan.hasValue()) << plan.error().toString().toStdString();
    ASSERT_EQ(plan->changes.size(), 2); // the git config and go's env file: one entry each
    ChangeHistory history(home.path(QStringLiteral("history")));
    ConfigWriter writer(&history);
    for (int i = 0; i < plan->changes.size(); ++i) {
        const Expected<QString> id = writer.apply(plan->changes.at(i));
        ASSERT_TRUE(id.hasValue()) << id.error().toString().toStdString();
    }
    entry.setup = plan->steps;
    for (int s = 0; s < entry.setup.size(); ++s)
        entry.setup[s].filePath = plan->changes.at(plan->stepChange.at(s)).filePath;
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPRIVATE")).outText(),
              QStringLiteral("corp.example/*,git.private.example/team"));

    // Meanwhile the user adds a pattern of their own.
    ASSERT_TRUE(succeeded(home.run(
        QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("-w"),
                               QStringLiteral("GOPRIVATE=corp.example/*,git.private.example/team,"
                                              "mine.example")})));
    Expected<PlannedSetup> removal = CredentialSetup::planRemove(entry, environment);
    ASSERT_TRUE(removal.hasValue()) << removal.error().toString().toStdString();
    for (const ConfigChange &change : removal->changes)
        ASSERT_TRUE(writer.apply(change).hasValue());
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPRIVATE")).outText(),
              QStringLiteral("corp.example/*,mine.example"));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".gitconfig"))));
}

TEST(CredentialSetup, GoproxyWithoutNetrcOnOldGoExplainsTheChoice)
{
    TestHome home;
    CredentialEntry entry;
    entry.url = QStringLiteral("https://goproxy.corp.example/");
    entry.use = CredentialUse::GoProxy;
    entry.username = QStringLiteral("alice");
    const int version = CredentialSetup::goVersion(home.toolEnvironment());
    if (version >= 124)
        GTEST_SKIP() << "this go reads GOAUTH";
    const Expected<PlannedSetup> plan =
        CredentialSetup::planAdd(entry, CredentialOptions(), home.toolEnvironment());
    ASSERT_FALSE(plan.hasValue());
    EXPECT_TRUE(plan.error().message.contains(QLatin1String("--netrc")));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".netrc"))));
}
