// The mirror panel over the measured history: the charts' windows are full after a restart
// (data written, the panel and its recorder rebuilt over the same file), the table's history
// columns follow the chart's window, and they agree with `mirrordeck-cli history-stats --json`
// over a history filled by real `mirrordeck-cli probe` runs against loopback mirrors.

#include "integration/probe/MirrorServerProcess.h"

#include "catalog/MirrorCatalog.h"
#include "probe/Clock.h"
#include "probedb/ProbeRecorder.h"
#include "probedb/ProbeStore.h"
#include "support/TestHome.h"
#include "widgets/HistoryFeed.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MeasureFormat.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kNow = 1700000000000 - (1700000000000 % (60 * kMinute));

Mirror makeMirror(const QString &id)
{
    Mirror m;
    m.id = id;
    m.ecosystem = QStringLiteral("pip");
    m.url = QStringLiteral("http://127.0.0.1:9/") + id + QStringLiteral("/simple");
    m.name = QStringLiteral("Mirror ") + id;
    return m;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// A panel as the window builds it, reading `recorder`; waits until it has loaded its history.
std::unique_ptr<MirrorPanel> loadedPanel(ProbeRecorder &recorder, const QList<Mirror> &mirrors,
                                         std::shared_ptr<const Clock> clock)
{
    auto panel = std::make_unique<MirrorPanel>();
    panel->setEcosystem(mirrors.first().ecosystem);
    if (clock)
        panel->setClock(clock);
    panel->setHistory(&recorder);
    panel->setMirrors(mirrors);
    panel->resize(900, 700);
    if (!waitUntil([&panel]() { return panel->historyFeed()->pendingRequests() == 0; }))
        ADD_FAILURE() << "the history did not load";
    return panel;
}

int chartPoints(MirrorPanel &panel, const QString &id, ChartWindow window)
{
    panel.setChartWindow(window);
    panel.latencyChart()->flushNow();
    return int(panel.latencyChart()->seriesFor(id)->count());
}

} // namespace

TEST(HistoryPanel, ChartsAreFullAfterARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("probes.sqlite"));
    {
        ProbeStore store(path);
        ASSERT_TRUE(store.open());
        QList<ProbeSample> rows;
        for (qint64 t = kNow - 3 * kDay; t < kNow; t += kMinute) {
            for (const auto &[id, ms] :
                 {std::pair{QStringLiteral("a"), 30.0}, std::pair{QStringLiteral("b"), 60.0}}) {
                ProbeSample s;
                s.atMs = t;
                s.mirrorId = id;
                s.ecosystem = QStringLiteral("pip");
                s.ok = true;
                s.latencyMs = ms;
                rows << s;
            }
        }
        ASSERT_TRUE(store.insert(rows));
        ASSERT_TRUE(store.maintain(kNow));
    }
    auto clock = std::make_shared<ManualClock>(kNow);
    const QList<Mirror> mirrors = {makeMirror(QStringLiteral("a")),
                                   makeMirror(QStringLiteral("b"))};

    {
        ProbeRecorder recorder(path, clock);
        auto panel = loadedPanel(recorder, mirrors, clock);
        EXPECT_GE(chartPoints(*panel, QStringLiteral("a"), ChartWindow::Day), 180);
        EXPECT_EQ(chartPoints(*panel, QStringLiteral("a"), ChartWindow::Week), 3 * 24);
        QSet<qint64> fourHours; // the 30-day chart's 4-hour buckets the data falls into
        for (qint64 t = kNow - 3 * kDay; t < kNow; t += kMinute)
            fourHours.insert(t - t % (240 * kMinute));
        EXPECT_EQ(chartPoints(*panel, QStringLiteral("b"), ChartWindow::Month), fourHours.size());
        EXPECT_EQ(chartPoints(*panel, QStringLiteral("a"), ChartWindow::OneHour), 60);
        // A live result of this session, recorded as main.cpp records it.
        clock->advance(5 * kMinute);
        ProbeResult live;
        live.mirrorId = QStringLiteral("a");
        live.ecosystem = QStringLiteral("pip");
        live.ok = true;
        live.latencyMs = 500.0;
        live.state = HealthState::Up;
        panel->applyResult(live, {});
        recorder.record(live);
    } // the window closes: recorder writes what is pending and stops

    ProbeRecorder recorder(path, clock);
    auto panel = loadedPanel(recorder, mirrors, clock);
    const QLineSeries *week = nullptr;
    EXPECT_EQ(chartPoints(*panel, QStringLiteral("b"), ChartWindow::Week), 3 * 24);
    EXPECT_EQ(chartPoints(*panel, QStringLiteral("a"), ChartWindow::FiveMinutes), 1);
    week = panel->latencyChart()->seriesFor(QStringLiteral("a"));
    ASSERT_EQ(week->count(), 1);
    EXPECT_DOUBLE_EQ(week->at(0).y(), 500.0); // the live sample survived the restart
    EXPECT_DOUBLE_EQ(week->at(0).x(), double(kNow + 5 * kMinute));

    // The table's history columns follow the chart window: 24 h for the short charts.
    ASSERT_TRUE(waitUntil([&panel]() { return panel->historyFeed()->pendingRequests() == 0; }));
    MirrorTableModel *model = panel->model();
    EXPECT_EQ(model->historyWindow(), HistoryWindow::Day);
    const int rowA = model->rowOf(QStringLiteral("a"));
    EXPECT_EQ(model->index(rowA, MirrorTableModel::HistoryP50Column).data().toString(),
              MeasureFormat::latency(30.0));
    EXPECT_EQ(model->index(rowA, MirrorTableModel::HistoryAvailabilityColumn).data().toString(),
              MeasureFormat::percent(100.0));
    panel->setChartWindow(ChartWindow::Month);
    EXPECT_EQ(model->historyWindow(), HistoryWindow::Month);
    ASSERT_TRUE(waitUntil([&panel]() { return panel->historyFeed()->pendingRequests() == 0; }));
    const auto month = model->historyStats(QStringLiteral("b"));
    ASSERT_TRUE(month.has_value());
    EXPECT_EQ(month->probes, 3 * 24 * 60);
    EXPECT_TRUE(model->headerData(MirrorTableModel::HistoryP95Column, Qt::Horizontal)
                    .toString()
                    .contains(HistoryWindows::label(HistoryWindow::Month)));
}

TEST(HistoryPanel, TableColumnsAgreeWithHistoryStatsJson)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start(
        {"pip-up:pip:official=1", "pip-slow:pip:latency=0.03", "pip-down:pip:fault=5xx"}))
        << server.errorString().toStdString();
    TestHome home; // HOME, XDG folders and no proxy: the history goes to this home
    const auto cli = [&home](const QStringList &args) {
        const ProcessResult run = home.cli(args);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    };
    const QStringList probe = {"--catalog", server.catalogPath(), "probe",
                               "pip",       "--no-download",      "--timeout",
                               "2",         "--rounds",           "1"};
    cli(probe);
    QString path;
    for (QDirIterator it(home.home(), {QStringLiteral("probes.sqlite")}, QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        path = it.next();
    ASSERT_FALSE(path.isEmpty());

    // The window writes too, on its open connection, between the CLI's runs: both land.
    ProbeRecorder recorder(path);
    QSignalSpy written(&recorder, &ProbeRecorder::written);
    QSignalSpy problems(&recorder, &ProbeRecorder::problem);
    for (int i = 0; i < 3; ++i) {
        ProbeSample own;
        own.atMs = recorder.nowMs();
        own.mirrorId = QStringLiteral("window-only");
        own.ecosystem = QStringLiteral("pip");
        own.ok = true;
        own.latencyMs = 7.0;
        recorder.record(own);
        recorder.flush();
        ASSERT_TRUE(written.wait(10000));
        cli(probe);
    }
    EXPECT_EQ(problems.size(), 0);
    const QJsonDocument doc = QJsonDocument::fromJson(
        cli({"--catalog", server.catalogPath(), "history-stats", "pip", "--json"}));

    const auto catalog = MirrorCatalog::loadFile(server.catalogPath());
    ASSERT_TRUE(catalog);
    auto panel =
        loadedPanel(recorder, MirrorCatalog(*catalog).byEcosystem(QStringLiteral("pip")), {});
    MirrorTableModel *model = panel->model();
    const QJsonArray mirrors = doc.object().value("mirrors").toArray();
    ASSERT_EQ(mirrors.size(), 3);
    for (const QJsonValue &v : mirrors) {
        const QJsonObject m = v.toObject();
        const QString id = m.value("id").toString();
        const auto stats = model->historyStats(id);
        ASSERT_TRUE(stats.has_value()) << id.toStdString();
        EXPECT_EQ(stats->probes, m.value("probes").toInt()) << id.toStdString();
        EXPECT_EQ(stats->probes, 4);
        EXPECT_EQ(stats->okProbes, m.value("ok").toInt());
        EXPECT_NEAR(stats->availability.value_or(-1), m.value("availability").toDouble(-1), 1e-6);
        EXPECT_EQ(stats->p50Ms.has_value(), !m.value("p50_ms").isNull());
        if (stats->p50Ms) {
            EXPECT_NEAR(*stats->p50Ms, m.value("p50_ms").toDouble(), 0.001);
            EXPECT_NEAR(*stats->p95Ms, m.value("p95_ms").toDouble(), 0.001);
        }
        // What the table shows is those numbers.
        const int row = model->rowOf(id);
        EXPECT_EQ(model->index(row, MirrorTableModel::HistoryP95Column).data().toString(),
                  MeasureFormat::latency(stats->p95Ms));
    }
    EXPECT_DOUBLE_EQ(model->historyStats(QStringLiteral("pip-down"))->availability.value_or(-1), 0);

    QSignalSpy ready(&recorder, &ProbeRecorder::statsReady);
    recorder.requestStats({QStringLiteral("window-only")}, HistoryWindow::Day);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(ready.at(0).at(1).value<QList<MirrorHistoryStats>>().at(0).probes, 3);
}
