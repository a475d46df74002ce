#include "HistoryCommand.h"

#include "CliSupport.h"
#include "config/ChangeHistory.h"
#include "config/ShellStartupEditor.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString HistoryCommand::synopsis() const
{
    return tr("history ECO [--json]       List the changes MirrorDeck made, newest first");
}

int HistoryCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));
    if (args.size() != 1)
        return CliSupport::usage(context, tr("“history” takes an ecosystem, e.g. "
                                             "“mirrordeck-cli history pip”."));
    // The files private repositories edit besides the tools' own ones have a history too.
    // So do the shell start-up files whose exports "shadow fix" comments out.
    const bool shellFiles = args.at(0) == ShellStartupEditor::historyName();
    const bool otherFile =
        shellFiles || args.at(0) == QLatin1String("git") || args.at(0) == QLatin1String("netrc");
    const auto ecosystem = otherFile ? nullptr : CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem && !otherFile)
        return CliSupport::UsageError;
    const QString id = otherFile ? args.at(0) : ecosystem->id();
    const QString displayName =
        shellFiles  ? tr("shell start-up")
        : otherFile ? (id == QLatin1String("git") ? tr("git config") : QStringLiteral(".netrc"))
                    : ecosystem->displayName();
    const ChangeHistory history(CliSupport::historyDirectory(context));
    const Expected<QList<HistoryEntry>> entries = history.entries(id);
    if (!entries)
        return CliSupport::fail(context, entries.error());

    if (json) {
        QJsonArray array;
        for (const HistoryEntry &entry : *entries) {
            QJsonArray keys;
            for (const KeyChange &key : entry.keyChanges)
                keys.append(QJsonObject{{QStringLiteral("key"), key.key},
                                        {QStringLiteral("old"), key.oldValue},
                                        {QStringLiteral("new"), key.newValue}});
            array.append(QJsonObject{
                {QStringLiteral("id"), entry.id},
                {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("file"), entry.filePath},
                {QStringLiteral("summary"), entry.summary},
                {QStringLiteral("changes"), keys},
                // Entries written together (a profile, a private repository) share it.
                {QStringLiteral("group"),
                 entry.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.group)},
            });
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("ecosystem"), id},
                                                 {QStringLiteral("entries"), array}})
                           .toJson(QJsonDocument::Indented);
        context.out.flush();
        return CliSupport::Success;
    }
    if (entries->isEmpty()) {
        context.out << tr("MirrorDeck has not changed any %1 configuration yet.").arg(displayName)
                    << Qt::endl;
        return CliSupport::Success;
    }
    for (const HistoryEntry &entry : *entries) {
        context.out << entry.id.rightJustified(4) << QStringLiteral("  ")
                    << QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)
                    << QStringLiteral("  ") << QDir::toNativeSeparators(entry.filePath)
                    << QStringLiteral("  ") << entry.summary << Qt::endl;
    }
    return CliSupport::Success;
}
