#pragma once

// The main window, a thin shell: the navigation list (Overview, Go, npm, pip) beside a stack of
// pages, the menus and shortcuts (F5 measures and re-reads, Ctrl+1…4 switch pages), the status
// bar, and saving/restoring geometry, splitter, page and chart state. The pages do the work.

#include "AppContext.h"

#include <QList>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class ConfigService;
class EcosystemPage;
class MonitorController;
class OverviewPage;
class PrivateRepositoriesPage;
class ProfilesDialog;
struct HistoryEntry;
class QAction;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class UserMirrorActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `monitor` (not owned) measures the mirrors; may be null in tests.
    MainWindow(const AppContext &context, const QList<Mirror> &baseCatalog,
               MonitorController *monitor, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    void showPage(int index);
    int currentPage() const;
    EcosystemPage *ecosystemPage(const QString &ecosystem) const;
    OverviewPage *overviewPage() const { return m_overview; }
    PrivateRepositoriesPage *privateRepositoriesPage() const { return m_privateRepositories; }
    ConfigService *configService(const QString &ecosystem) const;
    QListWidget *navigation() const { return m_navigation; }

    // Re-reads every tool's settings and starts a measurement round (F5).
    void refresh();
    void restoreWindowState();
    void saveWindowState() const;
    // Tells the widgets that pick names by language (mirror names) what it is now.
    void setUiLanguage(const QString &language);
    void openPreferences();
    // File ▸ Profiles…: named settings for several tools, applied as one change.
    void openProfiles();
    ProfilesDialog *profilesDialog() const; // the open one, for tests
    // The tray's "Apply NAME…": the Profiles dialog with that profile's preview (every file's
    // diff); nothing is written before the user accepts it. An empty name only opens it.
    void previewProfile(const QString &name);
    // File ▸ Shell Start-up File History…: the lines MirrorDeck commented out in shell start-up
    // files, shown by the tool page on screen (the first one from the overview); each can be put
    // back with a preview.
    void showShellHistory();
    // Every file of a linked history group (a profile's), previewed in the Profiles dialog.
    void restoreHistoryGroup(const HistoryEntry &entry);
    // Quit (File ▸ Quit, Ctrl+Q): asks first when a Settings tab holds unsaved edits.
    void requestQuit();
    // The Save / Discard / Cancel question while it is open (tests).
    QMessageBox *unsavedEditsQuestion() const;
    // A problem that does not stop the app (e.g. a user mirror that was skipped), shown on the
    // overview with the core's message.
    void showWarning(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void showAbout();
    // The pages whose Settings tab has edits not applied yet.
    QList<EcosystemPage *> pagesWithUnsavedEdits() const;
    // Asks Save / Discard / Cancel; `proceed` runs after Discard. Returns false when there was
    // nothing to ask (no unsaved edits).
    bool askAboutUnsavedEdits(const std::function<void()> &proceed);

    AppContext m_context;
    MonitorController *m_monitor;
    QList<ConfigService *> m_services;
    QList<EcosystemPage *> m_pages;
    OverviewPage *m_overview = nullptr;
    PrivateRepositoriesPage *m_privateRepositories = nullptr;
    UserMirrorActions *m_userMirrors = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_shellHistory = nullptr;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<QMessageBox> m_unsavedQuestion;
    bool m_editsDiscarded = false; // the user chose Discard: close without asking again
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_about = nullptr;
};
