#include "RestoreCommand.h"

#include "CliSupport.h"
#include "config/ChangeHistory.h"
#include "config/RestorePlanner.h"

QString RestoreCommand::synopsis() const
{
    return tr("restore ECO ID [--force] [--dry-run]  Put back what history entry ID changed "
              "(--force: the whole file, dropping later edits)");
}

int RestoreCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    const bool force = CliSupport::takeFlag(args, QStringLiteral("--force"));
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
    // Planned against the file as it is now, read like any edit (a bad file is refused).
    const RestorePlanner planner(*ecosystem);
    const RestorePlanner::Mode mode =
        force ? RestorePlanner::Mode::WholeFile : RestorePlanner::Mode::KeepLaterEdits;
    return CliSupport::planAndApply([&]() { return planner.plan(*entry, mode); }, *ecosystem,
                                    QString(), dryRun, context);
}
