#pragma once

// What the tray tests share: a real tray host (trayer, started here on the X server of
// xvfb-run, stopped afterwards), loopback mirror servers (one stays up, one is stopped to make
// the mirror in use fail), a throw-away HOME whose Go config points at the failing one, and the
// app's tray pieces wired as main.cpp wires them.

#include "AppContext.h"
#include "FailoverController.h"
#include "MirrorSwitcher.h"
#include "MonitorController.h"
#include "catalog/MirrorCatalog.h"
#include "config/ChangeHistory.h"
#include "integration/probe/MirrorServerProcess.h"
#include "platform/DesktopIntegration.h"
#include "platform/DesktopNotifier.h"
#include "probe/ProbeEngine.h"
#include "settings/AppSettings.h"
#include "support/TestHome.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <memory>

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// trayer on this X server, for the whole test process (each ctest test is its own process).
class TrayHost
{
public:
    // "" when a tray is there; else why not (the tests skip with it).
    static QString ensure()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            return QStringLiteral("needs a real X server (xcb), not %1: run under xvfb-run")
                .arg(QGuiApplication::platformName());
        if (QSystemTrayIcon::isSystemTrayAvailable())
            return {};
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        if (trayer.isEmpty())
            return QStringLiteral("trayer (Debian package trayer) is not installed");
        // Ended with the test process (each ctest test is one), never left behind.
        struct Owned
        {
            QProcess process;
            ~Owned()
            {
                process.terminate();
                if (!process.waitForFinished(3000))
                    process.kill();
                process.waitForFinished(2000);
            }
        };
        static Owned owned;
        QProcess &process = owned.process;
        if (process.state() == QProcess::NotRunning) {
            process.start(trayer, {QStringLiteral("--edge"), QStringLiteral("top"),
                                   QStringLiteral("--align"), QStringLiteral("right"),
                                   QStringLiteral("--widthtype"), QStringLiteral("request"),
                                   QStringLiteral("--height"), QStringLiteral("28"),
                                   QStringLiteral("--transparent"), QStringLiteral("false"),
                                   QStringLiteral("--tint"), QStringLiteral("0x404040"),
                                   QStringLiteral("--SetDockType"), QStringLiteral("true")});
            if (!process.waitForStarted(5000))
                return QStringLiteral("trayer did not start");
        }
        if (!waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000))
            return QStringLiteral("trayer started but no tray selection owner appeared");
        return {};
    }
};

inline ProbeSettings trayProbeSettings()
{
    ProbeSettings s;
    s.timeoutMs = 1500;
    s.samples = 1;
    s.maxFails = 1; // one failed round takes a mirror Down
    s.failTimeoutMs = 1000;
    s.metadataMaxBytes = 1024 * 1024;
    s.throughputMaxBytes = 64 * 1024;
    s.throughputMaxMs = 1000;
    s.throughputCandidates = 0;
    s.workerThreads = 2;
    s.proxyMode = ProbeSettings::ProxyMode::None; // loopback only
    return s;
}

struct TrayFixture : ::testing::Test
{
    TestHome home;
    QThreadPool pool;
    AppContext context;
    std::unique_ptr<AppSettings> settings;
    MirrorServerProcess stable;
    MirrorServerProcess dying;
    std::unique_ptr<ProbeEngine> engine;
    std::unique_ptr<MonitorController> monitor;
    std::unique_ptr<MirrorSwitcher> switcher;
    std::unique_ptr<DesktopNotifier> notifier;
    std::unique_ptr<DesktopIntegration> desktop;
    std::unique_ptr<FailoverController> failover;

    QString goEnvPath() const { return home.path(QStringLiteral(".config/go/env")); }
    QByteArray goEnv() const
    {
        QFile file(goEnvPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeGoEnv(const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(goEnvPath()).absolutePath());
        QFile file(goEnvPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // Servers up, Go pointing at the mirror that will fail, the tray pieces built.
    void startAll(bool withTray = true)
    {
        startServers();
        if (!::testing::Test::HasFatalFailure())
            buildApp(withTray);
    }

    QList<Mirror> mirrors;
    void startServers()
    {
        ASSERT_TRUE(
            stable.start({QStringLiteral("go-up:go:official=1"), QStringLiteral("go-fast:go"),
                          QStringLiteral("npm-up:npm:official=1"), QStringLiteral("npm-alt:npm")}))
            << stable.errorString().toStdString();
        ASSERT_TRUE(dying.start({QStringLiteral("go-dying:go")}))
            << dying.errorString().toStdString();
        mirrors = stable.mirrors();
        mirrors += dying.mirrors();
        writeGoEnv("GOPROXY=" + dying.url(QStringLiteral("go-dying")).toUtf8() + "\n");
    }

    void buildApp(bool withTray = true)
    {
        pool.setMaxThreadCount(1);
        context.environment = home.toolEnvironment();
        context.catalog = std::make_shared<MirrorCatalog>(mirrors);
        context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
        context.diskPool = &pool;
        settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
            home.path(QStringLiteral("settings.ini")), QSettings::IniFormat));
        context.settings = settings.get();
        (void)settings->setFailoverStableSec(0);

        engine = std::make_unique<ProbeEngine>(trayProbeSettings());
        monitor = std::make_unique<MonitorController>(engine.get());
        monitor->setMirrors(mirrors);
        switcher = std::make_unique<MirrorSwitcher>(context);
        notifier = std::make_unique<DesktopNotifier>();
        if (withTray)
            desktop = std::make_unique<DesktopIntegration>(settings.get(), monitor.get(),
                                                           switcher.get(), notifier.get());
        failover = std::make_unique<FailoverController>(engine.get(), switcher.get(),
                                                        notifier.get(), settings.get());
        switcher->reloadAll();
        ASSERT_TRUE(waitUntil([this] { return switcher->inUse(QStringLiteral("go")).has_value(); }))
            << "the switcher never read the Go config";
    }

    // One round of every tool, finished.
    void measure()
    {
        int finished = 0;
        const auto connection = QObject::connect(engine.get(), &ProbeEngine::roundFinished,
                                                 [&finished](const QString &) { ++finished; });
        const int started = engine->startAllRounds(RoundOptions{false});
        ASSERT_GT(started, 0);
        ASSERT_TRUE(waitUntil([&] { return finished >= started; }, 30000));
        QObject::disconnect(connection);
    }

    QAction *menuAction(const QString &name)
    {
        desktop->rebuildMenu();
        return desktop->menu()->findChild<QAction *>(name);
    }

    void TearDown() override
    {
        if (engine)
            engine->cancel();
        pool.waitForDone();
    }
};
