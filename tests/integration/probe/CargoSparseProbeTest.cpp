// The "cargo-sparse" protocol against real loopback sparse indexes (tests/fixtures/mirror_server.py
// with ecosystem "cargo"): the fixture's faults classified, freshness from the index lines with
// yanked versions ignored, and the .crate found through each form of config.json's `dl`.

#include "MirrorServerProcess.h"
#include "ProbeRunner.h"
#include "ProbeTestSupport.h"

#include <gtest/gtest.h>

namespace {

using probetest::byId;
using probetest::fastSettings;

class CargoSparseProbeTest : public ::testing::Test
{
protected:
    void SetUp() override { probetest::ensureApp(); }
};

} // namespace

TEST_F(CargoSparseProbeTest, Probe_ClassifiesHealthyStaleHangingFailingAndTricklingIndexes)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({"up:cargo:official=1", "fresh:cargo", "stale:cargo:stale=2",
                              "hang:cargo:fault=hang", "fail:cargo:fault=5xx",
                              "reset:cargo:fault=reset", "trickle:cargo:fault=trickle"}))
        << server.errorString().toStdString();
    EXPECT_TRUE(server.url("up").startsWith("sparse+http://127.0.0.1:"));
    const ProbeRunner::Report report =
        ProbeRunner::run(server.mirrors(), {}, fastSettings(), false);
    const auto results = byId(report.results);

    const ProbeResult up = results.value("up");
    ASSERT_TRUE(up.ok) << up.errorMessage.toStdString();
    ASSERT_TRUE(up.latencyMs.has_value());
    // The index lists a yanked 99.0.0 above everything: cargo never picks it, nor does the probe.
    EXPECT_EQ(up.latest, "1.0.29");
    const ProbeResult fresh = results.value("fresh");
    ASSERT_TRUE(fresh.ok) << fresh.errorMessage.toStdString();
    EXPECT_EQ(fresh.fresh, std::optional<bool>(true));
    const ProbeResult stale = results.value("stale");
    ASSERT_TRUE(stale.ok) << stale.errorMessage.toStdString();
    EXPECT_EQ(stale.fresh, std::optional<bool>(false));
    EXPECT_EQ(stale.latest, "1.0.27");
    EXPECT_EQ(stale.upstreamLatest, "1.0.29");
    EXPECT_EQ(stale.lacks, QStringList({"1.0.29", "1.0.28"}));

    EXPECT_EQ(results.value("hang").error, ProbeErrorKind::Timeout);
    EXPECT_EQ(results.value("fail").error, ProbeErrorKind::HttpStatus);
    EXPECT_EQ(results.value("fail").httpStatus, 503);
    EXPECT_EQ(results.value("reset").error, ProbeErrorKind::Reset);
    EXPECT_EQ(results.value("trickle").error, ProbeErrorKind::Timeout);
    for (const char *id : {"hang", "fail", "reset", "trickle"})
        EXPECT_FALSE(results.value(id).ok) << id;
    EXPECT_NE(report.recommended.value("cargo"), "stale");
    EXPECT_TRUE(report.recommended.value("cargo") == "up" ||
                report.recommended.value("cargo") == "fresh")
        << report.recommended.value("cargo").toStdString();
}

TEST_F(CargoSparseProbeTest, Throughput_FindsTheCrateThroughEveryDownloadTemplate)
{
    MirrorServerProcess server;
    // The fixture answers 404 unless the path is exactly what the template yields for the pinned
    // crate (libsqlite3-sys 0.28.0), including the real checksum for {sha256-checksum}.
    ASSERT_TRUE(server.start({"up:cargo:official=1", "markers:cargo:dl=markers",
                              "prefix:cargo:dl=prefix", "checksum:cargo:dl=checksum"},
                             {"--artifact-size", "3000000"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.throughputMaxBytes = 2 * 1024 * 1024;
    const auto results = byId(ProbeRunner::run(server.mirrors(), {}, settings, true).results);
    for (const char *id : {"up", "markers", "prefix", "checksum"}) {
        const ProbeResult r = results.value(id);
        ASSERT_TRUE(r.ok) << id << ": " << r.errorMessage.toStdString();
        ASSERT_TRUE(r.throughputBps.has_value()) << id;
        EXPECT_EQ(r.throughputBytes, settings.throughputMaxBytes) << id;
    }
}

TEST_F(CargoSparseProbeTest, Throughput_AWrongChecksumTargetFindsNoCrate)
{
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({"checksum:cargo:official=1,dl=checksum"}, {"--artifact-size", "300000"}))
        << server.errorString().toStdString();
    ProbeSettings settings = fastSettings();
    settings.targets[QStringLiteral("cargo-sparse")].set(QStringLiteral("artifact-checksum"),
                                                         QString(64, QLatin1Char('0')));
    const ProbeResult r =
        byId(ProbeRunner::run(server.mirrors(), {}, settings, true).results).value("checksum");
    EXPECT_FALSE(r.throughputBps.has_value());
    EXPECT_FALSE(r.ok);
}
