// mirrordeck-cli: the scriptable face of MirrorDeck, over the same core as the window.

#include "AppServices.h"
#include "CliCommand.h"
#include "CliLog.h"
#include "CliMain.h"
#include "CliSupport.h"
#include "ecosystems/EcosystemRegistry.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {

// A command-line tool's diagnostics belong on stderr, whatever Qt would pick without a terminal
// (journald); QT_MESSAGE_PATTERN still overrides the format.
void logToStderr(QtMsgType type, const QMessageLogContext &where, const QString &message)
{
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, where, message).toLocal8Bit().constData());
}

void setUpLogging(bool verbose)
{
    qSetMessagePattern(QStringLiteral("mirrordeck-cli: %{category}: %{message}"));
    qInstallMessageHandler(logToStderr);
    // QT_LOGGING_RULES, when set, is applied after these rules and wins.
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("mirrordeck.*.debug=true"));
}

void printHelp(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate("mirrordeck-cli",
                                       "Usage: mirrordeck-cli [--catalog FILE] [--verbose] COMMAND "
                                       "[ARGUMENTS]")
        << "\n\n"
        << QCoreApplication::translate("mirrordeck-cli", "Commands:") << "\n";
    for (const auto &command : commands)
        out << "  " << command->synopsis() << "\n";
    out << "\n"
        << QCoreApplication::translate(
               "mirrordeck-cli",
               "ECO is one of: %1. KEY is named as the tool names it: GOPROXY, registry,\n"
               "@corp:registry, global.index-url …\n"
               "--catalog FILE replaces the built-in mirror catalog.\n"
               "--verbose prints what MirrorDeck reads and writes on stderr (never a value).\n"
               "Exit status: 0 success, 1 failure, 2 wrong arguments.")
               .arg(EcosystemRegistry::ids().join(QLatin1String(", ")))
        << "\n";
    out.flush();
}

} // namespace

int mirrordeckCliMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    setUpLogging(CliSupport::takeFlag(args, QStringLiteral("--verbose")));
    // A command-line tool speaks the language of the shell it runs in (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), whatever the window's Preferences say: scripts stay predictable.
    TranslationLoader translations(&app);
    translations.apply(QString::fromLatin1(TranslationLoader::kSystem));

    QTextStream out(stdout);
    QTextStream err(stderr);
    AppServices services(ToolEnvironment::fromSystem());
    for (const QString &warning : services.startupWarnings())
        err << CliSupport::tr("warning: %1").arg(warning) << Qt::endl;
    CliContext context{services, services.environment(), QString(), out, err};

    bool ok = true;
    context.catalogPath = CliSupport::takeOption(args, QStringLiteral("--catalog"), &ok);
    if (!ok)
        return CliSupport::usage(
            context, QCoreApplication::translate("mirrordeck-cli", "--catalog needs a file name."));

    const auto commands = createCliCommands();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out, commands);
        return args.isEmpty() ? CliSupport::UsageError : CliSupport::Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-V")) {
        out << "mirrordeck-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliSupport::Success;
    }

    const QString name = args.takeFirst();
    qCDebug(lcCli) << "command" << name << "history" << services.historyDirectory();
    for (const auto &command : commands) {
        if (command->name() == name) {
            if (args.contains(QLatin1String("--help"))) {
                out << "mirrordeck-cli " << command->synopsis() << Qt::endl;
                if (!command->details().isEmpty())
                    out << Qt::endl << command->details() << Qt::endl;
                return CliSupport::Success;
            }
            return command->run(args, context);
        }
    }
    return CliSupport::usage(
        context, QCoreApplication::translate("mirrordeck-cli", "Unknown command “%1”.").arg(name));
}
