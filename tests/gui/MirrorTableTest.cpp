// The mirror table: rows follow results in place, texts and icons carry the state, names follow
// the UI language, sorting is numeric, and the row actions do what they say.

#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

namespace {

Mirror makeMirror(const QString &id, bool userDefined = false)
{
    Mirror m;
    m.id = id;
    m.ecosystem = QStringLiteral("go");
    m.url = QStringLiteral("http://127.0.0.1:9/") + id;
    m.name = QStringLiteral("Mirror ") + id;
    m.nameZh = QStringLiteral("镜像 ") + id;
    m.userDefined = userDefined;
    return m;
}

ProbeResult okResult(const QString &id, double latencyMs)
{
    ProbeResult r;
    r.mirrorId = id;
    r.ecosystem = QStringLiteral("go");
    r.ok = true;
    r.latencyMs = latencyMs;
    r.latencySamples = {latencyMs};
    r.state = HealthState::Up;
    r.score = 80;
    r.fresh = true;
    return r;
}

HealthSnapshot snapshotFor(HealthState state, std::optional<double> p50, int samples = 1)
{
    HealthSnapshot s;
    s.state = state;
    s.p50LatencyMs = p50;
    s.p95LatencyMs = p50;
    s.samples = samples;
    s.successRatio = state == HealthState::Down ? 0 : 1;
    s.availabilityPercent = s.successRatio * 100;
    return s;
}

QString cell(const MirrorTableModel &model, const QString &id, int column,
             int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), column).data(role).toString();
}

} // namespace

TEST(MirrorTable, ResultUpdatesItsRowWithoutResettingTheModel)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("a"), makeMirror("b")});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.applyResult(okResult("b", 42), snapshotFor(HealthState::Up, 42));

    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    const auto topLeft = changes.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changes.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), model.rowOf("b"));
    EXPECT_EQ(bottomRight.row(), model.rowOf("b"));
    EXPECT_EQ(cell(model, "b", MirrorTableModel::StateColumn), QStringLiteral("Up"));
    EXPECT_EQ(cell(model, "b", MirrorTableModel::P50Column), QStringLiteral("42 ms"));
    EXPECT_EQ(cell(model, "b", MirrorTableModel::AvailabilityColumn), QStringLiteral("100 %"));
    EXPECT_EQ(cell(model, "a", MirrorTableModel::StateColumn), QStringLiteral("Not tested"));
    EXPECT_EQ(cell(model, "a", MirrorTableModel::P50Column), QStringLiteral("—"));
}

TEST(MirrorTable, DownStateHasTextIconAndTheErrorInTheToolTip)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("dead")});
    ProbeResult r;
    r.mirrorId = QStringLiteral("dead");
    r.error = ProbeErrorKind::Refused;
    r.errorMessage = QStringLiteral("Connection refused by 127.0.0.1:9");
    r.state = HealthState::Down;
    HealthSnapshot s = snapshotFor(HealthState::Down, std::nullopt, 3);
    s.consecutiveFails = 3;
    model.applyResult(r, s);

    const QModelIndex state = model.index(0, MirrorTableModel::StateColumn);
    EXPECT_EQ(state.data().toString(), QStringLiteral("Down"));
    EXPECT_FALSE(state.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_NE(state.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
              model.index(0, MirrorTableModel::NameColumn)
                  .data(Qt::DecorationRole)
                  .value<QIcon>()
                  .cacheKey());
    const QString tip = state.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Connection refused by 127.0.0.1:9")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("3 consecutive failure"))) << tip.toStdString();
    EXPECT_EQ(state.data(MirrorTableModel::HealthStateRole).toInt(), int(HealthState::Down));
}

TEST(MirrorTable, StateIconsDifferPerState)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("up"), makeMirror("down")});
    model.applyResult(okResult("up", 10), snapshotFor(HealthState::Up, 10));
    ProbeResult down;
    down.mirrorId = QStringLiteral("down");
    down.error = ProbeErrorKind::Timeout;
    model.applyResult(down, snapshotFor(HealthState::Down, std::nullopt));
    const auto icon = [&](const char *id) {
        return model.index(model.rowOf(id), MirrorTableModel::StateColumn)
            .data(Qt::DecorationRole)
            .value<QIcon>()
            .pixmap(16, 16)
            .toImage();
    };
    EXPECT_FALSE(icon("up").isNull());
    EXPECT_NE(icon("up"), icon("down"));
}

TEST(MirrorTable, NamesFollowTheUiLanguage)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("a")});
    EXPECT_EQ(cell(model, "a", MirrorTableModel::NameColumn), QStringLiteral("Mirror a"));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setUiLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(cell(model, "a", MirrorTableModel::NameColumn), QStringLiteral("镜像 a"));
}

TEST(MirrorTable, RecommendedMirrorIsMarkedWithAStarNotOnlyColour)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("a"), makeMirror("b")});
    model.setRecommended(QStringLiteral("b"));
    EXPECT_TRUE(cell(model, "b", MirrorTableModel::NameColumn).startsWith(QStringLiteral("★")));
    EXPECT_FALSE(cell(model, "a", MirrorTableModel::NameColumn).startsWith(QStringLiteral("★")));
    EXPECT_TRUE(model.index(model.rowOf("b"), 0).data(Qt::FontRole).value<QFont>().bold());
}

TEST(MirrorTable, SortsLatencyNumericallyWithUnmeasuredMirrorsLast)
{
    MirrorTableModel model;
    model.setMirrors(
        {makeMirror("slow"), makeMirror("none"), makeMirror("fast"), makeMirror("mid")});
    model.applyResult(okResult("slow", 100), snapshotFor(HealthState::Up, 100));
    model.applyResult(okResult("fast", 9), snapshotFor(HealthState::Up, 9));
    model.applyResult(okResult("mid", 10), snapshotFor(HealthState::Up, 10));

    MirrorTableView view(&model);
    view.sortByColumn(MirrorTableModel::P50Column, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < view.proxyModel()->rowCount(); ++row)
        order << view.proxyModel()->index(row, 0).data(MirrorTableModel::MirrorIdRole).toString();
    EXPECT_EQ(order, QStringList({"fast", "mid", "slow", "none"}));

    // A new result re-sorts the rows live, without a reset.
    model.applyResult(okResult("none", 1), snapshotFor(HealthState::Up, 1));
    EXPECT_EQ(view.proxyModel()->index(0, 0).data(MirrorTableModel::MirrorIdRole).toString(),
              QStringLiteral("none"));
}

TEST(MirrorTable, ChangingTheMirrorListKeepsMeasurementsOfRemainingMirrors)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("a"), makeMirror("b")});
    model.applyResult(okResult("a", 33), snapshotFor(HealthState::Up, 33));
    model.setMirrors({makeMirror("c"), makeMirror("a")});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf("b"), -1);
    EXPECT_EQ(cell(model, "a", MirrorTableModel::P50Column), QStringLiteral("33 ms"));
    EXPECT_EQ(cell(model, "c", MirrorTableModel::P50Column), QStringLiteral("—"));
}

TEST(MirrorTable, SkippedProbeKeepsTheLastMeasurementVisible)
{
    MirrorTableModel model;
    model.setMirrors({makeMirror("a")});
    ProbeResult failed;
    failed.mirrorId = QStringLiteral("a");
    failed.error = ProbeErrorKind::Refused;
    failed.errorMessage = QStringLiteral("refused");
    model.applyResult(failed, snapshotFor(HealthState::Down, std::nullopt));
    ProbeResult skipped;
    skipped.mirrorId = QStringLiteral("a");
    skipped.error = ProbeErrorKind::Skipped;
    model.applyResult(skipped, snapshotFor(HealthState::Down, std::nullopt));
    const QString tip =
        model.index(0, MirrorTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("refused"))) << tip.toStdString();
}

class MirrorTableViewTest : public ::testing::Test
{
protected:
    void SetUp() override { model.setMirrors({makeMirror("catalog"), makeMirror("mine", true)}); }
    MirrorTableModel model;
};

TEST_F(MirrorTableViewTest, CopyUrlPutsTheRowUrlOnTheClipboard)
{
    MirrorTableView view(&model);
    ASSERT_TRUE(view.selectMirror(QStringLiteral("mine")));
    QApplication::clipboard()->clear();
    view.copyUrlAction()->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:9/mine"));
}

TEST_F(MirrorTableViewTest, UseAndTestActionsEmitTheCurrentMirror)
{
    MirrorTableView view(&model);
    QSignalSpy use(&view, &MirrorTableView::useMirrorRequested);
    QSignalSpy test(&view, &MirrorTableView::testNowRequested);
    ASSERT_TRUE(view.selectMirror(QStringLiteral("catalog")));
    view.useAction()->trigger();
    view.testAction()->trigger();
    ASSERT_EQ(use.count(), 1);
    EXPECT_EQ(use.at(0).at(0).value<Mirror>().id, QStringLiteral("catalog"));
    ASSERT_EQ(test.count(), 1);
    EXPECT_EQ(test.at(0).at(0).toString(), QStringLiteral("catalog"));
}

TEST_F(MirrorTableViewTest, EditAndRemoveOnlyForTheUsersOwnMirrors)
{
    MirrorTableView view(&model);
    QSignalSpy edit(&view, &MirrorTableView::editRequested);
    QSignalSpy remove(&view, &MirrorTableView::removeRequested);

    ASSERT_TRUE(view.selectMirror(QStringLiteral("catalog")));
    EXPECT_FALSE(view.editAction()->isEnabled());
    EXPECT_FALSE(view.removeAction()->isEnabled());
    view.editAction()->setEnabled(true); // even if forced, a catalog mirror is never edited
    view.editAction()->trigger();
    EXPECT_EQ(edit.count(), 0);

    ASSERT_TRUE(view.selectMirror(QStringLiteral("mine")));
    EXPECT_TRUE(view.editAction()->isEnabled());
    EXPECT_TRUE(view.removeAction()->isEnabled());
    view.removeAction()->trigger();
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(remove.at(0).at(0).value<Mirror>().id, QStringLiteral("mine"));
}

TEST_F(MirrorTableViewTest, NoActionWithoutACurrentRow)
{
    MirrorTableView view(&model);
    view.setCurrentIndex({});
    EXPECT_FALSE(view.useAction()->isEnabled());
    EXPECT_FALSE(view.copyUrlAction()->isEnabled());
}

TEST_F(MirrorTableViewTest, ContextMenuOffersEditAndRemoveOnlyOnTheUsersOwnRows)
{
    MirrorTableView view(&model);
    view.resize(900, 300);
    view.show();
    const auto menuFor = [&](const char *id) -> QStringList {
        const int row = view.proxyModel()
                            ->mapFromSource(model.index(model.rowOf(QString::fromLatin1(id)), 0))
                            .row();
        const QPoint pos = view.visualRect(view.proxyModel()->index(row, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &event);
        QMenu *menu = view.findChild<QMenu *>();
        QStringList texts;
        if (!menu)
            return texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        menu->close(); // deletes itself
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return texts;
    };
    EXPECT_EQ(menuFor("catalog"), QStringList({"&Use this mirror", "&Test now", "&Copy URL"}));
    EXPECT_EQ(menuFor("mine"),
              QStringList({"&Use this mirror", "&Test now", "&Copy URL", "&Edit…", "&Remove"}));
    EXPECT_EQ(view.currentMirror()->id, QStringLiteral("mine")); // the clicked row
}
