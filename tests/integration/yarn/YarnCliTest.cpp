// mirrordeck-cli on Yarn Berry end to end: the real executable in a temporary HOME, every command
// (status, get, set, unset, use, list, history, restore) judged by the pinned real Yarn reading
// the file it wrote, and a real `yarn install` / `yarn add` of tiny packages from loopback
// registries (tests/fixtures/npm_package_server.py) after `use` and a scope `set`.

#include "support/ProcessAssertions.h"
#include "unit/yarn/YarnTestSupport.h"

#include <QJsonArray>

using namespace yarntest;

namespace {

const QString kCatalog =
    QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/static-catalog.json");
const QString kRegistry = QStringLiteral("npmRegistryServer");
const QString kRc = QStringLiteral(".yarnrc.yml");

// tests/fixtures/npm_package_server.py on a free loopback port; it exits when stdin closes.
class PackageServer
{
public:
    ~PackageServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments)
    {
        m_log = m_dir.filePath(QStringLiteral("requests.log"));
        QStringList all = {
            QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/npm_package_server.py"),
            QStringLiteral("--exit-on-stdin-eof"), QStringLiteral("--log"), m_log};
        all << arguments;
        m_process.start(TestHome::pythonProgram(), all);
        if (!m_process.waitForStarted(10000))
            return false;
        while (m_process.waitForReadyRead(15000)) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("PORT ")) {
                    m_port = line.mid(5).toInt();
                    return true;
                }
            }
        }
        return false;
    }

    QString url(const QString &basePath = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(basePath);
    }
    QByteArray requests() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QString m_log;
    int m_port = 0;
};

QJsonObject yarnStatus(const TestHome &home)
{
    const ProcessResult status = home.cli({QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_TRUE(succeeded(status));
    const QJsonArray all =
        QJsonDocument::fromJson(status.out).object().value(QStringLiteral("ecosystems")).toArray();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("yarn"))
            return value.toObject();
    }
    return {};
}

} // namespace

TEST(YarnCli, StatusListsYarnWithItsUserFileAndEffectiveRegistry)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: https://home.example\n"
                        "npmScopes:\n  corp:\n    npmRegistryServer: https://corp.example\n");
    const QJsonObject yarn = yarnStatus(home);
    ASSERT_FALSE(yarn.isEmpty());
    EXPECT_EQ(yarn.value(QStringLiteral("user_file")).toString(), home.path(kRc));
    const QJsonArray settings = yarn.value(QStringLiteral("settings")).toArray();
    QHash<QString, QString> values;
    for (const QJsonValue &setting : settings)
        values.insert(setting.toObject().value(QStringLiteral("key")).toString(),
                      setting.toObject().value(QStringLiteral("value")).toString());
    EXPECT_EQ(values.value(kRegistry), home.yarnGet(kRegistry));
    EXPECT_EQ(values.value(QStringLiteral("npmScopes.corp.npmRegistryServer")),
              home.yarnScopeRegistry(QStringLiteral("corp")));
}

TEST(YarnCli, SetGetUnsetAreWhatYarnReads)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "# my yarn\r\nenableTelemetry: false\r\n");
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("set"), QStringLiteral("yarn"), kRegistry,
                                    QStringLiteral("https://registry.npmmirror.com")})));
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("https://registry.npmmirror.com"));
    EXPECT_EQ(home.cli({QStringLiteral("get"), QStringLiteral("yarn"), kRegistry}).outText(),
              QStringLiteral("https://registry.npmmirror.com"));
    const QString scope = QStringLiteral("npmScopes.corp.npmRegistryServer");
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("set"), QStringLiteral("yarn"), scope,
                                    QStringLiteral("https://npm.corp.example")})));
    EXPECT_EQ(home.yarnScopeRegistry(QStringLiteral("corp")),
              QStringLiteral("https://npm.corp.example"));
    EXPECT_EQ(
        home.readFile(kRc),
        QByteArray("# my yarn\r\nenableTelemetry: false\r\n"
                   "npmRegistryServer: https://registry.npmmirror.com\r\n"
                   "npmScopes:\r\n  corp:\r\n    npmRegistryServer: https://npm.corp.example\r\n"));

    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("unset"), QStringLiteral("yarn"), scope})));
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("unset"), QStringLiteral("yarn"), kRegistry})));
    EXPECT_EQ(home.readFile(kRc), QByteArray("# my yarn\r\nenableTelemetry: false\r\n"));
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("https://registry.yarnpkg.com"));

    // Invalid values and malformed files are refused; nothing is written.
    const ProcessResult invalid = home.cli(
        {QStringLiteral("set"), QStringLiteral("yarn"), kRegistry, QStringLiteral("ftp://x")});
    EXPECT_NE(invalid.exitCode, 0);
    home.writeFile(kRc, "npmRegistryServer: https://a\n  bad: indentation\n");
    const ProcessResult malformed = home.cli({QStringLiteral("set"), QStringLiteral("yarn"),
                                              kRegistry, QStringLiteral("https://b.example")});
    EXPECT_NE(malformed.exitCode, 0);
    EXPECT_TRUE(malformed.err.contains(".yarnrc.yml:2")) << malformed.err.constData();
    EXPECT_EQ(home.readFile(kRc), QByteArray("npmRegistryServer: https://a\n  bad: indentation\n"));
}

TEST(YarnCli, UseACatalogNpmMirrorListItAndRestoreFromHistory)
{
    YARN_OR_SKIP();
    YarnHome home;
    const QByteArray original = "npmRegistryServer: 'https://registry.npmjs.org' # official\n";
    home.writeFile(kRc, original);
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("--catalog"), kCatalog, QStringLiteral("use"),
                                    QStringLiteral("yarn"), QStringLiteral("npm-mirror-a")})));
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("http://127.0.0.1:9/npm-a/"));
    // Only the scalar changed (its quotes and comment kept); the plain-http host is allowed.
    EXPECT_EQ(home.readFile(kRc),
              QByteArray("npmRegistryServer: 'http://127.0.0.1:9/npm-a/' # official\n"
                         "unsafeHttpWhitelist:\n  - localhost\n  - 127.0.0.1\n"));

    const ProcessResult list = home.cli(
        {QStringLiteral("--catalog"), kCatalog, QStringLiteral("list"), QStringLiteral("yarn")});
    ASSERT_TRUE(succeeded(list));
    EXPECT_TRUE(list.outText().contains(QRegularExpression(QStringLiteral("\\*\\s+npm-mirror-a"))))
        << list.outText().toStdString();

    const ProcessResult history =
        home.cli({QStringLiteral("history"), QStringLiteral("yarn"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(history));
    const QJsonArray entries = QJsonDocument::fromJson(history.out).isArray()
                                   ? QJsonDocument::fromJson(history.out).array()
                                   : QJsonDocument::fromJson(history.out)
                                         .object()
                                         .value(QStringLiteral("entries"))
                                         .toArray();
    ASSERT_EQ(entries.size(), 1) << history.out.constData();
    const QString id =
        entries.first().toObject().value(QStringLiteral("id")).toVariant().toString();
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("restore"), QStringLiteral("yarn"), id})));
    EXPECT_EQ(home.readFile(kRc), original);
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("https://registry.npmjs.org"));
}

TEST(YarnCli, RealYarnInstallsFromALoopbackRegistryAfterUse)
{
    YARN_OR_SKIP();
    PackageServer registry;
    ASSERT_TRUE(registry.start({}));
    PackageServer scoped;
    ASSERT_TRUE(scoped.start({QStringLiteral("--base-path"), QStringLiteral("/scoped/")}));
    YarnHome home;
    ASSERT_TRUE(
        succeeded(home.cli({QStringLiteral("use"), QStringLiteral("yarn"), registry.url()})));
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("set"), QStringLiteral("yarn"),
                                    QStringLiteral("npmScopes.mirrordeck.npmRegistryServer"),
                                    scoped.url(QStringLiteral("/scoped/"))})));

    const QString project = home.path(QStringLiteral("work/app"));
    home.writeFile(QStringLiteral("work/app/package.json"),
                   R"({"name": "app", "version": "1.0.0", "private": true,
                       "dependencies": {"tiny-pkg": "1.0.0"}})");
    const ProcessResult install = home.yarn({QStringLiteral("install")}, project);
    ASSERT_EQ(install.exitCode, 0) << install.out.constData() << install.err.constData();
    EXPECT_TRUE(registry.requests().contains("GET /tiny-pkg/-/tiny-pkg-1.0.0.tgz"))
        << registry.requests().constData();

    const ProcessResult add = home.yarn(
        {QStringLiteral("add"), QStringLiteral("@mirrordeck/tiny-scoped@1.0.0")}, project);
    ASSERT_EQ(add.exitCode, 0) << add.out.constData() << add.err.constData();
    EXPECT_TRUE(scoped.requests().contains("/scoped/@mirrordeck")) << scoped.requests().constData();
    EXPECT_FALSE(registry.requests().contains("tiny-scoped")) << registry.requests().constData();

    const ProcessResult run = home.yarn(
        {QStringLiteral("node"), QStringLiteral("-p"),
         QStringLiteral("require('tiny-pkg') + ' ' + require('@mirrordeck/tiny-scoped')")},
        project);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(run.outText(), QStringLiteral("tiny-pkg@1.0.0 @mirrordeck/tiny-scoped@1.0.0"));
}
