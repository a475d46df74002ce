#include "HistoryDialog.h"

#include "DiffHighlighter.h"
#include "config/UnifiedDiff.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(QWidget *parent, Subject subject)
    : QDialog(parent)
    , m_subject(subject)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_diff = new QPlainTextEdit(splitter);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document(), palette().color(QPalette::Base).lightness() < 128);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setEnabled(false);
    m_close = new QPushButton(this);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_close);

    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this]() {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && row < m_entries.size())
            Q_EMIT restoreRequested(m_entries.at(row));
    });
    resize(760, 520);
    retranslateUi();
}

void HistoryDialog::setToolName(const QString &name)
{
    m_toolName = name;
    retranslateUi();
}

void HistoryDialog::setEntries(const QList<HistoryEntry> &entries)
{
    m_entries = entries;
    populate(0);
    retranslateUi();
}

void HistoryDialog::populate(int selectRow)
{
    const QList<HistoryEntry> &entries = m_entries;
    m_list->clear();
    const QLocale locale;
    for (const HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.id);
        item->setText(1, locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, entry.summary);
        item->setToolTip(2, QDir::toNativeSeparators(entry.filePath));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (QTreeWidgetItem *item = m_list->topLevelItem(qMax(0, selectRow)))
        m_list->setCurrentItem(item);
}

void HistoryDialog::setError(const QString &message)
{
    m_status->setText(message);
}

void HistoryDialog::selectEntry(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void HistoryDialog::showSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restore->setEnabled(row >= 0);
    if (row < 0 || row >= m_entries.size()) {
        m_diff->clear();
        return;
    }
    const HistoryEntry &entry = m_entries.at(row);
    const QString label = QDir::toNativeSeparators(entry.filePath);
    m_diff->setPlainText(UnifiedDiff::compute(entry.existedBefore ? entry.before : QByteArray(),
                                              entry.existsAfter ? entry.after : QByteArray(), label,
                                              label));
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        populate(m_list->indexOfTopLevelItem(m_list->currentItem())); // dates in the new format
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(m_toolName.isEmpty() ? tr("History") : tr("History — %1").arg(m_toolName));
    m_list->setHeaderLabels({tr("#"), tr("When"), tr("What changed")});
    m_list->setAccessibleName(tr("Past changes"));
    m_diff->setAccessibleName(tr("What the selected change wrote"));
    const bool lines = m_subject == Subject::ShellStartupLines;
    if (m_entries.isEmpty())
        m_status->setText(lines ? tr("MirrorDeck has not commented out any line yet.")
                                : tr("MirrorDeck has not changed this file yet."));
    else if (lines)
        m_status->setText(
            tr("Select a change to see what it wrote. \"Restore…\" puts the commented-out "
               "line back and keeps everything else in the file; you see the diff first."));
    else
        m_status->setText(
            tr("Select a change to see what it wrote. \"Restore…\" puts the file back "
               "to how it was before that change; you see the diff first."));
    m_restore->setText(tr("&Restore…"));
    m_restore->setToolTip(lines ? tr("Put the line the selected change commented out back")
                                : tr("Put the file back to how it was before the selected change"));
    m_close->setText(tr("Close"));
}
