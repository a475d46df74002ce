// mirrordeck-cli: the scriptable face of MirrorDeck, over the same core as the window.

#include "AppIdentity.h"
#include "CliCommand.h"
#include "CliSupport.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printHelp(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate("mirrordeck-cli",
                                       "Usage: mirrordeck-cli [--catalog FILE] COMMAND [ARGUMENTS]")
        << "\n\n"
        << QCoreApplication::translate("mirrordeck-cli", "Commands:") << "\n";
    for (const auto &command : commands)
        out << "  " << command->synopsis() << "\n";
    out << "\n"
        << QCoreApplication::translate(
               "mirrordeck-cli",
               "ECO is go, npm or pip. KEY is named as the tool names it: GOPROXY, registry,\n"
               "@corp:registry, global.index-url …\n"
               "--catalog FILE replaces the built-in mirror catalog.\n"
               "Exit status: 0 success, 1 failure, 2 wrong arguments.")
        << "\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    // A command-line tool speaks the language of the shell it runs in (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), whatever the window's Preferences say: scripts stay predictable.
    TranslationLoader translations(&app);
    translations.apply(QString::fromLatin1(TranslationLoader::kSystem));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{ToolEnvironment::fromSystem(), QString(), out, err};

    QStringList args = app.arguments().mid(1);
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
