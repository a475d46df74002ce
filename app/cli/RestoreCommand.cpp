#include "RestoreCommand.h"

#include "CliSupport.h"
#include "config/ChangeHistory.h"
#include "config/RestorePlanner.h"
#include "config/ShellStartupEditor.h"
#include "credentials/CredentialEntry.h"
#include "profiles/ProfileApplier.h"

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
    const ChangeHistory history(CliSupport::historyDirectory(context));
    // A line "shadow fix" commented out goes back in; only into a start-up file the scanner
    // reads, whatever the history file says.
    if (args.at(0) == ShellStartupEditor::historyName()) {
        const Expected<HistoryEntry> entry = history.entry(args.at(0), args.at(1));
        if (!entry)
            return CliSupport::fail(context, entry.error());
        const ShellStartupEditor editor(context.environment);
        return CliSupport::planAndApply([&]() { return editor.planRestore(*entry); }, dryRun,
                                        context);
    }
    const auto ecosystem = CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem)
        return CliSupport::UsageError;
    const Expected<HistoryEntry> entry = history.entry(ecosystem->id(), args.at(1));
    if (!entry)
        return CliSupport::fail(context, entry.error());
    // A private repository's files are one change, and removing the entry is its undo: restoring
    // one of its files alone would leave the others (a git helper with no GOPRIVATE, say).
    if (entry->group.startsWith(CredentialEntry::historyGroupPrefix()))
        return CliSupport::fail(
            context, CoreError{CoreError::Kind::InvalidValue,
                               tr("History entry %1 is part of a private repository's setup "
                                  "(%2). Undo it as a whole with “mirrordeck-cli credential "
                                  "remove URL”.")
                                   .arg(entry->id, entry->summary.section(QLatin1Char(':'), 0, 0)),
                               QString()});
    // A profile's entry is one of a linked group: restoring it restores every file of the group.
    if (!entry->group.isEmpty()) {
        const Expected<QList<ConfigChange>> changes =
            ProfileApplier(context.environment).restoreGroupPlan(*entry, history);
        if (!changes)
            return CliSupport::fail(context, changes.error());
        context.err << tr("note: history entry %1 was written with other files as one change "
                          "(%2); all of them are restored.")
                           .arg(entry->id, entry->summary.section(QLatin1Char(':'), 0, 0))
                    << Qt::endl;
        return CliSupport::applyChangeGroup(*changes, dryRun, context);
    }
    // Planned against the file as it is now, read like any edit (a bad file is refused).
    const RestorePlanner planner(*ecosystem);
    const RestorePlanner::Mode mode =
        force ? RestorePlanner::Mode::WholeFile : RestorePlanner::Mode::KeepLaterEdits;
    return CliSupport::planAndApply([&]() { return planner.plan(*entry, mode); }, *ecosystem,
                                    QString(), dryRun, context);
}
