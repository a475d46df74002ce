// MeasureFormat: one unit (decimal MB/s) for every throughput, with the unit written, and the
// number the charts draw equal to the one the table prints.

#include "probe/MeasureFormat.h"
#include "probe/LastProbeFile.h"

#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class CLocale : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

} // namespace

TEST_F(CLocale, MeasureFormat_ThroughputIsAlwaysDecimalMegabytesWithTheUnit)
{
    EXPECT_EQ(MeasureFormat::throughput(3.84e6), QStringLiteral("3.84 MB/s"));
    EXPECT_EQ(MeasureFormat::throughput(38.4e6), QStringLiteral("38.4 MB/s"));
    // 2 GB/s stays in MB/s: no unit flips between rounds or between mirrors.
    EXPECT_EQ(MeasureFormat::throughput(2.0e9), QStringLiteral("2000 MB/s")); // C: no grouping
    EXPECT_EQ(MeasureFormat::throughput(500e3), QStringLiteral("0.50 MB/s"));
    // A trickle never reads "0.00368".
    EXPECT_EQ(MeasureFormat::throughput(3680), QStringLiteral("< 0.01 MB/s"));
    EXPECT_EQ(MeasureFormat::throughput(std::nullopt), QStringLiteral("—"));
}

TEST_F(CLocale, MeasureFormat_ChartValueIsTheNumberTheTablePrints)
{
    for (const double bps : {3.8e6, 3.8449e6, 12.36e6, 123.6e6, 2.0e9, 1.0e5}) {
        const double mb = MeasureFormat::throughputMegabytes(bps);
        const QString printed = MeasureFormat::throughput(bps);
        EXPECT_EQ(printed, QStringLiteral("%1 MB/s").arg(
                               QLocale().toString(mb, 'f', MeasureFormat::throughputDecimals(mb))))
            << bps;
    }
    EXPECT_DOUBLE_EQ(MeasureFormat::throughputMegabytes(3.8449e6), 3.84);
    EXPECT_DOUBLE_EQ(MeasureFormat::throughputMegabytes(2.0004e9), 2000.0);
}

TEST(LastProbeFile, RecordsTheNewestMeasurementPerMirrorAndSkipsSkippedProbes)
{
    QTemporaryDir dir;
    const QString path = LastProbeFile::fileName(dir.path());
    EXPECT_FALSE(LastProbeFile::read(path).lastMeasurement(QStringLiteral("a")));

    ProbeResult a;
    a.mirrorId = QStringLiteral("a");
    a.ok = true;
    a.latencyMs = 42.5;
    a.state = HealthState::Up;
    a.fresh = false;
    ProbeResult b;
    b.mirrorId = QStringLiteral("b");
    b.ok = false;
    b.state = HealthState::Down;
    ASSERT_TRUE(LastProbeFile::record(path, {a, b}, 1000));

    // A later run that skipped b (paused) and measured a again keeps b's last outcome.
    a.latencyMs = 30.0;
    ProbeResult skipped = b;
    skipped.error = ProbeErrorKind::Skipped;
    ASSERT_TRUE(LastProbeFile::record(path, {a, skipped}, 2000));

    const LastProbeFile lookup = LastProbeFile::read(path);
    const auto ma = lookup.lastMeasurement(QStringLiteral("a"));
    ASSERT_TRUE(ma);
    EXPECT_DOUBLE_EQ(ma->latencyMs.value_or(0), 30.0);
    EXPECT_EQ(ma->atMs, 2000);
    EXPECT_EQ(ma->fresh, std::optional<bool>(false));
    const auto mb = lookup.lastMeasurement(QStringLiteral("b"));
    ASSERT_TRUE(mb);
    EXPECT_FALSE(mb->latencyMs);
    EXPECT_EQ(mb->state, HealthState::Down);
    EXPECT_EQ(mb->atMs, 1000);
}
