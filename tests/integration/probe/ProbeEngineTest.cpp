// The probe engine against real loopback mirror servers (tests/fixtures/mirror_server.py):
// every error classification, freshness, the throughput cap, ranking, health and cancel.

#include "MirrorServerProcess.h"
#include "ProbeTestSupport.h"

#include "ProbeRunner.h"
#include "ecosystems/EcosystemRegistry.h"
#include "probe/ProbeEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

using probetest::byId;
using probetest::ensureApp;
using probetest::fastSettings;

class ProbeEngineTest : public ::testing::Test
{
protected:
    void SetUp() override { ensureApp(); }
};

} // namespace

TEST_F(ProbeEngineTest, Probe_ClassifiesEveryFaultWithinTheDeadline)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start(
        {"ok:go:official=1", "hang:go:fault=hang", "reset:go:fault=reset", "fivexx:go:fault=5xx",
         "trickle:go:fault=trickle", "loop:go:fault=redirect", "endless:go:fault=endless",
         "badtls:go:fault=badtls", "refused:go:fault=refused", "nodns:go:fault=nodns"}))
        << server.errorString().toStdString();

    const ProbeSettings settings = fastSettings();
    QElapsedTimer clock;
    clock.start();
    const ProbeRunner::Report report = ProbeRunner::run(server.mirrors(), {}, settings, false);
    const qint64 elapsed = clock.elapsed();
    const auto results = byId(report.results);

    ASSERT_EQ(results.size(), 10);
    EXPECT_TRUE(results["ok"].ok) << results["ok"].errorMessage.toStdString();
    EXPECT_EQ(results["ok"].error, ProbeErrorKind::None);
    EXPECT_EQ(results["hang"].error, ProbeErrorKind::Timeout);
    EXPECT_EQ(results["reset"].error, ProbeErrorKind::Reset);
    EXPECT_EQ(results["fivexx"].error, ProbeErrorKind::HttpStatus);
    EXPECT_EQ(results["fivexx"].httpStatus, 503);
    // Headers arrive at once, then one byte a second: only a whole-request deadline ends it.
    EXPECT_EQ(results["trickle"].error, ProbeErrorKind::Timeout);
    EXPECT_EQ(results["loop"].error, ProbeErrorKind::RedirectLoop);
    EXPECT_EQ(results["endless"].error, ProbeErrorKind::Oversize);
    EXPECT_EQ(results["badtls"].error, ProbeErrorKind::Tls);
    EXPECT_EQ(results["refused"].error, ProbeErrorKind::Refused);
    EXPECT_EQ(results["nodns"].error, ProbeErrorKind::DnsFailure);
    for (const ProbeResult &r : report.results) {
        if (r.mirrorId != QLatin1String("ok")) {
            EXPECT_FALSE(r.ok) << r.mirrorId.toStdString();
            EXPECT_FALSE(r.latencyMs.has_value()) << r.mirrorId.toStdString();
            EXPECT_EQ(r.score, 0.0) << r.mirrorId.toStdString();
        }
    }
    EXPECT_EQ(report.recommended.value("go"), "ok");
    // All mirrors run concurrently and each request is bounded by its deadline, so the round
    // ends near one deadline, not ten. (A generous bound: this checks the deadline, not speed.)
    EXPECT_LT(elapsed, settings.timeoutMs * 3);
}

TEST_F(ProbeEngineTest, Probe_MeasuresPhasesAndLatencyOfHealthyMirror)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:npm:official=1,latency=0.05"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.samples = 3;
    const auto results = byId(ProbeRunner::run(server.mirrors(), {}, settings, false).results);
    const ProbeResult r = results.value("up");
    ASSERT_TRUE(r.ok) << r.errorMessage.toStdString();
    ASSERT_EQ(r.latencySamples.size(), 3);
    ASSERT_TRUE(r.latencyMs.has_value());
    EXPECT_GE(*r.latencyMs, 50.0); // the injected delay is inside "request sent -> headers"
    EXPECT_LT(*r.latencyMs, 1000.0);
    EXPECT_EQ(r.timings.dnsMs, 0.0); // an IP literal needs no lookup
    ASSERT_TRUE(r.timings.connectMs.has_value());
    EXPECT_FALSE(r.timings.tlsMs.has_value()); // plain http
    ASSERT_TRUE(r.timings.ttfbMs.has_value());
    EXPECT_GE(*r.timings.ttfbMs, 50.0);
    EXPECT_EQ(r.state, HealthState::Up);
}

TEST_F(ProbeEngineTest, Probe_FreshnessComparesEveryEcosystemWithItsUpstream)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"go-up:go:official=1", "go-fresh:go", "go-stale:go:stale=2",
                              "npm-up:npm:official=1", "npm-fresh:npm", "npm-stale:npm:stale=2",
                              "pip-up:pip:official=1", "pip-fresh:pip", "pip-stale:pip:stale=2"},
                             {"--upstream-versions", "30"}))
        << server.errorString().toStdString();
    const ProbeRunner::Report report =
        ProbeRunner::run(server.mirrors(), {}, fastSettings(), false);
    const auto results = byId(report.results);

    const QHash<QString, QString> prefix{{"go", "v"}, {"npm", ""}, {"pip", ""}};
    for (const QString &eco :
         {QStringLiteral("go"), QStringLiteral("npm"), QStringLiteral("pip")}) {
        const ProbeResult up = results.value(eco + "-up");
        const ProbeResult fresh = results.value(eco + "-fresh");
        const ProbeResult stale = results.value(eco + "-stale");
        ASSERT_TRUE(up.ok && fresh.ok && stale.ok) << eco.toStdString();
        EXPECT_EQ(up.latest, prefix[eco] + "1.0.29") << eco.toStdString();
        EXPECT_EQ(up.fresh, std::optional<bool>(true));
        EXPECT_EQ(fresh.fresh, std::optional<bool>(true)) << eco.toStdString();
        EXPECT_EQ(stale.fresh, std::optional<bool>(false)) << eco.toStdString();
        EXPECT_EQ(stale.latest, prefix[eco] + "1.0.27") << eco.toStdString();
        EXPECT_EQ(stale.upstreamLatest, prefix[eco] + "1.0.29");
        EXPECT_EQ(stale.lacks, QStringList({prefix[eco] + "1.0.29", prefix[eco] + "1.0.28"}))
            << eco.toStdString();
        // A stale mirror is never recommended, however fast.
        EXPECT_NE(report.recommended.value(eco), eco + "-stale");
        EXPECT_FALSE(report.recommended.value(eco).isEmpty());
    }
}

TEST_F(ProbeEngineTest, Probe_FreshnessIsUnknownWithoutAnAnsweringUpstream)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:pip:official=1,fault=5xx", "mirror:pip"}))
        << server.errorString().toStdString();
    const auto results =
        byId(ProbeRunner::run(server.mirrors(), {}, fastSettings(), false).results);
    EXPECT_TRUE(results.value("mirror").ok);
    EXPECT_FALSE(results.value("mirror").fresh.has_value());
    EXPECT_EQ(results.value("mirror").latest, "1.0.29");
}

TEST_F(ProbeEngineTest, Throughput_StaysWithinServerCapAndByteCap)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start(
        {"capped:go:official=1,bandwidth=524288", "fast:npm:official=1", "fastpip:pip:official=1"},
        {"--artifact-size", "20000000"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.throughputMaxBytes = 8 * 1024 * 1024;
    settings.throughputMaxMs = 1500;
    const auto results = byId(ProbeRunner::run(server.mirrors(), {}, settings, true).results);

    const ProbeResult capped = results.value("capped");
    ASSERT_TRUE(capped.ok) << capped.errorMessage.toStdString();
    ASSERT_TRUE(capped.throughputBps.has_value());
    EXPECT_NEAR(*capped.throughputBps, 524288.0, 524288.0 * 0.10);
    EXPECT_LT(capped.throughputBytes, 8 * 1024 * 1024); // the time cap ended it

    // Unthrottled loopback: the byte cap ends the download, exactly at the cap.
    for (const QString &id : {QStringLiteral("fast"), QStringLiteral("fastpip")}) {
        const ProbeResult fast = results.value(id);
        ASSERT_TRUE(fast.ok) << fast.errorMessage.toStdString();
        EXPECT_EQ(fast.throughputBytes, settings.throughputMaxBytes) << id.toStdString();
        ASSERT_TRUE(fast.throughputBps.has_value());
        EXPECT_GT(*fast.throughputBps, *capped.throughputBps);
    }
}

TEST_F(ProbeEngineTest, Throughput_EndlessMetadataIsOversize)
{
    MirrorServerProcess server;
    // The endless fault answers every request with an endless body: metadata fails as Oversize.
    ASSERT_TRUE(server.start({"endless:npm:official=1,fault=endless"}))
        << server.errorString().toStdString();
    const auto results = byId(ProbeRunner::run(server.mirrors(), {}, fastSettings(), true).results);
    EXPECT_EQ(results.value("endless").error, ProbeErrorKind::Oversize);
}

TEST_F(ProbeEngineTest, Throughput_EndlessArtifactIsNeitherOkNorRecommended)
{
    MirrorServerProcess server;
    // Two bodies that never end and announce no length: one as fast as loopback goes, one a
    // byte a second. Neither is an artifact, whatever rate the bytes arrive at.
    ASSERT_TRUE(server.start({"endless:pip:official=1,fault=endless-artifact",
                              "trickle:pip:fault=trickle-artifact", "honest:pip"},
                             {"--artifact-size", "300000"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.throughputMaxBytes = 2 * 1024 * 1024;
    settings.samples = 3; // `probe --rounds 3`
    const ProbeRunner::Report report = ProbeRunner::run(server.mirrors(), {}, settings, true);
    const auto results = byId(report.results);
    for (const QString &id : {QStringLiteral("endless"), QStringLiteral("trickle")}) {
        const ProbeResult r = results.value(id);
        EXPECT_FALSE(r.ok) << id.toStdString();
        EXPECT_EQ(r.error, ProbeErrorKind::EndlessBody) << id.toStdString();
        EXPECT_FALSE(r.throughputBps.has_value()) << id.toStdString();
        EXPECT_EQ(r.score, 0.0) << id.toStdString();
    }
    ASSERT_TRUE(results.value("honest").ok) << results.value("honest").errorMessage.toStdString();
    EXPECT_TRUE(results.value("honest").throughputBps.has_value());
    EXPECT_EQ(report.recommended.value("pip"), "honest");
}

TEST_F(ProbeEngineTest, Ranking_RecommendsTheFastFreshMirror)
{
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({"up:npm:official=1,latency=0.25", "quick:npm:latency=0.01",
                      "slow:npm:latency=0.3", "quickstale:npm:stale=1", "broken:npm:fault=5xx"}))
        << server.errorString().toStdString();
    const ProbeRunner::Report report =
        ProbeRunner::run(server.mirrors(), {}, fastSettings(), false);
    const auto results = byId(report.results);
    EXPECT_EQ(report.recommended.value("npm"), "quick");
    EXPECT_GT(results.value("quick").score, results.value("slow").score);
    EXPECT_EQ(results.value("quickstale").fresh, std::optional<bool>(false));
    EXPECT_EQ(results.value("slow").state, HealthState::Degraded); // over the warning threshold
    EXPECT_EQ(results.value("broken").score, 0.0);
}

TEST_F(ProbeEngineTest, Health_FailuresTakeMirrorDownThenHalfOpenRetry)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"gone:go:fault=refused"})) << server.errorString().toStdString();
    auto clock = std::make_shared<ManualClock>();
    ProbeSettings settings = fastSettings();
    settings.maxFails = 2;
    settings.failTimeoutMs = 30000;
    ProbeEngine engine(settings, clock);
    engine.setMirrors(server.mirrors());
    QList<HealthState> changes;
    QObject::connect(&engine, &ProbeEngine::healthChanged,
                     [&changes](const QString &, HealthState s) { changes.append(s); });
    ProbeResult last;
    QObject::connect(&engine, &ProbeEngine::resultReady,
                     [&last](const ProbeResult &r) { last = r; });
    const auto round = [&engine] {
        QEventLoop loop;
        QObject::connect(&engine, &ProbeEngine::roundFinished, &loop, &QEventLoop::quit);
        if (engine.startRound(QStringLiteral("go"), RoundOptions{false}) && engine.isRunning())
            loop.exec();
    };

    round();
    EXPECT_EQ(last.error, ProbeErrorKind::Refused);
    EXPECT_EQ(engine.health().state("gone"), HealthState::Degraded);
    round();
    EXPECT_EQ(engine.health().state("gone"), HealthState::Down);
    round(); // within fail_timeout: not probed at all
    EXPECT_EQ(last.error, ProbeErrorKind::Skipped);
    EXPECT_TRUE(last.errorMessage.contains("refused", Qt::CaseInsensitive)) // the cause stays
        << last.errorMessage.toStdString();
    EXPECT_EQ(engine.health().snapshot("gone").samples, 2);
    clock->advance(30001);
    round(); // the half-open retry fails: Down again for another fail_timeout
    EXPECT_EQ(last.error, ProbeErrorKind::Refused);
    EXPECT_EQ(engine.health().snapshot("gone").samples, 3);
    EXPECT_EQ(engine.health().state("gone"), HealthState::Down);
    round();
    EXPECT_EQ(last.error, ProbeErrorKind::Skipped);
    EXPECT_EQ(changes, (QList<HealthState>{HealthState::Degraded, HealthState::Down}));
}

TEST_F(ProbeEngineTest, ProbeMirrors_ProbesOnlyTheChosenMirrorAgainstTheUpstream)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:npm:official=1", "stale:npm:stale=2", "other:npm",
                              "gone:npm:fault=refused", "pyup:pip:official=1"}))
        << server.errorString().toStdString();
    ProbeEngine engine(fastSettings());
    engine.setMirrors(server.mirrors());
    QList<ProbeResult> results;
    QObject::connect(&engine, &ProbeEngine::resultReady,
                     [&results](const ProbeResult &r) { results.append(r); });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::roundFinished, &loop, &QEventLoop::quit);

    EXPECT_FALSE(engine.probeMirrors(QStringLiteral("npm"), {QStringLiteral("pyup")}));
    EXPECT_FALSE(engine.probeMirrors(QStringLiteral("npm"), {}));
    ASSERT_TRUE(engine.probeMirrors(QStringLiteral("npm"), {QStringLiteral("stale")}));
    loop.exec();

    ASSERT_EQ(results.size(), 1);
    const ProbeResult r = results.first();
    EXPECT_EQ(r.mirrorId, QStringLiteral("stale"));
    EXPECT_TRUE(r.ok) << r.errorMessage.toStdString();
    // Freshness still needs the official upstream's versions, so its check ran unreported.
    ASSERT_TRUE(r.fresh.has_value());
    EXPECT_FALSE(*r.fresh);
    EXPECT_FALSE(r.upstreamLatest.isEmpty());
    EXPECT_NE(r.latest, r.upstreamLatest);
    EXPECT_EQ(engine.health().snapshot("stale").samples, 1);
    for (const char *id : {"up", "other", "gone", "pyup"}) {
        EXPECT_EQ(engine.health().snapshot(id).samples, 0) << id;
        EXPECT_EQ(engine.health().state(id), HealthState::Unknown) << id;
        EXPECT_TRUE(engine.lastResult(id).mirrorId.isEmpty()) << id;
    }
    // Ranked over the latest results only: a stale mirror is not recommended, and the mirrors
    // this round did not measure have nothing to rank them by.
    EXPECT_TRUE(engine.recommended(QStringLiteral("npm")).isEmpty());
}

TEST_F(ProbeEngineTest, Cancel_EndsRoundAtOnceAndDropsLateResults)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"h1:pip:fault=hang", "h2:pip:fault=hang", "ok:pip:official=1"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.timeoutMs = 3000;
    ProbeEngine engine(settings);
    engine.setMirrors(server.mirrors());
    int results = 0;
    int cancelled = 0;
    int finished = 0;
    QObject::connect(&engine, &ProbeEngine::resultReady,
                     [&results](const ProbeResult &) { ++results; });
    QObject::connect(&engine, &ProbeEngine::roundCancelled,
                     [&cancelled](const QString &) { ++cancelled; });
    QObject::connect(&engine, &ProbeEngine::roundFinished,
                     [&finished](const QString &) { ++finished; });
    ASSERT_TRUE(engine.startRound(QStringLiteral("pip")));
    QEventLoop loop;
    QTimer::singleShot(300, &loop, [&] { engine.cancel(); });
    QTimer::singleShot(1000, &loop, &QEventLoop::quit); // let late reports arrive
    loop.exec();
    EXPECT_EQ(cancelled, 1);
    EXPECT_EQ(finished, 1);
    EXPECT_EQ(results, 0);
    EXPECT_FALSE(engine.isRunning());

    // The engine is usable again, and the hung mirrors were not counted as failures.
    QEventLoop again;
    QObject::connect(&engine, &ProbeEngine::roundFinished, &again, &QEventLoop::quit);
    settings.timeoutMs = 500;
    engine.setSettings(settings);
    ASSERT_TRUE(engine.startRound(QStringLiteral("pip"), RoundOptions{false}));
    again.exec();
    EXPECT_EQ(results, 3);
    EXPECT_EQ(engine.health().snapshot("h1").samples, 1);
    EXPECT_EQ(engine.lastResult("ok").ok, true);
}

TEST_F(ProbeEngineTest, Periodic_RoundsRepeatWithThroughputLessOften)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:go:official=1"}, {"--artifact-size", "300000"}))
        << server.errorString().toStdString();
    ProbeEngine engine(fastSettings());
    engine.setMirrors(server.mirrors());
    engine.setInterval(1000, 2); // throughput on rounds 0, 2, 4 …
    QList<ProbeResult> results;
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::resultReady, [&](const ProbeResult &r) {
        results.append(r);
        if (results.size() == 3)
            loop.quit();
    });
    engine.startPeriodic();
    EXPECT_TRUE(engine.isPeriodic());
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // safety net only
    loop.exec();
    engine.stopPeriodic();
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results[0].throughputBps.has_value());
    EXPECT_FALSE(results[1].throughputBps.has_value());
    EXPECT_TRUE(results[2].throughputBps.has_value());
    EXPECT_LT(results[0].round, results[1].round);
}

TEST_F(ProbeEngineTest, Proxy_PerAppOverrideIsUsedAndPhasesAreNotReported)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:npm:official=1", "noproxy:npm:fault=refused"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    // The "proxy" is the refused port: every request must fail through it, although the mirror
    // itself answers directly.
    settings.proxyMode = ProbeSettings::ProxyMode::Manual;
    settings.proxyUrl = server.url("noproxy");
    // A name that is not loopback (loopback hosts bypass every proxy); through a proxy it is
    // never resolved here.
    Mirror up = server.mirror("up");
    up.url = QStringLiteral("http://mirror.example/");
    QList<Mirror> mirrors{up};
    const auto results = byId(ProbeRunner::run(mirrors, {}, settings, false).results);
    const ProbeResult r = results.value("up");
    EXPECT_FALSE(r.ok);
    // Refused by the proxy: proof the request went there, since the mirror answers directly.
    EXPECT_EQ(r.error, ProbeErrorKind::Refused) << r.errorMessage.toStdString();
    EXPECT_FALSE(r.timings.connectMs.has_value());
    EXPECT_FALSE(r.timings.dnsMs.has_value());

    settings.proxyMode = ProbeSettings::ProxyMode::None;
    EXPECT_TRUE(
        byId(ProbeRunner::run({server.mirror("up")}, {}, settings, false).results).value("up").ok);
}

TEST_F(ProbeEngineTest, Cancel_FromInsideAReceiverIsSafe)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"a:go:official=1", "b:go", "c:go:latency=0.2"}))
        << server.errorString().toStdString();
    ProbeEngine engine(fastSettings());
    engine.setMirrors(server.mirrors());
    int results = 0;
    int finished = 0;
    bool cancelOnResult = true;
    QObject::connect(&engine, &ProbeEngine::resultReady, [&](const ProbeResult &) {
        ++results;
        if (cancelOnResult)
            engine.cancel(); // the GUI's "Stop" pressed while results arrive
    });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::roundFinished, [&](const QString &) {
        ++finished;
        loop.quit();
    });
    ASSERT_TRUE(engine.startRound(QStringLiteral("go"), RoundOptions{false}));
    loop.exec();
    EXPECT_EQ(finished, 1);
    EXPECT_FALSE(engine.isRunning());
    const int beforeRestart = results;
    EXPECT_EQ(beforeRestart, 1); // nothing of a cancelled round is reported after the cancel

    cancelOnResult = false;
    ASSERT_TRUE(engine.startRound(QStringLiteral("go"), RoundOptions{false}));
    loop.exec();
    EXPECT_EQ(finished, 2);
    EXPECT_EQ(results - beforeRestart, 3);
    const QString best = engine.recommended(QStringLiteral("go"));
    EXPECT_TRUE(best == "a" || best == "b") << best.toStdString(); // not the slow one
}

// One round per protocol feeds every tool that consumes it: the npm registry mirrors' round
// recommends for pnpm and Yarn too, so their pages are never left "measuring".
TEST_F(ProbeEngineTest, Recommendation_OneProtocolRoundAnswersEveryConsumingTool)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"npm-up:npm:official=1,latency=0.08", "npm-fast:npm:latency=0.005"}))
        << server.errorString().toStdString();
    ensureApp();
    ProbeEngine engine(fastSettings());
    engine.setMirrors(server.mirrors());
    QStringList announced;
    QObject::connect(
        &engine, &ProbeEngine::recommendationChanged,
        [&announced](const QString &ecosystem, const QString &) { announced << ecosystem; });
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::roundFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    RoundOptions options;
    options.download = false;
    ASSERT_EQ(engine.startAllRounds(options), 1);
    loop.exec();
    const QString best = engine.recommended(QStringLiteral("npm"));
    ASSERT_FALSE(best.isEmpty());
    const QStringList consumers = EcosystemRegistry::consumersOf(QStringLiteral("npm-registry"));
    ASSERT_GE(consumers.size(), 2) << "pnpm and yarn consume npm's registry protocol";
    for (const QString &tool : consumers) {
        EXPECT_EQ(engine.recommended(tool), best) << tool.toStdString();
        EXPECT_TRUE(announced.contains(tool)) << tool.toStdString();
    }
    // Not the other protocols' tools.
    EXPECT_TRUE(engine.recommended(QStringLiteral("go")).isEmpty());
}
