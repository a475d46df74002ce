#include "ExecCommand.h"

#include "AppServices.h"
#include "CliKeychain.h"
#include "CliSupport.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainBackend.h"

#include <QProcess>

QString ExecCommand::synopsis() const
{
    return tr("exec -- COMMAND [ARGS…]  Run COMMAND with the npm tokens from the keychain in its "
              "environment");
}

int ExecCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == QLatin1String("--"))
        args.removeFirst();
    if (args.isEmpty())
        return CliSupport::usage(context, tr("“exec” takes a command, e.g. "
                                             "“mirrordeck-cli exec -- npm install”."));
    const auto entries = CredentialStore(context.services.dataDirectory()).entries();
    if (!entries)
        return CliSupport::fail(context, entries.error());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const CredentialEntry &entry : *entries) {
        if (entry.use != CredentialUse::Npm || !entry.filesHoldingSecret().isEmpty())
            continue;
        KeychainReadJob read(entry.keychainKey());
        const KeychainResult result = waitFor(read);
        if (result.status == KeychainResult::Status::NotFound) {
            context.err << tr("warning: no token in the keychain for %1.").arg(entry.url)
                        << Qt::endl;
            continue;
        }
        if (!result.ok()) {
            context.err << tr("error: %1").arg(result.message) << Qt::endl;
            return CliSupport::Failure;
        }
        environment.insert(entry.tokenVariable(), result.secret);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(args.first(), args.mid(1));
    if (!process.waitForStarted(-1)) {
        context.err << tr("error: cannot run %1: %2").arg(args.first(), process.errorString())
                    << Qt::endl;
        return 127;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128;
}
