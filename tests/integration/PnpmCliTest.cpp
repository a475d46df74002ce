// pnpm through the shipped mirrordeck-cli: every command works on it, edits land in npm's user
// file (pnpm reads its registry there), and the real pnpm (the pinned one from
// scripts/install-deps.sh --test) agrees with what MirrorDeck reports, layer by layer, and
// installs a real package from a loopback registry (tests/fixtures/npm_package_server.py) after
// `mirrordeck-cli use pnpm URL`.

#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QString kPnpm = QStringLiteral(MIRRORDECK_TEST_PNPM);

QJsonObject parseJson(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject pnpmInStatus(const TestHome &home)
{
    const ProcessResult status = home.cli({QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonArray all = parseJson(status).value(QStringLiteral("ecosystems")).toArray();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("pnpm"))
            return value.toObject();
    }
    return {};
}

QJsonObject settingIn(const QJsonObject &ecosystem, const QString &key)
{
    const QJsonArray settings = ecosystem.value(QStringLiteral("settings")).toArray();
    for (const QJsonValue &value : settings) {
        if (value.toObject().value(QStringLiteral("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

QString cliGet(const TestHome &home, const QString &eco, const QString &key)
{
    return home.cli({QStringLiteral("get"), eco, key}).outText();
}

// What pnpm itself uses: `config get` without --location asks npm for registry keys, so the
// project location is what shows pnpm's own merged configuration.
QString pnpmGet(const TestHome &home, const QString &key)
{
    return home
        .run(kPnpm, {QStringLiteral("config"), QStringLiteral("get"), key,
                     QStringLiteral("--location"), QStringLiteral("project")})
        .outText();
}

bool havePnpm()
{
    return !kPnpm.isEmpty() && QFileInfo(kPnpm).isExecutable();
}

#define REQUIRE_PNPM()                                                                             \
    if (!havePnpm())                                                                               \
    GTEST_SKIP() << "no pnpm test client (run scripts/install-deps.sh --test, then cmake again)"

// The loopback registry of tests/fixtures/npm_package_server.py, logging every request.
class PackageServer
{
public:
    explicit PackageServer(const TestHome &home)
        : m_log(home.path(QStringLiteral("registry.log")))
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            QStringLiteral("python3"),
            {QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/npm_package_server.py"),
             QStringLiteral("--log"), m_log, QStringLiteral("--exit-on-stdin-eof")});
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(20000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT "))
                m_port = line.mid(5).toInt();
        }
    }
    ~PackageServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }
    QByteArray log() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString m_log;
    QProcess m_process;
    int m_port = 0;
};

} // namespace

TEST(PnpmCli, StatusNamesNpmsUserFileAndTheDefault)
{
    TestHome home;
    const QJsonObject pnpm = pnpmInStatus(home);
    ASSERT_FALSE(pnpm.isEmpty()) << "pnpm is missing from status";
    EXPECT_EQ(pnpm.value(QStringLiteral("user_file")).toString(),
              home.path(QStringLiteral(".npmrc")));
    const QJsonObject registry = settingIn(pnpm, QStringLiteral("registry"));
    EXPECT_EQ(registry.value(QStringLiteral("value")).toString(),
              QStringLiteral("https://registry.npmjs.org/"));
    EXPECT_TRUE(registry.value(QStringLiteral("default")).toBool());
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("@jsr:registry")),
              QStringLiteral("https://npm.jsr.io/"));
}

TEST(PnpmCli, SetEditsNpmsUserFileLosslesslyAndSwitchesNpmToo)
{
    TestHome home;
    const QByteArray original = "; corp settings\r\nregistry = \"https://old.example/\"\r\n"
                                "//old.example/:_authToken=${NPM_TOKEN}\r\nfund=false";
    home.writeFile(QStringLiteral(".npmrc"), original);
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("set"), QStringLiteral("pnpm"), QStringLiteral("registry"),
                  QStringLiteral("https://registry.npmmirror.com/")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")),
              QByteArray("; corp settings\r\nregistry = \"https://registry.npmmirror.com/\"\r\n"
                         "//old.example/:_authToken=${NPM_TOKEN}\r\nfund=false"));
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmmirror.com/"));
    EXPECT_EQ(cliGet(home, QStringLiteral("npm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmmirror.com/"));

    // A no-op writes nothing and records no history entry.
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("set"), QStringLiteral("pnpm"), QStringLiteral("registry"),
                  QStringLiteral("https://registry.npmmirror.com/")})));
    const ProcessResult history =
        home.cli({QStringLiteral("history"), QStringLiteral("pnpm"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(history));
    EXPECT_EQ(parseJson(history).value(QStringLiteral("entries")).toArray().size(), 1);

    // Validation is npm's: not a URL is refused and nothing changes.
    const ProcessResult bad = home.cli({QStringLiteral("set"), QStringLiteral("pnpm"),
                                        QStringLiteral("registry"), QStringLiteral("not a url")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmmirror.com/"));

    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("unset"), QStringLiteral("pnpm"), QStringLiteral("registry")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")),
              QByteArray("; corp settings\r\n//old.example/:_authToken=${NPM_TOKEN}\r\n"
                         "fund=false"));
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmjs.org/"));
}

TEST(PnpmCli, UseHistoryAndRestore)
{
    TestHome home;
    const QByteArray original = "# mine\nregistry=https://old.example/\n";
    home.writeFile(QStringLiteral(".npmrc"), original);
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("use"), QStringLiteral("pnpm"), QStringLiteral("npmmirror")})));
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmmirror.com/"));
    EXPECT_EQ(cliGet(home, QStringLiteral("npm"), QStringLiteral("registry")),
              QStringLiteral("https://registry.npmmirror.com/"));

    // A go mirror is not for pnpm.
    EXPECT_EQ(
        home.cli({QStringLiteral("use"), QStringLiteral("pnpm"), QStringLiteral("goproxy-cn")})
            .exitCode,
        1);

    const ProcessResult history =
        home.cli({QStringLiteral("history"), QStringLiteral("pnpm"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(history));
    const QJsonArray entries = parseJson(history).value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 1);
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("restore"), QStringLiteral("pnpm"), QStringLiteral("1")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), original);
}

TEST(PnpmCli, ListShowsNpmRegistryMirrorsWithTheOneInUse)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "registry=https://registry.npmmirror.com/\n");
    const ProcessResult list = home.cli({QStringLiteral("list"), QStringLiteral("pnpm")});
    ASSERT_TRUE(succeeded(list));
    EXPECT_TRUE(list.outText().startsWith(QLatin1String("pnpm"))) << list.outText().toStdString();
    EXPECT_TRUE(list.outText().contains(QRegularExpression(QStringLiteral("\\* npmmirror "))))
        << list.outText().toStdString();
    EXPECT_FALSE(list.outText().contains(QLatin1String("goproxy")));
}

TEST(PnpmCli, PnpmOnlyLayersAreSourcesOrShadows)
{
    TestHome home;
    // <configDir>/rc is below ~/.npmrc: the source when the user file has no registry.
    home.writeFile(QStringLiteral(".config/pnpm/rc"), "registry=https://rc.example/\n");
    QJsonObject registry = settingIn(pnpmInStatus(home), QStringLiteral("registry"));
    EXPECT_EQ(registry.value(QStringLiteral("value")).toString(),
              QStringLiteral("https://rc.example/"));
    EXPECT_EQ(registry.value(QStringLiteral("source")).toObject().value(QStringLiteral("level")),
              QStringLiteral("pnpm-global"));

    // The workspace .npmrc (next to pnpm-workspace.yaml) is above the user file: a shadow.
    home.writeFile(QStringLiteral(".npmrc"), "registry=https://user.example/\n");
    home.writeFile(QStringLiteral("work/pnpm-workspace.yaml"), "packages:\n  - app\n");
    home.writeFile(QStringLiteral("work/.npmrc"), "registry=https://workspace.example/\n");
    home.writeFile(QStringLiteral("work/app/package.json"), "{\"name\":\"app\"}\n");
    registry = settingIn(pnpmInStatus(home), QStringLiteral("registry"));
    EXPECT_EQ(registry.value(QStringLiteral("value")).toString(),
              QStringLiteral("https://workspace.example/"));
    const QJsonArray shadows = registry.value(QStringLiteral("shadows")).toArray();
    ASSERT_FALSE(shadows.isEmpty());
    EXPECT_EQ(shadows.at(0).toObject().value(QStringLiteral("file")).toString(),
              home.path(QStringLiteral("work/.npmrc")));
}

TEST(PnpmCli, PnpmConfigVariableIsReportedAsAShadow)
{
    TestHome home;
    home.variables().insert(QStringLiteral("pnpm_config_registry"),
                            QStringLiteral("https://env.example/"));
    const QJsonObject registry = settingIn(pnpmInStatus(home), QStringLiteral("registry"));
    bool found = false;
    for (const QJsonValue &shadow : registry.value(QStringLiteral("shadows")).toArray())
        found = found || shadow.toObject().value(QStringLiteral("variable")).toString() ==
                             QLatin1String("pnpm_config_registry");
    EXPECT_TRUE(found);
}

// The real pnpm reads what MirrorDeck says it reads, in every layout of the layers.
TEST(PnpmCli, RealPnpmAgreesLayerByLayer)
{
    REQUIRE_PNPM();
    struct Layout
    {
        const char *name;
        QList<QPair<QString, QByteArray>> files;
        QString variable;
        QString variableValue;
    };
    const QList<Layout> layouts = {
        {"nothing", {}, {}, {}},
        {"user", {{QStringLiteral(".npmrc"), "registry=https://user.example/\n"}}, {}, {}},
        {"rc only",
         {{QStringLiteral(".config/pnpm/rc"), "registry=https://rc.example/\n"}},
         {},
         {}},
        {"rc below user",
         {{QStringLiteral(".config/pnpm/rc"), "registry=https://rc.example/\n"},
          {QStringLiteral(".npmrc"), "registry=https://user.example/\n"}},
         {},
         {}},
        {"project",
         {{QStringLiteral(".npmrc"), "registry=https://user.example/\n"},
          {QStringLiteral("work/package.json"), "{\"name\":\"p\"}\n"},
          {QStringLiteral("work/.npmrc"), "registry=https://project.example/\n"}},
         {},
         {}},
        {"workspace",
         {{QStringLiteral(".npmrc"), "registry=https://user.example/\n"},
          {QStringLiteral("work/pnpm-workspace.yaml"), "packages:\n  - app\n"},
          {QStringLiteral("work/.npmrc"), "registry=https://workspace.example/\n"}},
         {},
         {}},
        {"npm_config_registry",
         {{QStringLiteral(".npmrc"), "registry=https://user.example/\n"}},
         QStringLiteral("npm_config_registry"),
         QStringLiteral("https://env.example/")},
        {"scoped", {{QStringLiteral(".npmrc"), "@corp:registry=https://corp.example/\n"}}, {}, {}},
    };
    for (const Layout &layout : layouts) {
        TestHome home;
        for (const auto &file : layout.files)
            home.writeFile(file.first, file.second);
        if (!layout.variable.isEmpty())
            home.variables().insert(layout.variable, layout.variableValue);
        for (const QString &key : {QStringLiteral("registry"), QStringLiteral("@corp:registry")}) {
            const QString real = pnpmGet(home, key);
            const QString ours = cliGet(home, QStringLiteral("pnpm"), key);
            if (real == QLatin1String("undefined"))
                EXPECT_TRUE(ours.isEmpty()) << layout.name << " " << key.toStdString();
            else
                EXPECT_EQ(ours, real) << layout.name << " " << key.toStdString();
        }
    }
}

// `use pnpm URL`, then a real `pnpm add` goes through the loopback registry and nowhere else.
TEST(PnpmCli, RealPnpmInstallsFromTheMirrorMirrorDeckSwitchedTo)
{
    REQUIRE_PNPM();
    TestHome home;
    PackageServer server(home);
    ASSERT_GT(server.port(), 0);
    home.writeFile(QStringLiteral("work/package.json"), "{\"name\":\"p\",\"version\":\"1.0.0\"}\n");
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("use"), QStringLiteral("pnpm"), server.url()})));
    EXPECT_EQ(pnpmGet(home, QStringLiteral("registry")), server.url());

    const ProcessResult add =
        home.run(kPnpm,
                 {QStringLiteral("add"), QStringLiteral("tiny-pkg"), QStringLiteral("--store-dir"),
                  home.path(QStringLiteral("pnpm-store")), QStringLiteral("--cache-dir"),
                  home.path(QStringLiteral(".cache/pnpm")), QStringLiteral("--reporter"),
                  QStringLiteral("append-only")},
                 180000);
    ASSERT_TRUE(succeeded(add));
    EXPECT_TRUE(
        QFileInfo::exists(home.path(QStringLiteral("work/node_modules/tiny-pkg/index.js"))));
    const QByteArray log = server.log();
    EXPECT_TRUE(log.contains("GET /tiny-pkg\n")) << log.constData();
    EXPECT_TRUE(log.contains("GET /tiny-pkg/-/tiny-pkg-1.0.0.tgz\n")) << log.constData();
}

// pnpm 10 shows a `registry:` of pnpm-workspace.yaml in `pnpm config get` but installs from the
// .npmrc registry all the same, so MirrorDeck reports the .npmrc value: the install proves it.
TEST(PnpmCli, RealPnpmInstallsFromTheNpmrcRegistryWhateverTheWorkspaceYamlSays)
{
    REQUIRE_PNPM();
    TestHome home;
    PackageServer server(home);
    ASSERT_GT(server.port(), 0);
    home.writeFile(QStringLiteral("work/package.json"), "{\"name\":\"p\",\"version\":\"1.0.0\"}\n");
    // Nothing listens on port 9 of loopback (discard): an install from there would fail.
    home.writeFile(QStringLiteral("work/pnpm-workspace.yaml"),
                   "packages:\n  - .\nregistry: http://127.0.0.1:9/\n");
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("use"), QStringLiteral("pnpm"), server.url()})));
    EXPECT_EQ(cliGet(home, QStringLiteral("pnpm"), QStringLiteral("registry")), server.url());

    const ProcessResult add =
        home.run(kPnpm,
                 {QStringLiteral("add"), QStringLiteral("@mirrordeck/tiny-scoped"),
                  QStringLiteral("--store-dir"), home.path(QStringLiteral("pnpm-store")),
                  QStringLiteral("--cache-dir"), home.path(QStringLiteral(".cache/pnpm")),
                  QStringLiteral("--reporter"), QStringLiteral("append-only")},
                 180000);
    ASSERT_TRUE(succeeded(add));
    EXPECT_TRUE(server.log().contains("GET /@mirrordeck/tiny-scoped/-/tiny-scoped-1.0.0.tgz\n"))
        << server.log().constData();
}
