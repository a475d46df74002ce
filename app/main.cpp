// The GUI entry: application identity, command line, single instance, translations, settings,
// catalog, and the main window. Everything else lives in mirrordeck_ui and mirrordeck_core.

#include "AppContext.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "MonitorController.h"
#include "PreferencesApplier.h"
#include "ScreenshotTour.h"
#include "catalog/MirrorCatalog.h"
#include "catalog/UserMirrorStore.h"
#include "config/ChangeHistory.h"
#include "i18n/TranslationLoader.h"
#include "platform/SingleInstance.h"
#include "probe/ProbeEngine.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QThreadPool>

#include <cstdio>
#include <memory>

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
    QApplication::setOrganizationName(QStringLiteral("MirrorDeck"));
    QApplication::setApplicationName(QStringLiteral("MirrorDeck"));
    QApplication::setApplicationVersion(QStringLiteral(MIRRORDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mirrordeck.MirrorDeck"));
    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/mirrordeck-64.png")));

    AppSettings settings(std::make_unique<QSettings>());
    TranslationLoader translations(&app);
    translations.apply(settings.language());
    PreferencesApplier::useLocaleOf(translations.activeLanguage());
    setCurrentUiLanguage(translations.activeLanguage());

    const Options options = parseCommandLine(app); // after the translator: --help is translated

    SingleInstance instance;
    if (!qEnvironmentVariableIsSet("MIRRORDECK_ALLOW_MULTIPLE") && !instance.claim())
        return 0; // the running instance shows its window

    // The catalog: --catalog FILE or the built-in one, plus the user's own mirrors.
    const Expected<QList<Mirror>> base = options.catalogPath.isEmpty()
                                             ? MirrorCatalog::builtIn()
                                             : MirrorCatalog::loadFile(options.catalogPath);
    if (!base)
        return fail(base.error().toString());
    QSet<QString> baseIds;
    for (const Mirror &mirror : *base)
        baseIds.insert(mirror.id);
    UserMirrorStore userMirrors(baseIds);
    MirrorCatalog catalog(*base);
    // A broken file of the user's own mirrors must not keep the app from starting: say so.
    QStringList startupWarnings;
    if (const Expected<QList<Mirror>> own = userMirrors.load()) {
        for (const CoreError &skipped : catalog.addUserMirrors(*own, userMirrors.filePath()))
            startupWarnings << skipped.toString();
    } else {
        startupWarnings << own.error().toString();
    }

    QThreadPool diskPool;
    diskPool.setMaxThreadCount(1); // config reads and writes in order, never on the GUI thread

    AppContext context;
    context.environment = ToolEnvironment::fromSystem();
    context.catalog = std::make_shared<MirrorCatalog>(catalog);
    context.history = std::make_shared<ChangeHistory>(ChangeHistory::defaultDirectory());
    context.userMirrors = &userMirrors;
    context.settings = &settings;
    context.diskPool = &diskPool;

    ScreenshotTour::applyDarkPaletteIfRequested(); // documentation only; inert unless asked for
    ProbeEngine engine(PreferencesApplier::probeSettings(settings));
    MonitorController monitor(&engine);
    MainWindow window(context, *base, &monitor);
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
    for (const QString &warning : std::as_const(startupWarnings))
        window.showWarning(warning);
    ScreenshotTour::startIfRequested(&window);

    const int result = app.exec();
    // Workers must not outlive the objects they report to.
    engine.cancel();
    diskPool.waitForDone();
    return result;
}
