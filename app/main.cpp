// The GUI entry: the composition root (AppServices), command line, single instance, translations
// and the main window. Everything else lives in mirrordeck_ui and mirrordeck_core.

#include "AppContext.h"
#include "AppServices.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "MonitorController.h"
#include "PreferencesApplier.h"
#include "ScreenshotTour.h"
#include "UiLog.h"
#include "i18n/TranslationLoader.h"
#include "platform/SingleInstance.h"
#include "probe/ProbeEngine.h"
#include "probedb/ProbeRecorder.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

struct Options
{
    QString catalogPath;
    bool minimized = false;
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
    parser.addOption(catalog);
    parser.addOption(minimized);
    parser.process(app);
    return {parser.value(catalog), parser.isSet(minimized)};
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
    monitor.setRecorder(&recorder);
    MainWindow window(context, catalog->base, &monitor);
    QObject::connect(&recorder, &ProbeRecorder::problem, &window, &MainWindow::showWarning);
    qCDebug(lcUi) << "main window built over" << context.catalog->size() << "mirrors";
    FirstPaintReporter::installIfRequested(&window); // benchmark hook; inert unless asked for
    PreferencesApplier applier(&settings, &translations, &monitor);
    applier.setMainWindow(&window);
    window.setUiLanguage(translations.activeLanguage());
    window.restoreWindowState();

    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window]() {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &window,
                     [&window]() { window.saveWindowState(); });

    if (options.minimized || settings.startMinimised())
        window.showMinimized();
    else
        window.show();
    monitor.start();
    for (const QString &warning : startupWarnings)
        window.showWarning(warning);
    ScreenshotTour::startIfRequested(&window);

    const int result = app.exec();
    // Workers must not outlive the objects they report to.
    engine.cancel();
    services.diskPool().waitForDone();
    return result;
}
