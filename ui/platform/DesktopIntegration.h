#pragma once

// The tray (qBittorrent's DesktopIntegration is the model): owns the QSystemTrayIcon and its
// menu, knows whether a tray is active, and rebuilds the menu from live data just before it
// opens. The icon shows the health of the mirrors in use (all up / some degraded / one down /
// unknown, by shape as well as colour); the tool-tip lists each tool's mirror and latency.
//
// Menu: "Open MirrorDeck"; one submenu per registered tool listing its mirrors ("Name — 23 ms ·
// Up", coloured by the Preferences thresholds, the one in use checked; choosing one switches
// through MirrorSwitcher), "Use fastest" and "Test again"; "Profiles" (apply one — the window
// shows its preview first — or manage them); "Test all now"; "Pause monitoring"; "Quit". Left click
// opens the menu or the window (Preferences); double click the window.
//
// While the tray is active, closing the window hides it (the first time a notice says so);
// without a tray, closing quits and the window says once why tray features are missing.

#include "probe/HealthState.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QSystemTrayIcon>

#include <functional>

class AppSettings;
class DesktopNotifier;
class MirrorSwitcher;
class MonitorController;
class QMenu;
class QWidget;
struct Mirror;

class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(AppSettings *settings, MonitorController *monitor, MirrorSwitcher *switcher,
                       DesktopNotifier *notifier, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // The window shown, hidden and brought forward; its close event is watched.
    void setMainWindow(QWidget *window);

    // A system tray exists on this desktop (a tray host is running).
    static bool isTrayAvailable();
    // The icon is shown: a tray exists and the user did not hide the icon.
    bool isActive() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

    // The worst health of the mirrors in use: what the icon shows.
    HealthState state() const { return m_state; }
    QString toolTip() const;
    // Fills the menu from live data (also run by aboutToShow).
    void rebuildMenu();

    void showWindow();
    // Where there is no tray: tells the window once why (call after the window is up).
    void announceMissingTray();

    // The profiles file the "Profiles" submenu lists; read on a worker thread, never in the
    // menu's aboutToShow.
    void setProfilesPath(const QString &path);
    // What the menu's Quit does; QApplication::quit() unless set (the window's requestQuit).
    void setQuitHandler(std::function<void()> handler) { m_quitHandler = std::move(handler); }
    QStringList profileNames() const { return m_profileNames; }

Q_SIGNALS:
    void stateChanged(HealthState state);
    // "Apply NAME…" (or "Manage profiles…" with an empty name): the window previews it.
    void profileRequested(const QString &name);
    // A one-time notice for the window (no tray host).
    void windowNotice(const QString &message);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();
    void updateState();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void chooseMirror(const QString &ecosystem, const Mirror &mirror);
    void useFastest(const QString &ecosystem);
    void askToConfirm(const QString &ecosystem, const Mirror &mirror, const QStringList &concerns);
    QString mirrorLabel(const Mirror &mirror) const;
    void addProfilesMenu();
    void refreshProfiles();

    AppSettings *m_settings;
    QPointer<MonitorController> m_monitor;
    MirrorSwitcher *m_switcher;
    DesktopNotifier *m_notifier;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    HealthState m_state = HealthState::Unknown;
    bool m_quitting = false;
    QString m_profilesPath;
    std::function<void()> m_quitHandler;
    QStringList m_profileNames;
    bool m_profilesLoading = false;
};
