// `mirrordeck-cli list` / `status` / `probe` mark the mirror in use, end to end: the real
// executable, a temporary HOME, the real go command reading the chain, loopback mirrors.

#include "MirrorServerProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment homeEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("GOENV"), home + QStringLiteral("/.config/go/env"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "GOPROXY", "GOFLAGS", "http_proxy",
                             "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

CliOutput runProgram(const QString &program, const QStringList &args, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(homeEnvironment(home));
    process.start(program, args);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliOutput cli(const QStringList &args, const QString &home)
{
    return runProgram(QStringLiteral(MIRRORDECK_CLI_PATH), args, home);
}

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

QJsonObject mirrorIn(const QJsonObject &listDoc, const QString &ecosystem, const QString &id)
{
    for (const QJsonValue &e : listDoc.value(QStringLiteral("ecosystems")).toArray()) {
        if (e.toObject().value(QStringLiteral("id")).toString() != ecosystem)
            continue;
        for (const QJsonValue &m : e.toObject().value(QStringLiteral("mirrors")).toArray()) {
            if (m.toObject().value(QStringLiteral("id")).toString() == id)
                return m.toObject();
        }
    }
    return {};
}

} // namespace

TEST(ListCli, MarksTheMirrorInUseAndShowsTheLatencyTheLastProbeMeasured)
{
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty())
        GTEST_SKIP() << "the go command is not installed";
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-b:go", "go-stale:go:stale=1"}))
        << server.errorString().toStdString();
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString catalog = server.catalogPath();

    // The user's own chain, written by the go command: the loopback mirror first.
    const CliOutput written = runProgram(
        QStringLiteral("go"),
        {QStringLiteral("env"), QStringLiteral("-w"),
         QStringLiteral("GOPROXY=%1|https://backup.example,direct").arg(server.url("go-b"))},
        home.path());
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();

    // Before any probe: marked, nothing measured.
    CliOutput list = cli({"--catalog", catalog, "list", "go"}, home.path());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(lineWith(list.out, QStringLiteral("go-b")).trimmed().startsWith(QLatin1Char('*')))
        << list.out.toStdString();
    EXPECT_FALSE(lineWith(list.out, QStringLiteral("go-up")).trimmed().startsWith(QLatin1Char('*')))
        << list.out.toStdString();
    EXPECT_FALSE(lineWith(list.out, QStringLiteral("go-b")).contains(QStringLiteral(" ms")));

    // The probe marks the same mirror, in the table and in JSON.
    const CliOutput probe = cli({"--catalog", catalog, "probe", "go", "--no-download", "--json",
                                 "--timeout", "2", "--rounds", "2"},
                                home.path());
    ASSERT_EQ(probe.exitCode, 0) << probe.err.toStdString();
    int marked = 0;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(probe.out.toUtf8()).object().value("results").toArray()) {
        const QJsonObject r = v.toObject();
        ASSERT_TRUE(r.contains(QStringLiteral("in_use")));
        if (r.value(QStringLiteral("in_use")).toBool()) {
            ++marked;
            EXPECT_EQ(r.value(QStringLiteral("id")).toString(), QStringLiteral("go-b"));
        }
    }
    EXPECT_EQ(marked, 1) << probe.out.toStdString();

    // One record of measurements: the probe history (SQLite), no last-probe.json beside it.
    QDirIterator files(home.path(), {QStringLiteral("last-probe.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    EXPECT_FALSE(files.hasNext()) << files.next().toStdString();

    // Afterwards `list` knows the latency and the state (from the probe history), and that the
    // stale mirror is stale.
    list = cli({"--catalog", catalog, "list", "go", "--json"}, home.path());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(list.out.toUtf8()).object();
    const QJsonObject b = mirrorIn(doc, QStringLiteral("go"), QStringLiteral("go-b"));
    EXPECT_TRUE(b.value(QStringLiteral("in_use")).toBool()) << list.out.toStdString();
    EXPECT_GT(b.value(QStringLiteral("last_latency_ms")).toDouble(), 0.0);
    EXPECT_EQ(b.value(QStringLiteral("last_state")).toString(), QStringLiteral("up"));
    EXPECT_FALSE(
        mirrorIn(doc, QStringLiteral("go"), QStringLiteral("go-up")).value("in_use").toBool());
    EXPECT_EQ(mirrorIn(doc, QStringLiteral("go"), QStringLiteral("go-stale")).value("last_fresh"),
              QJsonValue(false));

    list = cli({"--catalog", catalog, "list", "go"}, home.path());
    const QString inUseLine = lineWith(list.out, QStringLiteral("go-b"));
    EXPECT_TRUE(inUseLine.trimmed().startsWith(QLatin1Char('*'))) << list.out.toStdString();
    EXPECT_TRUE(inUseLine.contains(QStringLiteral(" ms (up, "))) << inUseLine.toStdString();
    EXPECT_TRUE(lineWith(list.out, QStringLiteral("go-stale")).contains(QStringLiteral("stale")));

    // `status` names it under GOPROXY.
    const CliOutput status = cli({"--catalog", catalog, "status"}, home.path());
    EXPECT_TRUE(status.out.contains(QStringLiteral("* in use: ")) &&
                lineWith(status.out, QStringLiteral("* in use: ")).contains(QStringLiteral("go-b")))
        << status.out.toStdString();
}

TEST(ListCli, AValueNamingNoKnownMirrorIsShownAsInUseNotInTheCatalog)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"npm-up:npm:official=1"})) << server.errorString().toStdString();
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const CliOutput set = cli({"--catalog", server.catalogPath(), "set", "npm", "registry",
                               "https://registry.corp.example/"},
                              home.path());
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const CliOutput list = cli({"--catalog", server.catalogPath(), "list", "npm"}, home.path());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_FALSE(lineWith(list.out, QStringLiteral("npm-up")).trimmed().startsWith('*'));
    EXPECT_TRUE(lineWith(list.out, QStringLiteral("* https://registry.corp.example/"))
                    .contains(QStringLiteral("not in the catalog")))
        << list.out.toStdString();
    const CliOutput json =
        cli({"--catalog", server.catalogPath(), "list", "npm", "--json"}, home.path());
    const QJsonObject npm =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value("ecosystems")[0].toObject();
    EXPECT_TRUE(npm.value(QStringLiteral("in_use")).isNull());
    EXPECT_EQ(npm.value(QStringLiteral("in_use_url")).toString(),
              QStringLiteral("https://registry.corp.example/"));
}

TEST(ListCli, UnknownEcosystemIsAUsageError)
{
    QTemporaryDir home;
    const CliOutput list = cli({"list", "nope"}, home.path());
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_TRUE(list.err.contains(QStringLiteral("nope")));
}
