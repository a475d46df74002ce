#include "GoAuthCommand.h"

#include "AppServices.h"
#include "CliKeychain.h"
#include "CliSupport.h"
#include "credentials/CredentialStore.h"

#include <QUrl>

QString GoAuthCommand::synopsis() const
{
    return tr("goauth [URL]  GOAUTH's command for go 1.24+: headers for private GOPROXY entries");
}

int GoAuthCommand::run(const QStringList &args, CliContext &context)
{
    if (args.size() > 1)
        return CliSupport::usage(context, tr("“goauth” takes at most a URL (go runs it)."));
    const auto entries = CredentialStore(context.services.dataDirectory()).entries();
    if (!entries)
        return CliSupport::fail(context, entries.error());
    const QUrl asked = args.isEmpty() ? QUrl() : QUrl(args.first());
    for (const CredentialEntry &entry : *entries) {
        if (entry.use != CredentialUse::GoProxy)
            continue;
        if (asked.isValid() && !asked.isEmpty()) {
            QString hostPort = asked.host(QUrl::FullyEncoded);
            if (asked.port() >= 0)
                hostPort += QLatin1Char(':') + QString::number(asked.port());
            if (!entry.matches(asked.scheme(), hostPort, asked.path(QUrl::FullyEncoded)))
                continue;
        }
        KeychainReadJob read(entry.keychainKey());
        const KeychainResult secret = waitFor(read);
        if (!secret.ok()) {
            context.err << tr("mirrordeck: %1").arg(secret.message) << Qt::endl;
            continue; // go tries the next GOAUTH entry
        }
        const QByteArray basic = (entry.username + QLatin1Char(':') + secret.secret).toUtf8();
        context.out << entry.url << "\n\n"
                    << "Authorization: Basic " << QString::fromLatin1(basic.toBase64()) << "\n\n";
    }
    context.out.flush();
    return CliSupport::Success;
}
