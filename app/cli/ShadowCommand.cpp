#include "ShadowCommand.h"

#include "CliSupport.h"
#include "config/SecretMask.h"
#include "config/ShellStartupEditor.h"

#include <QDir>
#include <QMap>

QString ShadowCommand::synopsis() const
{
    return tr("shadow fix ECO KEY [--dry-run]  Comment out the shell start-up exports that "
              "override KEY in terminals");
}

QString ShadowCommand::details() const
{
    return tr("Every `export` (or fish `set -x`, environment.d assignment) of the variable behind "
              "KEY in a shell start-up file is commented out: “# ” is put in front of its line "
              "(each line of a continued one) and nothing else changes. --dry-run prints the "
              "diff and writes nothing. Each file is one change with a history entry: list them "
              "with “mirrordeck-cli history shell” and put a line back with “mirrordeck-cli "
              "restore shell ID”. A terminal that is already open keeps the variable until you "
              "run the command this prints (unset NAME, or set -e NAME in fish). Variables set "
              "in MirrorDeck's own environment and the tool's other files are only reported.");
}

int ShadowCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    if (args.size() != 3 || args.at(0) != QLatin1String("fix"))
        return CliSupport::usage(context, tr("“shadow” takes “fix”, an ecosystem and a key, e.g. "
                                             "“mirrordeck-cli shadow fix go GOPROXY”."));
    const auto ecosystem = CliSupport::ecosystem(args.at(1), context);
    if (!ecosystem)
        return CliSupport::UsageError;
    const QString key = args.at(2);
    const Expected<EffectiveSetting> setting = ecosystem->effectiveSetting(key);
    if (!setting)
        return CliSupport::fail(context, setting.error());

    // One change per file, in the order the scanner found them.
    QStringList files;
    QMap<QString, QList<ShellExport>> exports;
    for (const Shadow &shadow : setting->shadows) {
        if (shadow.kind != Shadow::Kind::ShellStartup) {
            context.err << tr("note: not changed: %1").arg(SecretMask::maskText(shadow.describe()))
                        << Qt::endl;
            continue;
        }
        if (!files.contains(shadow.filePath))
            files << shadow.filePath;
        exports[shadow.filePath].append(
            ShellExport{shadow.filePath, shadow.line, shadow.variable, shadow.value});
    }
    if (files.isEmpty()) {
        context.out << tr("No shell start-up file exports %1; nothing was written.").arg(key)
                    << Qt::endl;
        return CliSupport::Success;
    }
    const ShellStartupEditor editor(context.environment);
    int result = CliSupport::Success;
    for (int index = 0; index < files.size(); ++index) {
        const QString &file = files.at(index);
        const bool last = index + 1 == files.size();
        const int code = CliSupport::planAndApply(
            [&]() { return editor.planCommentOut(file, exports.value(file)); }, dryRun, context,
            [&]() {
                // What still overrides the setting once every file is written (a dry run's
                // warnings would only repeat the lines its diff comments out).
                if (last && !dryRun)
                    CliSupport::printShadows(*ecosystem, key, context);
            });
        if (code != CliSupport::Success)
            result = code;
    }
    return result;
}
