#include "OverviewPage.h"

#include "pages/ConfigService.h"
#include "pages/EcosystemSummaryCard.h"
#include "pages/MessageBanner.h"

#include "AppContext.h"
#include "EcosystemIcon.h"

#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QtConcurrent>

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

OverviewPage::OverviewPage(const QList<ConfigService *> &services, ProbeEngine *engine,
                           QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overview"));
    // The page scrolls: with many tools (two rows of cards) in a small window the cards keep
    // their natural height instead of being squeezed over each other.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    // Three cards a row at most, so that every registered tool's card stays readable in a small
    // window and the window's minimum width does not grow with the number of tools; more tools
    // wrap onto the next row.
    constexpr int kMaxColumns = 3;
    int index = 0;
    for (ConfigService *service : services) {
        auto *card = new EcosystemSummaryCard(service, engine, this);
        connect(card, &EcosystemSummaryCard::openRequested, this, &OverviewPage::openRequested);
        connect(card, &EcosystemSummaryCard::useRecommendedRequested, this,
                &OverviewPage::useRecommendedRequested);
        grid->addWidget(card, index / kMaxColumns, index % kMaxColumns);
        ++index;
        m_cards << card;
    }
    layout->addLayout(grid); // stretch 0: the cards keep their height, equal across a row

    m_recentTitle = new QLabel(this);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    m_recentTitle->setFont(sectionFont);
    m_recentEmpty = new QLabel(this);
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(QStringLiteral("recentChanges"));
    m_recent->setColumnCount(3);
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setAlternatingRowColors(true);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->header()->setStretchLastSection(true);
    m_recent->setTextElideMode(Qt::ElideRight);
    layout->addSpacing(8);
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_recentEmpty);
    m_recent->setMinimumHeight(120);
    layout->addWidget(m_recent, 4);
    layout->addStretch(1);

    if (!services.isEmpty()) {
        m_changeHistory = services.first()->context().history;
        m_diskPool = services.first()->context().diskPool;
    }

    for (ConfigService *service : services) {
        m_names.insert(service->ecosystem(), service->displayName());
        connect(service, &ConfigService::historyLoaded, this,
                [this, service](const Expected<QList<HistoryEntry>> &entries) {
                    m_history.insert(service->ecosystem(),
                                     entries ? *entries : QList<HistoryEntry>());
                    rebuildRecentChanges();
                });
        connect(service, &ConfigService::applied, service, &ConfigService::loadHistory);
        connect(service, &ConfigService::applied, this, &OverviewPage::reloadSharedHistories);
        service->loadHistory();
    }
    // Double click (or Enter): that tool's history.
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT historyRequested(item->data(0, Qt::UserRole).toString());
    });
    reloadSharedHistories();
    retranslateUi();
}

QStringList OverviewPage::sharedHistoryIds()
{
    return {QStringLiteral("git"), QStringLiteral("netrc"), QStringLiteral("shell")};
}

void OverviewPage::setHistory(ProbeRecorder *recorder)
{
    for (EcosystemSummaryCard *card : std::as_const(m_cards))
        card->setHistory(recorder);
}

void OverviewPage::reloadSharedHistories()
{
    if (!m_changeHistory)
        return;
    using Loaded = QHash<QString, QList<HistoryEntry>>;
    const std::shared_ptr<ChangeHistory> history = m_changeHistory;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher]() {
        const Loaded loaded = watcher->result();
        for (auto it = loaded.cbegin(); it != loaded.cend(); ++it)
            m_history.insert(it.key(), it.value());
        rebuildRecentChanges();
        watcher->deleteLater();
    });
    QThreadPool *pool = m_diskPool ? m_diskPool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool, [history]() {
        Loaded loaded;
        for (const QString &id : sharedHistoryIds()) {
            const Expected<QList<HistoryEntry>> entries = history->entries(id);
            loaded.insert(id, entries ? *entries : QList<HistoryEntry>());
        }
        return loaded;
    }));
}

QString OverviewPage::historyName(const QString &historyId) const
{
    if (m_names.contains(historyId))
        return m_names.value(historyId);
    if (historyId == QLatin1String("git"))
        return tr("git config");
    if (historyId == QLatin1String("netrc"))
        return QStringLiteral(".netrc");
    if (historyId == QLatin1String("shell"))
        return tr("Shell start-up file");
    return historyId;
}

void OverviewPage::showWarning(const QString &message)
{
    const QString text =
        m_banner->isVisible() ? m_banner->text() + QLatin1Char('\n') + message : message;
    m_banner->showMessage(MessageBanner::Kind::Warning, text);
}

void OverviewPage::rebuildRecentChanges()
{
    QList<HistoryEntry> all;
    for (auto it = m_history.cbegin(); it != m_history.cend(); ++it)
        all += it.value();
    std::sort(all.begin(), all.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.time > b.time; });
    m_recent->clear();
    const QLocale locale;
    for (const HistoryEntry &entry : all.mid(0, kRecentShown)) {
        auto *item = new QTreeWidgetItem(m_recent);
        item->setText(0, locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, historyName(entry.ecosystem));
        if (m_names.contains(entry.ecosystem))
            item->setIcon(1, ecosystemIcon(entry.ecosystem));
        item->setText(2, entry.summary);
        item->setToolTip(2, entry.summary + QLatin1Char('\n') +
                                QDir::toNativeSeparators(entry.filePath));
        item->setData(0, Qt::UserRole, entry.ecosystem);
    }
    m_recent->resizeColumnToContents(0);
    m_recent->resizeColumnToContents(1);
    m_recent->setVisible(!all.isEmpty());
    m_recentEmpty->setVisible(all.isEmpty());
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_title->setText(tr("Overview"));
    m_subtitle->setText(tr("The mirror each tool uses now, how the mirrors are doing, and the one "
                           "MirrorDeck recommends. F5 measures again."));
    m_recentTitle->setText(tr("Recent changes"));
    m_recentEmpty->setText(tr("MirrorDeck has not changed any file yet. Every change it makes is "
                              "listed here and can be undone from the tool's History."));
    m_recent->setHeaderLabels({tr("When"), tr("Tool"), tr("What changed")});
    m_recent->setAccessibleName(tr("Recent changes"));
    rebuildRecentChanges(); // dates in the new language's format
}
