// The charts: bounded memory whatever the sample rate, incremental updates of the same series,
// a legend that toggles lines, a window selector, and tool-tips with exact values.

#include "widgets/LatencyChartView.h"
#include "widgets/ThroughputChartView.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace {

constexpr qint64 kStart = 1700000000000;

Mirror makeMirror(const QString &id)
{
    Mirror m;
    m.id = id;
    m.ecosystem = QStringLiteral("npm");
    m.url = QStringLiteral("http://127.0.0.1:9/");
    m.name = QStringLiteral("Mirror ") + id;
    m.nameZh = QStringLiteral("镜像 ") + id;
    return m;
}

struct ChartFixture
{
    ChartFixture()
    {
        view.setClock(clock);
        view.setMirrors({makeMirror("a"), makeMirror("b"), makeMirror("c")});
    }
    // `seconds` samples at 1 Hz for every mirror, flushed to the lines every 100 samples as the
    // live chart would be.
    void feed(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            clock->advance(1000);
            for (const char *id : {"a", "b", "c"})
                view.addSample(QString::fromLatin1(id), clock->nowMs(), 20.0 + (i % 50));
            if (i % 100 == 0)
                view.flushNow();
        }
        view.flushNow();
    }

    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kStart);
    LatencyChartView view;
};

} // namespace

TEST(LatencyHistory, BucketsStayBoundedAfterTwoDaysAtOneHertz)
{
    LatencyHistory history;
    const int seconds = 2 * 24 * 3600;
    for (int i = 0; i < seconds; ++i)
        history.addSample(QStringLiteral("m"), kStart + qint64(i) * 1000,
                          i % 10 == 0 ? std::nullopt : std::optional<double>(30.0));
    for (ChartWindow window : {ChartWindow::FiveMinutes, ChartWindow::OneHour, ChartWindow::Day}) {
        EXPECT_LE(history.bucketCount(QStringLiteral("m"), window),
                  LatencyHistory::maxBuckets(window));
        EXPECT_GE(history.bucketCount(QStringLiteral("m"), window),
                  LatencyHistory::maxBuckets(window) - 3);
    }
    EXPECT_EQ(LatencyHistory::maxBuckets(ChartWindow::FiveMinutes), 152);
    EXPECT_EQ(LatencyHistory::maxBuckets(ChartWindow::Day), 182);
}

TEST(LatencyHistory, SingleSampleBucketsAreExactAndLongWindowsAverage)
{
    LatencyHistory history;
    history.addSample(QStringLiteral("m"), kStart + 100, 10.0);
    history.addSample(QStringLiteral("m"), kStart + 2100, 30.0);
    history.addSample(QStringLiteral("m"), kStart + 4100, std::nullopt);
    const auto raw = history.points(QStringLiteral("m"), ChartWindow::FiveMinutes, kStart + 5000);
    ASSERT_EQ(raw.size(), 2);
    EXPECT_EQ(raw.at(0), QPointF(double(kStart + 100), 10.0));
    EXPECT_EQ(raw.at(1), QPointF(double(kStart + 2100), 30.0));

    // In the 24 h window all three fall into one 8-minute bucket: mean of the successes.
    const auto day = history.points(QStringLiteral("m"), ChartWindow::Day, kStart + 5000);
    ASSERT_EQ(day.size(), 1);
    EXPECT_DOUBLE_EQ(day.at(0).y(), 20.0);
    const auto bucket = history.bucketNear(QStringLiteral("m"), ChartWindow::Day, kStart);
    ASSERT_TRUE(bucket.has_value());
    EXPECT_EQ(bucket->count, 2);
    EXPECT_EQ(bucket->failures, 1);
    EXPECT_DOUBLE_EQ(bucket->minLatency, 10.0);
    EXPECT_DOUBLE_EQ(bucket->maxLatency, 30.0);
}

TEST(LatencyHistory, OldPointsLeaveTheWindow)
{
    LatencyHistory history;
    history.addSample(QStringLiteral("m"), kStart, 10.0);
    history.addSample(QStringLiteral("m"), kStart + 10 * 60 * 1000, 20.0);
    const auto points =
        history.points(QStringLiteral("m"), ChartWindow::FiveMinutes, kStart + 10 * 60 * 1000);
    ASSERT_EQ(points.size(), 1);
    EXPECT_DOUBLE_EQ(points.at(0).y(), 20.0);
}

TEST(LatencyChart, PointCountIsCappedAfterManySamples)
{
    ChartFixture f;
    f.feed(3 * 3600);
    for (const char *id : {"a", "b", "c"}) {
        QLineSeries *series = f.view.seriesFor(QString::fromLatin1(id));
        ASSERT_NE(series, nullptr);
        EXPECT_LE(series->count(), LatencyHistory::maxBuckets(ChartWindow::FiveMinutes));
        EXPECT_GE(series->count(), 145);
    }
    f.view.setWindow(ChartWindow::Day);
    // Three hours of 1 Hz samples in 8-minute buckets: about 23 points, not 10,800.
    EXPECT_LE(f.view.seriesFor(QStringLiteral("a"))->count(), 25);
    EXPECT_GE(f.view.seriesFor(QStringLiteral("a"))->count(), 22);
}

TEST(LatencyChart, NewPointsAreAppendedToTheSameSeries)
{
    ChartFixture f;
    f.feed(20);
    QLineSeries *series = f.view.seriesFor(QStringLiteral("a"));
    const qsizetype before = series->count();
    QSignalSpy replaced(series, &QXYSeries::pointsReplaced);
    QSignalSpy added(series, &QXYSeries::pointAdded);

    f.clock->advance(2000); // a new 2-second bucket
    f.view.addSample(QStringLiteral("a"), f.clock->nowMs(), 77.0);
    f.view.flushNow();

    EXPECT_EQ(f.view.seriesFor(QStringLiteral("a")), series);
    EXPECT_EQ(replaced.count(), 0);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(series->count(), before + 1);
    EXPECT_EQ(series->points().constLast(), QPointF(double(f.clock->nowMs()), 77.0));
}

TEST(LatencyChart, AFullWindowSlidesWithOneChangePerLine)
{
    ChartFixture f;
    f.feed(400); // past the 5-minute span: every new point pushes an old one out
    QLineSeries *series = f.view.seriesFor(QStringLiteral("a"));
    const qsizetype before = series->count();
    QSignalSpy replaced(series, &QXYSeries::pointsReplaced);
    QSignalSpy added(series, &QXYSeries::pointAdded);
    QSignalSpy removed(series, &QXYSeries::pointsRemoved);

    f.clock->advance(2000);
    f.view.addSample(QStringLiteral("a"), f.clock->nowMs(), 77.0);
    f.view.flushNow();

    // Qt Charts recomputes a whole line per change, so a slide is one replace, not a remove
    // and an append; the series object stays.
    EXPECT_EQ(f.view.seriesFor(QStringLiteral("a")), series);
    EXPECT_EQ(replaced.count() + added.count() + removed.count(), 1);
    EXPECT_EQ(series->count(), before);
    EXPECT_EQ(series->points().constLast(), QPointF(double(f.clock->nowMs()), 77.0));
}

TEST(LatencyChart, LegendMarkerClickTogglesItsLine)
{
    ChartFixture f;
    f.view.show(); // legend items are only visible in a shown chart
    f.feed(10);
    QLineSeries *series = f.view.seriesFor(QStringLiteral("b"));
    const auto markers = f.view.chart()->legend()->markers(series);
    ASSERT_EQ(markers.size(), 1);
    EXPECT_TRUE(markers.first()->isVisible());

    Q_EMIT markers.first()->clicked();
    EXPECT_FALSE(series->isVisible());
    EXPECT_FALSE(f.view.isSeriesShown(QStringLiteral("b")));
    EXPECT_TRUE(markers.first()->isVisible()); // still clickable to bring the line back
    EXPECT_TRUE(markers.first()->font().strikeOut());

    Q_EMIT markers.first()->clicked();
    EXPECT_TRUE(series->isVisible());
    EXPECT_FALSE(markers.first()->font().strikeOut());
}

TEST(LatencyChart, ContextMenuShowsAndHidesLinesFromTheKeyboard)
{
    ChartFixture f;
    std::unique_ptr<QMenu> menu(f.view.createLinesMenu(nullptr));
    const auto actions = menu->actions();
    ASSERT_GE(actions.size(), 3);
    EXPECT_EQ(actions.at(1)->text(), QStringLiteral("Mirror b"));
    EXPECT_TRUE(actions.at(1)->isChecked());
    actions.at(1)->trigger(); // unchecks
    EXPECT_FALSE(f.view.isSeriesShown(QStringLiteral("b")));
    EXPECT_FALSE(f.view.seriesFor(QStringLiteral("b"))->isVisible());
    actions.constLast()->trigger(); // "Show all lines"
    EXPECT_TRUE(f.view.isSeriesShown(QStringLiteral("b")));
}

TEST(LatencyChart, WindowSwitchEmitsAndKeepsSeries)
{
    ChartFixture f;
    f.feed(30);
    QLineSeries *series = f.view.seriesFor(QStringLiteral("a"));
    QSignalSpy changed(&f.view, &LatencyChartView::windowChanged);
    f.view.setWindow(ChartWindow::OneHour);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(f.view.seriesFor(QStringLiteral("a")), series);
    EXPECT_EQ(series->count(), 2); // 30 s in 20-second buckets, the last one partly filled
}

TEST(LatencyChart, ToolTipShowsTheExactValue)
{
    ChartFixture f;
    f.clock->advance(1000);
    f.view.addSample(QStringLiteral("c"), f.clock->nowMs(), 37.0);
    f.view.flushNow();
    const QString tip = f.view.toolTipFor(QStringLiteral("c"), f.clock->nowMs());
    EXPECT_TRUE(tip.contains(QStringLiteral("Mirror c"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("37 ms"))) << tip.toStdString();
}

TEST(LatencyChart, RemovedMirrorLosesItsLineAndHistory)
{
    ChartFixture f;
    f.feed(5);
    f.view.setMirrors({makeMirror("a"), makeMirror("c")});
    EXPECT_EQ(f.view.seriesFor(QStringLiteral("b")), nullptr);
    EXPECT_EQ(f.view.history().bucketCount(QStringLiteral("b"), ChartWindow::FiveMinutes), 0);
    EXPECT_EQ(f.view.chart()->series().size(), 2);
}

TEST(ThroughputChart, BarsShowTheLatestDownloadWithExactToolTip)
{
    auto clock = std::make_shared<ManualClock>(kStart);
    ThroughputChartView view;
    view.setClock(clock);
    view.setMirrors({makeMirror("a"), makeMirror("b")});
    view.setThroughput(QStringLiteral("a"), 3.0e6);
    view.setThroughput(QStringLiteral("b"), std::nullopt); // not measured this round
    view.flushNow();
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("a")), 3.0);
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("b")), 0.0);
    EXPECT_TRUE(view.toolTipFor(QStringLiteral("a")).contains(QStringLiteral("3.00 MB/s")));
    EXPECT_TRUE(view.toolTipFor(QStringLiteral("b")).contains(QStringLiteral("Not measured")));

    // A later round without a download keeps the bar; a new download replaces it.
    view.setThroughput(QStringLiteral("a"), std::nullopt);
    view.setThroughput(QStringLiteral("b"), 500.0e3);
    view.flushNow();
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("a")), 3.0);
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("b")), 0.5);
}

TEST(ThroughputChart, MirrorsSharingADisplayNameKeepTheirOwnBars)
{
    ThroughputChartView view;
    Mirror first = makeMirror("a");
    Mirror second = makeMirror("b");
    second.name = first.name; // e.g. two company registries both called "Mirror a"
    view.setMirrors({first, second});
    view.setThroughput(QStringLiteral("a"), 1.0e6);
    view.setThroughput(QStringLiteral("b"), 2.0e6);
    view.flushNow();
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("a")), 1.0);
    EXPECT_DOUBLE_EQ(view.barValue(QStringLiteral("b")), 2.0);
    EXPECT_EQ(view.chart()->axes(Qt::Vertical).first()->property("count").toInt(), 2);
}

TEST(LatencyChart, HasATitleAndTicksOnRoundTimes)
{
    ChartFixture f;
    f.clock->advance(17'345); // an awkward moment: 12:xx:17.345
    f.feed(3);
    f.view.resize(700, 300);
    f.view.show();
    QCoreApplication::processEvents();
    EXPECT_FALSE(f.view.chart()->title().isEmpty());
    const auto axes = f.view.chart()->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    const auto *time = qobject_cast<QDateTimeAxis *>(axes.first());
    ASSERT_NE(time, nullptr);
    const qint64 min = time->min().toMSecsSinceEpoch();
    const qint64 max = time->max().toMSecsSinceEpoch();
    const qint64 step = (max - min) / (time->tickCount() - 1);
    // Every tick on a whole step (a whole minute for the five-minute window), the newest point
    // inside the range, the whole window shown.
    EXPECT_EQ(step, 60'000);
    EXPECT_EQ((min + time->min().offsetFromUtc() * 1000LL) % step, 0);
    EXPECT_GE(max, f.clock->nowMs());
    EXPECT_GE(max - min, 5 * 60'000);
    EXPECT_EQ(LatencyChartView::tickStepMs(60 * 60'000, 7), 600'000);
    EXPECT_EQ(LatencyChartView::tickStepMs(24 * 3'600'000LL, 7), 14'400'000);
}

TEST(LatencyChart, LegendStaysBelowThePlotWithLongNames)
{
    auto clock = std::make_shared<ManualClock>(kStart);
    LatencyChartView view;
    view.setClock(clock);
    QList<Mirror> mirrors;
    for (const char *id : {"a", "b", "c", "d", "e", "f"}) {
        Mirror m = makeMirror(id);
        m.name = QStringLiteral("A rather long mirror name for %1 (loopback)").arg(id);
        mirrors << m;
    }
    view.setMirrors(mirrors);
    view.resize(420, 300);
    view.show();
    QCoreApplication::processEvents();
    // Below, never a column on the right that takes half of a small plot.
    EXPECT_EQ(view.chart()->legend()->alignment(), Qt::AlignBottom);
    EXPECT_GT(view.chart()->plotArea().width(), view.width() * 0.6);
}
