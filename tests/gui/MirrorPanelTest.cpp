// The mirror panel on its own (no engine): a simulated round picks the recommendation with the
// engine's rule, the panel retranslates on LanguageChange, its layout state round-trips, and
// the charts follow a dark palette.

#include "widgets/MirrorPanel.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QSignalSpy>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

Mirror makeMirror(const QString &id)
{
    Mirror m;
    m.id = id;
    m.ecosystem = QStringLiteral("pip");
    m.url = QStringLiteral("http://127.0.0.1:9/") + id + QStringLiteral("/simple");
    m.name = QStringLiteral("Mirror ") + id;
    m.nameZh = QStringLiteral("镜像 ") + id;
    return m;
}

ProbeResult result(const QString &id, bool ok, double latencyMs, double score)
{
    ProbeResult r;
    r.mirrorId = id;
    r.ecosystem = QStringLiteral("pip");
    r.ok = ok;
    r.error = ok ? ProbeErrorKind::None : ProbeErrorKind::Refused;
    if (ok)
        r.latencyMs = latencyMs;
    r.state = ok ? HealthState::Up : HealthState::Down;
    r.score = score;
    r.fresh = true;
    return r;
}

// Marks every string of the panel's own contexts, so the test sees what was retranslated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ctx(context);
        if (ctx == "MirrorPanel" || ctx == "MirrorTableModel")
            return QStringLiteral("T:") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST(MirrorPanel, SimulatedRoundRecommendsTheBestUsableMirror)
{
    auto clock = std::make_shared<ManualClock>();
    MirrorPanel panel;
    panel.setEcosystem(QStringLiteral("pip"));
    panel.setClock(clock);
    panel.setMirrors({makeMirror("a"), makeMirror("b"), makeMirror("c")});
    QSignalSpy recommended(&panel, &MirrorPanel::recommendedChanged);

    panel.roundStarted();
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Testing")));
    panel.applyResult(result("a", true, 80, 60), {});
    panel.applyResult(result("b", true, 20, 90), {});
    panel.applyResult(result("c", false, 0, 95), {}); // failed: never recommended
    panel.roundFinished();

    ASSERT_EQ(recommended.count(), 1);
    EXPECT_EQ(recommended.at(0).at(0).toString(), QStringLiteral("b"));
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Last test")))
        << panel.statusText().toStdString();
}

TEST(MirrorPanel, LanguageChangeRetranslatesToolbarAndTable)
{
    MirrorPanel panel;
    panel.setEcosystem(QStringLiteral("pip"));
    panel.setMirrors({makeMirror("a")});
    QToolButton *test = nullptr;
    for (QToolButton *button : panel.findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Test now"))
            test = button;
    }
    ASSERT_NE(test, nullptr);

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator); // sends LanguageChange to every widget
    QCoreApplication::processEvents();
    EXPECT_EQ(test->text(), QStringLiteral("T:Test now"));
    EXPECT_EQ(panel.model()->headerData(MirrorTableModel::StateColumn, Qt::Horizontal).toString(),
              QStringLiteral("T:State"));
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("T:")))
        << panel.statusText().toStdString();

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(test->text(), QStringLiteral("Test now"));
}

TEST(MirrorPanel, SavedStateRestoresChartWindowAndRejectsGarbage)
{
    MirrorPanel panel;
    panel.setChartWindow(ChartWindow::Day);
    const QByteArray state = panel.saveState();

    MirrorPanel other;
    QSignalSpy changed(&other, &MirrorPanel::chartWindowChanged);
    ASSERT_TRUE(other.restoreState(state));
    EXPECT_EQ(other.chartWindow(), ChartWindow::Day);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(other.findChild<QComboBox *>()->currentData().toInt(), int(ChartWindow::Day));
    EXPECT_FALSE(other.restoreState(QByteArray("garbage")));
    EXPECT_EQ(other.chartWindow(), ChartWindow::Day);
}

TEST(MirrorPanel, ChartsFollowADarkPalette)
{
    MirrorPanel panel;
    panel.setMirrors({makeMirror("a")});
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(25, 25, 25));
    panel.setPalette(dark);
    QCoreApplication::processEvents();
    QChart *chart = panel.latencyChart()->chart();
    EXPECT_EQ(chart->backgroundBrush().color(), QColor(25, 25, 25));
    EXPECT_EQ(chart->legend()->labelColor(), QColor(230, 230, 230));
}
