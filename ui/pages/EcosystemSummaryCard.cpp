#include "EcosystemSummaryCard.h"

#include "AppContext.h"
#include "EcosystemIcon.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "probe/ProbeEngine.h"
#include "probedb/ProbeRecorder.h"
#include "probedb/ProbeStore.h"
#include "widgets/HealthStateDisplay.h"
#include "widgets/LatencySparkline.h"
#include "widgets/MeasureFormat.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

EcosystemSummaryCard::EcosystemSummaryCard(ConfigService *service, ProbeEngine *engine,
                                           QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("summaryCard"));
    setMinimumWidth(200);
    setStyleSheet(QStringLiteral("#summaryCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_mirror = new QLabel(this);
    QFont mirrorFont = m_mirror->font();
    mirrorFont.setBold(true);
    m_mirror->setFont(mirrorFont);
    m_mirror->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; "
                                            "border: 1px solid #d9a520; border-radius: 4px; "
                                            "padding: 3px 6px; }"));
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_stateIcon = new QLabel(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_health = new QLabel(this);
    m_health->setWordWrap(true);
    m_recommended = new QLabel(this);
    m_recommended->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_useRecommended = new QPushButton(this);
    m_open = new QPushButton(this);
    buttons->addWidget(m_useRecommended);
    buttons->addStretch(1);
    // "Details" sits beside the title, so the main action has the card's width to itself.
    m_open->setFlat(true);
    m_open->setCursor(Qt::PointingHandCursor);

    auto *titleRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(ecosystemIcon(service->ecosystem()).pixmap(32, 32));
    titleRow->addWidget(icon);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_open);
    layout->addLayout(titleRow);
    layout->addWidget(m_caption);
    layout->addWidget(m_mirror);
    layout->addWidget(m_value);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);
    layout->addLayout(stateRow);
    layout->addWidget(m_warning);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_health);
    layout->addWidget(m_recommended);
    m_sparklineCaption = new QLabel(this);
    m_sparklineCaption->setForegroundRole(QPalette::PlaceholderText);
    m_sparkline = new LatencySparkline(this);
    layout->addWidget(m_sparklineCaption);
    layout->addWidget(m_sparkline);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this]() { Q_EMIT openRequested(ecosystem()); });
    connect(m_useRecommended, &QPushButton::clicked, this,
            [this]() { Q_EMIT useRecommendedRequested(ecosystem()); });
    connect(m_service, &ConfigService::loaded, this, &EcosystemSummaryCard::refresh);
    if (m_engine) {
        connect(m_engine, &ProbeEngine::roundFinished, this, &EcosystemSummaryCard::refresh);
        // A mirror is measured once for every tool speaking its protocol: a round of another
        // tool may be the one that measured this tool's mirrors.
        connect(m_engine, &ProbeEngine::roundFinished, this, [this](const QString &ecosystem) {
            if (ecosystem == this->ecosystem() ||
                EcosystemRegistry::protocolOf(ecosystem) ==
                    EcosystemRegistry::protocolOf(this->ecosystem()))
                refreshSparkline();
        });
        connect(m_engine, &ProbeEngine::healthChanged, this, &EcosystemSummaryCard::refresh);
    }
    retranslateUi();
}

QString EcosystemSummaryCard::ecosystem() const
{
    return m_service->ecosystem();
}

QString EcosystemSummaryCard::mirrorText() const
{
    return m_mirror->text();
}

void EcosystemSummaryCard::setHistory(ProbeRecorder *recorder)
{
    if (m_recorder == recorder)
        return;
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    m_sparklineTicket = 0;
    if (recorder)
        connect(recorder, &ProbeRecorder::seriesReady, this, &EcosystemSummaryCard::onSeries);
    refreshSparkline();
}

void EcosystemSummaryCard::refreshSparkline()
{
    if (!m_recorder || m_sparklineIds.isEmpty())
        return;
    // The last hour in whole buckets, the newest one still filling.
    const qint64 now = m_recorder->nowMs();
    m_sparklineToMs = ProbeStore::bucketStart(now, kSparklineBucketMs) + kSparklineBucketMs;
    m_sparklineFromMs = m_sparklineToMs - kSparklineBuckets * kSparklineBucketMs;
    m_requestedIds = m_sparklineIds;
    // Only the newest answer counts.
    m_sparklineTicket =
        m_recorder->requestSeries(m_requestedIds, m_sparklineFromMs, now, kSparklineBucketMs);
}

void EcosystemSummaryCard::onSeries(quint64 ticket,
                                    const QHash<QString, QList<HistoryBucket>> &series)
{
    if (ticket != m_sparklineTicket)
        return; // another card's or a panel's, or an older question
    m_sparklineTicket = 0;
    // The first mirror (in use, then recommended) with a latency measured in the hour.
    QString chosen;
    for (const QString &id : std::as_const(m_requestedIds)) {
        const QList<HistoryBucket> buckets = series.value(id);
        if (std::any_of(buckets.cbegin(), buckets.cend(),
                        [](const HistoryBucket &b) { return b.count > 0; })) {
            chosen = id;
            break;
        }
    }
    if (chosen.isEmpty() && !m_requestedIds.isEmpty() &&
        !series.value(m_requestedIds.first()).isEmpty())
        chosen = m_requestedIds.first(); // measured, but every probe failed
    if (chosen.isEmpty()) {
        m_sparkline->clear();
        updateSparklineCaption();
        return;
    }
    QHash<qint64, HistoryBucket> byStart;
    for (const HistoryBucket &b : series.value(chosen))
        byStart.insert(b.startMs, b);
    QList<LatencySparkline::Point> points;
    for (qint64 start = m_sparklineFromMs; start < m_sparklineToMs; start += kSparklineBucketMs) {
        LatencySparkline::Point point;
        point.startMs = start;
        const auto it = byStart.constFind(start);
        if (it != byStart.constEnd()) {
            point.samples = it->count;
            point.failures = it->failures;
            if (it->count > 0)
                point.medianMs = it->medianLatency;
        }
        points << point;
    }
    const std::optional<Mirror> mirror = m_service->context().catalog->find(chosen);
    m_sparkline->setPoints(points, m_sparklineFromMs, m_sparklineToMs,
                           mirror ? mirror->displayName(currentUiLanguage()) : chosen);
    updateSparklineCaption();
}

void EcosystemSummaryCard::updateSparklineCaption()
{
    // The latest median beside the caption: the line's shape, the figure in words.
    std::optional<double> latest;
    for (const LatencySparkline::Point &p : m_sparkline->points()) {
        if (p.medianMs)
            latest = p.medianMs;
    }
    m_sparklineCaption->setText(
        latest ? tr("Latency, last hour · latest %1").arg(MeasureFormat::latency(latest))
               : tr("Latency, last hour"));
}

void EcosystemSummaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void EcosystemSummaryCard::retranslateUi()
{
    m_title->setText(m_service->displayName());
    m_caption->setText(tr("Mirror in use"));
    m_open->setText(tr("Details") + QStringLiteral(" ›"));
    m_open->setAccessibleName(tr("Open the %1 page").arg(m_service->displayName()));
    m_useRecommended->setText(tr("Use recommended"));
    m_useRecommended->setAccessibleName(
        tr("Use the recommended %1 mirror").arg(m_service->displayName()));
    updateSparklineCaption();
    refresh();
}

void EcosystemSummaryCard::refresh()
{
    const QString language = currentUiLanguage();
    const MirrorCatalog &catalog = *m_service->context().catalog;
    m_warning->setVisible(false);
    std::optional<Mirror> inUse;
    if (!m_service->hasSnapshot()) {
        m_mirror->setText(tr("Reading…"));
        m_value->clear();
    } else if (!m_service->snapshot().settings) {
        m_mirror->setText(tr("Cannot read the settings"));
        m_value->clear();
        m_warning->setText(QString(QChar(0x26A0)) + QLatin1Char(' ') +
                           m_service->snapshot().settings.error().toString());
        m_warning->setVisible(true);
    } else if (const auto setting = m_service->snapshot().find(m_service->mirrorKey())) {
        inUse = catalog.findByUrl(ecosystem(), setting->value);
        if (!inUse)
            inUse = catalog.findByUrl(
                ecosystem(),
                setting->value.section(QRegularExpression(QStringLiteral("[,|]")), 0, 0));
        m_mirror->setText(
            inUse ? inUse->displayName(language)
                  : (setting->isDefault ? tr("Tool default") : tr("Not a catalog mirror")));
        m_value->setText(setting->value);
        if (!setting->shadows.isEmpty()) {
            m_warning->setText(QString(QChar(0x26A0)) + QLatin1Char(' ') +
                               tr("Overridden by %n setting(s); see Details.", nullptr,
                                  int(setting->shadows.size())));
            m_warning->setVisible(true);
        }
    }

    int up = 0, degraded = 0, down = 0, unknown = 0;
    std::optional<Mirror> recommended;
    if (m_engine) {
        for (const Mirror &mirror : catalog.byEcosystem(ecosystem())) {
            switch (m_engine->healthSnapshot(mirror.id).state) {
            case HealthState::Up:
                ++up;
                break;
            case HealthState::Degraded:
                ++degraded;
                break;
            case HealthState::Down:
                ++down;
                break;
            case HealthState::Unknown:
                ++unknown;
                break;
            }
        }
        const QString id = m_engine->recommended(ecosystem());
        if (!id.isEmpty())
            recommended = catalog.find(id);
    }
    // The mirror in use: its state (icon and word, never colour alone) and latest figures.
    if (inUse && m_engine) {
        const HealthSnapshot health = m_engine->healthSnapshot(inUse->id);
        m_stateIcon->setPixmap(HealthStateDisplay::icon(health.state).pixmap(16, 16));
        QStringList parts = {HealthStateDisplay::text(health.state)};
        if (health.p50LatencyMs)
            parts << tr("p50 %1").arg(MeasureFormat::latency(health.p50LatencyMs));
        if (health.samples > 0)
            parts << tr("%1 available").arg(MeasureFormat::percent(health.availabilityPercent));
        m_state->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_stateIcon->setPixmap(HealthStateDisplay::icon(HealthState::Unknown).pixmap(16, 16));
        m_state->setText(inUse ? HealthStateDisplay::text(HealthState::Unknown)
                               : tr("Not measured: not in the catalog"));
    }

    // Symbols and words, not colour alone.
    m_health->setText(tr("● %1 up   ▲ %2 degraded   ✕ %3 down   ? %4 not measured")
                          .arg(up)
                          .arg(degraded)
                          .arg(down)
                          .arg(unknown));
    const bool alreadyInUse = recommended && inUse && recommended->id == inUse->id;
    QString recommendedText =
        recommended ? (alreadyInUse ? tr("Recommended: %1 (in use)") : tr("Recommended: %1"))
                          .arg(recommended->displayName(language))
                    : tr("Recommended: measuring…");
    // Its numbers, the same figures the mirror table shows.
    if (recommended && m_engine) {
        const HealthSnapshot health = m_engine->healthSnapshot(recommended->id);
        QStringList numbers;
        if (health.p50LatencyMs)
            numbers << tr("p50 %1").arg(MeasureFormat::latency(health.p50LatencyMs));
        if (health.throughputBps)
            numbers << MeasureFormat::throughput(health.throughputBps);
        if (health.samples > 0)
            numbers << tr("%1 available").arg(MeasureFormat::percent(health.availabilityPercent));
        if (!numbers.isEmpty())
            recommendedText += QLatin1Char('\n') + numbers.join(QStringLiteral(" · "));
    }
    m_recommended->setText(recommendedText);
    m_useRecommended->setEnabled(recommended.has_value() && !alreadyInUse);

    if (m_engine)
        m_sparkline->setLatencyThresholds(
            {m_engine->settings().goodLatencyMs, m_engine->settings().warningLatencyMs});
    QStringList sparklineIds;
    if (inUse)
        sparklineIds << inUse->id;
    if (recommended && !sparklineIds.contains(recommended->id))
        sparklineIds << recommended->id;
    if (sparklineIds != m_sparklineIds) {
        m_sparklineIds = sparklineIds;
        refreshSparkline();
    }
}
