// The window and mirrordeck-cli share one identity and one data directory (issue 8 item 2), the
// data of the window's old spelling is merged once, and --verbose logs without secrets. The CLI
// runs for real in a temporary HOME; the window's side is the core's AppServices, which the GUI's
// main() builds its AppContext from.

#include "AppIdentity.h"
#include "AppServices.h"
#include "catalog/UserMirrorStore.h"
#include "config/ChangeHistory.h"
#include "migration/LegacyDataMerge.h"
#include "settings/AppSettings.h"
#include "support/DataFixtures.h"
#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QString kCatalog =
    QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/static-catalog.json");
const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

// This process sees the test home as the window would: same HOME and XDG folders.
class InProcessHome
{
public:
    explicit InProcessHome(const TestHome &home)
    {
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
            qputenv(name, home.variables().value(QString::fromLatin1(name)).toLocal8Bit());
        // QSettings reads XDG_CONFIG_HOME once per process; point it at this home explicitly.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           home.path(QStringLiteral(".config")));
        m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[16] = "test_shared";
    char *m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_app;
};

QJsonArray historyEntries(const TestHome &home, const QString &ecosystem)
{
    const ProcessResult run =
        home.cli({QStringLiteral("history"), ecosystem, QStringLiteral("--json")});
    EXPECT_TRUE(succeeded(run));
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("entries")).toArray();
}

// What the window of an earlier release left behind: its own history, mirror and preferences.
void seedOldWindowData(const TestHome &home, int entries)
{
    const QString data = home.path(QStringLiteral(".local/share/MirrorDeck/MirrorDeck"));
    ChangeHistory history(data + QStringLiteral("/history"));
    for (int i = 0; i < entries; ++i)
        ASSERT_TRUE(history.record(
            goProxyChange({}, "window" + QByteArray::number(i), home.path(".config/go/env")),
            kStart.addSecs(i)));
    UserMirrorStore mirrors({}, home.path(QStringLiteral(".config/MirrorDeck/MirrorDeck")));
    ASSERT_TRUE(mirrors.add(npmUserMirror(QStringLiteral("corp"), "http://127.0.0.1:9/corp/")));
    home.writeFile(QStringLiteral(".config/MirrorDeck/MirrorDeck.conf"),
                   "[ui]\nlanguage=zh_CN\nstart_minimised=true\n");
}

} // namespace

TEST(SharedData, TheWindowSeesTheHistoryAndMirrorsOfTheCli)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"),
                            QStringLiteral("https://goproxy.example,direct")})));

    InProcessHome inProcess(home);
    AppServices services(home.toolEnvironment());
    EXPECT_EQ(QCoreApplication::applicationName(), AppIdentity::applicationName());
    EXPECT_EQ(services.historyDirectory(),
              home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck/history")));
    const Expected<QList<HistoryEntry>> entries =
        ChangeHistory(services.historyDirectory()).entries(QStringLiteral("go"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_TRUE(entries->first().after.contains("goproxy.example"));

    // A mirror the window adds is one the CLI can use, and npm reads what the CLI wrote.
    ASSERT_TRUE(services.loadCatalog(kCatalog));
    ASSERT_TRUE(services.userMirrors().add(
        npmUserMirror(QStringLiteral("corp"), "http://127.0.0.1:9/corp/")));
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("npm"), QStringLiteral("corp")})));
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("registry")).outText(),
              QStringLiteral("http://127.0.0.1:9/corp/"));

    // The window's preferences are the file the CLI's identity names.
    ASSERT_TRUE(services.settings().setLanguage(QStringLiteral("en")));
    services.settings().sync();
    EXPECT_EQ(services.settings().fileName(),
              home.path(QStringLiteral(".config/MirrorDeck/mirrordeck.conf")));
    EXPECT_TRUE(home.readFile(QStringLiteral(".config/MirrorDeck/mirrordeck.conf"))
                    .contains("language=en"));
}

TEST(SharedData, TheOldWindowFolderIsMergedIntoTheSharedOneOnce)
{
    TestHome home;
    seedOldWindowData(home, 2);
    // Written by the CLI after the window's entries: ids 1 in both files before the merge.
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("set"),
                                    QStringLiteral("go"), QStringLiteral("GOPROXY"),
                                    QStringLiteral("https://cli.example,direct")})));

    const QJsonArray entries = historyEntries(home, QStringLiteral("go"));
    ASSERT_EQ(entries.size(), 3);
    QStringList ids;
    for (const QJsonValue &entry : entries)
        ids << entry.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, (QStringList{"3", "2", "1"}));
    EXPECT_TRUE(entries.at(0)
                    .toObject()
                    .value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("cli.example")));

    // The old window's own mirror is usable from the CLI, and its preferences filled the gaps.
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("npm"), QStringLiteral("corp")})));
    const QByteArray settings = home.readFile(QStringLiteral(".config/MirrorDeck/mirrordeck.conf"));
    EXPECT_TRUE(settings.contains("language=zh_CN")) << settings.toStdString();
    EXPECT_TRUE(QFileInfo::exists(home.path(".local/share/MirrorDeck/MirrorDeck.merged")));
    EXPECT_FALSE(QFileInfo::exists(home.path(".local/share/MirrorDeck/MirrorDeck")));

    // Once: a later change keeps counting from the merged history.
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("unset"), QStringLiteral("go"), QStringLiteral("GOPROXY")})));
    EXPECT_EQ(historyEntries(home, QStringLiteral("go")).size(), 4);
}

TEST(SharedData, TheRealWindowMergesItsOldFolderIntoTheCliOne)
{
    TestHome home;
    seedOldWindowData(home, 2);
    home.variables().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // --version exits right after start-up, which is where the window builds its AppServices.
    const ProcessResult version =
        home.run(QStringLiteral(MIRRORDECK_GUI_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(succeeded(version));
    EXPECT_TRUE(version.out.contains(MIRRORDECK_VERSION));
    EXPECT_TRUE(QFileInfo::exists(home.path(".local/share/MirrorDeck/MirrorDeck.merged")));
    EXPECT_EQ(historyEntries(home, QStringLiteral("go")).size(), 2);
}

TEST(SharedData, WindowAndCliStartingAtOnceMergeExactlyOnce)
{
    TestHome home;
    seedOldWindowData(home, 3);
    const QString canonical = home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck"));
    ChangeHistory cli(canonical + QStringLiteral("/history"));
    ASSERT_TRUE(
        cli.record(goProxyChange({}, "cli0", home.path(".config/go/env")), kStart.addSecs(100)));
    ASSERT_TRUE(
        cli.record(goProxyChange({}, "cli1", home.path(".config/go/env")), kStart.addSecs(101)));

    // Several executables start together, as a login session's autostart and a script would.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(home.variables());
        process->start(QStringLiteral(MIRRORDECK_CLI_PATH),
                       {QStringLiteral("history"), QStringLiteral("go")});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitCode(), 0);
        EXPECT_TRUE(process->readAllStandardError().isEmpty());
    }

    const QJsonArray entries = historyEntries(home, QStringLiteral("go"));
    QStringList ids;
    for (const QJsonValue &entry : entries)
        ids << entry.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, (QStringList{"5", "4", "3", "2", "1"}));
    EXPECT_TRUE(QFileInfo::exists(canonical + QLatin1Char('/') + LegacyDataMerge::kMarkerName));
}

TEST(CliVerbose, DebugLinesGoToStderrOnlyWhenAsked)
{
    TestHome home;
    home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://goproxy.example,direct\n");
    const QStringList get = {QStringLiteral("get"), QStringLiteral("go"),
                             QStringLiteral("GOPROXY")};

    const ProcessResult quiet = home.cli(get);
    ASSERT_TRUE(succeeded(quiet));
    EXPECT_TRUE(quiet.err.isEmpty()) << quiet.err.toStdString();

    const ProcessResult verbose = home.cli(QStringList{QStringLiteral("--verbose")} + get);
    ASSERT_TRUE(succeeded(verbose));
    EXPECT_EQ(verbose.out, quiet.out) << "logging must never reach stdout";
    const QString err = QString::fromUtf8(verbose.err);
    EXPECT_TRUE(err.contains(QStringLiteral("mirrordeck.config: read"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("mirrordeck.eco.go: GOPROXY from file")))
        << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("mirrordeck.cli: command")));
    // Which layer won, not what it holds.
    EXPECT_FALSE(err.contains(QStringLiteral("goproxy.example"))) << qPrintable(err);

    // QT_LOGGING_RULES turns on one module without the flag.
    TestHome ruled;
    ruled.variables().insert(QStringLiteral("QT_LOGGING_RULES"),
                             QStringLiteral("mirrordeck.cli.debug=true"));
    const ProcessResult one = ruled.cli(get);
    ASSERT_TRUE(succeeded(one));
    const QString oneErr = QString::fromUtf8(one.err);
    EXPECT_TRUE(oneErr.contains(QStringLiteral("mirrordeck.cli:")));
    EXPECT_FALSE(oneErr.contains(QStringLiteral("mirrordeck.config:")));
}

TEST(CliVerbose, NeverPrintsAToken)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"),
                   "//127.0.0.1:9/:_authToken=SECRET123\nregistry=http://127.0.0.1:9/\n");
    const QList<QStringList> commands = {
        {QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
         QStringLiteral("http://127.0.0.1:9/other/")},
        {QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
         QStringLiteral("http://127.0.0.1:9/third/"), QStringLiteral("--dry-run")},
        {QStringLiteral("status")},
        {QStringLiteral("history"), QStringLiteral("npm")},
    };
    for (const QStringList &command : commands) {
        const ProcessResult run = home.cli(QStringList{QStringLiteral("--verbose")} + command);
        ASSERT_TRUE(succeeded(run)) << qPrintable(command.join(' '));
        EXPECT_TRUE(run.err.contains("mirrordeck.")) << "verbose was on";
        EXPECT_FALSE(run.err.contains("SECRET123")) << qPrintable(command.join(' '));
        // A dry run's diff shows the file's context lines: masking it is issue 8 item 8's part.
        if (!command.contains(QStringLiteral("--dry-run"))) {
            EXPECT_FALSE(run.out.contains("SECRET123")) << qPrintable(command.join(' '));
        }
    }
    EXPECT_TRUE(home.readFile(QStringLiteral(".npmrc")).contains("_authToken=SECRET123"));
}
