#include "GitCredentialCommand.h"

#include "AppServices.h"
#include "CliKeychain.h"
#include "CliSupport.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialsLog.h"

#include <QFile>
#include <QMap>

QString GitCredentialCommand::synopsis() const
{
    return tr("git-credential get|store|erase  git's credential helper, answered from the "
              "keychain");
}

int GitCredentialCommand::run(const QStringList &args, CliContext &context)
{
    if (args.size() != 1)
        return CliSupport::usage(context, tr("“git-credential” takes get, store or erase (git "
                                             "runs it; see gitcredentials(7))."));
    const QString action = args.first();
    QMap<QString, QString> request;
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            if (line.isEmpty())
                break;
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                request.insert(QString::fromUtf8(line.left(equals)),
                               QString::fromUtf8(line.mid(equals + 1)));
        }
    }
    if (action == QLatin1String("store") || action == QLatin1String("erase")) {
        qCDebug(lcCredentials) << "git-credential" << action << "ignored for"
                               << request.value(QStringLiteral("host"));
        return CliSupport::Success;
    }
    if (action != QLatin1String("get"))
        return CliSupport::usage(context, tr("Unknown git-credential action “%1”.").arg(action));

    const auto entries = CredentialStore(context.services.dataDirectory()).entries();
    if (!entries)
        return CliSupport::fail(context, entries.error());
    const QString protocol = request.value(QStringLiteral("protocol"));
    const QString host = request.value(QStringLiteral("host"));
    const QString path = request.contains(QStringLiteral("path"))
                             ? request.value(QStringLiteral("path"))
                             : QString();
    const QString username = request.value(QStringLiteral("username"));
    const CredentialEntry *best = nullptr;
    for (const CredentialEntry &entry : *entries) {
        if (entry.use != CredentialUse::Git || !entry.matches(protocol, host, path))
            continue;
        if (!username.isEmpty() && username != entry.username)
            continue;
        // The longest path prefix is the most specific entry.
        if (!best || entry.pathPrefix().size() > best->pathPrefix().size())
            best = &entry;
    }
    if (!best) {
        qCDebug(lcCredentials) << "git-credential get: no entry for" << protocol << host;
        return CliSupport::Success; // git asks the next helper or the user
    }
    KeychainReadJob read(best->keychainKey());
    const KeychainResult result = waitFor(read);
    if (result.status == KeychainResult::Status::NotFound) {
        context.err << tr("mirrordeck: no secret in the keychain for %1; add it again with "
                          "“mirrordeck-cli credential add”.")
                           .arg(best->url)
                    << Qt::endl;
        return CliSupport::Success;
    }
    if (!result.ok()) {
        context.err << tr("mirrordeck: %1").arg(result.message) << Qt::endl;
        return CliSupport::Failure;
    }
    context.out << "username=" << best->username << "\n"
                << "password=" << result.secret << "\n";
    context.out.flush();
    return CliSupport::Success;
}
