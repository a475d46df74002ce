#pragma once

// The mirrors of one ecosystem with their latest measurements, as a table: name (in the UI
// language), URL, state (icon and text), latency p50/p95, throughput, availability over the
// health window, freshness and score; then availability and latency p50/p95 over a longer
// window (24 h, 7 d or 30 d) from the measured history (setHistoryStats). A result updates its row
// in place (dataChanged), never the whole model, so a sorted, scrolled or selected view stays where
// the user left it.

#include "catalog/Mirror.h"
#include "probe/HealthTracker.h"
#include "probe/ProbeResult.h"
#include "probedb/HistoryTypes.h"
#include "widgets/LatencyGrade.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class MirrorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        StateColumn,
        P50Column,
        P95Column,
        ThroughputColumn,
        AvailabilityColumn,
        FreshnessColumn,
        ScoreColumn,
        // From the measured history over historyWindow(); after the live columns so a saved
        // column layout of an older release still fits.
        HistoryAvailabilityColumn,
        HistoryP50Column,
        HistoryP95Column,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, so "9 ms" sorts before "10 ms"
        MirrorIdRole,
        HealthStateRole, // int(HealthState)
        InUseRole,       // bool: the mirror the tool uses now
        FreshRole,       // QVariant(bool), or null when unknown
        ColorRole,       // QColor: the mirror's colour, the same as its line and bar in the charts
    };

    explicit MirrorTableModel(QObject *parent = nullptr);

    // Replaces the list (catalog loaded, user mirror added or removed). Measurements of mirrors
    // that stay are kept.
    void setMirrors(const QList<Mirror> &mirrors);
    const Mirror &mirrorAt(int row) const { return m_rows.at(row).mirror; }
    int rowOf(const QString &mirrorId) const { return m_rowById.value(mirrorId, -1); }
    QList<Mirror> mirrors() const;

    // "en", "zh_CN" …: picks Mirror::displayName.
    void setUiLanguage(const QString &language);
    QString uiLanguage() const { return m_uiLanguage; }

    // A result of a round (or of "Test now") with the tracker's view of the window after it.
    void applyResult(const ProbeResult &result, const HealthSnapshot &health);
    // Marks a mirror as being tested (shown until its result arrives).
    void setTesting(const QString &mirrorId, bool testing);
    void setAllTesting(bool testing);
    void setRecommended(const QString &mirrorId);
    // The mirror the tool uses now ("" when its value names no listed mirror): its row is marked.
    void setInUse(const QString &mirrorId);
    QString inUse() const { return m_inUseId; }
    QString recommended() const { return m_recommendedId; }
    // The Preferences thresholds the latency columns are graded by (icon and tool-tip).
    void setLatencyThresholds(const LatencyThresholds &thresholds);
    LatencyThresholds latencyThresholds() const { return m_thresholds; }
    // The grade a latency cell shows: of its own number (last window p50/p95, history p50/p95).
    LatencyGrade::Grade latencyGrade(int row, int column) const;
    // The results this model holds (latest per listed mirror), for picking the recommendation.
    QList<ProbeResult> latestResults() const;

    // The window the history columns describe; their header names it. Stats of another window
    // than the current one are ignored (an answer that arrives after the user switched).
    void setHistoryWindow(HistoryWindow window);
    HistoryWindow historyWindow() const { return m_historyWindow; }
    void setHistoryStats(const QList<MirrorHistoryStats> &stats);
    std::optional<MirrorHistoryStats> historyStats(const QString &mirrorId) const;

    // Headers and texts come from tr(): call after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Mirror mirror;
        HealthSnapshot health;
        std::optional<ProbeResult> last;
        bool testing = false;
    };

    HealthState stateOf(const Row &row) const;
    std::optional<double> throughputOf(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    void emitRowChanged(int row);
    QVariant historyDisplay(const Row &row, int column) const;
    QVariant historySortValue(const Row &row, int column) const;
    QString historyToolTip(const Row &row, int column) const;
    QVariant historyHeader(int section, int role) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_uiLanguage = QStringLiteral("en");
    QString m_recommendedId;
    HistoryWindow m_historyWindow = HistoryWindow::Day;
    QHash<QString, MirrorHistoryStats> m_history; // by mirror id, of m_historyWindow
    QString m_inUseId;
    LatencyThresholds m_thresholds;
};
