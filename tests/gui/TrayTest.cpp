// The tray under a real tray host (trayer on Xvfb), against loopback mirror servers, with the
// real go and npm clients judging what a menu choice wrote, and notifications watched on the real
// session bus.

#include "TrayFixture.h"

#include "MainWindow.h"
#include "WindowActivity.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "pages/OverviewPage.h"
#include "pages/editors/SettingsEditor.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <csignal>
#include <sys/types.h>

namespace {

#define REQUIRE_TRAY()                                                                             \
    do {                                                                                           \
        const QString why = TrayHost::ensure();                                                    \
        if (!why.isEmpty())                                                                        \
            GTEST_SKIP() << why.toStdString();                                                     \
    } while (false)

bool hasProgram(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

// dbus-monitor watching Notify calls on the session bus; dunst answering them when installed
// (without a server the call still shows on the bus, and the app falls back to the tray balloon).
class NotificationWatch
{
public:
    QString start()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return QStringLiteral("no session bus: run under dbus-run-session");
        if (!hasProgram("dbus-monitor"))
            return QStringLiteral("dbus-monitor (Debian package dbus-bin) is not installed");
        if (hasProgram("dunst")) {
            replaceActivatedDunst();
            // dunst's context menu ("dunstctl context") asks its dmenu program which action to
            // run: this one picks the line naming `m_pick`, as a user clicking it would.
            const QString picker = m_dir.filePath(QStringLiteral("pick.sh"));
            QFile script(picker);
            if (script.open(QIODevice::WriteOnly)) {
                script.write("#!/bin/sh\ncat > \"$0.menu\"\ngrep -m1 -F -- \"$(cat \"$0.want\")\" "
                             "\"$0.menu\"\n");
                script.close();
                script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
            }
            QFile config(m_dir.filePath(QStringLiteral("dunstrc")));
            if (config.open(QIODevice::WriteOnly))
                config.write("[global]\n    dmenu = " + picker.toUtf8() + "\n");
            config.close();
            m_dunst.start(QStandardPaths::findExecutable(QStringLiteral("dunst")),
                          {QStringLiteral("-config"), config.fileName()});
            m_hasDunst = m_dunst.waitForStarted(5000);
            // Started is not serving: until this dunst owns the name, a Notify would have the bus
            // activate a second dunst (default configuration, no picker) that takes the name.
            if (m_hasDunst)
                m_hasDunst = waitUntil(
                    [this] {
                        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
                        const QString name = QStringLiteral("org.freedesktop.Notifications");
                        return bus && bus->isServiceRegistered(name) &&
                               qint64(bus->servicePid(name).value()) == m_dunst.processId();
                    },
                    5000);
        }
        m_monitor.setProcessChannelMode(QProcess::MergedChannels);
        m_monitor.start(QStandardPaths::findExecutable(QStringLiteral("dbus-monitor")),
                        {QStringLiteral("--session"),
                         QStringLiteral("type='method_call',interface='org.freedesktop."
                                        "Notifications',member='Notify'")});
        if (!m_monitor.waitForStarted(5000))
            return QStringLiteral("dbus-monitor did not start");
        // dbus-monitor prints its own NameAcquired signal once it listens.
        waitUntil([this] { return output().contains("NameAcquired"); }, 5000);
        return {};
    }
    // An earlier test's notification may have had the bus start dunst by D-Bus activation (its
    // service file), with its default configuration, on this test session's private bus: it
    // holds the name, so it is ended and ours (with the picker) takes over.
    static void replaceActivatedDunst()
    {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        const QString name = QStringLiteral("org.freedesktop.Notifications");
        if (!bus || !bus->isServiceRegistered(name))
            return;
        const uint pid = bus->servicePid(name);
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (pid == 0 || !comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "dunst")
            return;
        ::kill(pid_t(pid), SIGTERM);
        waitUntil([bus, name] { return !bus->isServiceRegistered(name); }, 5000);
    }
    bool hasDunst() const { return m_hasDunst; }
    // Picks the action whose label contains `label` in dunst's context menu (a user's click).
    bool invokeAction(const QString &label)
    {
        QFile want(m_dir.filePath(QStringLiteral("pick.sh.want")));
        if (!want.open(QIODevice::WriteOnly))
            return false;
        want.write(label.toUtf8());
        want.close();
        QProcess ctl;
        ctl.start(QStandardPaths::findExecutable(QStringLiteral("dunstctl")),
                  {QStringLiteral("context")});
        return ctl.waitForFinished(10000) && ctl.exitCode() == 0;
    }
    QString output()
    {
        m_seen += QString::fromUtf8(m_monitor.readAll());
        return m_seen;
    }
    ~NotificationWatch()
    {
        for (QProcess *process : {&m_monitor, &m_dunst}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(3000))
                    process->kill();
                process->waitForFinished(2000);
            }
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_monitor;
    QProcess m_dunst;
    bool m_hasDunst = false;
    QString m_seen;
};

} // namespace

using TrayGui = TrayFixture;

TEST_F(TrayGui, Tray_IconIsEmbeddedAndFollowsTheHealthOfTheMirrorInUse)
{
    REQUIRE_TRAY();
    startAll();
    ASSERT_TRUE(desktop->isActive());
    QSystemTrayIcon *tray = desktop->trayIcon();
    EXPECT_TRUE(tray->isVisible());
    // Embedded: the tray host gave the icon a place on screen.
    ASSERT_TRUE(waitUntil([tray] { return tray->geometry().isValid(); }, 10000))
        << "the tray host never embedded the icon";
    EXPECT_GT(tray->geometry().width(), 0);
    EXPECT_EQ(desktop->state(), HealthState::Unknown);

    measure();
    EXPECT_EQ(desktop->state(), HealthState::Up);
    EXPECT_TRUE(desktop->toolTip().contains(QStringLiteral(" ms")))
        << desktop->toolTip().toStdString();
    EXPECT_TRUE(desktop->toolTip().contains(switcher->displayName(QStringLiteral("go"))));

    const qint64 upIcon = tray->icon().cacheKey();
    dying.stop(); // the mirror Go uses stops answering
    measure();
    EXPECT_EQ(desktop->state(), HealthState::Down);
    EXPECT_NE(tray->icon().cacheKey(), upIcon);
}

TEST_F(TrayGui, TrayMenu_ListsMirrorsWithLatencyAndChecksTheOneInUse)
{
    REQUIRE_TRAY();
    startAll();
    measure();
    desktop->rebuildMenu();
    QMenu *go = desktop->menu()->findChild<QMenu *>(QStringLiteral("trayMenu-go"));
    ASSERT_TRUE(go);
    QAction *dyingAction = go->findChild<QAction *>(QStringLiteral("trayUse-go-go-dying"));
    ASSERT_TRUE(dyingAction);
    EXPECT_TRUE(dyingAction->isChecked());
    EXPECT_TRUE(dyingAction->text().contains(QStringLiteral(" ms · Up")))
        << dyingAction->text().toStdString();
    QAction *fast = go->findChild<QAction *>(QStringLiteral("trayUse-go-go-fast"));
    ASSERT_TRUE(fast);
    EXPECT_FALSE(fast->isChecked());
    for (const char *name : {"trayOpen", "trayTestAll", "trayPause", "trayQuit", "trayFastest-go"})
        EXPECT_TRUE(menuAction(QString::fromLatin1(name))) << name;
    // Every registered tool with mirrors in the catalog gets its submenu (npm and every other
    // npm-registry client share the loopback npm mirrors).
    EXPECT_TRUE(desktop->menu()->findChild<QMenu *>(QStringLiteral("trayMenu-npm")));
    for (const QString &id : EcosystemRegistry::ids()) {
        if (!context.catalog->byEcosystem(id).isEmpty()) {
            EXPECT_TRUE(desktop->menu()->findChild<QMenu *>(QStringLiteral("trayMenu-") + id))
                << id.toStdString();
        }
    }
    // Test again probes that one mirror.
    QSignalSpy results(engine.get(), &ProbeEngine::resultReady);
    menuAction(QStringLiteral("trayTest-go-go-fast"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return results.count() >= 1; }));
    EXPECT_EQ(results.first().first().value<ProbeResult>().mirrorId, QStringLiteral("go-fast"));
}

TEST_F(TrayGui, TrayMenu_ChoosingAMirrorSwitchesItThroughTheCoreForTheRealClients)
{
    REQUIRE_TRAY();
    if (!hasProgram("go") || !hasProgram("npm"))
        GTEST_SKIP() << "needs the real go and npm clients";
    startAll();
    const QString fastUrl = stable.url(QStringLiteral("go-fast"));
    QSignalSpy switched(switcher.get(), &MirrorSwitcher::switched);
    menuAction(QStringLiteral("trayUse-go-go-fast"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; })) << goEnv().data();
    EXPECT_TRUE(goEnv().contains(fastUrl.toUtf8())) << goEnv().data();
    EXPECT_TRUE(home.goEnv(QStringLiteral("GOPROXY")).outText().startsWith(fastUrl));
    // Through the core: one history entry, like a switch in the window.
    const auto entries = context.history->entries(QStringLiteral("go"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().id, switched.first().at(3).toString());
    ASSERT_TRUE(waitUntil([&] {
        return switcher->inUse(QStringLiteral("go")) &&
               switcher->inUse(QStringLiteral("go"))->id == QStringLiteral("go-fast");
    }));
    EXPECT_TRUE(menuAction(QStringLiteral("trayUse-go-go-fast"))->isChecked());

    const QString npmUrl = stable.url(QStringLiteral("npm-alt"));
    menuAction(QStringLiteral("trayUse-npm-npm-alt"))->trigger();
    ASSERT_TRUE(waitUntil(
        [&] { return home.readFile(QStringLiteral(".npmrc")).contains(npmUrl.toUtf8()); }));
    const QString registry = home.npmConfigGet(QStringLiteral("registry")).outText();
    EXPECT_EQ(registry.endsWith(u'/') ? registry : registry + u'/',
              npmUrl.endsWith(u'/') ? npmUrl : npmUrl + u'/');
}

TEST_F(TrayGui, TrayMenu_UseFastestPicksTheLowestLatencyMirrorThatAnswers)
{
    REQUIRE_TRAY();
    startAll();
    measure();
    dying.stop(); // the fastest might have been this one: it must not be chosen now
    measure();
    QString fastest;
    double best = 1e9;
    for (const Mirror &mirror : context.catalog->byEcosystem(QStringLiteral("go"))) {
        const auto latency = engine->lastResult(mirror.id).latencyMs;
        if (latency && engine->health().state(mirror.id) != HealthState::Down && *latency < best) {
            best = *latency;
            fastest = mirror.id;
        }
    }
    ASSERT_FALSE(fastest.isEmpty());
    ASSERT_NE(fastest, QStringLiteral("go-dying"));
    QSignalSpy switched(switcher.get(), &MirrorSwitcher::switched);
    menuAction(QStringLiteral("trayFastest-go"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }));
    EXPECT_EQ(switched.first().at(2).toString(), fastest);
    EXPECT_TRUE(goEnv().contains(context.catalog->find(fastest)->url.toUtf8())) << goEnv().data();
}

TEST_F(TrayGui, TrayMenu_ASwitchThatWouldDropWhatTheUserWroteAsksFirst)
{
    REQUIRE_TRAY();
    startAll();
    // A proxy the user typed, which no catalog mirror is (never contacted: nothing probes it).
    writeGoEnv("GOPROXY=http://127.0.0.1:9/corp-proxy,direct\n");
    switcher->reloadAll();
    ASSERT_TRUE(waitUntil([&] { return !switcher->inUse(QStringLiteral("go")); }));
    const QByteArray before = goEnv();

    menuAction(QStringLiteral("trayUse-go-go-fast"))->trigger();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("traySwitchConfirm") && widget->isVisible())
                box = qobject_cast<QMessageBox *>(widget);
        }
        return box != nullptr;
    }));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("corp-proxy")))
        << box->text().toStdString() << "\n"
        << box->informativeText().toStdString();
    QTest::qWait(300);
    EXPECT_EQ(goEnv(), before) << "nothing is written before the user says yes";
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    const QString fastUrl = stable.url(QStringLiteral("go-fast"));
    ASSERT_TRUE(waitUntil([&] { return goEnv().contains(fastUrl.toUtf8()); })) << goEnv().data();
}

TEST_F(TrayGui, Failover_ADownMirrorInUseSendsARealNotificationOffersASwitch)
{
    REQUIRE_TRAY();
    NotificationWatch watch;
    const QString why = watch.start();
    if (!why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    startAll();
    measure();
    const QByteArray before = goEnv();
    dying.stop();
    measure();
    const QString name = context.catalog->find(QStringLiteral("go-dying"))->name;
    ASSERT_TRUE(waitUntil([&] { return watch.output().contains(name); }, 10000))
        << watch.output().toStdString();
    const QString seen = watch.output();
    EXPECT_TRUE(seen.contains(QStringLiteral("member=Notify")));
    EXPECT_TRUE(seen.contains(QStringLiteral("is down")));
    EXPECT_TRUE(seen.contains(QStringLiteral("Switch to"))); // the action offered
    EXPECT_EQ(goEnv(), before) << "without automatic failover nothing is switched";
}

TEST_F(TrayGui, Failover_TheNotificationsSwitchActionSwitchesThroughDunst)
{
    REQUIRE_TRAY();
    if (!hasProgram("dunst") || !hasProgram("dunstctl"))
        GTEST_SKIP() << "needs dunst (Debian package dunst) to click a notification action";
    NotificationWatch watch;
    const QString why = watch.start();
    if (!why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    ASSERT_TRUE(watch.hasDunst());
    startAll();
    measure();
    dying.stop();
    measure();
    ASSERT_TRUE(
        waitUntil([&] { return watch.output().contains(QStringLiteral("Switch to")); }, 10000))
        << watch.output().toStdString();
    QSignalSpy switched(switcher.get(), &MirrorSwitcher::switched);
    QTest::qWait(300); // dunst shows it
    // dunstctl blocks until its picker ran; meanwhile this process must answer the bus.
    bool invoked = false;
    QTimer::singleShot(0, [&] { invoked = watch.invokeAction(QStringLiteral("Switch to")); });
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }, 15000))
        << "invoked=" << invoked << "\n"
        << watch.output().toStdString();
    EXPECT_NE(switched.first().at(2).toString(), QStringLiteral("go-dying"));
    EXPECT_FALSE(goEnv().contains(dying.url(QStringLiteral("go-dying")).toUtf8()));
}

TEST_F(TrayGui, Failover_AutomaticSwitchesRecordsInTheHistoryAndUndoRestores)
{
    REQUIRE_TRAY();
    if (!hasProgram("go"))
        GTEST_SKIP() << "needs the real go client";
    NotificationWatch watch;
    const bool watching = watch.start().isEmpty();
    startAll();
    settings->setAutoFailover(true);
    measure();
    QSignalSpy failedOver(failover.get(), &FailoverController::failedOver);
    const QString dyingUrl = dying.url(QStringLiteral("go-dying"));
    dying.stop();
    measure();
    ASSERT_TRUE(waitUntil([&] { return failedOver.count() == 1; })) << goEnv().data();
    const QByteArray switched = goEnv();
    EXPECT_FALSE(switched.contains(dyingUrl.toUtf8()));
    EXPECT_TRUE(switched.contains(stable.url(QStringLiteral("go-up")).toUtf8()) ||
                switched.contains(stable.url(QStringLiteral("go-fast")).toUtf8()));
    EXPECT_FALSE(home.goEnv(QStringLiteral("GOPROXY")).outText().startsWith(dyingUrl));
    const QString historyId = failedOver.first().at(2).toString();
    const auto entries = context.history->entries(QStringLiteral("go"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().id, historyId);
    if (watching) {
        EXPECT_TRUE(waitUntil(
            [&] { return watch.output().contains(QStringLiteral("failed over")); }, 10000))
            << watch.output().toStdString();
    }

    // One click undoes it (the banner's and the notification's Undo both call this).
    QSignalSpy undone(failover.get(), &FailoverController::undone);
    failover->undo(QStringLiteral("go"), historyId);
    ASSERT_TRUE(waitUntil([&] { return undone.count() == 1; }));
    EXPECT_TRUE(goEnv().contains(dyingUrl.toUtf8())) << goEnv().data();
    EXPECT_TRUE(home.goEnv(QStringLiteral("GOPROXY")).outText().startsWith(dyingUrl));
    // The undone mirror is still down, but the user chose it: no switching straight back.
    measure();
    QTest::qWait(500);
    EXPECT_EQ(failedOver.count(), 1);
    EXPECT_TRUE(goEnv().contains(dyingUrl.toUtf8()));
}

TEST_F(TrayGui, Failover_NeverSwitchesAShadowedKeyAndSaysSo)
{
    REQUIRE_TRAY();
    NotificationWatch watch;
    const QString why = watch.start();
    if (!why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    startServers();
    ASSERT_FALSE(HasFatalFailure());
    // GOPROXY in the environment overrides the file MirrorDeck writes: Go uses the dying mirror
    // through it, and writing the file would change nothing.
    writeGoEnv("");
    home.variables().insert(QStringLiteral("GOPROXY"), dying.url(QStringLiteral("go-dying")));
    buildApp();
    ASSERT_FALSE(switcher->shadows(QStringLiteral("go")).isEmpty());
    settings->setAutoFailover(true);
    measure();
    const QByteArray before = goEnv();
    dying.stop();
    measure();
    ASSERT_TRUE(
        waitUntil([&] { return watch.output().contains(QStringLiteral("overrides")); }, 10000))
        << watch.output().toStdString();
    EXPECT_EQ(goEnv(), before) << "a shadowed key is never switched automatically";
    const auto entries = context.history->entries(QStringLiteral("go"));
    ASSERT_TRUE(entries);
    EXPECT_TRUE(entries->isEmpty());
}

TEST_F(TrayGui, Window_ClosingHidesToTheTrayAndSaysSoOnce)
{
    REQUIRE_TRAY();
    startAll();
    QWidget window;
    window.resize(300, 200);
    desktop->setMainWindow(&window);
    QSignalSpy shown(notifier.get(), &DesktopNotifier::shown);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());
    window.close();
    EXPECT_FALSE(window.isVisible());
    EXPECT_TRUE(settings->closeToTrayNoticeShown());
    ASSERT_TRUE(waitUntil([&] { return shown.count() == 1; }, 10000));
    desktop->showWindow();
    EXPECT_TRUE(window.isVisible());
    window.close();
    QTest::qWait(500);
    EXPECT_EQ(shown.count(), 1) << "the notice comes once";
    // Hiding the icon (Preferences) makes closing quit again.
    settings->setShowTrayIcon(false);
    EXPECT_FALSE(desktop->trayIcon()->isVisible());
    EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
}

TEST_F(TrayGui, Tray_LeftClickOpensWhatPreferencesSayDoubleClickTheWindow)
{
    REQUIRE_TRAY();
    startAll();
    QWidget window;
    window.resize(300, 200);
    desktop->setMainWindow(&window);
    QSystemTrayIcon *tray = desktop->trayIcon();
    // Default: a left click opens the menu.
    ASSERT_EQ(settings->trayLeftClick(), AppSettings::TrayLeftClick::Menu);
    Q_EMIT tray->activated(QSystemTrayIcon::Trigger);
    ASSERT_TRUE(waitUntil([&] { return desktop->menu()->isVisible(); }, 5000));
    EXPECT_FALSE(window.isVisible());
    desktop->menu()->hide();
    // Double click: the window, always.
    Q_EMIT tray->activated(QSystemTrayIcon::DoubleClick);
    EXPECT_TRUE(window.isVisible());
    // "Shows or hides the window": a left click toggles it.
    settings->setTrayLeftClick(AppSettings::TrayLeftClick::Window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Q_EMIT tray->activated(QSystemTrayIcon::Trigger);
    EXPECT_FALSE(window.isVisible());
    Q_EMIT tray->activated(QSystemTrayIcon::Trigger);
    EXPECT_TRUE(window.isVisible());
    EXPECT_FALSE(desktop->menu()->isVisible());
}

TEST_F(TrayGui, Window_QuitStillQuitsWhileTheTrayKeepsTheWindow)
{
    REQUIRE_TRAY();
    startAll();
    QWidget window;
    window.resize(300, 200);
    desktop->setMainWindow(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // File > Quit, the tray's Quit and `mirrordeck --quit` all end in QCoreApplication::quit(),
    // which in Qt 6 first closes every window: the close-to-tray rule must not veto it.
    QTimer::singleShot(200, qApp, [] { QCoreApplication::quit(); });
    QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(99); });
    EXPECT_EQ(QApplication::exec(), 0);
    // …and the close that quitting sends is no "closed to the tray": no notice about it.
    EXPECT_FALSE(settings->closeToTrayNoticeShown());
}

TEST_F(TrayGui, Monitoring_PauseStopsRoundsAndLiveIntervalAppliesWhileShown)
{
    REQUIRE_TRAY();
    startAll();
    monitor->start(ProbeEngine::FirstRound::None);
    EXPECT_TRUE(monitor->isRunning());
    QAction *pause = menuAction(QStringLiteral("trayPause"));
    pause->trigger();
    EXPECT_TRUE(monitor->isPaused());
    EXPECT_FALSE(monitor->isRunning());
    EXPECT_TRUE(desktop->toolTip().contains(QStringLiteral("paused")));
    menuAction(QStringLiteral("trayPause"))->trigger();
    EXPECT_FALSE(monitor->isPaused());
    EXPECT_TRUE(monitor->isRunning());
    const int normal = monitor->effectiveIntervalMs();
    monitor->setLiveIntervalSec(5);
    monitor->setLive(true);
    EXPECT_EQ(monitor->effectiveIntervalMs(), qMin(normal, 5000));
    EXPECT_EQ(engine->settings().latencyIntervalMs, qMin(normal, 5000));
    monitor->setLive(false);
    EXPECT_EQ(engine->settings().latencyIntervalMs, normal);
}

// No tray host at all: closing the window quits, and the window says once why.
TEST(TrayAbsent, Window_WithoutATrayClosingQuitsAndTheWindowSaysWhy)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "a tray host is running on this display; this test needs none";
    TestHome home;
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    AppContext context;
    context.environment = home.toolEnvironment();
    Mirror mirror;
    mirror.id = QStringLiteral("go-a");
    mirror.ecosystem = QStringLiteral("go");
    mirror.url = QStringLiteral("http://127.0.0.1:9/go-a");
    mirror.name = QStringLiteral("Go Alpha");
    context.catalog = std::make_shared<MirrorCatalog>(QList<Mirror>{mirror});
    context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
    context.diskPool = &pool;
    AppSettings settings(std::make_unique<QSettings>(home.path(QStringLiteral("settings.ini")),
                                                     QSettings::IniFormat));
    context.settings = &settings;
    ProbeEngine engine(trayProbeSettings());
    MonitorController monitor(&engine);
    MirrorSwitcher switcher(context);
    DesktopNotifier notifier;
    DesktopIntegration desktop(&settings, &monitor, &switcher, &notifier);
    {
        MainWindow window(context, context.catalog->mirrors(), nullptr);
        desktop.setMainWindow(&window);
        QObject::connect(&desktop, &DesktopIntegration::windowNotice, &window,
                         &MainWindow::showWarning);
        EXPECT_FALSE(desktop.isActive());
        EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        desktop.announceMissingTray();
        bool said = false;
        for (MessageBanner *banner : window.overviewPage()->findChildren<MessageBanner *>())
            said = said || (banner->isVisible() &&
                            banner->text().contains(QStringLiteral("no system tray")));
        EXPECT_TRUE(said) << "the window says why tray features are missing";
        EXPECT_TRUE(settings.noTrayNoticeShown());

        // The real event loop: closing the only window ends it (the safety timer would say 99).
        QTimer::singleShot(200, &window, [&window] { window.close(); });
        QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(99); });
        EXPECT_EQ(QApplication::exec(), 0);
        EXPECT_FALSE(window.isVisible());
    }
    pool.waitForDone();
}

// Rounds come at the live interval only while a tool's page is on screen.
TEST(TrayLive, Monitoring_LiveIntervalWhileAMirrorPageIsShown)
{
    TestHome home;
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    AppContext context;
    context.environment = home.toolEnvironment();
    Mirror mirror;
    mirror.id = QStringLiteral("go-a");
    mirror.ecosystem = QStringLiteral("go");
    mirror.url = QStringLiteral("http://127.0.0.1:9/go-a");
    mirror.name = QStringLiteral("Go Alpha");
    context.catalog = std::make_shared<MirrorCatalog>(QList<Mirror>{mirror});
    context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
    context.diskPool = &pool;
    ProbeSettings probe = trayProbeSettings();
    probe.latencyIntervalMs = 60000;
    ProbeEngine engine(probe);
    MonitorController monitor(&engine);
    monitor.setLiveIntervalSec(5);
    {
        MainWindow window(context, context.catalog->mirrors(), &monitor);
        WindowActivity activity(&window, &monitor);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showPage(0); // the overview: no charts
        QTest::qWait(50);
        EXPECT_FALSE(monitor.isLive());
        EXPECT_EQ(engine.settings().latencyIntervalMs, 60000);
        window.showPage(1); // Go's page
        EXPECT_TRUE(waitUntil([&] { return monitor.isLive(); }, 2000));
        EXPECT_EQ(engine.settings().latencyIntervalMs, 5000);
        window.hide(); // in the tray: the configured interval again
        EXPECT_TRUE(waitUntil([&] { return !monitor.isLive(); }, 2000));
        EXPECT_EQ(engine.settings().latencyIntervalMs, 60000);
    }
    pool.waitForDone();
}

// What counts as "dropping something the user wrote" for a quick switch (no dialog otherwise).
TEST(TraySwitchConcerns, OnlyValuesNoKnownMirrorWroteAreConcerns)
{
    Mirror a;
    a.id = QStringLiteral("go-a");
    a.ecosystem = QStringLiteral("go");
    a.url = QStringLiteral("http://127.0.0.1:9/go-a");
    Mirror b = a;
    b.id = QStringLiteral("go-b");
    b.url = QStringLiteral("http://127.0.0.1:9/go-b");
    b.setOption(QStringLiteral("sumdb"), QStringLiteral("sum.golang.org http://127.0.0.1:9/b-sum"));
    const MirrorCatalog catalog({a, b});
    const QString key = QStringLiteral("GOPROXY");

    ConfigChange change;
    change.ecosystem = QStringLiteral("go");
    change.notes = {QStringLiteral("plain http")}; // told afterwards, never asked about
    change.keyChanges = {
        {key, a.url + QStringLiteral(",direct"), b.url + QStringLiteral(",direct")}};
    EXPECT_TRUE(MirrorSwitcher::concerns(change, catalog, key).isEmpty());

    // The first proxy of the chain is one the user typed: replacing it drops it.
    change.keyChanges = {
        {key, QStringLiteral("http://127.0.0.1:9/corp,direct"), a.url + QStringLiteral(",direct")}};
    const QStringList proxy = MirrorSwitcher::concerns(change, catalog, key);
    ASSERT_EQ(proxy.size(), 1);
    EXPECT_TRUE(proxy.first().contains(QStringLiteral("corp")));

    // A companion key the catalog wrote (b's GOSUMDB) goes quietly; one the user wrote does not.
    change.keyChanges = {{QStringLiteral("GOSUMDB"), b.option(QStringLiteral("sumdb")), QString()}};
    EXPECT_TRUE(MirrorSwitcher::concerns(change, catalog, key).isEmpty());
    change.keyChanges = {
        {QStringLiteral("GOSUMDB"), QStringLiteral("sum.corp.example"), QString()}};
    EXPECT_EQ(MirrorSwitcher::concerns(change, catalog, key).size(), 1);
}

TEST_F(TrayGui, TrayMenu_ProfilesAreListedAndApplyingOneShowsTheWindowsPreviewFirst)
{
    REQUIRE_TRAY();
    startAll();
    const QString profilesPath = ProfileStore::defaultPath(home.path(QStringLiteral("data")));
    Profile office;
    office.name = QStringLiteral("Office");
    office.settings = {{QStringLiteral("go"), QStringLiteral("GOPROXY"),
                        stable.url(QStringLiteral("go-fast")), false}};
    ASSERT_TRUE(ProfileStore(profilesPath).save(office));
    desktop->setProfilesPath(profilesPath);
    // Read on a worker thread, not while the menu opens.
    ASSERT_TRUE(waitUntil([this] { return desktop->profileNames() == QStringList{"Office"}; }));
    EXPECT_TRUE(menuAction(QStringLiteral("trayProfilesManage")));
    QAction *apply = menuAction(QStringLiteral("trayProfile-Office")); // menuAction rebuilds
    ASSERT_TRUE(apply);
    QSignalSpy requested(desktop.get(), &DesktopIntegration::profileRequested);
    apply->trigger();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().first().toString(), QStringLiteral("Office"));

    // What the app does with it: the window's preview of every file, nothing written yet.
    context.dataDirectory = home.path(QStringLiteral("data"));
    const QByteArray before = goEnv();
    MainWindow window(context, mirrors, monitor.get());
    window.show();
    window.previewProfile(QStringLiteral("Office"));
    ASSERT_TRUE(window.profilesDialog());
    ASSERT_TRUE(waitUntil([&] {
        return window.profilesDialog()->preview() &&
               window.profilesDialog()->preview()->isVisible();
    }));
    EXPECT_TRUE(window.profilesDialog()->preview()->diffText().contains(
        QStringLiteral("+GOPROXY=") + stable.url(QStringLiteral("go-fast"))))
        << window.profilesDialog()->preview()->diffText().toStdString();
    EXPECT_EQ(goEnv(), before);
    window.profilesDialog()->preview()->reject();
}

TEST_F(TrayGui, TrayQuit_WithUnsavedEditsAsksAndDiscardReallyQuits)
{
    REQUIRE_TRAY();
    startAll();
    MainWindow window(context, mirrors, monitor.get());
    desktop->setMainWindow(&window);
    // As main.cpp wires it: the tray's Quit goes through the window's own quit.
    desktop->setQuitHandler([&window]() { window.requestQuit(); });
    window.show();
    ASSERT_TRUE(
        waitUntil([&] { return window.configService(QStringLiteral("npm"))->hasSnapshot(); }));
    auto *registry = window.ecosystemPage(QStringLiteral("npm"))
                         ->editor()
                         ->findChild<QLineEdit *>(QStringLiteral("registry"));
    ASSERT_TRUE(registry);
    registry->setText(QStringLiteral("http://127.0.0.1:9/npm-x/"));
    QAction *quit = menuAction(QStringLiteral("trayQuit"));
    ASSERT_TRUE(quit);
    bool asked = false;
    QTimer::singleShot(100, qApp, [quit] { quit->trigger(); });
    QTimer::singleShot(800, qApp, [&window, &asked] {
        if (QMessageBox *question = window.unsavedEditsQuestion()) {
            asked = true;
            question->button(QMessageBox::Discard)->click();
        }
    });
    QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(99); });
    EXPECT_EQ(QApplication::exec(), 0) << "Discard hid the window instead of quitting";
    EXPECT_TRUE(asked);
}
