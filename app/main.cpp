// The GUI entry: the composition root (AppServices), command line, single instance, translations
// and the main window. Everything else lives in mirrordeck_ui and mirrordeck_core.

#include "AppContext.h"
#include "AppServices.h"
#include "FailoverController.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "MirrorSwitcher.h"
#include "MonitorController.h"
#include "PreferencesApplier.h"
#include "ScreenshotTour.h"
#include "TrayMenuShowcase.h"
#include "UiLog.h"
#include "WindowActivity.h"
#include "i18n/TranslationLoader.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "platform/DesktopIntegration.h"
#include "platform/DesktopNotifier.h"
#include "platform/SingleInstance.h"
#include "probe/ProbeEngine.h"
#include "probedb/ProbeRecorder.h"
#include "profiles/ProfileStore.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

struct Options
{
    QString catalogPath;
    bool minimized = false;
    bool show = false;
};

Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Measure Go, npm and pip mirrors and switch between "
                                            "them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalog(
        QStringLiteral("catalog"),
        QCoreApplication::translate("main", "Use the mirror catalog in FILE instead of the "
                                            "built-in one."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption minimized(
        {QStringLiteral("minimized"), QStringLiteral("minimised")},
        QCoreApplication::translate("main", "Start with the window minimised."));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QCoreApplication::translate("main", "Bring the running MirrorDeck's window forward; start "
                                            "MirrorDeck if it is not running."));
    const QCommandLineOption quit(
        QStringLiteral("quit"),
        QCoreApplication::translate("main", "Quit the running MirrorDeck, if there is one."));
    parser.addOption(catalog);
    parser.addOption(minimized);
    parser.addOption(show);
    parser.addOption(quit);
    parser.process(app);
    return {parser.value(catalog), parser.isSet(minimized), parser.isSet(show)};
}

// `mirrordeck --quit` needs no display and no window: it only tells the running instance.
bool isQuitCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--quit") == 0 || qstrcmp(argv[i], "-quit") == 0)
            return true;
    }
    return false;
}

// Ends the program with a message the user can read, in a window and on stderr.
int fail(const QString &message)
{
    std::fprintf(stderr, "mirrordeck: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QStringLiteral("MirrorDeck"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (isQuitCommand(argc, argv)) {
        QCoreApplication core(argc, argv);
        SingleInstance(QString()).send(SingleInstance::Command::Quit);
        return 0; // also when none was running: then there is nothing to quit
    }
    QApplication::setDesktopFileName(QStringLiteral("io.github.mirrordeck.MirrorDeck"));
    QApplication app(argc, argv);
    // AppServices applies the identity ("mirrordeck", shared with the CLI); window titles still
    // name the product.
    QApplication::setApplicationDisplayName(QStringLiteral("MirrorDeck"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/mirrordeck-64.png")));

    // The system language first, so what the start-up merge reports is translated; then the one
    // the Preferences chose.
    TranslationLoader translations(&app);
    translations.apply(QString::fromLatin1(TranslationLoader::kSystem));
    AppServices services(ToolEnvironment::fromSystem());
    AppSettings &settings = services.settings();
    translations.apply(settings.language());
    PreferencesApplier::useLocaleOf(translations.activeLanguage());
    setCurrentUiLanguage(translations.activeLanguage());

    const Options options = parseCommandLine(app); // after the translator: --help is translated

    SingleInstance instance;
    if (!qEnvironmentVariableIsSet("MIRRORDECK_ALLOW_MULTIPLE") && !instance.claim())
        return 0; // the running instance shows its window

    // The catalog: --catalog FILE or the built-in one, plus the user's own mirrors. A broken file
    // of the user's own mirrors must not keep the app from starting: say so.
    const Expected<AppServices::Catalog> catalog = services.loadCatalog(options.catalogPath);
    if (!catalog)
        return fail(catalog.error().toString());
    const QStringList startupWarnings = services.startupWarnings() + catalog->warnings;
    const AppContext context = AppContext::fromServices(services, catalog->merged);

    ScreenshotTour::applyDarkPaletteIfRequested(); // documentation only; inert unless asked for
    ProbeEngine engine(PreferencesApplier::probeSettings(settings));
    // Every result into the measured history, on its own thread; the panels read it back.
    ProbeRecorder recorder(services.probeDatabasePath(), {},
                           {ProbeStore::kDefaultBusyTimeoutMs, settings.historyRetentionDays()});
    recorder.attach(&engine);
    MonitorController monitor(&engine);
    monitor.setLiveIntervalSec(settings.liveIntervalSec());
    monitor.setRecorder(&recorder);
    MainWindow window(context, catalog->base, &monitor);
    QObject::connect(&recorder, &ProbeRecorder::problem, &window, &MainWindow::showWarning);
    qCDebug(lcUi) << "main window built over" << context.catalog->size() << "mirrors";
    FirstPaintReporter::installIfRequested(&window); // benchmark hook; inert unless asked for
    PreferencesApplier applier(&settings, &translations, &monitor);
    applier.setMainWindow(&window);
    window.setUiLanguage(translations.activeLanguage());
    window.restoreWindowState();

    // The tray, switching outside the window, notifications and failover.
    MirrorSwitcher switcher(context);
    DesktopNotifier notifier;
    DesktopIntegration desktop(&settings, &monitor, &switcher, &notifier);
    desktop.setMainWindow(&window);
    desktop.setProfilesPath(ProfileStore::defaultPath(context.dataDirectory));
    desktop.setQuitHandler([&window]() { window.requestQuit(); });
    QObject::connect(&desktop, &DesktopIntegration::profileRequested, &window,
                     [&desktop, &window](const QString &name) {
                         desktop.showWindow();
                         window.previewProfile(name);
                     });
    FailoverController failover(&engine, &switcher, &notifier, &settings);
    WindowActivity activity(&window, &monitor);
    QObject::connect(&desktop, &DesktopIntegration::windowNotice, &window,
                     &MainWindow::showWarning);
    QObject::connect(&failover, &FailoverController::failedOver, &window,
                     [&window, &failover](const QString &ecosystem, const QString &message,
                                          const QString &historyId) {
                         EcosystemPage *page = window.ecosystemPage(ecosystem);
                         if (!page)
                             return;
                         page->banner()->showMessage(MessageBanner::Kind::Information, message);
                         page->banner()->addAction(QCoreApplication::translate("main", "Undo"),
                                                   [&failover, ecosystem, historyId]() {
                                                       failover.undo(ecosystem, historyId);
                                                   });
                     });
    switcher.reloadAll();

    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop,
                     &DesktopIntegration::showWindow);
    QObject::connect(&instance, &SingleInstance::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    QObject::connect(&app, &QApplication::aboutToQuit, &window,
                     [&window]() { window.saveWindowState(); });

    // "Start minimised" means hidden in the tray where there is one; --show always shows.
    const bool minimised = !options.show && (options.minimized || settings.startMinimised());
    if (minimised && desktop.isActive())
        qCDebug(lcUi) << "starting hidden in the tray";
    else if (minimised)
        window.showMinimized();
    else
        window.show();
    switch (settings.startupRound()) {
    case AppSettings::StartupRound::Full:
        monitor.start(ProbeEngine::FirstRound::Full);
        break;
    case AppSettings::StartupRound::LatencyOnly:
        monitor.start(ProbeEngine::FirstRound::LatencyOnly);
        break;
    case AppSettings::StartupRound::None:
        monitor.start(ProbeEngine::FirstRound::None);
        break;
    }
    for (const QString &warning : startupWarnings)
        window.showWarning(warning);
    desktop.announceMissingTray();
    ScreenshotTour::startIfRequested(&window);
    TrayMenuShowcase::startIfRequested(&desktop); // documentation only; inert unless asked for

    const int result = app.exec();
    // Workers must not outlive the objects they report to.
    engine.cancel();
    services.diskPool().waitForDone();
    return result;
}
