#include "widgets/MirrorTableModel.h"

#include "probe/ProbeError.h"
#include "widgets/ChartPalette.h"
#include "widgets/HealthStateDisplay.h"
#include "widgets/MeasureFormat.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace {

QIcon colorDot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

// Missing numbers sort as the worst value, so unmeasured mirrors gather at one end.
constexpr double kWorstLatency = 1e12;

bool isLatencyColumn(int column)
{
    return column == MirrorTableModel::P50Column || column == MirrorTableModel::P95Column ||
           column == MirrorTableModel::HistoryP50Column ||
           column == MirrorTableModel::HistoryP95Column;
}

constexpr double kNoValue = -1;

} // namespace

MirrorTableModel::MirrorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MirrorTableModel::setMirrors(const QList<Mirror> &mirrors)
{
    QHash<QString, Row> previous;
    for (const Row &row : std::as_const(m_rows))
        previous.insert(row.mirror.id, row);

    bool sameIds = mirrors.size() == m_rows.size();
    for (int i = 0; sameIds && i < mirrors.size(); ++i)
        sameIds = mirrors.at(i).id == m_rows.at(i).mirror.id;

    if (sameIds) {
        // Same rows, maybe edited names or URLs: update in place so views keep their state.
        for (int i = 0; i < mirrors.size(); ++i)
            m_rows[i].mirror = mirrors.at(i);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }

    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    for (const Mirror &mirror : mirrors) {
        Row row = previous.value(mirror.id);
        row.mirror = mirror;
        m_rowById.insert(mirror.id, int(m_rows.size()));
        m_rows.append(row);
    }
    if (!m_rowById.contains(m_recommendedId))
        m_recommendedId.clear();
    endResetModel();
}

QList<Mirror> MirrorTableModel::mirrors() const
{
    QList<Mirror> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.mirror);
    return out;
}

void MirrorTableModel::setUiLanguage(const QString &language)
{
    if (language == m_uiLanguage)
        return;
    m_uiLanguage = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

void MirrorTableModel::applyResult(const ProbeResult &result, const HealthSnapshot &health)
{
    const int row = rowOf(result.mirrorId);
    if (row < 0)
        return; // a mirror of another ecosystem, or one removed while its probe ran
    Row &entry = m_rows[row];
    // A skipped probe (mirror paused while Down) carries no news but the state; keep the last
    // real measurement on screen.
    if (result.error != ProbeErrorKind::Skipped || !entry.last)
        entry.last = result;
    entry.health = health;
    entry.testing = false;
    emitRowChanged(row);
}

void MirrorTableModel::setTesting(const QString &mirrorId, bool testing)
{
    const int row = rowOf(mirrorId);
    if (row < 0 || m_rows[row].testing == testing)
        return;
    m_rows[row].testing = testing;
    emitRowChanged(row);
}

void MirrorTableModel::setAllTesting(bool testing)
{
    for (Row &row : m_rows)
        row.testing = testing;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void MirrorTableModel::setInUse(const QString &mirrorId)
{
    if (mirrorId == m_inUseId)
        return;
    const int before = rowOf(m_inUseId);
    m_inUseId = mirrorId;
    if (before >= 0)
        emitRowChanged(before);
    if (const int after = rowOf(mirrorId); after >= 0)
        emitRowChanged(after);
}

void MirrorTableModel::setRecommended(const QString &mirrorId)
{
    if (mirrorId == m_recommendedId)
        return;
    const int oldRow = rowOf(m_recommendedId);
    m_recommendedId = mirrorId;
    if (oldRow >= 0)
        emitRowChanged(oldRow);
    const int newRow = rowOf(mirrorId);
    if (newRow >= 0)
        emitRowChanged(newRow);
}

QList<ProbeResult> MirrorTableModel::latestResults() const
{
    QList<ProbeResult> out;
    for (const Row &row : m_rows) {
        if (row.last && !row.mirror.adHoc) // an ad-hoc row is shown, never recommended
            out.append(*row.last);
    }
    return out;
}

void MirrorTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MirrorTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MirrorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MirrorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HealthState MirrorTableModel::stateOf(const Row &row) const
{
    if (row.health.state != HealthState::Unknown)
        return row.health.state;
    return row.last ? row.last->state : HealthState::Unknown;
}

std::optional<double> MirrorTableModel::throughputOf(const Row &row) const
{
    if (row.health.throughputBps)
        return row.health.throughputBps;
    return row.last ? row.last->throughputBps : std::nullopt;
}

QVariant MirrorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case MirrorIdRole:
        return row.mirror.id;
    case HealthStateRole:
        return int(stateOf(row));
    case InUseRole:
        return !m_inUseId.isEmpty() && row.mirror.id == m_inUseId;
    case FreshRole:
        return row.last && row.last->fresh ? QVariant(*row.last->fresh) : QVariant();
    case Qt::ToolTipRole:
        if (isLatencyColumn(column) &&
            latencyGrade(index.row(), column) != LatencyGrade::Unmeasured)
            return toolTip(row, column) + QLatin1Char('\n') +
                   LatencyGrade::text(latencyGrade(index.row(), column), m_thresholds);
        return toolTip(row, column);
    case ColorRole:
        return ChartPalette::seriesColor(index.row(), QApplication::palette());
    case Qt::DecorationRole:
        // The mirror's colour, as its latency line and throughput bar (both charts colour the
        // mirrors in this same list order).
        if (column == NameColumn)
            return colorDot(ChartPalette::seriesColor(index.row(), QApplication::palette()));
        if (column == StateColumn)
            // While a round runs the icon says so; the text keeps the last state, whole.
            return row.testing ? QIcon::fromTheme(
                                     QStringLiteral("view-refresh"),
                                     QApplication::style()->standardIcon(QStyle::SP_BrowserReload))
                               : HealthStateDisplay::icon(stateOf(row));
        if (isLatencyColumn(column)) {
            // An empty cell ("—") needs no mark; a measured one says its grade by shape.
            const LatencyGrade::Grade grade = latencyGrade(index.row(), column);
            return grade == LatencyGrade::Unmeasured ? QVariant() : LatencyGrade::icon(grade);
        }
        return {};
    case Qt::FontRole:
        if (column == NameColumn && row.mirror.id == m_recommendedId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= P50Column)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

void MirrorTableModel::setLatencyThresholds(const LatencyThresholds &thresholds)
{
    if (thresholds.goodMs == m_thresholds.goodMs && thresholds.warningMs == m_thresholds.warningMs)
        return;
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

LatencyGrade::Grade MirrorTableModel::latencyGrade(int rowIndex, int column) const
{
    if (rowIndex < 0 || rowIndex >= m_rows.size())
        return LatencyGrade::Unmeasured;
    const Row &row = m_rows.at(rowIndex);
    std::optional<double> ms;
    switch (column) {
    case P50Column:
        ms = row.health.p50LatencyMs;
        break;
    case P95Column:
        ms = row.health.p95LatencyMs;
        break;
    case HistoryP50Column:
    case HistoryP95Column: {
        const auto stats = m_history.constFind(row.mirror.id);
        if (stats != m_history.constEnd())
            ms = column == HistoryP50Column ? stats->p50Ms : stats->p95Ms;
        break;
    }
    default:
        break;
    }
    return LatencyGrade::of(ms, m_thresholds);
}

QVariant MirrorTableModel::display(const Row &row, int column) const
{
    const bool measured = row.health.samples > 0;
    switch (column) {
    case NameColumn: {
        QString name = row.mirror.displayName(m_uiLanguage);
        // A star and bold type, not a colour, mark the recommendation.
        if (row.mirror.id == m_recommendedId)
            name = QStringLiteral("★ ") + name;
        // The row in use leads with a dot, as nrm's "*" does; the tool-tip says it in words.
        if (!m_inUseId.isEmpty() && row.mirror.id == m_inUseId)
            name = QStringLiteral("● ") + name;
        if (row.mirror.userDefined)
            name += QStringLiteral(" ") + tr("(yours)");
        if (row.mirror.adHoc)
            name += QStringLiteral(" ") + tr("(in use, not in your list)");
        return name;
    }
    case UrlColumn:
        return row.mirror.url;
    case StateColumn:
        if (row.testing && !row.last)
            return tr("Testing…");
        return HealthStateDisplay::text(stateOf(row));
    case P50Column:
        return MeasureFormat::latency(row.health.p50LatencyMs);
    case P95Column:
        return MeasureFormat::latency(row.health.p95LatencyMs);
    case ThroughputColumn:
        return MeasureFormat::throughput(throughputOf(row));
    case AvailabilityColumn:
        return measured ? MeasureFormat::percent(row.health.availabilityPercent)
                        : MeasureFormat::missing();
    case FreshnessColumn:
        if (!row.last || !row.last->fresh)
            return MeasureFormat::missing();
        if (*row.last->fresh)
            return tr("Up to date");
        return row.last->lacks.isEmpty() ? tr("Behind")
                                         : tr("Behind by %n", nullptr, int(row.last->lacks.size()));
    case ScoreColumn:
        return row.last && row.last->error != ProbeErrorKind::Skipped
                   ? MeasureFormat::score(row.last->score)
                   : MeasureFormat::missing();
    default:
        return historyDisplay(row, column);
    }
}

QVariant MirrorTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.mirror.displayName(m_uiLanguage);
    case UrlColumn:
        return row.mirror.url;
    case StateColumn:
        return HealthStateDisplay::sortRank(stateOf(row));
    case P50Column:
        return row.health.p50LatencyMs.value_or(kWorstLatency);
    case P95Column:
        return row.health.p95LatencyMs.value_or(kWorstLatency);
    case ThroughputColumn:
        return throughputOf(row).value_or(kNoValue);
    case AvailabilityColumn:
        return row.health.samples > 0 ? row.health.availabilityPercent : kNoValue;
    case FreshnessColumn:
        if (!row.last || !row.last->fresh)
            return 1e6;
        return *row.last->fresh ? 0.0 : 1.0 + double(row.last->lacks.size());
    case ScoreColumn:
        return row.last ? row.last->score : kNoValue;
    default:
        return historySortValue(row, column);
    }
}

QString MirrorTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case NameColumn: {
        QString tip = row.mirror.displayName(m_uiLanguage);
        const QString provider =
            m_uiLanguage.startsWith(QLatin1String("zh")) && !row.mirror.providerZh.isEmpty()
                ? row.mirror.providerZh
                : row.mirror.provider;
        if (!provider.isEmpty())
            tip += QLatin1Char('\n') + tr("Run by %1").arg(provider);
        if (!m_inUseId.isEmpty() && row.mirror.id == m_inUseId)
            tip += QLatin1Char('\n') + tr("In use: the tool downloads from this mirror now");
        if (row.mirror.id == m_recommendedId)
            tip += QLatin1Char('\n') + tr("Recommended: the best score of the last round");
        if (row.mirror.official)
            tip += QLatin1Char('\n') + tr("The official upstream");
        if (row.mirror.adHoc)
            tip += QLatin1Char('\n') + tr("The tool uses this mirror, which is in no list: it is "
                                          "measured anyway. “Add to my mirrors” keeps it.");
        return tip;
    }
    case UrlColumn:
        return row.mirror.url;
    case StateColumn: {
        QString tip = HealthStateDisplay::text(stateOf(row));
        if (row.testing)
            tip += QLatin1Char('\n') + tr("Being tested now");
        if (row.last && !row.last->ok) {
            // The detail often repeats the description ("The request timed out."): each
            // sentence once, the longer wording where one contains the other.
            const QString described = ProbeError::describe(row.last->error);
            const QString detail = row.last->errorMessage;
            if (detail.isEmpty() || described.contains(detail))
                tip += QLatin1Char('\n') + described;
            else if (detail.contains(described))
                tip += QLatin1Char('\n') + detail;
            else
                tip += QLatin1Char('\n') + described + QLatin1Char('\n') + detail;
        }
        if (row.health.consecutiveFails > 0)
            tip += QLatin1Char('\n') +
                   tr("%n consecutive failure(s)", nullptr, row.health.consecutiveFails);
        return tip;
    }
    case P50Column:
    case P95Column:
        if (row.last && row.last->latencyMs)
            return tr("Last round: %1 (median of %n sample(s))", nullptr,
                      int(row.last->latencySamples.size()))
                .arg(MeasureFormat::latency(row.last->latencyMs));
        return tr("Over the last %n check(s)", nullptr, row.health.samples);
    case ThroughputColumn:
        if (row.last && row.last->throughputBps)
            return tr("Last download: %1 in %2 bytes")
                .arg(MeasureFormat::throughput(row.last->throughputBps))
                .arg(row.last->throughputBytes);
        if (!throughputOf(row)) {
            // MirrorScorer::downloadCandidates only downloads from recommendable mirrors.
            if (row.last && row.last->fresh == std::optional<bool>(false))
                return tr("Not download-tested: this mirror is stale (it lacks recent versions), "
                          "and stale mirrors are never measured for speed.");
            if (row.last && !row.last->ok)
                return tr("Not download-tested: the mirror did not answer correctly.");
            return tr("Not download-tested yet: downloads run every few rounds, from the best "
                      "mirrors only.");
        }
        return tr("Median of the downloads in the health window");
    case AvailabilityColumn:
        return tr("Successful checks in the health window (%n check(s))", nullptr,
                  row.health.samples);
    case FreshnessColumn:
        if (!row.last || !row.last->fresh)
            return tr("Unknown: the upstream could not be compared");
        if (*row.last->fresh)
            return tr("Latest %1, same as upstream").arg(row.last->latest);
        return tr("Latest %1, upstream has %2; missing: %3")
            .arg(row.last->latest, row.last->upstreamLatest,
                 row.last->lacks.mid(0, 10).join(QStringLiteral(", ")));
    case ScoreColumn:
        return tr("0–100: latency 45, throughput 25, availability 20, freshness 10");
    default:
        return historyToolTip(row, column);
    }
}

QVariant MirrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case UrlColumn:
            return tr("URL");
        case StateColumn:
            return tr("State");
        case P50Column:
            return tr("Latency p50");
        case P95Column:
            return tr("Latency p95");
        case ThroughputColumn:
            return tr("Throughput");
        case AvailabilityColumn:
            return tr("Availability");
        case FreshnessColumn:
            return tr("Freshness");
        case ScoreColumn:
            return tr("Score");
        default:
            return historyHeader(section, role);
        }
    }
    if (role == Qt::ToolTipRole && section == AvailabilityColumn)
        return tr("Share of successful checks in the health window");
    if (role == Qt::ToolTipRole)
        return historyHeader(section, role);
    return {};
}

void MirrorTableModel::setHistoryWindow(HistoryWindow window)
{
    if (window == m_historyWindow)
        return;
    m_historyWindow = window;
    m_history.clear(); // the numbers of the other window must not show under this header
    Q_EMIT headerDataChanged(Qt::Horizontal, HistoryAvailabilityColumn, HistoryP95Column);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, HistoryAvailabilityColumn),
                           index(rowCount() - 1, HistoryP95Column));
}

void MirrorTableModel::setHistoryStats(const QList<MirrorHistoryStats> &stats)
{
    for (const MirrorHistoryStats &s : stats) {
        if (s.window != m_historyWindow)
            continue;
        m_history.insert(s.mirrorId, s);
        const int row = rowOf(s.mirrorId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, HistoryAvailabilityColumn), index(row, HistoryP95Column));
    }
}

std::optional<MirrorHistoryStats> MirrorTableModel::historyStats(const QString &mirrorId) const
{
    const auto it = m_history.constFind(mirrorId);
    return it == m_history.constEnd() ? std::nullopt : std::optional(*it);
}

QVariant MirrorTableModel::historyDisplay(const Row &row, int column) const
{
    const std::optional<MirrorHistoryStats> stats = historyStats(row.mirror.id);
    switch (column) {
    case HistoryAvailabilityColumn:
        return stats && stats->availability ? MeasureFormat::percent(*stats->availability * 100.0)
                                            : MeasureFormat::missing();
    case HistoryP50Column:
        return MeasureFormat::latency(stats ? stats->p50Ms : std::nullopt);
    case HistoryP95Column:
        return MeasureFormat::latency(stats ? stats->p95Ms : std::nullopt);
    default:
        return {};
    }
}

QVariant MirrorTableModel::historySortValue(const Row &row, int column) const
{
    const std::optional<MirrorHistoryStats> stats = historyStats(row.mirror.id);
    switch (column) {
    case HistoryAvailabilityColumn:
        return stats && stats->availability ? *stats->availability * 100.0 : kNoValue;
    case HistoryP50Column:
        return stats && stats->p50Ms ? *stats->p50Ms : kWorstLatency;
    case HistoryP95Column:
        return stats && stats->p95Ms ? *stats->p95Ms : kWorstLatency;
    default:
        return {};
    }
}

QString MirrorTableModel::historyToolTip(const Row &row, int column) const
{
    if (column < HistoryAvailabilityColumn || column > HistoryP95Column)
        return {};
    const std::optional<MirrorHistoryStats> stats = historyStats(row.mirror.id);
    const QString window = HistoryWindows::label(m_historyWindow);
    if (!stats || stats->probes == 0)
        return tr("No measurement in the last %1 yet").arg(window);
    QString tip = tr("Last %1: %2 of %n probe(s) succeeded", nullptr, int(stats->probes))
                      .arg(window)
                      .arg(stats->okProbes);
    if (stats->p50Ms)
        tip += QLatin1Char('\n') + tr("Latency p50 %1, p90 %2, p95 %3")
                                       .arg(MeasureFormat::latency(stats->p50Ms),
                                            MeasureFormat::latency(stats->p90Ms),
                                            MeasureFormat::latency(stats->p95Ms));
    if (!stats->exact)
        tip += QLatin1Char('\n') +
               tr("Older measurements are kept in 15-minute and hourly summaries: percentiles "
                  "within 2.5 %");
    return tip;
}

QVariant MirrorTableModel::historyHeader(int section, int role) const
{
    const QString window = HistoryWindows::label(m_historyWindow);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case HistoryAvailabilityColumn:
            return tr("Availability %1").arg(window);
        case HistoryP50Column:
            return tr("p50 %1").arg(window);
        case HistoryP95Column:
            return tr("p95 %1").arg(window);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section >= HistoryAvailabilityColumn &&
        section <= HistoryP95Column)
        return tr("From the measured history of the last %1 (the chart's window; 24 h for the "
                  "shorter ones)")
            .arg(window);
    return {};
}
