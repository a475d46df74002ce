// The mirror panel wired to the real probe engine through MonitorController, against loopback
// mirror servers: a failing mirror turns Down in the table while the window keeps answering, the
// recommendation follows the round, and the charts receive the round's measurements.

#include "AppContext.h"
#include "MainWindow.h"
#include "MonitorController.h"
#include "catalog/MirrorCatalog.h"
#include "config/ChangeHistory.h"
#include "ecosystems/EcosystemRegistry.h"
#include "integration/probe/MirrorServerProcess.h"
#include "pages/EcosystemPage.h"
#include "probe/ProbeEngine.h"
#include "support/TestHome.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"
#include "widgets/ThroughputChartView.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

ProbeSettings loopbackSettings()
{
    ProbeSettings s;
    s.timeoutMs = 1500;
    s.samples = 1;
    s.maxFails = 1; // one failed round is enough to call a mirror Down here
    s.metadataMaxBytes = 1024 * 1024;
    s.throughputMaxBytes = 256 * 1024;
    s.throughputMaxMs = 1500;
    s.throughputCandidates = 0;
    s.workerThreads = 2;
    s.proxyMode = ProbeSettings::ProxyMode::None; // loopback only, whatever the environment says
    return s;
}

// Counts event-loop turns with a short timer: the longest gap between two ticks is how long the
// GUI thread could not answer the user.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGapMs = std::max(m_longestGapMs, now - m_last);
            m_last = now;
            ++m_beats;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longestGapMs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int beats() const { return m_beats; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGapMs = 0;
    int m_beats = 0;
};

QString stateText(const MirrorPanel &panel, const QString &id)
{
    const MirrorTableModel *model = panel.model();
    return model->index(model->rowOf(id), MirrorTableModel::StateColumn).data().toString();
}

class MirrorPanelMonitorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(
            server.start({"up:go:official=1", "refused:go:fault=refused", "hang:go:fault=hang"},
                         {"--artifact-size", "65536"}))
            << server.errorString().toStdString();
        panel.setEcosystem(QStringLiteral("go"));
        monitor.addPanel(&panel);
        monitor.setMirrors(server.mirrors());
        panel.resize(1100, 700);
        panel.show();
    }

    MirrorServerProcess server;
    ProbeEngine engine{loopbackSettings()};
    MonitorController monitor{&engine};
    MirrorPanel panel;
};

} // namespace

TEST_F(MirrorPanelMonitorTest, FailingMirrorTurnsDownWhileTheWindowKeepsAnswering)
{
    ASSERT_EQ(panel.model()->rowCount(), 3);
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
    QSignalSpy recommended(&panel, &MirrorPanel::recommendedChanged);
    Heartbeat heartbeat;
    heartbeat.start();

    ASSERT_TRUE(panel.testAll());
    EXPECT_TRUE(stateText(panel, "hang").contains(QStringLiteral("Testing")));
    ASSERT_TRUE(finished.wait(20000));
    heartbeat.stop();

    EXPECT_EQ(stateText(panel, "refused"), QStringLiteral("Down"));
    EXPECT_EQ(stateText(panel, "hang"), QStringLiteral("Down"));
    EXPECT_EQ(stateText(panel, "up"), QStringLiteral("Up"));
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("2 down")))
        << panel.statusText().toStdString();

    // The hanging mirror held the round for its whole timeout; the GUI thread never waited on
    // it. A blocking implementation would show a gap of at least the 1.5 s timeout.
    EXPECT_GE(heartbeat.elapsedMs(), 1400);
    EXPECT_LT(heartbeat.longestGapMs(), 1000) << "GUI thread stalled";
    EXPECT_GT(heartbeat.beats(), 20);

    ASSERT_GE(recommended.count(), 1);
    EXPECT_EQ(panel.recommended(), QStringLiteral("up"));
    EXPECT_EQ(monitor.overallState(), HealthState::Up);
}

TEST_F(MirrorPanelMonitorTest, RoundResultsReachBothCharts)
{
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
    ASSERT_TRUE(panel.testAll());
    ASSERT_TRUE(finished.wait(20000));
    panel.latencyChart()->flushNow();
    panel.throughputChart()->flushNow();

    EXPECT_EQ(panel.latencyChart()->seriesFor(QStringLiteral("up"))->count(), 1);
    // Failures add no latency point, but are kept for the tool-tip.
    EXPECT_EQ(panel.latencyChart()->seriesFor(QStringLiteral("refused"))->count(), 0);
    EXPECT_EQ(panel.latencyChart()->history().bucketCount(QStringLiteral("refused"),
                                                          ChartWindow::FiveMinutes),
              1);
    EXPECT_GT(panel.throughputChart()->barValue(QStringLiteral("up")), 0.0);
    EXPECT_DOUBLE_EQ(panel.throughputChart()->barValue(QStringLiteral("hang")), 0.0);
}

TEST_F(MirrorPanelMonitorTest, TestNowDuringARoundSaysItIsAlreadyRunning)
{
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
    ASSERT_TRUE(panel.testAll());
    EXPECT_FALSE(panel.testAll());
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("already running")))
        << panel.statusText().toStdString();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(panel.statusText().contains(QStringLiteral("already running")));
}

TEST_F(MirrorPanelMonitorTest, RowTestNowProbesOnlyThatRow)
{
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
    QSignalSpy results(&engine, &ProbeEngine::resultReady);
    ASSERT_TRUE(panel.tableView()->selectMirror(QStringLiteral("refused")));
    panel.tableView()->testAction()->trigger();
    ASSERT_TRUE(engine.isRunning(QStringLiteral("go")));
    EXPECT_TRUE(stateText(panel, "refused").contains(QStringLiteral("Testing")));
    EXPECT_FALSE(stateText(panel, "hang").contains(QStringLiteral("Testing")));
    ASSERT_TRUE(finished.wait(20000));

    ASSERT_EQ(results.count(), 1);
    EXPECT_EQ(results.at(0).at(0).value<ProbeResult>().mirrorId, QStringLiteral("refused"));
    EXPECT_EQ(stateText(panel, "refused"), QStringLiteral("Down"));
    // The other rows were not measured: the hanging mirror would otherwise be Down too.
    EXPECT_NE(stateText(panel, "hang"), QStringLiteral("Down"));
    EXPECT_EQ(engine.healthSnapshot(QStringLiteral("hang")).samples, 0);
    EXPECT_EQ(engine.healthSnapshot(QStringLiteral("up")).samples, 0);
}

// The whole window, as the user has it: F5 starts the rounds, a refused and a hanging Go mirror
// turn Down in the Go page's table, and meanwhile the window answers a page switch (Ctrl+3)
// and never stalls its event loop.
TEST(MainWindowMonitor, FailingMirrorsTurnDownWhileTheWindowAnswersTheUser)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-refused:go:fault=refused",
                              "go-hang:go:fault=hang", "npm-up:npm:official=1"},
                             {"--artifact-size", "65536"}))
        << server.errorString().toStdString();
    TestHome home;
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    AppContext context;
    context.environment = home.toolEnvironment();
    context.catalog = std::make_shared<MirrorCatalog>(server.mirrors());
    context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
    context.diskPool = &pool;
    ProbeEngine engine(loopbackSettings());
    MonitorController monitor(&engine);
    {
        MainWindow window(context, server.mirrors(), &monitor);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("MirrorDeck")));
        window.showPage(1);
        MirrorPanel *goPanel = window.ecosystemPage(QStringLiteral("go"))->mirrorPanel();
        ASSERT_EQ(goPanel->model()->rowCount(), 3);

        int finished = 0;
        QObject::connect(&engine, &ProbeEngine::roundFinished, &window,
                         [&finished](const QString &) { ++finished; });
        bool switchedWhileRunning = false;
        QTimer::singleShot(300, &window, [&] {
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            switchedWhileRunning =
                engine.isRunning(QStringLiteral("go")) && window.currentPage() == 2;
        });
        Heartbeat heartbeat;
        heartbeat.start();
        QTest::keyClick(&window, Qt::Key_F5);
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished >= 2; }, 20000));
        heartbeat.stop();

        EXPECT_TRUE(switchedWhileRunning) << "the page switch waited for the round";
        EXPECT_EQ(stateText(*goPanel, "go-refused"), QStringLiteral("Down"));
        EXPECT_EQ(stateText(*goPanel, "go-hang"), QStringLiteral("Down"));
        EXPECT_EQ(stateText(*goPanel, "go-up"), QStringLiteral("Up"));
        // The hang held the Go round for its 1.5 s timeout; a GUI thread waiting on it would
        // show a gap at least that long.
        EXPECT_GE(heartbeat.elapsedMs(), 1400);
        EXPECT_LT(heartbeat.longestGapMs(), 1000) << "GUI thread stalled";
    }
    engine.cancel();
    pool.waitForDone();
}

TEST(MainWindowMonitor, MirrorInUseThatNoListHasIsMeasuredAsAnAdHocRowButNeverRecommended)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-corp:go"}, {"--artifact-size", "65536"}))
        << server.errorString().toStdString();
    QList<Mirror> listed;
    QString corpUrl;
    for (const Mirror &mirror : server.mirrors()) {
        if (mirror.id == QLatin1String("go-corp"))
            corpUrl = mirror.url;
        else
            listed << mirror;
    }
    ASSERT_FALSE(corpUrl.isEmpty());
    TestHome home;
    home.writeFile(QStringLiteral(".config/go/env"),
                   QStringLiteral("GOPROXY=%1,direct\n").arg(corpUrl).toUtf8());
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    AppContext context;
    context.environment = home.toolEnvironment();
    context.catalog = std::make_shared<MirrorCatalog>(listed);
    context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
    context.diskPool = &pool;
    ProbeEngine engine(loopbackSettings());
    MonitorController monitor(&engine);
    {
        MainWindow window(context, listed, &monitor);
        window.show();
        window.showPage(1);
        MirrorPanel *goPanel = window.ecosystemPage(QStringLiteral("go"))->mirrorPanel();
        MirrorTableModel *model = goPanel->model();
        const QString adHocId = QStringLiteral("in-use-go");
        ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowOf(adHocId) >= 0; }, 10000));
        EXPECT_EQ(model->inUse(), adHocId);
        EXPECT_EQ(model->mirrorAt(model->rowOf(adHocId)).url, corpUrl);
        EXPECT_TRUE(model->index(model->rowOf(adHocId), MirrorTableModel::NameColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("not in your list")));
        // The engine measures it with the listed ones.
        QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
        ASSERT_TRUE(goPanel->testAll());
        ASSERT_TRUE(finished.wait(20000));
        ASSERT_TRUE(engine.lastResult(adHocId).ok);
        EXPECT_EQ(
            model->index(model->rowOf(adHocId), MirrorTableModel::StateColumn).data().toString(),
            QStringLiteral("Up"));
        // Only a listed mirror is ever recommended.
        EXPECT_EQ(engine.recommended(QStringLiteral("go")), QStringLiteral("go-up"));
        EXPECT_EQ(goPanel->recommended(), QStringLiteral("go-up"));

        // Switched to a listed mirror: the ad-hoc row goes.
        home.writeFile(QStringLiteral(".config/go/env"),
                       QStringLiteral("GOPROXY=%1\n").arg(listed.first().url).toUtf8());
        window.configService(QStringLiteral("go"))->reload();
        ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowOf(adHocId) < 0; }, 10000));
        EXPECT_EQ(model->inUse(), QStringLiteral("go-up"));
        EXPECT_EQ(monitor.measuredMirrors().size(), listed.size());
    }
    pool.waitForDone();
}

namespace {

// Every warning Qt (or MirrorDeck) prints while installed; the previous handler still prints.
class WarningCollector
{
public:
    WarningCollector()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    QStringList warnings() const
    {
        QMutexLocker lock(&m_mutex);
        return m_warnings;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (WarningCollector *self = s_instance) {
            if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
                QMutexLocker lock(&self->m_mutex);
                self->m_warnings << QStringLiteral("%1: %2").arg(
                    QString::fromLatin1(context.category ? context.category : "default"), message);
            }
            if (self->m_previous)
                self->m_previous(type, context, message);
        }
    }

    static inline WarningCollector *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_warnings;
};

} // namespace

TEST(MainWindowMonitor,
     NoConsoleWarningsDuringRoundsOfHealthyStaleHangingFailingAndTricklingMirrors)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-stale:go:stale=2", "go-hang:go:fault=hang",
                              "go-5xx:go:fault=5xx", "go-reset:go:fault=reset",
                              "go-trickle:go:fault=trickle-artifact", "npm-up:npm:official=1",
                              "npm-refused:npm:fault=refused"},
                             {"--artifact-size", "65536"}))
        << server.errorString().toStdString();
    TestHome home;
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    AppContext context;
    context.environment = home.toolEnvironment();
    context.catalog = std::make_shared<MirrorCatalog>(server.mirrors());
    context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
    context.diskPool = &pool;
    ProbeSettings settings = loopbackSettings();
    settings.throughputCandidates = 3; // downloads too, cut short by their caps
    ProbeEngine engine(settings);
    MonitorController monitor(&engine);
    QStringList seen;
    {
        MainWindow window(context, server.mirrors(), &monitor);
        window.show();
        window.showPage(1);
        // Shown and laid out first: what the platform says about a new window is not a round's.
        QTest::qWait(200);
        WarningCollector collector;
        int finished = 0;
        QObject::connect(&engine, &ProbeEngine::roundFinished, &window,
                         [&finished](const QString &) { ++finished; });
        const int started = engine.startAllRounds(RoundOptions{true});
        ASSERT_GT(started, 0);
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished >= started; }, 30000));
        // A second round cancelled in the middle, as quitting during a round does.
        ASSERT_GT(engine.startAllRounds(RoundOptions{true}), 0);
        QTest::qWait(300);
        engine.cancel();
        QTest::qWait(300);
        seen = collector.warnings();
    }
    pool.waitForDone();
    EXPECT_TRUE(seen.isEmpty()) << seen.join(QLatin1Char('\n')).toStdString();
}

// One measurement of a mirror feeds every tool that can use it: the npm registry round fills
// the table of every other npm-registry client's page, and gives it the recommendation.
TEST(MirrorPanelMonitor, AProtocolsRoundFillsThePanelOfEveryToolConsumingIt)
{
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({"npm-up:npm:official=1", "npm-fast:npm", "npm-refused:npm:fault=refused"}))
        << server.errorString().toStdString();
    const QStringList consumers = EcosystemRegistry::consumersOf(QStringLiteral("npm-registry"));
    ASSERT_GE(consumers.size(), 2);
    ProbeEngine engine(loopbackSettings());
    MonitorController monitor(&engine);
    std::vector<std::unique_ptr<MirrorPanel>> panels;
    for (const QString &tool : consumers) {
        panels.push_back(std::make_unique<MirrorPanel>());
        panels.back()->setEcosystem(tool);
        monitor.addPanel(panels.back().get());
    }
    monitor.setMirrors(server.mirrors());
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);
    ASSERT_EQ(engine.startAllRounds(RoundOptions{false}), 1); // one round for the protocol
    ASSERT_TRUE(finished.wait(20000));
    for (const auto &panel : panels) {
        const std::string tool = panel->ecosystem().toStdString();
        EXPECT_EQ(stateText(*panel, "npm-up"), QStringLiteral("Up")) << tool;
        EXPECT_EQ(stateText(*panel, "npm-refused"), QStringLiteral("Down")) << tool;
        EXPECT_FALSE(panel->recommended().isEmpty()) << tool;
        EXPECT_EQ(panel->recommended(), panels.front()->recommended()) << tool;
    }
    engine.cancel();
}

// pnpm's "Test now" while npm's round measures the same registry mirrors: refused, saying whose
// test is running and that its results are pnpm's too (not "cannot be tested"), rows marked.
TEST(MirrorPanelMonitor, TestNowDuringAnotherToolsRoundOfTheProtocolNamesThatTool)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"npm-up:npm:official=1", "npm-hang:npm:fault=hang"}))
        << server.errorString().toStdString();
    ProbeEngine engine(loopbackSettings());
    MonitorController monitor(&engine);
    MirrorPanel npmPanel;
    npmPanel.setEcosystem(QStringLiteral("npm"));
    MirrorPanel pnpmPanel;
    pnpmPanel.setEcosystem(QStringLiteral("pnpm"));
    monitor.addPanel(&npmPanel);
    monitor.addPanel(&pnpmPanel);
    monitor.setMirrors(server.mirrors());
    QSignalSpy finished(&engine, &ProbeEngine::roundFinished);

    ASSERT_TRUE(npmPanel.testAll());
    EXPECT_EQ(engine.roundMeasuring(QStringLiteral("pnpm")), QStringLiteral("npm"));
    EXPECT_TRUE(engine.isRunning(QStringLiteral("pnpm")));
    EXPECT_FALSE(pnpmPanel.testAll());
    EXPECT_TRUE(pnpmPanel.statusText().contains(
        QStringLiteral("npm's test of these mirrors is running; its results show here too")))
        << pnpmPanel.statusText().toStdString();
    EXPECT_TRUE(stateText(pnpmPanel, "npm-hang").contains(QStringLiteral("Testing")));
    // npm's own second click is the plain case.
    EXPECT_FALSE(npmPanel.testAll());
    EXPECT_TRUE(npmPanel.statusText().contains(QStringLiteral("already running")))
        << npmPanel.statusText().toStdString();

    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(engine.roundMeasuring(QStringLiteral("pnpm")).isEmpty());
    EXPECT_EQ(stateText(pnpmPanel, "npm-hang"), QStringLiteral("Down"));
    EXPECT_TRUE(pnpmPanel.testAll()); // its own round now
    engine.cancel();
}
