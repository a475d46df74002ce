#include "pages/PrivateRepositoriesPage.h"

#include "credentials/CredentialManager.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainBackend.h"
#include "dialogs/CredentialDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace {

// credentials.json sits in the data folder that also holds the history folder.
QString dataDirectoryOf(const AppContext &context)
{
    return context.history ? QFileInfo(context.history->directory()).absolutePath() : QString();
}

} // namespace

PrivateRepositoriesPage::PrivateRepositoriesPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_dataDirectory(dataDirectoryOf(context))
    , m_manager(new CredentialManager(
          context.environment, m_dataDirectory,
          context.history ? context.history->directory() : QString(),
          context.diskPool ? context.diskPool : QThreadPool::globalInstance(), this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_store(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("privateRepositories"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_store->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_store);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_add, &QPushButton::clicked, this, &PrivateRepositoriesPage::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &PrivateRepositoriesPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &PrivateRepositoriesPage::testSelected);
    connect(m_manager, &CredentialManager::finished, this, &PrivateRepositoriesPage::finished);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { setBusy(false); });
    retranslateUi();
    setBusy(false);

    // Which keychain: a D-Bus round trip, so on a worker; the answer comes back queued.
    QPointer<PrivateRepositoriesPage> self(this);
    QThreadPool::globalInstance()->start([self] {
        const KeychainInfo info = KeychainBackend::detect();
        QMetaObject::invokeMethod(
            qApp,
            [self, info] {
                if (self)
                    self->showStore(info);
            },
            Qt::QueuedConnection);
    });
    reload();
}

void PrivateRepositoriesPage::reload()
{
    if (!m_context.diskPool)
        return;
    QPointer<PrivateRepositoriesPage> self(this);
    const QString directory = m_dataDirectory;
    m_context.diskPool->start([self, directory] {
        const Expected<QList<CredentialEntry>> entries = CredentialStore(directory).entries();
        QMetaObject::invokeMethod(
            qApp,
            [self, entries] {
                if (!self)
                    return;
                if (entries) {
                    self->showEntries(*entries);
                } else {
                    self->m_result->setText(entries.error().toString());
                    self->showEntries({});
                }
                Q_EMIT self->reloaded();
            },
            Qt::QueuedConnection);
    });
}

void PrivateRepositoriesPage::showEntries(const QList<CredentialEntry> &entries)
{
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const CredentialEntry &entry = entries.at(row);
        QStringList setup;
        for (const CredentialSetupStep &step : entry.setup)
            setup << step.describe();
        const QStringList cells = {entry.url, CredentialEntry::useDescription(entry.use),
                                   entry.username, setup.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    setBusy(false);
}

void PrivateRepositoriesPage::showStore(const KeychainInfo &info)
{
    m_store->setText(info.available ? tr("Secrets are kept in %1, never in a file unless you "
                                         "choose so for an entry.")
                                          .arg(info.storeName)
                                    : info.message);
    m_store->setAccessibleName(m_store->text());
}

void PrivateRepositoriesPage::addEntry()
{
    CredentialDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBusy(true);
    m_result->setText(tr("Storing the secret…"));
    m_manager->add(dialog.entry(), dialog.options(), dialog.secret());
}

void PrivateRepositoriesPage::removeSelected()
{
    const QString url = selectedUrl();
    if (url.isEmpty())
        return;
    setBusy(true);
    m_result->setText(tr("Removing %1…").arg(url));
    m_manager->remove(url);
}

void PrivateRepositoriesPage::testSelected()
{
    const QString url = selectedUrl();
    if (url.isEmpty())
        return;
    setBusy(true);
    m_result->setText(tr("Testing %1…").arg(url));
    m_manager->test(url);
}

void PrivateRepositoriesPage::finished(const CredentialOutcome &outcome)
{
    QStringList lines = outcome.messages;
    lines << outcome.notes;
    if (!outcome.ok)
        lines << outcome.error;
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->setAccessibleName(m_result->text());
    setBusy(false);
    reload();
    Q_EMIT operationFinished(outcome.ok);
}

QString PrivateRepositoriesPage::selectedUrl() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const int row = selected.first()->row();
    return row < m_entries.size() ? m_entries.at(row).url : QString();
}

void PrivateRepositoriesPage::setBusy(bool busy)
{
    m_add->setEnabled(!busy);
    const bool selected = !busy && !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected);
}

void PrivateRepositoriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PrivateRepositoriesPage::retranslateUi()
{
    m_title->setText(tr("Private repositories"));
    m_intro->setText(tr("Credentials for private Git hosts, Go module proxies, npm registries and "
                        "pip indexes. MirrorDeck keeps each secret in the keychain and hands it to "
                        "the tool without a plain-text copy where the tool allows it."));
    if (m_store->text().isEmpty())
        m_store->setText(tr("Looking for the keychain…"));
    m_table->setHorizontalHeaderLabels(
        {tr("URL"), tr("Used by"), tr("User name"), tr("Set up by MirrorDeck")});
    m_table->setAccessibleName(tr("Private repositories"));
    m_add->setText(tr("&Add…"));
    m_add->setAccessibleName(tr("Add a private repository"));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the selected private repository"));
    m_test->setText(tr("&Test"));
    m_test->setAccessibleName(tr("Test the selected private repository"));
    m_result->setAccessibleName(tr("Result"));
}
