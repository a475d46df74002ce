#include "CredentialCommand.h"

#include "AppServices.h"
#include "CliSupport.h"
#include "config/SecretMask.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialSetup.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialTester.h"
#include "credentials/KeychainBackend.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// The secret from standard input: a masked prompt on a terminal, else everything up to EOF
// (one trailing newline dropped), so `pass show x | mirrordeck-cli credential add …` works.
QString readSecret(QTextStream &err, bool *isTerminal)
{
    std::string line;
#ifdef Q_OS_UNIX
    *isTerminal = isatty(STDIN_FILENO);
    if (*isTerminal) {
        err << CredentialCommand::tr("Password or token (not shown): ") << Qt::flush;
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        err << Qt::endl;
        return QString::fromStdString(line);
    }
#else
    *isTerminal = false;
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

CredentialStore storeFor(const CliContext &context)
{
    return CredentialStore(context.services.dataDirectory());
}

QString cliPath()
{
    return QCoreApplication::applicationFilePath();
}

CredentialManager managerFor(CliContext &context)
{
    return CredentialManager(context.environment, context.services.dataDirectory(),
                             context.services.historyDirectory(), &context.services.diskPool());
}

// Starts one operation and waits for its end: only the command line blocks like this.
CredentialOutcome runToEnd(CredentialManager &manager, const std::function<void()> &start)
{
    QEventLoop loop;
    CredentialOutcome outcome;
    QObject::connect(&manager, &CredentialManager::finished, &loop,
                     [&](const CredentialOutcome &finished) {
                         outcome = finished;
                         loop.quit();
                     });
    start();
    loop.exec();
    return outcome;
}

int report(CliContext &context, const CredentialOutcome &outcome)
{
    for (const QString &message : outcome.messages)
        context.out << message << Qt::endl;
    for (const QString &note : outcome.notes)
        context.err << CliSupport::tr("note: %1").arg(SecretMask::maskText(note)) << Qt::endl;
    if (outcome.ok)
        return CliSupport::Success;
    context.err << CredentialCommand::tr("error: %1").arg(outcome.error) << Qt::endl;
    return CliSupport::Failure;
}

} // namespace

QString CredentialCommand::synopsis() const
{
    return tr("credential add|list|remove|test …  Private repositories, secrets in the keychain");
}

QString CredentialCommand::details() const
{
    return tr(
        "credential add URL --username NAME --use git|goproxy|npm|pip [--go-private] "
        "[--scope @SCOPE] [--netrc] [--token-in-npmrc]\n"
        "    The secret is read from standard input (a masked prompt on a terminal) and kept "
        "in the keychain only.\n"
        "    git: registers `mirrordeck-cli git-credential` as credential.URL.helper in "
        "your git config; --go-private adds the host to GOPRIVATE.\n"
        "    goproxy: go before 1.24 can only read ~/.netrc; --netrc writes it there (0600).\n"
        "    npm: writes //HOST/:_authToken=${MIRRORDECK_TOKEN_…} (run npm through "
        "`mirrordeck-cli exec -- npm …`); --scope writes @SCOPE:registry; --token-in-npmrc "
        "writes the token itself (0600).\n"
        "    pip: adds the index to global.extra-index-url; pip finds the secret through "
        "Python's keyring module (Debian: python3-keyring).\n"
        "credential list [--json]\n"
        "credential remove URL    undoes exactly what add did\n"
        "credential test URL      one authenticated request; prints the HTTP status");
}

int CredentialCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return CliSupport::usage(context, tr("“credential” needs add, list, remove or test."));
    const QString action = args.takeFirst();
    if (action == QLatin1String("add"))
        return add(args, context);
    if (action == QLatin1String("list"))
        return list(args, context);
    if (action == QLatin1String("remove"))
        return remove(args, context);
    if (action == QLatin1String("test"))
        return test(args, context);
    return CliSupport::usage(context, tr("Unknown credential action “%1”; use add, list, remove "
                                         "or test.")
                                          .arg(action));
}

int CredentialCommand::add(QStringList args, CliContext &context)
{
    bool ok = true;
    const QString username = CliSupport::takeOption(args, QStringLiteral("--username"), &ok);
    const QString useText =
        ok ? CliSupport::takeOption(args, QStringLiteral("--use"), &ok) : QString();
    const QString scope =
        ok ? CliSupport::takeOption(args, QStringLiteral("--scope"), &ok) : QString();
    CredentialOptions options;
    options.cliPath = cliPath();
    options.goPrivate = CliSupport::takeFlag(args, QStringLiteral("--go-private"));
    options.netrc = CliSupport::takeFlag(args, QStringLiteral("--netrc"));
    options.tokenInNpmrc = CliSupport::takeFlag(args, QStringLiteral("--token-in-npmrc"));
    for (const QString &arg : std::as_const(args)) {
        if (arg.startsWith(QLatin1String("--")))
            return CliSupport::usage(context, tr("Unknown option “%1”. The secret is never an "
                                                 "argument: it is read from standard input.")
                                                  .arg(arg));
    }
    if (!ok || args.size() != 1 || useText.isEmpty())
        return CliSupport::usage(context,
                                 tr("“credential add” takes a URL, --use and --username, e.g. "
                                    "“mirrordeck-cli credential add https://git.corp.example/ "
                                    "--username alice --use git”."));
    const Expected<QString> url = CredentialEntry::normaliseUrl(args.first());
    if (!url)
        return CliSupport::fail(context, url.error());
    const Expected<CredentialUse> use = CredentialEntry::parseUse(useText);
    if (!use)
        return CliSupport::usage(context, use.error().message);
    if (username.isEmpty() && *use != CredentialUse::Npm)
        return CliSupport::usage(context, tr("--username is needed for %1.").arg(useText));
    if (!scope.isEmpty() && (*use != CredentialUse::Npm || !scope.startsWith(QLatin1Char('@'))))
        return CliSupport::usage(context, tr("--scope is for npm and starts with @, e.g. @corp."));

    CredentialStore store = storeFor(context);
    const auto existing = store.find(*url);
    if (!existing)
        return CliSupport::fail(context, existing.error());
    if (existing->has_value())
        return CliSupport::fail(
            context, makeError(CoreError::Kind::Conflict, tr("%1 is already a private repository; "
                                                             "remove it first to change it.")
                                                              .arg(*url)));
    // Refuse before asking for a secret that could not be kept.
    if (!KeychainBackend::sessionLooksAvailable()) {
        context.err << tr("error: %1").arg(KeychainBackend::unavailableMessage()) << Qt::endl;
        return CliSupport::Failure;
    }

    CredentialEntry entry;
    entry.url = *url;
    entry.use = *use;
    entry.username = username.isEmpty() ? QStringLiteral("token") : username;
    entry.npmScope = scope;
    entry.added = QDateTime::currentDateTimeUtc();

    bool terminal = false;
    const QString secret = readSecret(context.err, &terminal);
    if (secret.isEmpty())
        return CliSupport::usage(context, tr("No secret on standard input; nothing was stored."));
    if (options.netrc || options.tokenInNpmrc)
        options.secret = secret;

    CredentialManager manager = managerFor(context);
    const CredentialOutcome outcome =
        runToEnd(manager, [&] { manager.add(entry, options, secret); });
    const int code = report(context, outcome);
    if (code != CliSupport::Success)
        return code;
    if (entry.use == CredentialUse::Git && !options.goPrivate)
        context.out << tr("If Go modules live on this host, add --go-private to put %1 in "
                          "GOPRIVATE. %2")
                           .arg(CredentialSetup::goPrivatePattern(entry),
                                CredentialSetup::goPrivateExplanation())
                    << Qt::endl;
    else if (entry.use == CredentialUse::Git)
        context.out << CredentialSetup::goPrivateExplanation() << Qt::endl;
    if (entry.use == CredentialUse::Npm && !options.tokenInNpmrc)
        context.out << tr("Run npm through MirrorDeck so the token is in %1 for that command "
                          "only: mirrordeck-cli exec -- npm install")
                           .arg(entry.tokenVariable())
                    << Qt::endl;
    if (entry.use == CredentialUse::Pip)
        context.out << tr("pip finds the password through Python's keyring module (Debian: "
                          "python3-keyring) after the index asks for it; pip's --no-input turns "
                          "that lookup off in pip 23.0.")
                    << Qt::endl;
    for (const QString &file : outcome.entry.filesHoldingSecret())
        context.out << tr("The secret is stored in %1 as well, as you chose (mode 0600).")
                           .arg(QDir::toNativeSeparators(file))
                    << Qt::endl;
    return CliSupport::Success;
}

int CredentialCommand::list(QStringList args, CliContext &context)
{
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("“credential list” takes only --json."));
    const auto entries = storeFor(context).entries();
    if (!entries)
        return CliSupport::fail(context, entries.error());
    if (json) {
        QJsonArray array;
        for (const CredentialEntry &entry : *entries) {
            QJsonObject object = entry.toJson();
            object.insert(QStringLiteral("secretInFiles"),
                          QJsonArray::fromStringList(entry.filesHoldingSecret()));
            array.append(object);
        }
        context.out << QJsonDocument(array).toJson();
        return CliSupport::Success;
    }
    if (entries->isEmpty()) {
        context.out << tr("No private repositories.") << Qt::endl;
        return CliSupport::Success;
    }
    for (const CredentialEntry &entry : *entries) {
        context.out << entry.url << "  " << CredentialEntry::useName(entry.use) << "  "
                    << entry.username << Qt::endl;
        for (const CredentialSetupStep &step : entry.setup)
            context.out << "    " << step.describe() << Qt::endl;
    }
    return CliSupport::Success;
}

int CredentialCommand::remove(QStringList args, CliContext &context)
{
    if (args.size() != 1)
        return CliSupport::usage(context, tr("“credential remove” takes the entry's URL."));
    const Expected<QString> url = CredentialEntry::normaliseUrl(args.first());
    if (!url)
        return CliSupport::fail(context, url.error());
    CredentialStore store = storeFor(context);
    const auto found = store.find(*url);
    if (!found)
        return CliSupport::fail(context, found.error());
    if (!found->has_value())
        return CliSupport::fail(
            context, makeError(CoreError::Kind::NotFound, tr("%1 is not a private repository; "
                                                             "“credential list” shows them.")
                                                              .arg(*url)));
    CredentialManager manager = managerFor(context);
    return report(context, runToEnd(manager, [&] { manager.remove((*found)->url); }));
}

int CredentialCommand::test(QStringList args, CliContext &context)
{
    if (args.size() != 1)
        return CliSupport::usage(context, tr("“credential test” takes the entry's URL."));
    const Expected<QString> url = CredentialEntry::normaliseUrl(args.first());
    if (!url)
        return CliSupport::fail(context, url.error());
    const auto found = storeFor(context).find(*url);
    if (!found)
        return CliSupport::fail(context, found.error());
    if (!found->has_value())
        return CliSupport::fail(
            context,
            makeError(CoreError::Kind::NotFound, tr("%1 is not a private repository.").arg(*url)));
    CredentialManager manager = managerFor(context);
    return report(context, runToEnd(manager, [&] { manager.test((*found)->url); }));
}
