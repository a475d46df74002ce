#include "DesktopIntegration.h"

#include "AppContext.h"
#include "MirrorSwitcher.h"
#include "MonitorController.h"
#include "UiLog.h"
#include "platform/DesktopNotifier.h"
#include "profiles/ProfileStore.h"
#include "settings/AppSettings.h"
#include "widgets/HealthStateDisplay.h"
#include "widgets/LatencyGrade.h"
#include "widgets/MeasureFormat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QIcon trayIconFor(HealthState state)
{
    QString name;
    switch (state) {
    case HealthState::Up:
        name = QStringLiteral("up");
        break;
    case HealthState::Degraded:
        name = QStringLiteral("degraded");
        break;
    case HealthState::Down:
        name = QStringLiteral("down");
        break;
    case HealthState::Unknown:
        name = QStringLiteral("unknown");
        break;
    }
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/tray-%1-%2.png").arg(name).arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace

DesktopIntegration::DesktopIntegration(AppSettings *settings, MonitorController *monitor,
                                       MirrorSwitcher *switcher, DesktopNotifier *notifier,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_monitor(monitor)
    , m_switcher(switcher)
    , m_notifier(notifier)
{
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray = new QSystemTrayIcon(trayIconFor(HealthState::Unknown), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setContextMenu(m_menu);
    m_notifier->setFallbackTray(m_tray);
    connect(m_menu, &QMenu::aboutToShow, this, &DesktopIntegration::rebuildMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, &DesktopIntegration::onActivated);
    connect(m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::ShowTrayIcon)
            updateVisibility();
    });
    if (m_monitor) {
        ProbeEngine *engine = m_monitor->engine();
        connect(engine, &ProbeEngine::healthChanged, this, &DesktopIntegration::updateState);
        connect(engine, &ProbeEngine::roundFinished, this, &DesktopIntegration::updateState);
        connect(engine, &ProbeEngine::resultReady, this, &DesktopIntegration::updateState);
    }
    connect(m_switcher, &MirrorSwitcher::usageChanged, this, &DesktopIntegration::updateState);
    connect(m_switcher, &MirrorSwitcher::confirmationNeeded, this,
            [this](const QString &ecosystem, const Mirror &mirror, const QStringList &concerns,
                   const QString &) { askToConfirm(ecosystem, mirror, concerns); });
    connect(
        m_switcher, &MirrorSwitcher::switchFailed, this,
        [this](const QString &ecosystem, const QString &message, MirrorSwitcher::Origin origin) {
            if (origin == MirrorSwitcher::Origin::Failover)
                return; // the failover controller tells about its own
            m_notifier->notify(tr("%1 was not switched").arg(m_switcher->displayName(ecosystem)),
                               message);
        });
    connect(m_switcher, &MirrorSwitcher::notice, this,
            [this](const QString &ecosystem, const QString &message) {
                m_notifier->notify(tr("%1 switched").arg(m_switcher->displayName(ecosystem)),
                                   message);
            });
    updateState();
    updateVisibility();
    // Qt 6 quits by first asking every window to close: that close must not hide into the tray.
    qApp->installEventFilter(this);
}

DesktopIntegration::~DesktopIntegration()
{
    delete m_menu; // a QMenu cannot be a child of a non-widget
}

bool DesktopIntegration::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool DesktopIntegration::isActive() const
{
    return isTrayAvailable() && m_settings->showTrayIcon();
}

void DesktopIntegration::setMainWindow(QWidget *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void DesktopIntegration::updateVisibility()
{
    const bool active = isActive();
    m_tray->setVisible(active);
    // With the tray, the app lives on when its last window is hidden; without it, closing quits.
    QApplication::setQuitOnLastWindowClosed(!active);
    qCDebug(lcUi) << "tray active:" << active;
}

void DesktopIntegration::updateState()
{
    HealthState worst = HealthState::Unknown;
    if (m_monitor) {
        const HealthTracker &health = m_monitor->engine()->health();
        for (const QString &ecosystem : m_switcher->ecosystems()) {
            if (const std::optional<Mirror> mirror = m_switcher->inUse(ecosystem)) {
                worst = worseHealth(worst, health.state(mirror->id));
            }
        }
    }
    m_tray->setToolTip(toolTip());
    if (worst == m_state)
        return;
    m_state = worst;
    m_tray->setIcon(trayIconFor(worst));
    qCDebug(lcUi) << "tray state" << healthStateCode(worst);
    Q_EMIT stateChanged(worst);
}

QString DesktopIntegration::toolTip() const
{
    QStringList lines = {QStringLiteral("MirrorDeck")};
    if (m_monitor && m_monitor->isPaused())
        lines << tr("Monitoring paused");
    for (const QString &ecosystem : m_switcher->ecosystems()) {
        const std::optional<Mirror> mirror = m_switcher->inUse(ecosystem);
        if (!m_switcher->hasSnapshot(ecosystem))
            continue;
        const QString tool = m_switcher->displayName(ecosystem);
        if (!mirror) {
            lines << tr("%1: a mirror MirrorDeck does not list").arg(tool);
            continue;
        }
        const std::optional<double> latency =
            m_monitor ? m_monitor->engine()->lastResult(mirror->id).latencyMs : std::nullopt;
        lines << tr("%1: %2 — %3")
                     .arg(tool, mirror->displayName(currentUiLanguage()),
                          MeasureFormat::latency(latency));
    }
    return lines.join(u'\n');
}

QString DesktopIntegration::mirrorLabel(const Mirror &mirror) const
{
    const QString name = mirror.displayName(currentUiLanguage());
    if (!m_monitor)
        return name;
    ProbeEngine *engine = m_monitor->engine();
    const HealthState state = engine->health().state(mirror.id);
    const std::optional<double> latency = engine->lastResult(mirror.id).latencyMs;
    // "Name — 23 ms · Up"; menus treat '&' as a mnemonic marker, names may contain one.
    QString escaped = name;
    escaped.replace(u'&', QStringLiteral("&&"));
    if (!latency) // not measured, or failing: "Name · Down"
        return tr("%1 · %2").arg(escaped, HealthStateDisplay::text(state));
    return tr("%1 — %2 · %3")
        .arg(escaped, MeasureFormat::latency(latency), HealthStateDisplay::text(state));
}

void DesktopIntegration::rebuildMenu()
{
    // clear() removes the submenus' actions but not the submenus: they go first.
    qDeleteAll(m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_menu->clear();
    QAction *open = m_menu->addAction(tr("Open MirrorDeck"), this, &DesktopIntegration::showWindow);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();

    const LatencyThresholds thresholds{double(m_settings->latencyGoodMs()),
                                       double(m_settings->latencyWarningMs())};
    const MirrorCatalog &catalog = *m_switcher->context().catalog;
    for (const QString &ecosystem : m_switcher->ecosystems()) {
        const QList<Mirror> mirrors = catalog.byEcosystem(ecosystem);
        if (mirrors.isEmpty())
            continue;
        const std::optional<Mirror> inUse = m_switcher->inUse(ecosystem);
        const QString tool = m_switcher->displayName(ecosystem);
        QMenu *submenu = m_menu->addMenu(
            inUse ? tr("%1 — %2").arg(tool, inUse->displayName(currentUiLanguage())) : tool);
        submenu->setObjectName(QStringLiteral("trayMenu-") + ecosystem);
        submenu->setIcon(HealthStateDisplay::icon(
            inUse && m_monitor ? m_monitor->engine()->health().state(inUse->id)
                               : HealthState::Unknown));
        auto *group = new QActionGroup(submenu);
        group->setExclusive(true);
        for (const Mirror &mirror : mirrors) {
            QAction *action = submenu->addAction(mirrorLabel(mirror));
            action->setObjectName(QStringLiteral("trayUse-%1-%2").arg(ecosystem, mirror.id));
            action->setCheckable(true);
            action->setChecked(inUse && inUse->id == mirror.id);
            action->setActionGroup(group);
            std::optional<double> latencyMs;
            HealthState state = HealthState::Unknown;
            if (m_monitor) {
                latencyMs = m_monitor->engine()->lastResult(mirror.id).latencyMs;
                state = m_monitor->engine()->health().state(mirror.id);
            }
            // A failing mirror has no latency to colour: its state's icon (square + cross).
            action->setIcon(state == HealthState::Down
                                ? HealthStateDisplay::icon(state)
                                : LatencyGrade::icon(LatencyGrade::of(latencyMs, thresholds)));
            action->setIconVisibleInMenu(true);
            connect(action, &QAction::triggered, this,
                    [this, ecosystem, mirror]() { chooseMirror(ecosystem, mirror); });
        }
        submenu->addSeparator();
        QAction *fastest = submenu->addAction(tr("Use fastest"), this,
                                              [this, ecosystem]() { useFastest(ecosystem); });
        fastest->setObjectName(QStringLiteral("trayFastest-") + ecosystem);
        QMenu *again = submenu->addMenu(tr("Test again"));
        again->setObjectName(QStringLiteral("trayTestAgain-") + ecosystem);
        for (const Mirror &mirror : mirrors) {
            QString name = mirror.displayName(currentUiLanguage());
            name.replace(u'&', QStringLiteral("&&"));
            QAction *test = again->addAction(name, this, [this, ecosystem, id = mirror.id]() {
                if (m_monitor)
                    m_monitor->testMirror(ecosystem, id);
            });
            test->setObjectName(QStringLiteral("trayTest-%1-%2").arg(ecosystem, mirror.id));
        }
    }

    addProfilesMenu();
    m_menu->addSeparator();
    QAction *testAll = m_menu->addAction(tr("Test all now"), this, [this]() {
        if (m_monitor)
            m_monitor->refreshNow();
    });
    testAll->setObjectName(QStringLiteral("trayTestAll"));
    QAction *pause = m_menu->addAction(tr("Pause monitoring"));
    pause->setObjectName(QStringLiteral("trayPause"));
    pause->setCheckable(true);
    pause->setChecked(m_monitor && m_monitor->isPaused());
    connect(pause, &QAction::toggled, this, [this](bool on) {
        if (m_monitor)
            m_monitor->setPaused(on);
        m_tray->setToolTip(toolTip());
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, [this]() {
        m_quitting = true;
        Q_EMIT quitRequested();
        // The window's own quit asks about unsaved edits first (Save / Discard / Cancel).
        if (m_quitHandler)
            m_quitHandler();
        else
            QApplication::quit();
    });
    quit->setObjectName(QStringLiteral("trayQuit"));
}

void DesktopIntegration::setProfilesPath(const QString &path)
{
    m_profilesPath = path;
    refreshProfiles();
}

void DesktopIntegration::addProfilesMenu()
{
    if (m_profilesPath.isEmpty())
        return;
    refreshProfiles(); // for the next opening: this one shows what was read last
    m_menu->addSeparator();
    QMenu *profiles = m_menu->addMenu(tr("Profiles"));
    profiles->setObjectName(QStringLiteral("trayProfiles"));
    if (m_profileNames.isEmpty()) {
        QAction *none = profiles->addAction(tr("No profiles yet"));
        none->setEnabled(false);
    }
    for (const QString &name : std::as_const(m_profileNames)) {
        QAction *apply = profiles->addAction(tr("Apply “%1”…").arg(name), this,
                                             [this, name]() { Q_EMIT profileRequested(name); });
        apply->setObjectName(QStringLiteral("trayProfile-") + name);
    }
    profiles->addSeparator();
    QAction *manage = profiles->addAction(tr("Manage profiles…"), this,
                                          [this]() { Q_EMIT profileRequested(QString()); });
    manage->setObjectName(QStringLiteral("trayProfilesManage"));
}

void DesktopIntegration::refreshProfiles()
{
    if (m_profilesPath.isEmpty() || m_profilesLoading)
        return;
    m_profilesLoading = true;
    const QString path = m_profilesPath;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_profilesLoading = false;
        const QStringList names = watcher->result();
        if (names == m_profileNames)
            return;
        m_profileNames = names;
        if (m_menu && m_menu->isVisible())
            rebuildMenu();
    });
    watcher->setFuture(QtConcurrent::run([path]() {
        QStringList names;
        const Expected<QList<Profile>> profiles = ProfileStore(path).profiles();
        if (profiles) {
            for (const Profile &profile : *profiles)
                names << profile.name;
        } else {
            qCWarning(lcUi) << "tray: profiles not read:" << profiles.error().toString();
        }
        return names;
    }));
}

void DesktopIntegration::chooseMirror(const QString &ecosystem, const Mirror &mirror)
{
    m_switcher->switchTo(ecosystem, mirror, MirrorSwitcher::Origin::User);
}

void DesktopIntegration::useFastest(const QString &ecosystem)
{
    if (!m_monitor)
        return;
    ProbeEngine *engine = m_monitor->engine();
    // The engine's recommendation weighs more than latency; "fastest" is what the user reads
    // in the menu: the lowest latency among the mirrors that answer.
    std::optional<Mirror> best;
    double bestMs = 0;
    for (const Mirror &mirror : m_switcher->context().catalog->byEcosystem(ecosystem)) {
        const ProbeResult result = engine->lastResult(mirror.id);
        const HealthState state = engine->health().state(mirror.id);
        if (!result.latencyMs || state == HealthState::Down || state == HealthState::Unknown)
            continue;
        if (!best || *result.latencyMs < bestMs) {
            best = mirror;
            bestMs = *result.latencyMs;
        }
    }
    if (best)
        chooseMirror(ecosystem, *best);
    else
        m_notifier->notify(tr("No mirror measured yet"),
                           tr("%1 has no measured mirror yet; try again after a test.")
                               .arg(m_switcher->displayName(ecosystem)));
}

void DesktopIntegration::askToConfirm(const QString &ecosystem, const Mirror &mirror,
                                      const QStringList &concerns)
{
    // A small dialog of its own (the window may be hidden); never a nested event loop.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Switch %1?").arg(m_switcher->displayName(ecosystem)),
        tr("Switching %1 to %2 changes something you wrote:")
            .arg(m_switcher->displayName(ecosystem), mirror.displayName(currentUiLanguage())),
        QMessageBox::NoButton, m_window && m_window->isVisible() ? m_window : nullptr);
    box->setObjectName(QStringLiteral("traySwitchConfirm"));
    box->setInformativeText(concerns.join(u'\n') + QStringLiteral("\n\n") +
                            tr("The history keeps the old file, so this can be undone."));
    box->addButton(tr("&Switch"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ecosystem](int) {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole)
            m_switcher->confirm(ecosystem);
        else
            m_switcher->cancel(ecosystem);
    });
    box->open();
}

void DesktopIntegration::showWindow()
{
    if (!m_window)
        return;
    qCDebug(lcUi) << "window brought forward";
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopIntegration::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    switch (reason) {
    case QSystemTrayIcon::Trigger:
        if (m_settings->trayLeftClick() == AppSettings::TrayLeftClick::Window) {
            if (m_window && m_window->isVisible() && !m_window->isMinimized())
                m_window->hide();
            else
                showWindow();
        } else {
            m_menu->popup(QCursor::pos());
        }
        break;
    case QSystemTrayIcon::DoubleClick:
        showWindow();
        break;
    default:
        break;
    }
}

void DesktopIntegration::announceMissingTray()
{
    if (isTrayAvailable() || m_settings->noTrayNoticeShown())
        return;
    m_settings->setNoTrayNoticeShown(true);
    Q_EMIT windowNotice(tr("This desktop has no system tray, so MirrorDeck cannot keep running "
                           "in the background: closing the window quits, monitoring and failover "
                           "notices stop with it, and \"start minimised\" opens the window."));
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::Quit) {
        m_quitting = true;
        // A quit that something refused (a dialog) leaves closing to the tray afterwards.
        QTimer::singleShot(0, this, [this]() { m_quitting = false; });
        return false;
    }
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && isActive()) {
        // The app stays in the tray; the window only hides.
        event->ignore();
        m_window->hide();
        if (!m_settings->closeToTrayNoticeShown()) {
            m_settings->setCloseToTrayNoticeShown(true);
            m_notifier->notify(tr("MirrorDeck is still running"),
                               tr("It keeps measuring your mirrors in the tray. Use Quit in the "
                                  "tray menu to end it."));
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}
