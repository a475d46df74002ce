#include "widgets/MirrorPanel.h"

#include "ecosystems/EcosystemRegistry.h"

#include "AppContext.h"
#include "probe/MirrorScorer.h"
#include "probe/ProbeEngine.h"
#include "widgets/HistoryFeed.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MeasureFormat.h"
#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"
#include "widgets/ThroughputChartView.h"

#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr quint32 kStateMagic = 0x4d445031; // "MDP1"

} // namespace

MirrorPanel::MirrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock(std::make_shared<SystemClock>())
    , m_model(new MirrorTableModel(this))
{
    m_uiLanguage = defaultUiLanguage();
    m_model->setUiLanguage(m_uiLanguage);
    buildUi();
    retranslateUi();
    updateStatus();
}

MirrorPanel::~MirrorPanel() = default;

void MirrorPanel::buildUi()
{
    m_testButton = new QToolButton(this);
    m_testButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_testButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton = new QToolButton(this);
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_windowLabel = new QLabel(this);
    m_windowCombo = new QComboBox(this);
    m_windowCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < LatencyHistory::kWindowCount; ++i)
        m_windowCombo->addItem(QString(), i);
    m_windowLabel->setBuddy(m_windowCombo);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_testButton);
    toolbar->addWidget(m_addButton);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_windowLabel);
    toolbar->addWidget(m_windowCombo);

    m_table = new MirrorTableView(m_model, this);
    m_latencyChart = new LatencyChartView(this);
    m_latencyChart->setClock(m_clock);
    m_throughputChart = new ThroughputChartView(this);
    m_throughputChart->setClock(m_clock);
    m_latencyChart->setUiLanguage(m_uiLanguage);
    m_throughputChart->setUiLanguage(m_uiLanguage);

    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->setObjectName(QStringLiteral("chartSplitter"));
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->addWidget(m_latencyChart);
    m_horizontal->addWidget(m_throughputChart);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);

    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->setObjectName(QStringLiteral("tableChartSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(m_table);
    m_vertical->addWidget(m_horizontal);
    // A taller window gives its extra height to the charts; the table keeps its fitted rows.
    m_vertical->setStretchFactor(0, 0);
    m_vertical->setStretchFactor(1, 1);
    connect(m_vertical, &QSplitter::splitterMoved, this, [this]() { m_userSizedTable = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_vertical, 1);

    // Reading order: actions, window choice, then the data from table to charts.
    setTabOrder(m_testButton, m_addButton);
    setTabOrder(m_addButton, m_windowCombo);
    setTabOrder(m_windowCombo, m_table);
    setTabOrder(m_table, m_latencyChart);
    setTabOrder(m_latencyChart, m_throughputChart);

    connect(m_testButton, &QToolButton::clicked, this, &MirrorPanel::testAll);
    connect(m_addButton, &QToolButton::clicked, this, &MirrorPanel::addMirrorRequested);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_latencyChart->setWindow(ChartWindow(m_windowCombo->itemData(index).toInt()));
        if (m_historyFeed)
            m_historyFeed->setChartWindow(m_latencyChart->window());
    });
    connect(m_latencyChart, &LatencyChartView::windowChanged, this,
            &MirrorPanel::chartWindowChanged);
    connect(m_table, &MirrorTableView::useMirrorRequested, this, &MirrorPanel::useMirrorRequested);
    connect(m_table, &MirrorTableView::editRequested, this, &MirrorPanel::editRequested);
    connect(m_table, &MirrorTableView::removeRequested, this, &MirrorPanel::removeRequested);
    connect(m_table, &MirrorTableView::testNowRequested, this, [this](const QString &id) {
        Q_EMIT testNowRequested(id);
        testMirror(id);
    });
}

QString MirrorPanel::defaultUiLanguage() const
{
    // What main.cpp and the language switch record (AppContext.h), so all widgets agree.
    return currentUiLanguage();
}

void MirrorPanel::setEcosystem(const QString &ecosystem)
{
    m_ecosystem = ecosystem;
    setObjectName(QStringLiteral("mirrorPanel_") + ecosystem);
}

void MirrorPanel::setEngine(ProbeEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    // The panel is the context of every connection: a closed panel gets no late result.
    // One round measures a protocol's mirrors for every tool consuming it (npm's round serves
    // the other npm-registry clients): the panel follows the rounds of its protocol.
    connect(engine, &ProbeEngine::roundStarted, this, [this](const QString &ecosystem) {
        if (measuresForMe(ecosystem))
            roundStarted();
    });
    connect(engine, &ProbeEngine::resultReady, this, &MirrorPanel::onEngineResult);
    connect(engine, &ProbeEngine::roundFinished, this, [this](const QString &ecosystem) {
        if (!measuresForMe(ecosystem))
            return;
        if (m_engine)
            setRecommended(m_engine->recommended(m_ecosystem));
        roundFinished();
    });
    m_running = engine->isRunning(m_ecosystem);
    m_model->setAllTesting(m_running);
    setRecommended(engine->recommended(m_ecosystem));
    updateStatus();
}

void MirrorPanel::setHistory(ProbeRecorder *recorder)
{
    delete m_historyFeed;
    m_historyFeed = nullptr;
    if (!recorder)
        return;
    m_historyFeed = new HistoryFeed(recorder, m_latencyChart, m_model, this);
    m_historyFeed->setChartWindow(m_latencyChart->window());
    QStringList ids;
    for (const Mirror &mirror : m_model->mirrors())
        ids << mirror.id;
    if (!ids.isEmpty())
        m_historyFeed->setMirrorIds(ids);
}

void MirrorPanel::onEngineResult(const ProbeResult &result)
{
    if (!measuresForMe(result.ecosystem) || !m_engine)
        return;
    applyResult(result, m_engine->healthSnapshot(result.mirrorId));
}

bool MirrorPanel::measuresForMe(const QString &roundEcosystem) const
{
    if (roundEcosystem == m_ecosystem)
        return true;
    const QString protocol = EcosystemRegistry::protocolOf(m_ecosystem);
    return !protocol.isEmpty() && EcosystemRegistry::protocolOf(roundEcosystem) == protocol;
}

void MirrorPanel::setMirrors(const QList<Mirror> &mirrors)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setMirrors(mirrors);
    m_latencyChart->setMirrors(mirrors);
    m_throughputChart->setMirrors(mirrors); // before the fit: its height follows the rows
    if ((first || !m_userSizedTable) && !m_stateRestored)
        fitTableHeight();
    if (m_historyFeed) {
        QStringList ids;
        for (const Mirror &mirror : mirrors)
            ids << mirror.id;
        m_historyFeed->setMirrorIds(ids);
    }
    updateStatus();
}

void MirrorPanel::setUiLanguage(const QString &language)
{
    m_uiLanguageSet = true;
    m_uiLanguage = language;
    m_model->setUiLanguage(language);
    m_latencyChart->setUiLanguage(language);
    m_throughputChart->setUiLanguage(language);
}

void MirrorPanel::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    m_latencyChart->setClock(m_clock);
    m_throughputChart->setClock(m_clock);
}

void MirrorPanel::setChartWindow(ChartWindow window)
{
    const int index = m_windowCombo->findData(int(window));
    if (index >= 0)
        m_windowCombo->setCurrentIndex(index); // drives the chart through currentIndexChanged
}

ChartWindow MirrorPanel::chartWindow() const
{
    return m_latencyChart->window();
}

void MirrorPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Until the user sizes the table (or a saved layout does), it follows the window.
    if (!m_stateRestored && !m_userSizedTable)
        fitTableHeight();
}

void MirrorPanel::fitTableHeight()
{
    // The table as tall as its rows, the charts get the rest: in a tall window every row shows
    // (charts keep kChartsMinHeight), in a short one the table takes at most half and scrolls.
    const int chartsMinHeight = std::max(200, m_throughputChart->minimumHeight());
    const int rows = std::max(3, m_model->rowCount());
    const int rowHeight = std::max(m_table->rowHeight(0), fontMetrics().height() + 6);
    // The columns are wider than a small window: room for the horizontal scroll bar too, so
    // it never covers the last row.
    const int scrollBar = m_table->horizontalHeader()->length() > m_table->viewport()->width()
                              ? m_table->horizontalScrollBar()->sizeHint().height()
                              : 0;
    const int wanted = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                       2 * m_table->frameWidth() + scrollBar + 4;
    const int total = std::max(m_vertical->height(), 300);
    const int tableHeight = std::min(wanted, std::max(total / 2, total - chartsMinHeight));
    m_vertical->setSizes({tableHeight, total - tableHeight});
}

QByteArray MirrorPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_vertical->saveState() << m_horizontal->saveState()
        << m_table->horizontalHeader()->saveState() << qint32(chartWindow());
    return state;
}

bool MirrorPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray vertical;
    QByteArray horizontal;
    QByteArray header;
    qint32 window = 0;
    in >> magic >> vertical >> horizontal >> header >> window;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    m_vertical->restoreState(vertical);
    m_stateRestored = true;
    m_horizontal->restoreState(horizontal);
    m_table->horizontalHeader()->restoreState(header);
    if (window >= 0 && window < LatencyHistory::kWindowCount)
        setChartWindow(ChartWindow(window));
    return true;
}

void MirrorPanel::applyResult(const ProbeResult &result, const HealthSnapshot &health)
{
    m_model->applyResult(result, health);
    // A skipped probe (paused Down mirror) measured nothing: no point, no bar.
    if (result.error != ProbeErrorKind::Skipped) {
        const qint64 now = m_clock->nowMs();
        m_latencyChart->addSample(result.mirrorId, now,
                                  result.ok ? result.latencyMs : std::nullopt);
        // The figure the table shows (the health window's median, else this download), so the
        // bar and the cell never disagree.
        m_throughputChart->setThroughput(
            result.mirrorId, health.throughputBps ? health.throughputBps : result.throughputBps);
    }
    // The status line changes at round start and end only: relaying out the toolbar for each of
    // a burst of results would be work nobody sees.
}

void MirrorPanel::roundStarted()
{
    m_running = true;
    m_notice.clear();
    m_model->setAllTesting(true);
    updateStatus();
}

void MirrorPanel::roundFinished()
{
    m_running = false;
    m_notice.clear(); // it was about the round that just ended
    m_lastRoundEndMs = m_clock->nowMs();
    m_model->setAllTesting(false);
    // Without an engine (simulations) the panel picks the recommendation with the same rule.
    if (!m_engine)
        setRecommended(MirrorScorer::recommend(m_model->latestResults()));
    if (m_historyFeed)
        m_historyFeed->refreshStats(); // the round's results are on their way to the disk
    updateStatus();
}

void MirrorPanel::setLatencyThresholds(const LatencyThresholds &thresholds)
{
    m_model->setLatencyThresholds(thresholds);
    m_latencyChart->setLatencyThresholds(thresholds);
}

void MirrorPanel::setRecommended(const QString &mirrorId)
{
    if (mirrorId == m_model->recommended())
        return;
    m_model->setRecommended(mirrorId);
    Q_EMIT recommendedChanged(mirrorId);
}

QString MirrorPanel::recommended() const
{
    return m_model->recommended();
}

QString MirrorPanel::alreadyRunningNotice() const
{
    const QString measuring = m_engine ? m_engine->roundMeasuring(m_ecosystem) : QString();
    const Ecosystem *other =
        measuring == m_ecosystem ? nullptr : EcosystemRegistry::find(measuring);
    if (!other)
        return tr("A test of these mirrors is already running.");
    // Another client's page while npm's round measures the same registry mirrors: say whose test it
    // is, and that its results are this page's too.
    return tr("%1's test of these mirrors is running; its results show here too.")
        .arg(other->displayName());
}

bool MirrorPanel::testAll()
{
    m_notice.clear();
    if (!m_engine) {
        m_notice = tr("Testing is not available.");
    } else if (!m_engine->startRound(m_ecosystem)) {
        m_notice = m_engine->isRunning(m_ecosystem) ? alreadyRunningNotice()
                                                    : tr("These mirrors cannot be tested.");
    } else {
        return true;
    }
    updateStatus();
    return false;
}

bool MirrorPanel::testMirror(const QString &mirrorId)
{
    m_notice.clear();
    if (!m_engine) {
        m_notice = tr("Testing is not available.");
    } else if (!m_engine->probeMirrors(m_ecosystem, {mirrorId})) {
        m_notice = m_engine->isRunning(m_ecosystem) ? alreadyRunningNotice()
                                                    : tr("This mirror cannot be tested.");
    } else {
        // roundStarted marked every row; only this one is being measured.
        if (m_engine->isRunning(m_ecosystem)) {
            m_model->setAllTesting(false);
            m_model->setTesting(mirrorId, true);
        }
        return true;
    }
    updateStatus();
    return false;
}

QString MirrorPanel::statusText() const
{
    return m_status->text();
}

void MirrorPanel::updateStatus()
{
    QString text;
    const int total = m_model->rowCount();
    if (m_running) {
        text = tr("Testing %n mirror(s)…", nullptr, total);
    } else if (m_lastRoundEndMs == 0) {
        text = total == 0 ? tr("No mirrors") : tr("Not tested yet");
    } else {
        int up = 0;
        int degraded = 0;
        int down = 0;
        for (int row = 0; row < total; ++row) {
            const auto state =
                HealthState(m_model->index(row, 0).data(MirrorTableModel::HealthStateRole).toInt());
            up += state == HealthState::Up;
            degraded += state == HealthState::Degraded;
            down += state == HealthState::Down;
        }
        text = tr("Last test %1: %2 up, %3 degraded, %4 down")
                   .arg(MeasureFormat::timeOfDay(m_lastRoundEndMs, false))
                   .arg(up)
                   .arg(degraded)
                   .arg(down);
    }
    if (!m_notice.isEmpty())
        text += QStringLiteral(" — ") + m_notice;
    m_status->setText(text);
    m_status->setToolTip(text);
}

void MirrorPanel::retranslateUi()
{
    m_testButton->setText(tr("Test now"));
    m_testButton->setToolTip(tr("Measure every mirror of this list now"));
    m_testButton->setAccessibleName(tr("Test all mirrors now"));
    m_addButton->setText(tr("Add mirror…"));
    m_addButton->setToolTip(tr("Add your own mirror; it is tested before it is saved"));
    m_addButton->setAccessibleName(tr("Add mirror"));
    m_windowLabel->setText(tr("&Chart:"));
    m_windowCombo->setItemText(int(ChartWindow::FiveMinutes), tr("Last 5 minutes"));
    m_windowCombo->setItemText(int(ChartWindow::OneHour), tr("Last hour"));
    m_windowCombo->setItemText(int(ChartWindow::Day), tr("Last 24 hours"));
    m_windowCombo->setItemText(int(ChartWindow::Week), tr("Last 7 days"));
    m_windowCombo->setItemText(int(ChartWindow::Month), tr("Last 30 days"));
    m_windowCombo->setAccessibleName(tr("Chart time window"));
    m_status->setAccessibleName(tr("Test status"));
    updateStatus();
}

void MirrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (!m_uiLanguageSet) {
            m_uiLanguage = defaultUiLanguage();
            m_model->setUiLanguage(m_uiLanguage);
            m_latencyChart->setUiLanguage(m_uiLanguage);
            m_throughputChart->setUiLanguage(m_uiLanguage);
        }
        retranslateUi();
    }
    QWidget::changeEvent(event);
}
