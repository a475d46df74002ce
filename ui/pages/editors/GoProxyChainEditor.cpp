#include "GoProxyChainEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEntryColumn = 0;
constexpr int kSeparatorColumn = 1;
} // namespace

GoProxyChainEditor::GoProxyChainEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("goproxyChain"));
    m_table->verticalHeader()->setVisible(true);
    m_table->horizontalHeader()->setSectionResizeMode(kEntryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kSeparatorColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(140);

    auto *addRow = new QHBoxLayout;
    m_newEntry = new QLineEdit(this);
    m_add = new QPushButton(this);
    m_addDirect = new QPushButton(this);
    addRow->addWidget(m_newEntry, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_addDirect);
    m_setOff = new QPushButton(this);
    addRow->addWidget(m_setOff);

    auto *buttons = new QVBoxLayout;
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), QString(), this);
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), QString(), this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);
    layout->addLayout(tableRow);
    // With no chain in the file, say what is in effect instead of showing an empty table only.
    m_emptyHint = new QLabel(this);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyHint);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, [this]() {
        const QString text = m_newEntry->text().trimmed();
        if (text.isEmpty())
            return;
        addEntry(text);
        m_newEntry->clear();
    });
    connect(m_newEntry, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_addDirect, &QPushButton::clicked, this,
            [this]() { addEntry(QStringLiteral("direct")); });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        Q_EMIT chainChanged();
    });
    connect(m_up, &QPushButton::clicked, this, [this]() { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveSelected(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this]() {
        if (m_updating)
            return;
        updateButtons(); // an entry typed as "direct" loses its "Then"
        Q_EMIT chainChanged();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &GoProxyChainEditor::updateButtons);

    // "off" is a whole chain of its own: the go command then downloads nothing.
    connect(m_setOff, &QPushButton::clicked, this, [this]() {
        setChain(QStringLiteral("off"));
        Q_EMIT chainChanged();
    });
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_table);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, m_remove, &QPushButton::click);
    retranslateUi();
    updateButtons();
}

void GoProxyChainEditor::setChain(const QString &value)
{
    m_updating = true;
    m_table->setRowCount(0);
    QString entry;
    for (const QChar c : value.trimmed()) {
        if (c == QLatin1Char(',') || c == QLatin1Char('|')) {
            insertRow(m_table->rowCount(), entry.trimmed(), c);
            entry.clear();
        } else {
            entry += c;
        }
    }
    if (!entry.trimmed().isEmpty() || m_table->rowCount() > 0)
        insertRow(m_table->rowCount(), entry.trimmed(), QLatin1Char(','));
    m_updating = false;
    updateButtons();
}

QString GoProxyChainEditor::chain() const
{
    QString result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, kEntryColumn);
        if (row > 0)
            result += separatorAt(row - 1);
        result += item ? item->text().trimmed() : QString();
    }
    return result;
}

void GoProxyChainEditor::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    m_emptyHint->setText(tr("Your file sets no chain. %1. Add entries to set your own.").arg(text));
    m_table->setToolTip(text);
    m_newEntry->setPlaceholderText(tr("Add a proxy URL, e.g. https://goproxy.cn"));
    updateButtons();
}

void GoProxyChainEditor::addEntry(const QString &entry, QChar separator)
{
    int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    // "direct" and "off" end a chain: new proxies go before a trailing one.
    if (row == m_table->rowCount() && row > 0) {
        const QString last = m_table->item(row - 1, kEntryColumn)->text();
        if ((last == QLatin1String("direct") || last == QLatin1String("off")) &&
            entry != QLatin1String("direct"))
            row -= 1;
    }
    m_updating = true;
    insertRow(row, entry, separator);
    m_updating = false;
    m_table->setCurrentCell(row, kEntryColumn);
    updateButtons();
    Q_EMIT chainChanged();
}

void GoProxyChainEditor::insertRow(int row, const QString &entry, QChar separator)
{
    m_table->insertRow(row);
    m_table->setItem(row, kEntryColumn, new QTableWidgetItem(entry));
    auto *combo = new QComboBox(m_table);
    combo->addItem(tr("“,” next only if not found"), QStringLiteral(","));
    combo->addItem(tr("“|” next on any error"), QStringLiteral("|"));
    combo->setCurrentIndex(separator == QLatin1Char('|') ? 1 : 0);
    combo->setAccessibleName(tr("Fallback to the next entry"));
    connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            Q_EMIT chainChanged();
    });
    // In a holder: the view shows every cell widget whenever it lays out, so hiding the combo
    // itself would not last; a hidden combo inside a shown holder stays hidden.
    auto *holder = new QWidget(m_table);
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    combo->setParent(holder);
    layout->addWidget(combo);
    m_table->setCellWidget(row, kSeparatorColumn, holder);
}

QComboBox *GoProxyChainEditor::separatorCombo(int row) const
{
    QWidget *holder = m_table->cellWidget(row, kSeparatorColumn);
    return holder ? holder->findChild<QComboBox *>() : nullptr;
}

QChar GoProxyChainEditor::separatorAt(int row) const
{
    const QComboBox *combo = separatorCombo(row);
    return combo && combo->currentData().toString() == QLatin1String("|") ? QLatin1Char('|')
                                                                          : QLatin1Char(',');
}

void GoProxyChainEditor::moveSelected(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const QString entry = m_table->item(row, kEntryColumn)->text();
    const QChar separator = separatorAt(row);
    m_updating = true;
    m_table->removeRow(row);
    insertRow(target, entry, separator);
    m_updating = false;
    m_table->setCurrentCell(target, kEntryColumn);
    updateButtons();
    Q_EMIT chainChanged();
}

void GoProxyChainEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
    m_emptyHint->setVisible(m_table->rowCount() == 0 && !m_placeholder.isEmpty());
    // The separator after the last entry means nothing, and neither does one after "direct" or
    // "off" (the go command stops there); hide it so nobody wonders.
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QTableWidgetItem *item = m_table->item(i, kEntryColumn);
        const QString entry = item ? item->text().trimmed() : QString();
        const bool ends = entry == QLatin1String("direct") || entry == QLatin1String("off");
        if (QComboBox *combo = separatorCombo(i))
            combo->setVisible(i + 1 < m_table->rowCount() && !ends);
    }
    orderFocusChain();
}

void GoProxyChainEditor::orderFocusChain()
{
    // Row widgets are created after the buttons, so Qt would put them last in the chain (after
    // the page's Apply button): keep reading order — table, its rows, then the buttons.
    QWidget *previous = m_table;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QComboBox *combo = separatorCombo(row)) {
            setTabOrder(previous, combo);
            previous = combo;
        }
    }
    for (QWidget *next : {static_cast<QWidget *>(m_up), static_cast<QWidget *>(m_down),
                          static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_newEntry),
                          static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_addDirect),
                          static_cast<QWidget *>(m_setOff)}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void GoProxyChainEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GoProxyChainEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Proxy (tried in order)"), tr("Then")});
    m_table->setAccessibleName(tr("GOPROXY chain"));
    m_newEntry->setPlaceholderText(tr("Add a proxy URL, e.g. https://goproxy.cn"));
    m_newEntry->setAccessibleName(tr("New GOPROXY entry"));
    m_add->setText(tr("Add"));
    m_addDirect->setText(tr("Add “direct”"));
    m_addDirect->setToolTip(tr("Fetch straight from the version control system when the proxies "
                               "do not have a module"));
    m_remove->setText(tr("Remove"));
    m_setOff->setText(tr("Set “off”"));
    m_setOff->setToolTip(tr("Forbid module downloads: the go command then uses only what is "
                            "already in the module cache"));
    m_up->setToolTip(tr("Move up"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setToolTip(tr("Move down"));
    m_down->setAccessibleName(tr("Move down"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QComboBox *combo = separatorCombo(row)) {
            combo->setItemText(0, tr("“,” next only if not found"));
            combo->setItemText(1, tr("“|” next on any error"));
            combo->setAccessibleName(tr("Fallback to the next entry"));
        }
    }
}
