#include "RestoreCommand.h"

#include "CliSupport.h"
#include "config/ChangeHistory.h"
#include "config/ConfigFile.h"

QString RestoreCommand::synopsis() const
{
    return tr("restore ECO ID [--dry-run] Put a file back as it was before history entry ID");
}

int RestoreCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    if (args.size() != 2)
        return CliSupport::usage(context, tr("“restore” takes an ecosystem and a history entry "
                                             "id, e.g. “mirrordeck-cli restore go 3”."));
    const auto ecosystem = CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem)
        return CliSupport::UsageError;
    const ChangeHistory history(CliSupport::historyDirectory(context));
    const Expected<HistoryEntry> entry = history.entry(ecosystem->id(), args.at(1));
    if (!entry)
        return CliSupport::fail(context, entry.error());
    // Read the file as it is now: the restore is refused like any edit if it is not a text file.
    const Expected<ConfigFile> current = ConfigFileReader::read(entry->filePath);
    if (!current)
        return CliSupport::fail(context, current.error());
    const ConfigChange change =
        ChangeHistory::restoreChange(*entry, current->exists, current->bytes);
    return CliSupport::applyOrPreview(change, *ecosystem, QString(), dryRun, context);
}
