// mirrordeck-cli end to end: the real executable against a temporary HOME, judged by the real go,
// npm and pip clients reading the files it wrote.

#include "ecosystems/EcosystemRegistry.h"
#include "integration/probe/MirrorServerProcess.h"
#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include "ecosystems/EcosystemRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

const QString kCatalog =
    QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/static-catalog.json");

QJsonObject parseJson(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

TEST(Cli, VersionHelpAndUnknownCommand)
{
    TestHome home;
    const ProcessResult version = home.cli({QStringLiteral("--version")});
    ASSERT_TRUE(succeeded(version));
    EXPECT_EQ(version.outText(), QStringLiteral("mirrordeck-cli " MIRRORDECK_VERSION));

    const ProcessResult help = home.cli({QStringLiteral("--help")});
    ASSERT_TRUE(succeeded(help));
    for (const char *command : {"status", "get", "set", "unset", "use", "history", "restore"})
        EXPECT_TRUE(help.outText().contains(QLatin1String(command))) << command;

    const ProcessResult unknown = home.cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(QString::fromUtf8(unknown.err).trimmed().count(QLatin1Char('\n')), 0);
    EXPECT_TRUE(unknown.out.isEmpty());
}

TEST(Cli, SetGoProxyIsWhatTheRealGoCommandReads)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"),
                            QStringLiteral("https://goproxy.cn,direct")})));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("https://goproxy.cn,direct"));
    EXPECT_EQ(home.cli({QStringLiteral("get"), QStringLiteral("go"), QStringLiteral("GOPROXY")})
                  .outText(),
              QStringLiteral("https://goproxy.cn,direct"));

    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("unset"), QStringLiteral("go"), QStringLiteral("GOPROXY")})));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("https://proxy.golang.org,direct"));
}

TEST(Cli, UseByCatalogIdSetsGoProxyChainAndSumdb)
{
    TestHome home;
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("go"), QStringLiteral("go-mirror-a")})));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("http://127.0.0.1:9/go-a,direct"));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOSUMDB")).outText(),
              QStringLiteral("sum.golang.org http://127.0.0.1:9/go-a/sumdb/sum.golang.org"));
}

TEST(Cli, UseNpmAndPipMirrorsAreWhatTheRealClientsRead)
{
    TestHome home;
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("npm"), QStringLiteral("npm-mirror-a")})));
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("registry")).outText(),
              QStringLiteral("http://127.0.0.1:9/npm-a/"));

    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("pip"), QStringLiteral("pip-mirror-http")})));
    EXPECT_EQ(home.pipConfigGet(QStringLiteral("global.index-url")).outText(),
              QStringLiteral("http://127.0.0.1:9/pip-http/simple"));
    // A plain-HTTP index is useless to pip unless its host is trusted.
    EXPECT_TRUE(home.pipConfigGet(QStringLiteral("global.trusted-host"))
                    .outText()
                    .contains(QStringLiteral("127.0.0.1")));

    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("use"), QStringLiteral("npm"),
                                    QStringLiteral("https://registry.example.test/")})));
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("registry")).outText(),
              QStringLiteral("https://registry.example.test/"));
}

TEST(Cli, GetAgreesWithFilesWrittenByTheToolsThemselves)
{
    TestHome home;
    ASSERT_TRUE(succeeded(
        home.run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("-w"),
                                        QStringLiteral("GOPROXY=https://goproxy.io,direct"),
                                        QStringLiteral("GOPRIVATE=*.corp.example.com")})));
    ASSERT_TRUE(succeeded(home.run(QStringLiteral("npm"),
                                   {QStringLiteral("config"), QStringLiteral("set"),
                                    QStringLiteral("registry=https://registry.npmmirror.com/")})));
    ASSERT_TRUE(succeeded(home.run(TestHome::pythonProgram(),
                                   {QStringLiteral("-m"), QStringLiteral("pip"),
                                    QStringLiteral("config"), QStringLiteral("--user"),
                                    QStringLiteral("set"), QStringLiteral("global.index-url"),
                                    QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple")})));

    const struct
    {
        const char *ecosystem;
        const char *key;
        ProcessResult real;
    } cases[] = {
        {"go", "GOPROXY", home.goEnv(QStringLiteral("GOPROXY"))},
        {"go", "GONOPROXY", home.goEnv(QStringLiteral("GONOPROXY"))},
        {"go", "GOSUMDB", home.goEnv(QStringLiteral("GOSUMDB"))},
        {"npm", "registry", home.npmConfigGet(QStringLiteral("registry"))},
        {"pip", "global.index-url", home.pipConfigGet(QStringLiteral("global.index-url"))},
    };
    for (const auto &testCase : cases) {
        ASSERT_TRUE(succeeded(testCase.real)) << testCase.key;
        const ProcessResult ours =
            home.cli({QStringLiteral("get"), QString::fromLatin1(testCase.ecosystem),
                      QString::fromLatin1(testCase.key)});
        ASSERT_TRUE(succeeded(ours)) << testCase.key;
        EXPECT_EQ(ours.outText(), testCase.real.outText()) << testCase.key;
    }
}

TEST(Cli, DryRunPrintsUnifiedDiffAndWritesNothing)
{
    TestHome home;
    const QByteArray original = "# my proxies\nGOPROXY=https://goproxy.io,direct\n";
    home.writeFile(QStringLiteral(".config/go/env"), original);
    const ProcessResult result =
        home.cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"),
                  QStringLiteral("https://goproxy.cn,direct"), QStringLiteral("--dry-run")});
    ASSERT_TRUE(succeeded(result));
    EXPECT_TRUE(result.outText().contains(QStringLiteral("-GOPROXY=https://goproxy.io,direct\n"
                                                         "+GOPROXY=https://goproxy.cn,direct")))
        << result.out.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral(" # my proxies")));
    EXPECT_EQ(home.readFile(QStringLiteral(".config/go/env")), original);
}

TEST(Cli, InvalidValueFailsWithOneLineAndLeavesFileByteForByte)
{
    TestHome home;
    const QByteArray original = "GOPROXY=https://goproxy.io,direct\r\n";
    home.writeFile(QStringLiteral(".config/go/env"), original);
    const ProcessResult result = home.cli({QStringLiteral("set"), QStringLiteral("go"),
                                           QStringLiteral("GOSUMDB"), QStringLiteral("a b c")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(QString::fromUtf8(result.err).trimmed().count(QLatin1Char('\n')), 0)
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("GOSUMDB")) << result.err.toStdString();
    EXPECT_EQ(home.readFile(QStringLiteral(".config/go/env")), original);
}

TEST(Cli, FileTheToolCannotParseIsRefusedAndLeftAlone)
{
    TestHome home;
    // pip refuses a file with a duplicate option; MirrorDeck must not "fix" it silently.
    const QByteArray original =
        "[global]\nindex-url = https://a/simple\nindex-url = https://b/simple\n";
    home.writeFile(QStringLiteral(".config/pip/pip.conf"), original);
    const ProcessResult result =
        home.cli({QStringLiteral("set"), QStringLiteral("pip"), QStringLiteral("global.index-url"),
                  QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("pip.conf")) << result.err.toStdString();
    EXPECT_EQ(home.readFile(QStringLiteral(".config/pip/pip.conf")), original);

    home.writeFile(QStringLiteral(".npmrc"), QByteArray("registry=\0x", 10));
    const ProcessResult binary =
        home.cli({QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
                  QStringLiteral("https://registry.npmmirror.com/")});
    EXPECT_EQ(binary.exitCode, 1);
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), QByteArray("registry=\0x", 10));
}

TEST(Cli, NoOpSetWritesNothingAndRecordsNoHistory)
{
    TestHome home;
    const QByteArray original = "GOPROXY=https://goproxy.cn,direct";
    home.writeFile(QStringLiteral(".config/go/env"), original);
    ASSERT_TRUE(
        succeeded(home.cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"),
                            QStringLiteral("https://goproxy.cn,direct")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".config/go/env")), original);
    const ProcessResult history =
        home.cli({QStringLiteral("history"), QStringLiteral("go"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(history));
    EXPECT_TRUE(parseJson(history).value(QStringLiteral("entries")).toArray().isEmpty());
}

TEST(Cli, HistoryListsChangesAndRestoreBringsBackExactBytes)
{
    TestHome home;
    const QByteArray original =
        "\xEF\xBB\xBF; corp settings\r\nregistry = \"https://old.example/\"\r\n"
        "//old.example/:_authToken=${NPM_TOKEN}";
    home.writeFile(QStringLiteral(".npmrc"), original);
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
                  QStringLiteral("https://registry.npmmirror.com/")})));
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
                  QStringLiteral("https://mirrors.cloud.tencent.com/npm/")})));
    const ProcessResult history =
        home.cli({QStringLiteral("history"), QStringLiteral("npm"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(history));
    const QJsonArray entries = parseJson(history).value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("2"));

    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("restore"), QStringLiteral("npm"), QStringLiteral("1")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), original);
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("registry")).outText(),
              QStringLiteral("https://old.example/"));

    const ProcessResult missing =
        home.cli({QStringLiteral("restore"), QStringLiteral("npm"), QStringLiteral("99")});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST(Cli, StatusReportsSourcesAndShadowsWithFileAndLine)
{
    TestHome home;
    home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://goproxy.cn,direct\n");
    home.writeFile(QStringLiteral(".bashrc"), "# rc\nexport GOPROXY=https://goproxy.io\n");
    home.variables().insert(QStringLiteral("PIP_INDEX_URL"),
                            QStringLiteral("https://env.example/simple"));
    const ProcessResult result = home.cli({QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(result));
    const QJsonArray ecosystems = parseJson(result).value(QStringLiteral("ecosystems")).toArray();
    ASSERT_EQ(ecosystems.size(), EcosystemRegistry::ids().size());

    auto find = [&](const QString &ecosystem, const QString &key) {
        for (const QJsonValue &eco : ecosystems) {
            if (eco.toObject().value(QStringLiteral("id")).toString() != ecosystem)
                continue;
            for (const QJsonValue &setting :
                 eco.toObject().value(QStringLiteral("settings")).toArray())
                if (setting.toObject().value(QStringLiteral("key")).toString() == key)
                    return setting.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject goproxy = find(QStringLiteral("go"), QStringLiteral("GOPROXY"));
    EXPECT_EQ(goproxy.value(QStringLiteral("value")).toString(),
              QStringLiteral("https://goproxy.cn,direct"));
    const QJsonObject source = goproxy.value(QStringLiteral("source")).toObject();
    EXPECT_EQ(source.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    EXPECT_EQ(source.value(QStringLiteral("line")).toInt(), 1);
    const QJsonArray shadows = goproxy.value(QStringLiteral("shadows")).toArray();
    ASSERT_EQ(shadows.size(), 1);
    EXPECT_TRUE(shadows.at(0)
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QStringLiteral("/.bashrc")));
    EXPECT_EQ(shadows.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);

    const QJsonObject index = find(QStringLiteral("pip"), QStringLiteral("global.index-url"));
    EXPECT_EQ(index.value(QStringLiteral("value")).toString(),
              QStringLiteral("https://env.example/simple"));
    EXPECT_EQ(index.value(QStringLiteral("source"))
                  .toObject()
                  .value(QStringLiteral("variable"))
                  .toString(),
              QStringLiteral("PIP_INDEX_URL"));
}

TEST(Cli, UseFastestAppliesTheRecommendationNeverAStaleOrFailingMirror)
{
    MirrorServerProcess server;
    // The stale mirror is the quickest, the refused one fails: neither may be chosen.
    ASSERT_TRUE(server.start(
        {QStringLiteral("go-up:go:official=1,latency=0.15"), QStringLiteral("go-stale:go:stale=3"),
         QStringLiteral("go-good:go:latency=0.02"), QStringLiteral("go-slow:go:latency=0.3"),
         QStringLiteral("go-down:go:fault=refused")},
        {QStringLiteral("--artifact-size"), QStringLiteral("200000")}))
        << server.errorString().toStdString();
    TestHome home;
    const ProcessResult result =
        home.cli({QStringLiteral("--catalog"), server.catalogPath(), QStringLiteral("use"),
                  QStringLiteral("go"), QStringLiteral("--fastest")});
    ASSERT_TRUE(succeeded(result));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(),
              server.url(QStringLiteral("go-good")) + QStringLiteral(",direct"));
}

TEST(Cli, UseFastestChangesNothingWhenNoMirrorIsHealthy)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({QStringLiteral("npm-up:npm:official=1,fault=5xx"),
                              QStringLiteral("npm-down:npm:fault=refused")}))
        << server.errorString().toStdString();
    TestHome home;
    const QByteArray original = "registry=https://registry.npmmirror.com/\n";
    home.writeFile(QStringLiteral(".npmrc"), original);
    const ProcessResult result =
        home.cli({QStringLiteral("--catalog"), server.catalogPath(), QStringLiteral("use"),
                  QStringLiteral("npm"), QStringLiteral("--fastest")});
    // stderr carries the sanitizer report when the CLI dies under ASan/LSan.
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), original);
}

TEST(Cli, SwitchingRegistryWarnsThatTokensStayWithTheOldHost)
{
    TestHome home;
    const QByteArray original = "registry=https://npm.corp.example/\n"
                                "//npm.corp.example/:_authToken=${NPM_TOKEN}\n";
    home.writeFile(QStringLiteral(".npmrc"), original);
    const ProcessResult result = home.cli({QStringLiteral("use"), QStringLiteral("npm"),
                                           QStringLiteral("https://registry.npmmirror.com/")});
    ASSERT_TRUE(succeeded(result));
    EXPECT_TRUE(result.err.contains("npm login")) << result.err.toStdString();
    // The token line itself is never touched.
    EXPECT_TRUE(home.readFile(QStringLiteral(".npmrc"))
                    .endsWith("//npm.corp.example/:_authToken=${NPM_TOKEN}\n"));
}

TEST(Cli, SpeaksChineseWhenTheShellDoes)
{
    TestHome home;
    home.variables().insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const ProcessResult unknown = home.cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    const QString message = QString::fromUtf8(unknown.err);
    EXPECT_TRUE(message.contains(QStringLiteral("frobnicate"))) << unknown.err.toStdString();
    // Some CJK ideograph: the message came from the zh_CN translation, not the English source.
    EXPECT_TRUE(std::any_of(message.cbegin(), message.cend(), [](QChar c) {
        return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
    })) << unknown.err.toStdString();

    home.variables().insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const ProcessResult english = home.cli({QStringLiteral("frobnicate")});
    EXPECT_TRUE(english.err.contains("Unknown command")) << english.err.toStdString();
}
