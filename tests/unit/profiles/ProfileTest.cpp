// Profiles: saved from what the real clients report, applied as one change over the go, npm and
// pip files, judged by `go env`, `npm config get` and `pip config list` in a clean HOME; one
// linked history entry per file; restoring any of them undoes the whole profile.

#include "config/ChangeHistory.h"
#include "ecosystems/EcosystemRegistry.h"
#include "profiles/ProfileApplier.h"
#include "profiles/ProfileStore.h"
#include "unit/pip/PipTestSupport.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace {

const QString kCorp = QStringLiteral("@corp:registry");

bool have(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

class ToolsHome : public PipHome
{
public:
    QString go(const QStringList &args) const
    {
        const ProcessResult r = home.run(QStringLiteral("go"), args);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return r.outText();
    }
    QString npm(const QStringList &args) const
    {
        const ProcessResult r = home.run(QStringLiteral("npm"), args);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return r.outText();
    }
    void pipSet(const QString &key, const QString &value) const
    {
        const ProcessResult r =
            runPip({QStringLiteral("config"), QStringLiteral("set"), key, value});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    }

    // What the three clients report for the settings a profile switches.
    QStringList observed() const
    {
        return {go({QStringLiteral("env"), QStringLiteral("GOPROXY")}),
                go({QStringLiteral("env"), QStringLiteral("GOPRIVATE")}),
                npm({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("registry")}),
                npm({QStringLiteral("config"), QStringLiteral("get"), kCorp}),
                pipList(QStringLiteral("global.index-url")).value};
    }

    void configure(const QString &tag) const
    {
        go({QStringLiteral("env"), QStringLiteral("-w"),
            QStringLiteral("GOPROXY=https://%1.example/go|https://backup.example,direct")
                .arg(tag)});
        go({QStringLiteral("env"), QStringLiteral("-w"),
            QStringLiteral("GOPRIVATE=*.%1.example").arg(tag)});
        npm({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("registry"),
             QStringLiteral("https://%1.example/npm/").arg(tag)});
        npm({QStringLiteral("config"), QStringLiteral("set"), kCorp,
             QStringLiteral("https://npm.%1.example/").arg(tag)});
        pipSet(QStringLiteral("global.index-url"),
               QStringLiteral("https://%1.example/pypi/simple").arg(tag));
    }
};

class ProfileRealClients : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!have("go") || !have("npm"))
            GTEST_SKIP() << "go or npm is not installed";
    }
};

} // namespace

TEST(ProfileStore, SavesReplacesFindsAndDeletesByName)
{
    TestHome home;
    ProfileStore store(ProfileStore::defaultPath(home.path(QStringLiteral("data"))));
    EXPECT_TRUE(store.profiles()->isEmpty());
    Profile office{
        QStringLiteral("Office"),
        {{QStringLiteral("go"), QStringLiteral("GOPROXY"), QStringLiteral("https://a"), false},
         {QStringLiteral("pip"), QStringLiteral("global.index-url"), QString(), true}}};
    ASSERT_TRUE(store.save(office));
    office.settings.removeLast();
    ASSERT_TRUE(store.save(office)); // same name: replaced, not added
    ASSERT_TRUE(store.save(Profile{QStringLiteral("Home"), {}}));
    const auto list = store.profiles();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().name, QStringLiteral("Home"));
    EXPECT_EQ(store.find(QStringLiteral("Office"))->settings.size(), 1);
    ASSERT_TRUE(store.remove(QStringLiteral("Home")));
    EXPECT_EQ(store.find(QStringLiteral("Home")).error().kind, CoreError::Kind::NotFound);
    EXPECT_FALSE(store.remove(QStringLiteral("Home")));
    for (const QString &bad : {QString(), QStringLiteral(" Home"), QStringLiteral("a\tb"),
                               QString(65, QLatin1Char('x'))})
        EXPECT_EQ(store.save(Profile{bad, {}}).error().kind, CoreError::Kind::InvalidValue);
}

TEST(ProfileStore, DamagedFileIsAClearErrorAndIsNotOverwritten)
{
    TestHome home;
    home.writeFile(QStringLiteral("data/profiles.json"), "{not json");
    ProfileStore store(home.path(QStringLiteral("data/profiles.json")));
    EXPECT_EQ(store.profiles().error().kind, CoreError::Kind::BadFile);
    EXPECT_FALSE(store.save(Profile{QStringLiteral("Home"), {}}));
    EXPECT_EQ(home.readFile(QStringLiteral("data/profiles.json")), "{not json");
}

TEST_F(ProfileRealClients, ApplyIsOneLinkedChangeTheClientsReadAndRestoreUndoesItAll)
{
    ToolsHome tools;
    tools.configure(QStringLiteral("office"));
    const QStringList office = tools.observed();
    ASSERT_EQ(office.value(0),
              QStringLiteral("https://office.example/go|https://backup.example,direct"));

    const ProfileApplier applier(tools.home.toolEnvironment());
    const Expected<Profile> saved = applier.capture(QStringLiteral("Office"));
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();

    tools.configure(QStringLiteral("home"));
    const QStringList homeValues = tools.observed();
    ASSERT_NE(homeValues, office);

    // Apply: planned first (one change per file), then written with one group id.
    const Expected<QList<ConfigChange>> changes = applier.plan(*saved);
    ASSERT_TRUE(changes) << changes.error().toString().toStdString();
    ASSERT_EQ(changes->size(), 3);
    ChangeHistory history(tools.home.path(QStringLiteral("history")));
    const Expected<QList<HistoryEntry>> written = applier.apply(*changes, history);
    ASSERT_TRUE(written) << written.error().toString().toStdString();
    EXPECT_EQ(tools.observed(), office);

    // One entry per file, all in one group, each saying which profile wrote it.
    QString group;
    for (const QString &eco :
         {QStringLiteral("go"), QStringLiteral("npm"), QStringLiteral("pip")}) {
        const auto entries = history.entries(eco);
        ASSERT_TRUE(entries);
        ASSERT_EQ(entries->size(), 1) << eco.toStdString();
        EXPECT_TRUE(entries->first().summary.startsWith(QStringLiteral("Profile “Office”")));
        EXPECT_FALSE(entries->first().group.isEmpty());
        if (group.isEmpty())
            group = entries->first().group;
        EXPECT_EQ(entries->first().group, group);
    }

    // Applying again changes nothing.
    EXPECT_TRUE(applier.plan(*saved)->isEmpty());

    // Restoring the npm entry alone puts all three files back.
    const Expected<QList<ConfigChange>> undo =
        applier.restoreGroupPlan(history.entries(QStringLiteral("npm"))->first(), history);
    ASSERT_TRUE(undo) << undo.error().toString().toStdString();
    EXPECT_EQ(undo->size(), 3);
    ASSERT_TRUE(applier.apply(*undo, history));
    EXPECT_EQ(tools.observed(), homeValues);
}

TEST_F(ProfileRealClients, InvalidValueFailsTheWholeProfileAndWritesNothing)
{
    ToolsHome tools;
    tools.configure(QStringLiteral("home"));
    const QByteArray npmrc = tools.home.readFile(QStringLiteral(".npmrc"));
    const QByteArray goEnv = tools.home.readFile(QStringLiteral(".config/go/env"));
    const Profile bad{QStringLiteral("Bad"),
                      {{QStringLiteral("npm"), QStringLiteral("registry"),
                        QStringLiteral("https://ok.example/"), false},
                       {QStringLiteral("go"), QStringLiteral("GOPROXY"),
                        QStringLiteral("ftp://nope.example"), false}}};
    const Expected<QList<ConfigChange>> changes =
        ProfileApplier(tools.home.toolEnvironment()).plan(bad);
    ASSERT_FALSE(changes);
    EXPECT_TRUE(changes.error().message.contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(tools.home.readFile(QStringLiteral(".npmrc")), npmrc);
    EXPECT_EQ(tools.home.readFile(QStringLiteral(".config/go/env")), goEnv);
}

TEST_F(ProfileRealClients, CliSaveDryRunApplyAndRestoreOfOneEntryUndoesTheProfile)
{
    ToolsHome tools;
    const auto cli = [&tools](const QStringList &args) {
        return tools.home.run(QStringLiteral(MIRRORDECK_CLI_PATH), args);
    };
    tools.configure(QStringLiteral("office"));
    const QStringList office = tools.observed();
    ProcessResult r = cli({"profile", "save", "Office"});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    r = cli({"profile", "list"});
    // Every registered tool with a setting in the profile (tools reading npm's file included).
    EXPECT_TRUE(r.outText().startsWith(QStringLiteral("Office  (go, npm, pip")))
        << r.out.constData();

    tools.configure(QStringLiteral("home"));
    const QStringList homeValues = tools.observed();
    const QByteArray npmrc = tools.home.readFile(QStringLiteral(".npmrc"));
    r = cli({"profile", "apply", "Office", "--dry-run"});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // Every file's diff, nothing written.
    EXPECT_EQ(r.outText().count(QStringLiteral("\n+++ ")), 3) << r.out.constData();
    EXPECT_TRUE(r.outText().contains(QStringLiteral("+registry=https://office.example/npm/")));
    EXPECT_EQ(tools.home.readFile(QStringLiteral(".npmrc")), npmrc);

    r = cli({"profile", "apply", "Office"});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(tools.observed(), office);

    r = cli({"restore", "pip", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(tools.observed(), homeValues);

    r = cli({"profile", "delete", "Office"});
    EXPECT_EQ(r.exitCode, 0);
    r = cli({"profile", "apply", "Office"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no profile"));
}

// The window and the CLI save at once: each save re-reads under the store's lock, so none of
// them drops a profile another one just wrote.
TEST(ProfileStore, ConcurrentSavesKeepEveryProfile)
{
    TestHome home;
    const QString path = ProfileStore::defaultPath(home.path(QStringLiteral("data")));
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&path, &failures, w]() {
            ProfileStore store(path); // one store per writer, as two processes have
            for (int i = 0; i < 10; ++i) {
                if (!store.save(Profile{QStringLiteral("P%1-%2").arg(w).arg(i), {}}))
                    ++failures;
            }
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    EXPECT_EQ(failures.load(), 0);
    const Expected<QList<Profile>> saved = ProfileStore(path).profiles();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->size(), 40);
}

// Two tools that edit one user file (a tool reading another tool's file) make one change of that
// file, planned edit after edit, never two changes each computed from the bytes on disk.
TEST(ProfileApplier, ToolsSharingAUserFileMakeOneChangeOfIt)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "; mine\nregistry=https://old.example/\n");
    const ProfileApplier applier(home.toolEnvironment());
    QList<ProfileSetting> settings;
    for (const QString &id : EcosystemRegistry::ids()) {
        const auto config = EcosystemRegistry::create(id, home.toolEnvironment());
        const Expected<QString> path = config->userConfigPath();
        if (path && *path == home.path(QStringLiteral(".npmrc")) &&
            config->mirrorKey() == QLatin1String("registry"))
            settings.append({id, QStringLiteral("registry"),
                             QStringLiteral("https://%1.example/").arg(id), false});
    }
    if (settings.size() < 2)
        GTEST_SKIP() << "only one registered tool edits ~/.npmrc";
    const Expected<QList<ConfigChange>> changes =
        applier.plan(Profile{QStringLiteral("Shared"), settings});
    ASSERT_TRUE(changes) << changes.error().toString().toStdString();
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().before, QByteArray("; mine\nregistry=https://old.example/\n"));
    // The last tool's value wins, as it would when the edits are made one after the other.
    EXPECT_EQ(changes->first().after, QStringLiteral("; mine\nregistry=https://%1.example/\n")
                                          .arg(settings.last().ecosystem)
                                          .toUtf8());
}
