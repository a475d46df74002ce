// `mirrordeck-cli probe` end to end: the real executable against loopback mirror servers.

#include "MirrorServerProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
