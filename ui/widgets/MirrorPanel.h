#pragma once

// Everything about the mirrors of one ecosystem on one widget: a toolbar ("Test now",
// "Add mirror…", the chart window), the mirror table with its row actions, the latency chart and
// the throughput chart. Fed by a ProbeEngine (setEngine) and the measured history (setHistory:
// long chart windows, the table's percentile columns) or, in benchmarks, through applyResult
// directly. It runs "Test now" itself through the engine; using, adding, editing and removing a
// mirror are the page's business and leave as signals.

#include "catalog/Mirror.h"
#include "probe/Clock.h"
#include "probe/HealthTracker.h"
#include "probe/ProbeEngine.h" // QPointer<ProbeEngine> needs the complete type
#include "probe/ProbeResult.h"
#include "widgets/LatencyGrade.h"
#include "widgets/LatencyHistory.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class HistoryFeed;
class LatencyChartView;
class MirrorTableModel;
class MirrorTableView;
class ProbeRecorder;
class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;
class ThroughputChartView;

class MirrorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MirrorPanel(QWidget *parent = nullptr);
    ~MirrorPanel() override;

    void setEcosystem(const QString &ecosystem); // "go" | "npm" | "pip"
    QString ecosystem() const { return m_ecosystem; }
    // Connects to the engine's results for this ecosystem; nullptr disconnects. Not owned.
    void setEngine(ProbeEngine *engine);
    ProbeEngine *engine() const { return m_engine; }
    // Reads the charts' windows and the table's history columns from it. Not owned.
    void setHistory(ProbeRecorder *recorder);
    HistoryFeed *historyFeed() const { return m_historyFeed; }
    // This ecosystem's mirrors (catalog and the user's own), in display order.
    void setMirrors(const QList<Mirror> &mirrors);
    // "en" or "zh_CN": names of mirrors. Until set, currentUiLanguage() (AppContext.h) is used
    // and followed on every LanguageChange.
    void setUiLanguage(const QString &language);
    void setClock(std::shared_ptr<const Clock> clock);

    void setChartWindow(ChartWindow window);
    ChartWindow chartWindow() const;
    // Splitter sizes, column layout and chart window, for the window's saved state.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // What the engine delivers; public so a benchmark can feed simulated rounds.
    void applyResult(const ProbeResult &result, const HealthSnapshot &health);
    void roundStarted();
    void roundFinished();
    void setRecommended(const QString &mirrorId);
    // The Preferences latency thresholds: the table's grades and the chart's threshold lines.
    void setLatencyThresholds(const LatencyThresholds &thresholds);
    QString recommended() const;

    // Starts a round of this ecosystem (toolbar "Test now").
    bool testAll();
    // Probes one mirror of this ecosystem only (the row action "Test now").
    bool testMirror(const QString &mirrorId);

    MirrorTableModel *model() const { return m_model; }
    MirrorTableView *tableView() const { return m_table; }
    LatencyChartView *latencyChart() const { return m_latencyChart; }
    ThroughputChartView *throughputChart() const { return m_throughputChart; }
    QString statusText() const;
    // A round of `roundEcosystem` measures this panel's mirrors: the same tool, or another tool
    // consuming the same protocol.
    bool measuresForMe(const QString &roundEcosystem) const;

Q_SIGNALS:
    void useMirrorRequested(const Mirror &mirror);
    void testNowRequested(const QString &mirrorId); // informational: the panel runs the test
    void editRequested(const Mirror &mirror);
    void removeRequested(const Mirror &mirror);
    void addMirrorRequested();
    void recommendedChanged(const QString &mirrorId);
    void chartWindowChanged(ChartWindow window);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateStatus();
    // "Test now" refused because a round already measures these mirrors, said as such.
    QString alreadyRunningNotice() const;
    void fitTableHeight();
    void onEngineResult(const ProbeResult &result);
    QString defaultUiLanguage() const;

    QString m_ecosystem;
    QPointer<ProbeEngine> m_engine;
    std::shared_ptr<const Clock> m_clock;
    QString m_uiLanguage;
    bool m_uiLanguageSet = false;
    bool m_running = false;
    bool m_stateRestored = false;
    bool m_userSizedTable = false; // the splitter was dragged: its sizes are the user's
    qint64 m_lastRoundEndMs = 0;
    QString m_notice; // one-off message ("a round is already running")

    MirrorTableModel *m_model;
    MirrorTableView *m_table = nullptr;
    LatencyChartView *m_latencyChart = nullptr;
    ThroughputChartView *m_throughputChart = nullptr;
    QToolButton *m_testButton = nullptr;
    QToolButton *m_addButton = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    HistoryFeed *m_historyFeed = nullptr;
};
