#include "widgets/MirrorTableView.h"

#include "widgets/MirrorTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

MirrorTableView::MirrorTableView(MirrorTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_useAction(new QAction(this))
    , m_testAction(new QAction(this))
    , m_copyUrlAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_removeAction(new QAction(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(MirrorTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    // Results re-sort the rows live, as they arrive.
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);

    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setSortingEnabled(true);
    sortByColumn(MirrorTableModel::ScoreColumn, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // URLs keep host and port visible
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fixed starting widths, not a fit to the contents: fitting on every result would make the
    // columns jitter. The URL column takes what is left, so the numbers stay in view.
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MirrorTableModel::UrlColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(56);
    header->setDefaultSectionSize(92);
    header->resizeSection(MirrorTableModel::NameColumn, 210);
    header->resizeSection(MirrorTableModel::StateColumn, 118);
    header->resizeSection(MirrorTableModel::FreshnessColumn, 130);
    header->resizeSection(MirrorTableModel::ScoreColumn, 64);
    header->resizeSection(MirrorTableModel::HistoryAvailabilityColumn, 132);
    setHorizontalScrollMode(ScrollPerPixel);

    m_useAction->setIcon(QIcon::fromTheme(QStringLiteral("emblem-default")));
    m_useAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_testAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_copyUrlAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyUrlAction->setShortcut(QKeySequence::Copy);
    m_editAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_removeAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_removeAction->setShortcut(QKeySequence::Delete);
    for (QAction *action :
         {m_useAction, m_testAction, m_copyUrlAction, m_editAction, m_removeAction}) {
        // Shortcuts work while the table has focus, without opening the menu.
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }

    connect(m_useAction, &QAction::triggered, this, [this] {
        if (const auto mirror = currentMirror())
            Q_EMIT useMirrorRequested(*mirror);
    });
    connect(m_testAction, &QAction::triggered, this, [this] {
        if (const auto mirror = currentMirror())
            Q_EMIT testNowRequested(mirror->id);
    });
    connect(m_copyUrlAction, &QAction::triggered, this, &MirrorTableView::copyUrl);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const auto mirror = currentMirror();
        if (mirror && mirror->userDefined)
            Q_EMIT editRequested(*mirror);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const auto mirror = currentMirror();
        if (mirror && mirror->userDefined)
            Q_EMIT removeRequested(*mirror);
    });
    connect(this, &QAbstractItemView::activated, m_useAction, &QAction::trigger);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MirrorTableView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MirrorTableView::updateActions);

    retranslateUi();
    updateActions();
}

std::optional<Mirror> MirrorTableView::currentMirror() const
{
    const QModelIndex index = m_proxy->mapToSource(currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->mirrorAt(index.row());
}

bool MirrorTableView::selectMirror(const QString &mirrorId)
{
    const int row = m_model->rowOf(mirrorId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    setCurrentIndex(index);
    selectRow(index.row());
    return true;
}

void MirrorTableView::updateActions()
{
    const auto mirror = currentMirror();
    m_useAction->setEnabled(mirror.has_value());
    m_testAction->setEnabled(mirror.has_value());
    m_copyUrlAction->setEnabled(mirror.has_value());
    // Catalog mirrors are shipped data; only the user's own can be edited or removed.
    const bool own = mirror && mirror->userDefined;
    m_editAction->setEnabled(own);
    m_removeAction->setEnabled(own);
}

void MirrorTableView::copyUrl()
{
    if (const auto mirror = currentMirror())
        QGuiApplication::clipboard()->setText(mirror->url);
}

void MirrorTableView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu key acts on the current row and opens the menu there; a click acts on the row
    // under the pointer.
    QPoint where = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect rect = visualRect(currentIndex());
        if (rect.isValid())
            where = viewport()->mapToGlobal(rect.center());
    } else if (const QModelIndex index = indexAt(event->pos()); index.isValid()) {
        setCurrentIndex(index);
    }
    updateActions();
    if (!currentMirror())
        return;
    // popup(), not exec(): no nested event loop while results keep arriving.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_useAction);
    menu->addAction(m_testAction);
    menu->addAction(m_copyUrlAction);
    // Catalog mirrors cannot be edited: showing greyed actions would only tease.
    if (currentMirror()->userDefined) {
        menu->addSeparator();
        menu->addAction(m_editAction);
        menu->addAction(m_removeAction);
    }
    menu->popup(where);
}

void MirrorTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableView::changeEvent(event);
}

void MirrorTableView::retranslateUi()
{
    setAccessibleName(tr("Mirrors"));
    setAccessibleDescription(
        tr("Mirrors with their measurements; press the context menu key for actions"));
    m_useAction->setText(tr("&Use this mirror"));
    m_testAction->setText(tr("&Test now"));
    m_copyUrlAction->setText(tr("&Copy URL"));
    m_editAction->setText(tr("&Edit…"));
    m_removeAction->setText(tr("&Remove"));
    m_model->retranslate();
}
