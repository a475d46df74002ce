#include "MainWindow.h"

#include "EcosystemIcon.h"
#include "MonitorController.h"
#include "UserMirrorActions.h"
#include "config/ShellStartupEditor.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "pages/OverviewPage.h"
#include "pages/PrivateRepositoriesPage.h"
#include "pages/editors/SettingsEditor.h"
#include "profiles/ProfileStore.h"
#include "settings/AppSettings.h"
#include "widgets/MirrorPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace {
constexpr quint32 kStateVersion = 1;

} // namespace

MainWindow::MainWindow(const AppContext &context, const QList<Mirror> &baseCatalog,
                       MonitorController *monitor, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mirrordeck-64.png")));
    ProbeEngine *engine = monitor ? monitor->engine() : nullptr;

    for (const QString &id : EcosystemRegistry::ids())
        m_services << new ConfigService(id, context, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(280);
    m_navigation->setSpacing(3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // A long page name is elided (its tooltip has it whole) rather than scrolled sideways; many
    // tools scroll the list vertically.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.12);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(base); padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 7px 8px; border-radius: 6px; margin: 0 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
    m_stack = new QStackedWidget(m_splitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({160, 900});
    setCentralWidget(m_splitter);

    m_overview = new OverviewPage(m_services, engine, m_stack);
    if (m_monitor && m_monitor->recorder())
        m_overview->setHistory(m_monitor->recorder());
    m_stack->addWidget(m_overview);
    const QIcon appIcon(QStringLiteral(":/icons/mirrordeck-32.png"));
    new QListWidgetItem(appIcon.isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : appIcon,
                        QString(), m_navigation);

    m_userMirrors = new UserMirrorActions(context, baseCatalog, this);
    for (ConfigService *service : std::as_const(m_services)) {
        auto *page = new EcosystemPage(service, engine, m_stack);
        m_pages << page;
        m_stack->addWidget(page);
        new QListWidgetItem(ecosystemIcon(service->ecosystem()), QString(), m_navigation);
        if (m_monitor)
            m_monitor->addPanel(page->mirrorPanel());
        connect(page, &EcosystemPage::statusMessage, this, [this](const QString &message) {
            if (message.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(message, 8000);
        });
        connect(page, &EcosystemPage::userMirrorSaveRequested, m_userMirrors,
                &UserMirrorActions::save);
        connect(page, &EcosystemPage::userMirrorRemoveRequested, m_userMirrors,
                &UserMirrorActions::remove);
        if (m_monitor)
            connect(page, &EcosystemPage::adHocMirrorChanged, m_monitor,
                    &MonitorController::setAdHocMirror);
        connect(page, &EcosystemPage::groupRestoreRequested, this,
                &MainWindow::restoreHistoryGroup);
        // A start-up file's line may shadow any tool's setting: every page reads its own again.
        connect(service, &ConfigService::applied, this,
                [this](const QString &, const ConfigChange &change) {
                    if (change.ecosystem != ShellStartupEditor::historyName())
                        return;
                    for (ConfigService *other : std::as_const(m_services))
                        other->reload();
                });
    }
    connect(m_userMirrors, &UserMirrorActions::catalogChanged, this, [this]() {
        if (m_monitor)
            m_monitor->setMirrors(m_context.catalog->mirrors());
        for (ConfigService *service : std::as_const(m_services))
            service->reload(); // the card names a mirror by the new list
    });
    connect(m_userMirrors, &UserMirrorActions::failed, this, [this](const CoreError &error) {
        if (auto *page = qobject_cast<EcosystemPage *>(m_stack->currentWidget()))
            page->banner()->showMessage(MessageBanner::Kind::Error, error.toString());
        else
            statusBar()->showMessage(error.toString(), 10000);
    });
    if (m_monitor)
        m_monitor->setMirrors(m_context.catalog->mirrors());
    // After the tools' pages: their Ctrl+N stay where users learnt them.
    m_privateRepositories = new PrivateRepositoriesPage(context, m_stack);
    m_stack->addWidget(m_privateRepositories);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(),
                        m_navigation);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_overview, &OverviewPage::openRequested, this, [this](const QString &ecosystem) {
        showPage(int(m_pages.indexOf(ecosystemPage(ecosystem))) + 1);
    });
    connect(m_overview, &OverviewPage::historyRequested, this, [this](const QString &historyId) {
        if (EcosystemPage *page = ecosystemPage(historyId)) {
            showPage(int(m_pages.indexOf(page)) + 1);
            page->showHistory();
        } else if (historyId == ShellStartupEditor::historyName()) {
            showShellHistory();
        } else { // a shared file's change: the private repositories page writes those
            showPage(m_stack->indexOf(m_privateRepositories));
        }
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_overview, [this](int row) {
        if (row == 0)
            m_overview->reloadSharedHistories();
    });
    connect(m_overview, &OverviewPage::useRecommendedRequested, this,
            [this](const QString &ecosystem) {
                EcosystemPage *page = ecosystemPage(ecosystem);
                showPage(int(m_pages.indexOf(page)) + 1);
                page->useRecommended();
            });

    buildMenus();
    statusBar()->setSizeGripEnabled(true);
    m_navigation->setCurrentRow(0);
    setTabOrder(m_navigation, m_stack);
    retranslateUi();
    resize(1180, 780);

    for (ConfigService *service : std::as_const(m_services))
        service->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_profiles = m_fileMenu->addAction(QString(), this, &MainWindow::openProfiles);
    m_profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_shellHistory = m_fileMenu->addAction(QString(), this, &MainWindow::showShellHistory);
    m_preferences = m_fileMenu->addAction(QString(), this, &MainWindow::openPreferences);
    // The platform's Preferences key; where it has none (GNOME, Xfce) the common Ctrl+, .
    m_preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                    ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                    : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &MainWindow::requestQuit);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refresh = m_viewMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(),
                                      this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i]() { showPage(i); });
        if (i < 9) // Ctrl+1…9; pages after the ninth are reached through the menu alone
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << action;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_navigation->count())
        m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

EcosystemPage *MainWindow::ecosystemPage(const QString &ecosystem) const
{
    for (EcosystemPage *page : m_pages) {
        if (page->ecosystem() == ecosystem)
            return page;
    }
    return nullptr;
}

ConfigService *MainWindow::configService(const QString &ecosystem) const
{
    for (ConfigService *service : m_services) {
        if (service->ecosystem() == ecosystem)
            return service;
    }
    return nullptr;
}

void MainWindow::refresh()
{
    for (ConfigService *service : std::as_const(m_services))
        service->reload();
    // Say what F5 did: a round that is already running is not started twice (the engine
    // refuses), and the user should know the numbers are on their way.
    const bool wasRunning = m_monitor && m_monitor->isRunning();
    const int started = m_monitor ? m_monitor->refreshNow() : 0;
    QString message;
    if (started > 0 && wasRunning)
        message = tr("Settings re-read; measuring %n more tool(s) now, the rest are already "
                     "being measured.",
                     nullptr, started);
    else if (started > 0)
        message = tr("Settings re-read; measuring the mirrors now.");
    else if (wasRunning)
        message = tr("Settings re-read; a measurement is already running, its results replace "
                     "the table as they arrive.");
    else
        message = tr("Settings re-read. No mirrors to measure.");
    statusBar()->showMessage(message, 6000);
}

void MainWindow::setUiLanguage(const QString &language)
{
    for (EcosystemPage *page : std::as_const(m_pages))
        page->mirrorPanel()->setUiLanguage(language);
}

void MainWindow::restoreWindowState()
{
    if (!m_context.settings)
        return;
    AppSettings *settings = m_context.settings;
    const QByteArray geometry = settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    QByteArray blob = settings->windowState();
    QDataStream in(&blob, QIODevice::ReadOnly);
    quint32 version = 0;
    in >> version;
    if (version == kStateVersion) {
        QByteArray windowState, splitterState;
        QList<QByteArray> panels;
        in >> windowState >> splitterState >> panels;
        if (in.status() == QDataStream::Ok) {
            restoreState(windowState);
            m_splitter->restoreState(splitterState);
            for (int i = 0; i < qMin(panels.size(), m_pages.size()); ++i)
                m_pages.at(i)->mirrorPanel()->restoreState(panels.at(i));
        }
    }
    const QString page = settings->selectedPage();
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == page)
            showPage(i);
    }
}

void MainWindow::saveWindowState() const
{
    if (!m_context.settings)
        return;
    AppSettings *settings = m_context.settings;
    // One blob: the window's own state, the navigation splitter and each panel's layout.
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    QList<QByteArray> panels;
    for (EcosystemPage *page : m_pages)
        panels << page->mirrorPanel()->saveState();
    out << kStateVersion << saveState() << m_splitter->saveState() << panels;
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(blob);
    settings->setSelectedPage(m_stack->currentWidget()->objectName());
    settings->sync();
}

void MainWindow::showWarning(const QString &message)
{
    m_overview->showWarning(message);
}

void MainWindow::openPreferences()
{
    if (!m_context.settings)
        return;
    auto *dialog = new PreferencesDialog(m_context.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

ProfilesDialog *MainWindow::profilesDialog() const
{
    return m_profilesDialog;
}

void MainWindow::openProfiles()
{
    const QString dataDirectory =
        !m_context.dataDirectory.isEmpty()
            ? m_context.dataDirectory
            : (m_context.history ? QFileInfo(m_context.history->directory()).absolutePath()
                                 : QString());
    if (dataDirectory.isEmpty())
        return;
    auto *dialog = new ProfilesDialog(m_context, ProfileStore::defaultPath(dataDirectory), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // A profile rewrites several tools' files: every page reads its settings again.
    connect(dialog, &ProfilesDialog::profileApplied, this, [this]() {
        for (ConfigService *service : std::as_const(m_services))
            service->reload();
    });
    m_profilesDialog = dialog;
    dialog->open();
}

void MainWindow::previewProfile(const QString &name)
{
    if (!m_profilesDialog)
        openProfiles();
    if (m_profilesDialog && !name.isEmpty())
        m_profilesDialog->applyProfile(name);
}

void MainWindow::showShellHistory()
{
    auto *page = qobject_cast<EcosystemPage *>(m_stack->currentWidget());
    if (!page && !m_pages.isEmpty()) {
        page = m_pages.first();
        showPage(1);
    }
    if (page)
        page->showShellHistory();
}

void MainWindow::restoreHistoryGroup(const HistoryEntry &entry)
{
    if (!m_profilesDialog)
        openProfiles();
    if (m_profilesDialog)
        m_profilesDialog->restoreGroup(entry);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About MirrorDeck"),
                                tr("<b>MirrorDeck %1</b><br>Measures Go, npm and pip mirrors and "
                                   "switches between them without disturbing the rest of your "
                                   "configuration files.")
                                    .arg(QStringLiteral(MIRRORDECK_VERSION)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

QList<EcosystemPage *> MainWindow::pagesWithUnsavedEdits() const
{
    QList<EcosystemPage *> pages;
    for (EcosystemPage *page : m_pages) {
        if (page->editor() && page->editor()->isModified())
            pages << page;
    }
    return pages;
}

QMessageBox *MainWindow::unsavedEditsQuestion() const
{
    return m_unsavedQuestion;
}

bool MainWindow::askAboutUnsavedEdits(const std::function<void()> &proceed)
{
    const QList<EcosystemPage *> pages = pagesWithUnsavedEdits();
    if (pages.isEmpty() || m_editsDiscarded)
        return false;
    if (m_unsavedQuestion)
        return true; // already asking
    QStringList tools;
    for (EcosystemPage *page : pages)
        tools << m_navigation->item(int(m_pages.indexOf(page)) + 1)->text();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The settings of %1 have changes that are not applied yet.")
                            .arg(tools.join(QStringLiteral(", "))),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedEditsQuestion"));
    box->setInformativeText(tr("Save shows the change to apply; Discard drops the edits."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, pages, proceed]() {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save) {
            // Applying goes through the usual preview; the window stays open for it.
            EcosystemPage *first = pages.first();
            showPage(int(m_pages.indexOf(first)) + 1);
            for (EcosystemPage *page : pages)
                page->applyEditor();
        } else if (choice == QMessageBox::Discard) {
            for (EcosystemPage *page : pages)
                page->revertEditor();
            m_editsDiscarded = true;
            proceed();
        }
    });
    m_unsavedQuestion = box;
    box->open();
    return true;
}

void MainWindow::requestQuit()
{
    if (!askAboutUnsavedEdits([]() { QCoreApplication::quit(); }))
        QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (askAboutUnsavedEdits([this]() { close(); })) {
        event->ignore();
        return;
    }
    m_editsDiscarded = false;
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MirrorDeck — Mirror Manager"));
    QStringList names = {tr("Overview")};
    for (ConfigService *service : std::as_const(m_services))
        names << service->displayName();
    names << tr("Private repositories");
    for (int i = 0; i < m_navigation->count() && i < names.size(); ++i) {
        m_navigation->item(i)->setText(names.at(i));
        m_navigation->item(i)->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1)
                                                : names.at(i));
    }
    m_navigation->setAccessibleName(tr("Pages"));
    m_stack->setAccessibleName(tr("Current page"));
    m_fileMenu->setTitle(tr("&File"));
    m_preferences->setText(tr("&Preferences…"));
    m_profiles->setText(tr("Pro&files…"));
    m_shellHistory->setText(tr("Shell Start-up File &History…"));
    m_shellHistory->setToolTip(tr("Lines MirrorDeck commented out in shell start-up files, any of "
                                  "which can be put back"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh and measure"));
    for (int i = 0; i < m_pageActions.size() && i < names.size(); ++i)
        m_pageActions.at(i)->setText(names.at(i));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About MirrorDeck"));
}
