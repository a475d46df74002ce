// The measured history: retention, downsampling, percentiles (known data, numbers worked out
// here by hand or by an independent nearest-rank computation), damaged and locked databases,
// and the threaded recorder the window uses. Real SQLite files in a temporary directory.

#include "probedb/ProbeStore.h"
#include "probe/Clock.h"
#include "probedb/LatencyHistogram.h"
#include "probedb/ProbeRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// On an hour boundary, so bucket edges and window edges coincide in the tests below.
constexpr qint64 kNow = 1700000000000 - (1700000000000 % kHour);

ProbeSample sample(const QString &mirror, qint64 atMs, std::optional<double> latency)
{
    ProbeSample s;
    s.atMs = atMs;
    s.mirrorId = mirror;
    s.ecosystem = QStringLiteral("go");
    s.ok = latency.has_value();
    s.error = s.ok ? QString() : QStringLiteral("timeout");
    s.latencyMs = latency;
    return s;
}

// The textbook nearest-rank percentile, written apart from the store's code.
double referencePercentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int rank = std::max(1, int(std::ceil(p / 100.0 * values.size())));
    return values.at(rank - 1);
}

class ProbeStoreTest : public ::testing::Test
{
protected:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("probes.sqlite")); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProbeStoreTest, DayPercentilesAreExactNearestRankOverRawRows)
{
    ProbeStore store(dbPath());
    ASSERT_TRUE(store.open());
    QList<ProbeSample> rows;
    // 100 successes of 1..100 ms (shuffled in time) and 10 failures within the last day.
    for (int i = 0; i < 100; ++i)
        rows << sample(QStringLiteral("a"), kNow - (i * 7 % 100 + 1) * 10 * kMinute, 100 - i);
    for (int i = 0; i < 10; ++i)
        rows << sample(QStringLiteral("a"), kNow - (i + 1) * 60 * kMinute - 5, std::nullopt);
    ASSERT_TRUE(store.insert(rows));
    ASSERT_TRUE(store.maintain(kNow));

    const auto stats =
        store.stats({QStringLiteral("a"), QStringLiteral("none")}, HistoryWindow::Day, kNow);
    ASSERT_TRUE(stats);
    ASSERT_EQ(stats->size(), 2);
    const MirrorHistoryStats &a = stats->at(0);
    EXPECT_EQ(a.probes, 110);
    EXPECT_EQ(a.okProbes, 100);
    EXPECT_DOUBLE_EQ(*a.availability, 100.0 / 110.0);
    EXPECT_TRUE(a.exact);
    EXPECT_DOUBLE_EQ(*a.p50Ms, 50);
    EXPECT_DOUBLE_EQ(*a.p90Ms, 90);
    EXPECT_DOUBLE_EQ(*a.p95Ms, 95);
    EXPECT_EQ(stats->at(1).probes, 0);
    EXPECT_FALSE(stats->at(1).availability.has_value());
    EXPECT_FALSE(stats->at(1).p50Ms.has_value());
}

TEST_F(ProbeStoreTest, RawRowsOlderThanADayRollIntoQuarterHourBucketsWithCountsKept)
{
    ProbeStore store(dbPath());
    ASSERT_TRUE(store.open());
    // Once a minute for three days; every 4th probe fails.
    QList<ProbeSample> rows;
    int ok = 0;
    for (qint64 t = kNow - 3 * kDay; t < kNow; t += kMinute) {
        const bool fails = (t / kMinute) % 4 == 0;
        rows << sample(QStringLiteral("a"), t,
                       fails ? std::nullopt : std::optional<double>(20 + (t / kMinute) % 30));
        ok += fails ? 0 : 1;
    }
    ASSERT_TRUE(store.insert(rows));
    ASSERT_TRUE(store.maintain(kNow));

    const auto counts = store.counts();
    ASSERT_TRUE(counts);
    // kNow is on an hour boundary: the raw cut-off is exactly 24 h back.
    EXPECT_EQ(counts->raw, 24 * 60);
    EXPECT_EQ(counts->fine, 2 * 24 * 4); // two older days in 15-minute buckets
    EXPECT_EQ(counts->coarse, 0);

    const auto week = store.stats({QStringLiteral("a")}, HistoryWindow::Week, kNow);
    ASSERT_TRUE(week);
    EXPECT_EQ(week->at(0).probes, rows.size()); // nothing lost by downsampling
    EXPECT_EQ(week->at(0).okProbes, ok);
    EXPECT_DOUBLE_EQ(*week->at(0).availability, double(ok) / double(rows.size()));
    EXPECT_FALSE(week->at(0).exact);
    const auto day = store.stats({QStringLiteral("a")}, HistoryWindow::Day, kNow);
    ASSERT_TRUE(day);
    EXPECT_EQ(day->at(0).probes, 24 * 60);

    // Maintaining again changes nothing.
    ASSERT_TRUE(store.maintain(kNow));
    EXPECT_EQ(store.counts()->fine, 2 * 24 * 4);
}

TEST_F(ProbeStoreTest, QuarterHourBucketsBecomeHourlyAfterAWeekAndGoAfterRetention)
{
    ProbeStore store(dbPath(), {ProbeStore::kDefaultBusyTimeoutMs, 31});
    ASSERT_TRUE(store.open());
    // Every 10 minutes for 40 days, always 30 ms.
    QList<ProbeSample> rows;
    qint64 inMonth = 0;
    for (qint64 t = kNow - 40 * kDay; t < kNow; t += 10 * kMinute) {
        rows << sample(QStringLiteral("a"), t, 30.0);
        if (t >= kNow - 30 * kDay)
            ++inMonth;
    }
    ASSERT_TRUE(store.insert(rows));
    ASSERT_TRUE(store.maintain(kNow));
    const auto counts = store.counts();
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->raw, 24 * 6);
    EXPECT_EQ(counts->fine, 6 * 24 * 4); // days 2..7 back: 15-minute buckets
    EXPECT_EQ(counts->coarse, 24 * 24);  // days 8..31 back: hourly, older ones dropped

    const auto month = store.stats({QStringLiteral("a")}, HistoryWindow::Month, kNow);
    ASSERT_TRUE(month);
    EXPECT_EQ(month->at(0).probes, inMonth);
    EXPECT_DOUBLE_EQ(*month->at(0).availability, 1.0);
    EXPECT_NEAR(*month->at(0).p50Ms, 30.0, 30.0 * LatencyHistogram::kRelativeError);
}

TEST_F(ProbeStoreTest, PercentilesOfDownsampledDataStayWithinTheHistogramError)
{
    ProbeStore store(dbPath());
    ASSERT_TRUE(store.open());
    QList<ProbeSample> rows;
    QList<double> values;
    // Four days of a latency spread over two orders of magnitude, older than the raw window.
    for (int i = 0; i < 4 * 24 * 60; ++i) {
        const double ms = 5.0 + std::fmod(i * 37.0, 400.0) + (i % 11) * 0.37;
        rows << sample(QStringLiteral("a"), kNow - 5 * kDay + i * kMinute, ms);
        values << ms;
    }
    ASSERT_TRUE(store.insert(rows));
    ASSERT_TRUE(store.maintain(kNow));
    const auto week = store.stats({QStringLiteral("a")}, HistoryWindow::Week, kNow);
    ASSERT_TRUE(week);
    EXPECT_EQ(week->at(0).latencySamples, values.size());
    for (const auto &[p, got] :
         {std::pair{50.0, week->at(0).p50Ms}, std::pair{90.0, week->at(0).p90Ms},
          std::pair{95.0, week->at(0).p95Ms}}) {
        const double expected = referencePercentile(values, p);
        ASSERT_TRUE(got.has_value());
        EXPECT_NEAR(*got, expected, expected * LatencyHistogram::kRelativeError) << "p" << p;
    }
}

TEST_F(ProbeStoreTest, ChartSeriesCombinesRawRowsAndBuckets)
{
    ProbeStore store(dbPath());
    ASSERT_TRUE(store.open());
    QList<ProbeSample> rows;
    for (qint64 t = kNow - 3 * kDay; t < kNow; t += kMinute)
        rows << sample(QStringLiteral("a"), t, 40.0);
    ASSERT_TRUE(store.insert(rows));
    ASSERT_TRUE(store.maintain(kNow));
    const auto series = store.series(QStringLiteral("a"), kNow - 7 * kDay, kNow, kHour);
    ASSERT_TRUE(series);
    EXPECT_EQ(series->size(), 3 * 24);
    int total = 0;
    for (const HistoryBucket &b : *series) {
        total += b.count;
        EXPECT_DOUBLE_EQ(b.sumLatency / b.count, 40.0);
        EXPECT_GE(b.sumTimeMs / b.count, double(b.startMs));
        EXPECT_LT(b.sumTimeMs / b.count, double(b.startMs + kHour));
    }
    EXPECT_EQ(total, rows.size());
}

TEST_F(ProbeStoreTest, GarbageFileIsMovedAsideAndANewDatabaseStarted)
{
    {
        QFile file(dbPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 131 + 7) % 251);
        file.write(garbage);
    }
    ProbeStore store(dbPath());
    ASSERT_TRUE(store.open()) << store.open().error().toString().toStdString();
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.first().contains(QStringLiteral(".corrupt-")))
        << notices.first().toStdString();
    const QStringList aside =
        QDir(m_dir.path()).entryList({QStringLiteral("probes.sqlite.corrupt-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(QFileInfo(m_dir.filePath(aside.first())).size(), 64 * 1024);
    ASSERT_TRUE(store.insert({sample(QStringLiteral("a"), kNow - kMinute, 12.0)}));
    EXPECT_EQ(store.stats({QStringLiteral("a")}, HistoryWindow::Day, kNow)->at(0).probes, 1);
}

TEST_F(ProbeStoreTest, TruncatedFileIsMovedAsideAndANewDatabaseStarted)
{
    {
        ProbeStore store(dbPath());
        ASSERT_TRUE(store.open());
        QList<ProbeSample> rows;
        for (int i = 0; i < 20000; ++i)
            rows << sample(QStringLiteral("m%1").arg(i % 24), kNow - i * 1000, 10.0 + i % 50);
        ASSERT_TRUE(store.insert(rows));
    } // the last connection checkpoints the WAL into the file
    const qint64 size = QFileInfo(dbPath()).size();
    ASSERT_GT(size, 100 * 1024);
    ASSERT_TRUE(QFile::resize(dbPath(), size / 2));

    ProbeStore store(dbPath());
    const Expected<void> opened = store.open();
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_EQ(store.takeNotices().size(), 1);
    EXPECT_EQ(QDir(m_dir.path())
                  .entryList({QStringLiteral("probes.sqlite.corrupt-*")}, QDir::Files)
                  .size(),
              1);
    const auto stats = store.stats({QStringLiteral("m1")}, HistoryWindow::Day, kNow);
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->at(0).probes, 0); // a new, empty history
    ASSERT_TRUE(store.insert({sample(QStringLiteral("m1"), kNow - kMinute, 12.0)}));
}

TEST_F(ProbeStoreTest, LockedDatabaseFailsAsBusyWithinTheTimeoutAndWritesOnceFree)
{
    ProbeStore store(dbPath(), {300, ProbeStore::kDefaultRetentionDays});
    ASSERT_TRUE(store.open());
    ASSERT_TRUE(store.insert({sample(QStringLiteral("a"), kNow - 2 * kMinute, 10.0)}));
    {
        // Another program holding the write lock.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(dbPath());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")))
            << lock.lastError().text().toStdString();
        ASSERT_TRUE(lock.exec(QStringLiteral("DELETE FROM samples WHERE 0")));

        QElapsedTimer timer;
        timer.start();
        const Expected<void> written =
            store.insert({sample(QStringLiteral("a"), kNow - kMinute, 11.0)});
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().kind, CoreError::Kind::Busy);
        EXPECT_LT(timer.elapsed(), 300 + 2000); // the busy timeout, not a hang
        // Reading still works under another writer (WAL).
        const auto stats = store.stats({QStringLiteral("a")}, HistoryWindow::Day, kNow);
        ASSERT_TRUE(stats);
        EXPECT_EQ(stats->at(0).probes, 1);

        ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_TRUE(QDir(m_dir.path())
                    .entryList({QStringLiteral("probes.sqlite.corrupt-*")}, QDir::Files)
                    .isEmpty()); // locked is not damaged: nothing moved
    ASSERT_TRUE(store.insert({sample(QStringLiteral("a"), kNow - kMinute, 11.0)}));
    EXPECT_EQ(store.stats({QStringLiteral("a")}, HistoryWindow::Day, kNow)->at(0).probes, 2);
}

TEST_F(ProbeStoreTest, TwoWritersOnOneFileBothLand)
{
    ProbeStore first(dbPath());
    ProbeStore second(dbPath());
    ASSERT_TRUE(first.open());
    ASSERT_TRUE(second.open());
    for (int i = 0; i < 50; ++i) {
        ASSERT_TRUE(first.insert({sample(QStringLiteral("a"), kNow - i * 1000 - 1, 10.0)}));
        ASSERT_TRUE(second.insert({sample(QStringLiteral("a"), kNow - i * 1000 - 2, 20.0)}));
    }
    const auto stats = first.stats({QStringLiteral("a")}, HistoryWindow::Day, kNow);
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->at(0).probes, 100);
    EXPECT_DOUBLE_EQ(*stats->at(0).p50Ms, 10.0);
    EXPECT_DOUBLE_EQ(*stats->at(0).p95Ms, 20.0);
}

TEST(LatencyHistogramTest, BlobRoundTripsAndBadBlobIsEmpty)
{
    LatencyHistogram h;
    for (double ms : {0.05, 1.0, 12.5, 12.6, 999.0, 1e9})
        h.add(ms);
    bool ok = false;
    const LatencyHistogram back = LatencyHistogram::fromBlob(h.toBlob(), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(back.total(), 6u);
    EXPECT_EQ(back.percentile(50), h.percentile(50));
    EXPECT_TRUE(LatencyHistogram::fromBlob(QByteArray("12345"), &ok).isEmpty());
    EXPECT_FALSE(ok);
    for (double ms : {0.2, 3.0, 47.0, 1234.0, 60000.0})
        EXPECT_NEAR(LatencyHistogram::valueOf(LatencyHistogram::binOf(ms)), ms,
                    ms * LatencyHistogram::kRelativeError);
}

TEST_F(ProbeStoreTest, RecorderWritesOffThreadAndAnswersWithTheStoreNumbers)
{
    auto clock = std::make_shared<ManualClock>(kNow);
    ProbeRecorder recorder(dbPath(), clock);
    QSignalSpy problems(&recorder, &ProbeRecorder::problem);
    for (int i = 1; i <= 20; ++i) {
        ProbeResult r;
        r.mirrorId = QStringLiteral("a");
        r.ecosystem = QStringLiteral("npm");
        r.ok = i % 5 != 0;
        r.error = r.ok ? ProbeErrorKind::None : ProbeErrorKind::Refused;
        r.latencyMs = double(i);
        recorder.record(r);
    }
    ProbeResult cancelled;
    cancelled.mirrorId = QStringLiteral("a");
    cancelled.error = ProbeErrorKind::Cancelled;
    recorder.record(cancelled); // not a measurement: not stored
    QSignalSpy ready(&recorder, &ProbeRecorder::statsReady);
    const quint64 ticket = recorder.requestStats({QStringLiteral("a")}, HistoryWindow::Day);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(ready.at(0).at(0).toULongLong(), ticket);
    const auto stats = ready.at(0).at(1).value<QList<MirrorHistoryStats>>();
    ASSERT_EQ(stats.size(), 1);
    EXPECT_EQ(stats.at(0).probes, 20);
    EXPECT_EQ(stats.at(0).okProbes, 16);
    // 16 successes: 1..19 without 5, 10, 15. Nearest rank 8 of 16 is 9; rank 15 is 18.
    EXPECT_DOUBLE_EQ(*stats.at(0).p50Ms, 9.0);
    EXPECT_DOUBLE_EQ(*stats.at(0).p95Ms, 19.0);
    EXPECT_EQ(problems.size(), 0);
}

TEST_F(ProbeStoreTest, RecorderReportsADamagedFileAndKeepsRecording)
{
    {
        QFile file(dbPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    auto clock = std::make_shared<ManualClock>(kNow);
    ProbeRecorder recorder(dbPath(), clock);
    QSignalSpy problems(&recorder, &ProbeRecorder::problem);
    ProbeSample s = sample(QStringLiteral("a"), kNow - 1000, 5.0);
    recorder.record(s);
    QSignalSpy ready(&recorder, &ProbeRecorder::statsReady);
    recorder.requestStats({QStringLiteral("a")}, HistoryWindow::Day);
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_GE(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QStringLiteral(".corrupt-")));
    EXPECT_EQ(ready.at(0).at(1).value<QList<MirrorHistoryStats>>().at(0).probes, 1);
}

TEST_F(ProbeStoreTest, RecorderReportsALockedDatabaseOnceAndWritesWhenFree)
{
    {
        ProbeStore create(dbPath());
        ASSERT_TRUE(create.open());
    }
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lk"));
    other.setDatabaseName(dbPath());
    ASSERT_TRUE(other.open());
    auto lock = std::make_unique<QSqlQuery>(other);
    ASSERT_TRUE(lock->exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(lock->exec(QStringLiteral("DELETE FROM samples WHERE 0")));

    auto clock = std::make_shared<ManualClock>(kNow);
    ProbeRecorder recorder(dbPath(), clock, {200, ProbeStore::kDefaultRetentionDays});
    QSignalSpy problems(&recorder, &ProbeRecorder::problem);
    QSignalSpy idle(&recorder, &ProbeRecorder::idle);
    recorder.record(sample(QStringLiteral("a"), kNow - 1000, 5.0));
    recorder.flush();
    ASSERT_TRUE(idle.wait(10000));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QStringLiteral("locked")));

    ASSERT_TRUE(lock->exec(QStringLiteral("ROLLBACK")));
    lock.reset();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lk"));

    QSignalSpy ready(&recorder, &ProbeRecorder::statsReady);
    recorder.requestStats({QStringLiteral("a")}, HistoryWindow::Day);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(ready.at(0).at(1).value<QList<MirrorHistoryStats>>().at(0).probes, 1);
    EXPECT_EQ(problems.size(), 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
