// `mirrordeck-cli probe` end to end: the real executable against loopback mirror servers.

#include "MirrorServerProcess.h"

#include "probe/ProbeSettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `home`, when given, replaces HOME and the XDG directories (a command that reads config files).
CliRun runCli(const QStringList &args, const QString &home = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // `probe` records its results (the probe history) in the data directory: never the user's.
    static const QTemporaryDir dataHome;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("GOENV"), home + QStringLiteral("/.config/go/env"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
    } else {
        // `probe` records into the measured history of the data folder: never the developer's.
        static QTemporaryDir data;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    }
    // Loopback only: no proxy from the environment may capture the requests.
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIRRORDECK_CLI_PATH), args);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST(ProbeCli, Json_HasTheDocumentedShape)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-stale:go:stale=1", "npm-up:npm:official=1",
                              "npm-down:npm:fault=5xx", "pip-up:pip:official=1"},
                             {"--artifact-size", "200000"}))
        << server.errorString().toStdString();
    const CliRun run = runCli(
        {"--catalog", server.catalogPath(), "probe", "--json", "--timeout", "2", "--rounds", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = doc.value("results").toArray();
    ASSERT_EQ(results.size(), 5) << run.out.toStdString();
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        for (const char *key :
             {"id", "ecosystem", "ok", "state", "latency_ms", "dns_ms", "connect_ms", "tls_ms",
              "ttfb_ms", "throughput_bps", "latest", "fresh", "error", "score"})
            EXPECT_TRUE(r.contains(QLatin1String(key))) << key;
        EXPECT_EQ(r.value("error").isNull(), r.value("ok").toBool());
    }
    const QJsonObject byId = [&results] {
        QJsonObject map;
        for (const QJsonValue &v : results)
            map.insert(v.toObject().value("id").toString(), v);
        return map;
    }();
    EXPECT_EQ(byId.value("go-stale").toObject().value("fresh"), QJsonValue(false));
    EXPECT_EQ(byId.value("go-up").toObject().value("fresh"), QJsonValue(true));
    EXPECT_EQ(byId.value("npm-down").toObject().value("error").toObject().value("kind"),
              QJsonValue("http_status"));
    EXPECT_TRUE(byId.value("npm-down").toObject().value("latency_ms").isNull());
    EXPECT_GT(byId.value("pip-up").toObject().value("throughput_bps").toDouble(), 0.0);
    const QJsonObject recommended = doc.value("recommended").toObject();
    EXPECT_EQ(recommended.value("go"), QJsonValue("go-up"));
    EXPECT_EQ(recommended.value("npm"), QJsonValue("npm-up"));
    EXPECT_EQ(recommended.value("pip"), QJsonValue("pip-up"));
}

TEST(ProbeCli, Table_OneEcosystemWithoutDownload)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"npm-up:npm:official=1", "go-up:go:official=1"}))
        << server.errorString().toStdString();
    const CliRun run = runCli({"--catalog", server.catalogPath(), "probe", "npm", "--no-download"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains("npm-up")) << run.out.toStdString();
    EXPECT_FALSE(out.contains("go-up"));
    EXPECT_TRUE(out.contains("Recommended for npm: npm-up")) << run.out.toStdString();
}

TEST(ProbeCli, Usage_BadRoundsIsAUsageError)
{
    const CliRun badRounds = runCli({"probe", "--rounds", "zero"});
    EXPECT_EQ(badRounds.exitCode, 2);
    EXPECT_TRUE(badRounds.err.contains("--rounds")) << badRounds.err.toStdString();
    const CliRun noTimeout = runCli({"probe", "--timeout"});
    EXPECT_EQ(noTimeout.exitCode, 2);
    EXPECT_TRUE(noTimeout.err.contains("--timeout")) << noTimeout.err.toStdString();
}

TEST(ProbeCli, Help_StatesTheTimeBoundOfARound)
{
    const CliRun run = runCli({"probe", "--help"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains("(N + 2) × SECONDS + DOWNLOADS × (SECONDS + min(5, SECONDS))"))
        << run.out.toStdString();
    const ProbeSettings defaults;
    EXPECT_TRUE(
        out.contains(QStringLiteral("at most %1 s")
                         .arg(defaults.roundBudgetMs(defaults.throughputCandidates) / 1000)))
        << run.out.toStdString();
}

TEST(ProbeCli, Timeout_ThreeStallingMirrorsPerToolEndWithinTheStatedBound)
{
    MirrorServerProcess server;
    // Per tool an honest upstream and three mirrors whose artifact request never answers. On
    // loopback all answer at once, so their scores tie and their ids sort before the upstream's.
    QStringList specs;
    for (const char *eco : {"go", "npm", "pip"}) {
        const QString e = QString::fromLatin1(eco);
        specs << QStringLiteral("%1-up:%1:official=1").arg(e);
        for (int i = 1; i <= 3; ++i)
            specs << QStringLiteral("%1-s%2:%1:fault=stall-artifact").arg(e).arg(i);
    }
    ASSERT_TRUE(server.start(specs, {"--artifact-size", "200000"}))
        << server.errorString().toStdString();

    // The settings `probe --timeout 0.5 --rounds 1` stands for, as its --help states them.
    ProbeSettings settings;
    settings.timeoutMs = 500;
    settings.samples = 1;
    settings.throughputMaxMs = std::min(settings.throughputMaxMs, settings.timeoutMs);
    const qint64 bound = settings.roundBudgetMs(3 * settings.throughputCandidates);

    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli({"--catalog", server.catalogPath(), "probe", "--json", "--timeout",
                               "0.5", "--rounds", "1"});
    const qint64 elapsed = clock.elapsed(); // includes the process start: a stricter check
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_LE(elapsed, bound);
    const QJsonArray results = QJsonDocument::fromJson(run.out).object().value("results").toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        if (r.value("id").toString().endsWith("-up")) { // measured, not starved by the stalls
            EXPECT_GT(r.value("throughput_bps").toDouble(), 0.0) << run.out.toStdString();
        }
    }
}

TEST(ProbeCli, HostNames_MixedScriptsAreWarnedAboutInPunycode)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A Cyrillic "о" in goproxy; under .invalid (RFC 6761) it never leaves the machine.
    const QString spoof = QStringLiteral("http://goprоxy.invalid");
    QFile catalog(dir.filePath("catalog.json"));
    ASSERT_TRUE(catalog.open(QIODevice::WriteOnly));
    const QJsonObject mirror{{"id", "spoof"},   {"ecosystem", "go"}, {"url", spoof},
                             {"name", "Spoof"}, {"name_zh", "仿冒"}, {"official", false},
                             {"sumdb", ""},     {"notes", ""}};
    catalog.write(
        QJsonDocument(QJsonObject{{"version", 1}, {"mirrors", QJsonArray{mirror}}}).toJson());
    catalog.close();

    const CliRun probe =
        runCli({"--catalog", catalog.fileName(), "probe", "go", "--no-download", "--json"});
    ASSERT_EQ(probe.exitCode, 0) << probe.err.toStdString();
    EXPECT_TRUE(probe.err.contains("xn--goprxy-zqf.invalid")) << probe.err.toStdString();
    const QJsonArray warnings =
        QJsonDocument::fromJson(probe.out).object().value("host_warnings").toArray();
    ASSERT_EQ(warnings.size(), 1) << probe.out.toStdString();
    EXPECT_EQ(warnings.at(0).toObject().value("ace").toString(), "xn--goprxy-zqf.invalid");

    const CliRun use =
        runCli({"--catalog", catalog.fileName(), "use", "go", spoof, "--dry-run"}, dir.path());
    EXPECT_EQ(use.exitCode, 0) << use.err.toStdString();
    EXPECT_TRUE(use.err.contains("xn--goprxy-zqf.invalid")) << use.err.toStdString();

    // An honest host is not warned about.
    const CliRun honest = runCli(
        {"--catalog", catalog.fileName(), "use", "go", "http://goproxy.invalid", "--dry-run"},
        dir.path());
    EXPECT_FALSE(honest.err.contains("warning")) << honest.err.toStdString();
}
