// `mirrordeck-cli history-stats` over a history filled by real `mirrordeck-cli probe` runs
// against loopback mirror servers: its counts and percentiles are checked against the
// latencies those probe runs printed.

#include "MirrorServerProcess.h"

#include "support/TestHome.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

QJsonObject byId(const QJsonArray &array)
{
    QJsonObject map;
    for (const QJsonValue &v : array)
        map.insert(v.toObject().value(QStringLiteral("id")).toString(), v);
    return map;
}

} // namespace

TEST(HistoryStatsCli, PercentilesOfRecordedProbesMatchWhatTheProbesPrinted)
{
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({"go-up:go:official=1", "go-slow:go:latency=0.05", "go-down:go:fault=5xx"}))
        << server.errorString().toStdString();
    TestHome home; // HOME, XDG folders and no proxy: the history goes to this home
    const QStringList probe = {"--catalog",     server.catalogPath(), "probe", "go",       "--json",
                               "--no-download", "--timeout",          "2",     "--rounds", "1"};
    QList<double> slowLatencies;
    for (int i = 0; i < 3; ++i) {
        const ProcessResult run = home.cli(probe);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonObject results =
            byId(QJsonDocument::fromJson(run.out).object().value("results").toArray());
        slowLatencies << results.value("go-slow").toObject().value("latency_ms").toDouble();
    }
    // The history lives in the shared data folder.
    QStringList files;
    for (QDirIterator it(home.home(), {QStringLiteral("probes.sqlite")}, QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().contains(QStringLiteral("/.local/share/")))
        << files.first().toStdString();

    const ProcessResult stats = home.cli(
        {"--catalog", server.catalogPath(), "history-stats", "go", "--since", "7d", "--json"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(stats.out).object();
    EXPECT_EQ(doc.value("window").toString(), QStringLiteral("7d"));
    const QJsonObject mirrors = byId(doc.value("mirrors").toArray());
    ASSERT_EQ(mirrors.size(), 3) << stats.out.toStdString();

    const QJsonObject up = mirrors.value("go-up").toObject();
    EXPECT_EQ(up.value("probes").toInt(), 3);
    EXPECT_EQ(up.value("ok").toInt(), 3);
    EXPECT_DOUBLE_EQ(up.value("availability").toDouble(), 1.0);

    const QJsonObject down = mirrors.value("go-down").toObject();
    EXPECT_EQ(down.value("probes").toInt(), 3);
    EXPECT_EQ(down.value("ok").toInt(), 0);
    EXPECT_DOUBLE_EQ(down.value("availability").toDouble(), 0.0);
    EXPECT_TRUE(down.value("p50_ms").isNull());

    // Nearest rank over three values: p50 is the middle one, p90 and p95 the largest.
    const QJsonObject slow = mirrors.value("go-slow").toObject();
    std::sort(slowLatencies.begin(), slowLatencies.end());
    EXPECT_TRUE(slow.value("exact").toBool());
    EXPECT_NEAR(slow.value("p50_ms").toDouble(), slowLatencies.at(1), 0.0015);
    EXPECT_NEAR(slow.value("p90_ms").toDouble(), slowLatencies.at(2), 0.0015);
    EXPECT_NEAR(slow.value("p95_ms").toDouble(), slowLatencies.at(2), 0.0015);
    EXPECT_GE(slow.value("p50_ms").toDouble(), 50.0); // the server's injected delay

    // The table says the same.
    const ProcessResult table =
        home.cli({"--catalog", server.catalogPath(), "history-stats", "go"});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QString text = QString::fromUtf8(table.out);
    EXPECT_TRUE(text.contains(QStringLiteral("go-down"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0.0%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("100.0%"))) << text.toStdString();
}

TEST(HistoryStatsCli, BadWindowIsAUsageError)
{
    TestHome home; // HOME, XDG folders and no proxy: the history goes to this home
    const ProcessResult run = home.cli({"history-stats", "--since", "1y"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("24h")) << run.err.toStdString();
    const ProcessResult eco = home.cli({"history-stats", "cobol"});
    EXPECT_EQ(eco.exitCode, 2);
}
