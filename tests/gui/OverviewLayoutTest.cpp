// The overview's lower half and the pages' layout at the two screen sizes users have: the
// cards' latency sparklines draw the buckets a real probe database stores, the recent-changes
// list shows what real ConfigWriter edits recorded (newest first, shared files too) and opens
// the tool's history; tool pages carry a title; at 1024×640 the header card leaves the tabs
// their room and the table keeps Name, State, Latency and Throughput in view; at 1400×900 every
// row of the longest catalog fits; the throughput chart's names are never cut.

#include "ShellFixture.h"

#include "MainWindow.h"
#include "MonitorController.h"
#include "config/ConfigWriter.h"
#include "config/EcosystemConfig.h"
#include "credentials/NetrcEditor.h"
#include "dialogs/HistoryDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/EcosystemSummaryCard.h"
#include "pages/OverviewPage.h"
#include "probe/Clock.h"
#include "probe/ProbeEngine.h"
#include "probedb/ProbeRecorder.h"
#include "probedb/ProbeStore.h"
#include "widgets/LatencySparkline.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"
#include "widgets/ThroughputChartView.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

constexpr qint64 kMinute = 60 * 1000;
// A round hour, so the sparkline's buckets are known: the last one starts 2 minutes before.
constexpr qint64 kNow = 1700000000000 - (1700000000000 % (60 * kMinute)) + 30 * 1000;

ProbeSample sample(qint64 atMs, const QString &id, std::optional<double> ms)
{
    ProbeSample s;
    s.atMs = atMs;
    s.mirrorId = id;
    s.ecosystem = QStringLiteral("go");
    s.ok = ms.has_value();
    if (!s.ok)
        s.error = QStringLiteral("timeout");
    s.latencyMs = ms;
    return s;
}

void applyEdit(ChangeHistory &history, const QString &ecosystem, const QString &key,
               const QString &value, const ToolEnvironment &environment)
{
    const std::unique_ptr<EcosystemConfig> config =
        EcosystemRegistry::create(ecosystem, environment);
    ASSERT_TRUE(config);
    const Expected<ConfigChange> change = config->planSet(key, value);
    ASSERT_TRUE(change.hasValue()) << change.error().message.toStdString();
    ConfigWriter writer(&history);
    const Expected<QString> id = writer.apply(*change);
    ASSERT_TRUE(id.hasValue()) << id.error().message.toStdString();
    ASSERT_FALSE(id->isEmpty());
    QTest::qWait(15); // distinct times: the order under test is the order of writing
}

} // namespace

TEST(OverviewGui, SparklineDrawsTheStoredBucketsOfTheMirrorInUse)
{
    ShellFixture f;
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=http://127.0.0.1:9/go-a,direct\n");
    const QString database = f.home.path(QStringLiteral("probes.sqlite"));
    const qint64 width = EcosystemSummaryCard::kSparklineBucketMs;
    const qint64 lastStart = ProbeStore::bucketStart(kNow, width);
    const qint64 firstStart = lastStart - (EcosystemSummaryCard::kSparklineBuckets - 1) * width;
    {
        ProbeStore store(database);
        ASSERT_TRUE(store.open());
        QList<ProbeSample> rows;
        // Older than the hour: not drawn.
        rows << sample(firstStart - 10 * kMinute, QStringLiteral("go-a"), 999.0);
        // Three buckets with three samples each (median 40, 150, 300), one that only failed.
        for (const double ms : {10.0, 40.0, 90.0})
            rows << sample(firstStart + 1000 + qint64(ms), QStringLiteral("go-a"), ms);
        for (const double ms : {120.0, 150.0, 400.0})
            rows << sample(firstStart + 3 * width + qint64(ms), QStringLiteral("go-a"), ms);
        for (const double ms : {300.0, 250.0, 320.0})
            rows << sample(lastStart + qint64(ms), QStringLiteral("go-a"), ms);
        rows << sample(firstStart + 5 * width + 10, QStringLiteral("go-a"), std::nullopt);
        rows << sample(firstStart + 5 * width + 20, QStringLiteral("go-a"), std::nullopt);
        // Another mirror's: never mixed in.
        rows << sample(lastStart + 5, QStringLiteral("go-b"), 5.0);
        ASSERT_TRUE(store.insert(rows));
    }

    auto clock = std::make_shared<ManualClock>(kNow);
    ProbeRecorder recorder(database, clock);
    QObject owner;
    ConfigService service(QStringLiteral("go"), f.context, &owner);
    OverviewPage page({&service}, nullptr);
    page.setHistory(&recorder);
    service.reload();
    ASSERT_EQ(page.cards().size(), 1);
    EcosystemSummaryCard *card = page.cards().first();
    LatencySparkline *sparkline = card->sparkline();
    ASSERT_TRUE(waitFor([&]() { return !sparkline->points().isEmpty(); }))
        << "the sparkline never received the stored buckets";

    const QList<LatencySparkline::Point> points = sparkline->points();
    ASSERT_EQ(points.size(), EcosystemSummaryCard::kSparklineBuckets);
    EXPECT_EQ(points.first().startMs, firstStart);
    EXPECT_EQ(points.last().startMs, lastStart);
    EXPECT_EQ(sparkline->mirrorName(), QStringLiteral("Go Alpha"));
    for (int i = 0; i < points.size(); ++i) {
        const LatencySparkline::Point &p = points.at(i);
        SCOPED_TRACE(i);
        if (i == 0) {
            ASSERT_TRUE(p.medianMs);
            EXPECT_DOUBLE_EQ(*p.medianMs, 40.0);
            EXPECT_EQ(p.samples, 3);
        } else if (i == 3) {
            ASSERT_TRUE(p.medianMs);
            EXPECT_DOUBLE_EQ(*p.medianMs, 150.0);
        } else if (i == 5) {
            EXPECT_FALSE(p.medianMs);
            EXPECT_EQ(p.failures, 2);
        } else if (i == points.size() - 1) {
            ASSERT_TRUE(p.medianMs);
            EXPECT_DOUBLE_EQ(*p.medianMs, 300.0);
        } else {
            EXPECT_FALSE(p.medianMs);
            EXPECT_EQ(p.samples, 0);
        }
    }
    // The numbers are in words too: latest, lowest, highest, the failures, and the grade of the
    // latest by the thresholds (seed: 100 / 200 ms, so 300 ms is slow).
    const QString summary = sparkline->accessibleDescription();
    EXPECT_EQ(sparkline->toolTip(), summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("Go Alpha"))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("300 ms"))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("40 ms"))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(QStringLiteral("2 failed probe"))) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(LatencyGrade::text(LatencyGrade::Slow, LatencyThresholds{})))
        << qPrintable(summary);
    EXPECT_FALSE(sparkline->accessibleName().isEmpty());
    f.pool.waitForDone();
}

TEST(OverviewGui, RecentChangesListsRealEditsNewestFirstAndOpensTheHistory)
{
    ShellFixture f;
    ChangeHistory &history = *f.context.history;
    const ToolEnvironment &env = f.context.environment;
    applyEdit(history, QStringLiteral("go"), QStringLiteral("GOPROXY"),
              QStringLiteral("http://127.0.0.1:9/go-a"), env);
    applyEdit(history, QStringLiteral("npm"), QStringLiteral("registry"),
              QStringLiteral("http://127.0.0.1:9/npm-a/"), env);
    {
        // A shared file's change, written as the private repositories page writes it.
        ConfigChange netrc;
        netrc.ecosystem = QStringLiteral("netrc");
        netrc.filePath = NetrcEditor::path(env);
        netrc.targetPath = netrc.filePath;
        netrc.after = NetrcEditor::withMachine(QByteArray(), QStringLiteral("git.corp.example"),
                                               QStringLiteral("me"), QStringLiteral("secret"));
        netrc.keyChanges = {
            {QStringLiteral("machine git.corp.example"), QString(), QStringLiteral("me")}};
        ConfigWriter writer(&history);
        ASSERT_TRUE(writer.apply(netrc).hasValue());
        QTest::qWait(15);
    }
    for (int i = 0; i < 7; ++i)
        applyEdit(history, i % 2 ? QStringLiteral("pip") : QStringLiteral("go"),
                  i % 2 ? QStringLiteral("global.index-url") : QStringLiteral("GOPRIVATE"),
                  i % 2 ? QStringLiteral("http://127.0.0.1:9/pip-%1/simple").arg(i)
                        : QStringLiteral("corp%1.example").arg(i),
                  env);
    applyEdit(history, QStringLiteral("npm"), QStringLiteral("registry"),
              QStringLiteral("http://127.0.0.1:9/npm-last/"), env);

    // What was written, newest first, straight from the history files.
    QList<HistoryEntry> all;
    for (const QString &id : EcosystemRegistry::ids() + OverviewPage::sharedHistoryIds())
        all += *history.entries(id);
    std::sort(all.begin(), all.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.time > b.time; });
    ASSERT_EQ(all.size(), 11);

    MainWindow window(f.context, loopbackCatalog(), nullptr);
    QTreeWidget *recent = window.overviewPage()->recentChanges();
    ASSERT_TRUE(waitFor([&]() {
        return recent->topLevelItemCount() == OverviewPage::kRecentShown;
    })) << recent->topLevelItemCount();
    for (int row = 0; row < OverviewPage::kRecentShown; ++row) {
        SCOPED_TRACE(row);
        const QTreeWidgetItem *item = recent->topLevelItem(row);
        EXPECT_EQ(item->text(2), all.at(row).summary);
        EXPECT_EQ(item->data(0, Qt::UserRole).toString(), all.at(row).ecosystem);
    }
    EXPECT_EQ(recent->topLevelItem(0)->text(1), QStringLiteral("npm"));
    EXPECT_TRUE(recent->topLevelItem(0)->text(2).contains(QStringLiteral("npm-last")));
    // The shared file's entry is the 9th newest: out of the 8 shown. One more edit of the overview
    // pushes the oldest out; a newer netrc change shows with its name.
    {
        ConfigChange netrc;
        netrc.ecosystem = QStringLiteral("netrc");
        netrc.filePath = NetrcEditor::path(env);
        netrc.targetPath = netrc.filePath;
        netrc.existedBefore = true;
        netrc.before = f.home.readFile(QStringLiteral(".netrc"));
        netrc.after = NetrcEditor::withoutMachine(netrc.before, QStringLiteral("git.corp.example"),
                                                  QStringLiteral("me"));
        netrc.keyChanges = {
            {QStringLiteral("machine git.corp.example"), QStringLiteral("me"), QString()}};
        ConfigWriter writer(&history);
        ASSERT_TRUE(writer.apply(netrc).hasValue());
    }
    window.overviewPage()->reloadSharedHistories();
    ASSERT_TRUE(waitFor([&]() {
        return recent->topLevelItem(0)->data(0, Qt::UserRole).toString() == QLatin1String("netrc");
    }));
    EXPECT_EQ(recent->topLevelItem(0)->text(1), QStringLiteral(".netrc"));
    EXPECT_EQ(recent->topLevelItemCount(), OverviewPage::kRecentShown);

    // Double click (activation) on a tool's entry opens that tool's history dialog.
    window.show();
    QTreeWidgetItem *npmItem = recent->topLevelItem(1);
    ASSERT_EQ(npmItem->data(0, Qt::UserRole).toString(), QStringLiteral("npm"));
    Q_EMIT recent->itemActivated(npmItem, 0);
    EcosystemPage *npmPage = window.ecosystemPage(QStringLiteral("npm"));
    ASSERT_TRUE(npmPage);
    EXPECT_EQ(window.currentPage(),
              1 + int(EcosystemRegistry::ids().indexOf(QStringLiteral("npm"))));
    ASSERT_TRUE(npmPage->historyDialog());
    EXPECT_TRUE(npmPage->historyDialog()->isVisible());
    npmPage->historyDialog()->close();
    window.hide();
    f.pool.waitForDone();
}

namespace {

// The built-in catalog's longest list has this many mirrors for one tool.
constexpr int kLongestCatalog = 13;

QList<Mirror> layoutCatalog()
{
    QList<Mirror> mirrors = loopbackCatalog();
    for (int i = 0; i < kLongestCatalog - 1; ++i) {
        Mirror mirror =
            testMirror(QStringLiteral("pip-%1").arg(i), QStringLiteral("pip"),
                       QStringLiteral("http://127.0.0.1:9/pip-%1/simple").arg(i),
                       QStringLiteral("Mirror %1 of pip, with a long descriptive name").arg(i));
        // Chinese from the first character: a CJK font's lines are taller than a Latin one's.
        mirror.nameZh = QStringLiteral("第 %1 个 pip 镜像，名称很长的那一种").arg(i);
        mirrors << mirror;
    }
    return mirrors;
}

// The window as main.cpp builds it, with an engine that is never started: no round runs, the
// panels get their mirrors.
struct LayoutWindow : ShellFixture
{
    ProbeEngine engine;
    MonitorController monitor{&engine};
    std::unique_ptr<MainWindow> window;

    explicit LayoutWindow(QSize size)
    {
        context.catalog = std::make_shared<MirrorCatalog>(layoutCatalog());
        window = std::make_unique<MainWindow>(context, layoutCatalog(), &monitor);
        window->resize(size);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~LayoutWindow()
    {
        window.reset();
        pool.waitForDone();
    }
    EcosystemPage *show(const QString &ecosystem)
    {
        EcosystemPage *page = window->ecosystemPage(ecosystem);
        window->showPage(1 + int(EcosystemRegistry::ids().indexOf(ecosystem)));
        const ConfigService *service = window->configService(ecosystem);
        EXPECT_TRUE(waitFor([service]() { return service->hasSnapshot(); }));
        QTest::qWait(50); // the layout settles
        return page;
    }
};

bool columnInView(const MirrorTableView *table, int column)
{
    const QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(column);
    return x >= 0 && x + header->sectionSize(column) <= table->viewport()->width();
}

} // namespace

TEST(PageLayoutGui, ToolPagesHaveATitleNamingTheToolAndItsFile)
{
    LayoutWindow f(QSize(1400, 900));
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=http://127.0.0.1:9/go-a\n");
    for (const QString &id : EcosystemRegistry::ids()) {
        SCOPED_TRACE(id.toStdString());
        EcosystemPage *page = f.show(id);
        ASSERT_TRUE(page->titleLabel());
        const ConfigService *service = f.window->configService(id);
        ASSERT_TRUE(waitFor([service]() { return service->hasSnapshot(); }));
        QTest::qWait(20);
        EXPECT_TRUE(page->titleLabel()->isVisible());
        const QString title = page->titleLabel()->accessibleName();
        EXPECT_TRUE(title.startsWith(service->displayName())) << qPrintable(title);
        const QString file = service->snapshot().userFilePath;
        if (!file.isEmpty()) {
            EXPECT_TRUE(page->titleLabel()->toolTip().contains(QDir::toNativeSeparators(file)));
            // The home folder is written "~".
            EXPECT_TRUE(title.contains(QStringLiteral(" — ~/"))) << qPrintable(title);
        }
        // Whole, or elided with the whole title a tool-tip away; never wider than the page.
        EXPECT_LE(page->titleLabel()->fontMetrics().horizontalAdvance(page->titleLabel()->text()),
                  page->width());
    }
    EcosystemPage *go = f.window->ecosystemPage(QStringLiteral("go"));
    EXPECT_EQ(go->titleLabel()->accessibleName(), QStringLiteral("Go — ~/.config/go/env"));
}

TEST(PageLayoutGui, AtSmallSizeTheCardStaysCompactAndTheKeyColumnsStayInView)
{
    LayoutWindow f(QSize(1024, 640));
    for (const QString &id : EcosystemRegistry::ids()) {
        SCOPED_TRACE(id.toStdString());
        EcosystemPage *page = f.show(id);
        // The header card leaves the tabs (the Settings tab's editor) most of the page.
        EXPECT_LE(page->card()->height(), page->height() * 2 / 5)
            << page->card()->height() << " of " << page->height();
        EXPECT_GE(page->tabs()->height(), page->height() / 2)
            << page->tabs()->height() << " of " << page->height();
        if (auto *notes = page->card()->findChild<QLabel *>(QStringLiteral("relationNotes"));
            notes && notes->isVisible()) {
            // One line; the notes whole in the tool-tip.
            EXPECT_LE(notes->height(), notes->fontMetrics().height() * 2);
            EXPECT_LE(notes->fontMetrics().horizontalAdvance(notes->text()), notes->width());
            for (const QString &note : page->card()->relationNotes())
                EXPECT_TRUE(notes->toolTip().contains(note));
        }
        const MirrorTableView *table = page->mirrorPanel()->tableView();
        EXPECT_EQ(table->horizontalScrollBar()->value(), 0);
        for (const int column :
             {int(MirrorTableModel::NameColumn), int(MirrorTableModel::StateColumn),
              int(MirrorTableModel::P50Column), int(MirrorTableModel::ThroughputColumn)})
            EXPECT_TRUE(columnInView(table, column)) << "column " << column;
    }
}

TEST(PageLayoutGui, AtLargeSizeEveryRowOfTheLongestListIsInView)
{
    LayoutWindow f(QSize(1400, 900));
    EcosystemPage *page = f.show(QStringLiteral("pip"));
    MirrorTableView *table = page->mirrorPanel()->tableView();
    ASSERT_EQ(table->model()->rowCount(), kLongestCatalog);
    QTest::qWait(50);
    EXPECT_EQ(table->verticalScrollBar()->maximum(), 0)
        << "the table scrolls: " << table->viewport()->height() << " px for "
        << table->model()->rowCount() << " rows";
    const int last = table->model()->rowCount() - 1;
    EXPECT_LE(table->rowViewportPosition(last) + table->rowHeight(last),
              table->viewport()->height());
}

TEST(PageLayoutGui, ThroughputChartNamesAreNeverCut)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        for (const QSize size : {QSize(1024, 640), QSize(1400, 900)}) {
            SCOPED_TRACE(language.toStdString() + " " + std::to_string(size.height()));
            LayoutWindow f(size);
            EcosystemPage *page = f.show(QStringLiteral("pip"));
            ThroughputChartView *chart = page->mirrorPanel()->throughputChart();
            chart->setUiLanguage(language);
            chart->flushNow();
            QTest::qWait(50);
            const QRectF bounds = chart->chart()->rect();
            const QStringList shown = chart->categoryLabels();
            ASSERT_EQ(shown.size(), kLongestCatalog);
            // Every label item the chart draws lies inside the chart's rect and is whole or elided
            // with its full name in the tool-tip.
            int labels = 0;
            for (QGraphicsItem *item : chart->scene()->items()) {
                QString text;
                if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    text = simple->text();
                else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    text = rich->toPlainText();
                if (!shown.contains(text) || !item->isVisible())
                    continue;
                ++labels;
                const QRectF box = item->sceneBoundingRect();
                EXPECT_TRUE(bounds.contains(box))
                    << text.toStdString() << " at " << box.top() << ".." << box.bottom() << ", "
                    << box.left() << ".." << box.right() << " in " << bounds.height() << "×"
                    << bounds.width();
            }
            EXPECT_EQ(labels, kLongestCatalog);
            for (const Mirror &mirror : page->mirrorPanel()->model()->mirrors()) {
                const QString full = mirror.displayName(language);
                const QString label = chart->categoryLabelFor(mirror.id);
                if (label != full) {
                    EXPECT_TRUE(label.contains(QChar(0x2026))) << label.toStdString();
                    EXPECT_TRUE(chart->toolTipFor(mirror.id).contains(full));
                }
            }
        }
}
