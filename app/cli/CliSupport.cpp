#include "CliSupport.h"

#include "catalog/HostNameCheck.h"
#include "catalog/UserMirrorStore.h"
#include "config/ChangeHistory.h"
#include "config/ConfigWriter.h"
#include "config/UnifiedDiff.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QDir>
#include <QJsonArray>

std::unique_ptr<EcosystemConfig> CliSupport::ecosystem(const QString &id, CliContext &context)
{
    std::unique_ptr<EcosystemConfig> found = EcosystemRegistry::create(id, context.environment);
    if (!found)
        usage(context, tr("Unknown ecosystem “%1”; use one of: %2.")
                           .arg(id, EcosystemRegistry::ids().join(QLatin1String(", "))));
    return found;
}

int CliSupport::fail(CliContext &context, const CoreError &error)
{
    QString text = error.toString();
    // One line on stderr, whatever the message holds.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    context.err << QStringLiteral("mirrordeck-cli: ") << text << Qt::endl;
    return Failure;
}

bool CliSupport::warnAboutHostName(const QString &url, CliContext &context)
{
    const HostNameVerdict verdict = HostNameCheck::check(url);
    if (!verdict.suspicious())
        return false;
    context.err << tr("mirrordeck-cli: warning: %1").arg(verdict.warning) << Qt::endl;
    return true;
}

int CliSupport::usage(CliContext &context, const QString &message)
{
    context.err << QStringLiteral("mirrordeck-cli: ") << message << QLatin1Char(' ')
                << tr("(see “mirrordeck-cli --help”)") << Qt::endl;
    return UsageError;
}

bool CliSupport::takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

QString CliSupport::takeOption(QStringList &args, const QString &name, bool *ok)
{
    *ok = true;
    for (int index = 0; index < args.size(); ++index) {
        const QString &arg = args.at(index);
        if (arg == name) {
            if (index + 1 >= args.size()) {
                *ok = false;
                args.removeAt(index);
                return {};
            }
            const QString value = args.at(index + 1);
            args.remove(index, 2);
            return value;
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            const QString value = arg.mid(name.size() + 1);
            args.removeAt(index);
            return value;
        }
    }
    return {};
}

QString CliSupport::historyDirectory(const CliContext &context)
{
    // The CLI and the window share one history; tests point XDG_DATA_HOME at a temporary home.
    Q_UNUSED(context);
    return ChangeHistory::defaultDirectory();
}

int CliSupport::applyOrPreview(const ConfigChange &change, const EcosystemConfig &ecosystem,
                               const QString &key, bool dryRun, CliContext &context)
{
    const QString shownPath = QDir::toNativeSeparators(change.filePath);
    if (change.isNoOp()) {
        context.out << tr("%1 is unchanged: it already holds that value; nothing was written.")
                           .arg(shownPath)
                    << Qt::endl;
        return Success;
    }
    for (const QString &note : change.notes)
        context.err << tr("note: %1").arg(note) << Qt::endl;
    if (dryRun) {
        context.out << UnifiedDiff::compute(change.before, change.after, shownPath, shownPath);
        context.out.flush();
        return Success;
    }
    ChangeHistory history(historyDirectory(context));
    ConfigWriter writer(&history);
    Expected<QString> entryId = writer.apply(change);
    if (!entryId)
        return fail(context, entryId.error());
    const QString summary = change.summary();
    context.out << tr("Updated %1: %2 (history entry %3)")
                       .arg(shownPath, summary.isEmpty() ? tr("restored") : summary, *entryId)
                << Qt::endl;

    // Say what still overrides the file, so a user is not surprised the tool ignores the change.
    if (!key.isEmpty()) {
        Expected<EffectiveSetting> effective = ecosystem.effectiveSetting(key);
        if (effective) {
            for (const Shadow &shadow : effective->shadows)
                context.err << tr("warning: %1").arg(shadow.describe()) << Qt::endl;
        }
    }
    return Success;
}

QJsonObject CliSupport::toJson(const EffectiveSetting &setting)
{
    QJsonObject source{
        {QStringLiteral("kind"), setting.source.kindName()},
        {QStringLiteral("description"), setting.source.describe()},
    };
    if (!setting.source.filePath.isEmpty())
        source.insert(QStringLiteral("file"), setting.source.filePath);
    if (setting.source.line > 0)
        source.insert(QStringLiteral("line"), setting.source.line);
    if (!setting.source.variable.isEmpty())
        source.insert(QStringLiteral("variable"), setting.source.variable);
    if (!setting.source.level.isEmpty())
        source.insert(QStringLiteral("level"), setting.source.level);

    QJsonArray shadows;
    for (const Shadow &shadow : setting.shadows) {
        QJsonObject object{{QStringLiteral("kind"), shadow.kindName()},
                           {QStringLiteral("value"), shadow.value},
                           {QStringLiteral("description"), shadow.describe()}};
        if (!shadow.variable.isEmpty())
            object.insert(QStringLiteral("variable"), shadow.variable);
        if (!shadow.filePath.isEmpty())
            object.insert(QStringLiteral("file"), shadow.filePath);
        if (shadow.line > 0)
            object.insert(QStringLiteral("line"), shadow.line);
        shadows.append(object);
    }
    QJsonObject object{
        {QStringLiteral("key"), setting.key},           {QStringLiteral("value"), setting.value},
        {QStringLiteral("default"), setting.isDefault}, {QStringLiteral("source"), source},
        {QStringLiteral("shadows"), shadows},
    };
    if (!setting.values.isEmpty())
        object.insert(QStringLiteral("values"), QJsonArray::fromStringList(setting.values));
    return object;
}

Expected<MirrorCatalog> CliSupport::loadCatalog(CliContext &context)
{
    Expected<MirrorCatalog> catalog = MirrorCatalog::load(context.catalogPath);
    if (!catalog)
        return catalog;
    QSet<QString> ids;
    for (const Mirror &mirror : catalog->mirrors())
        ids.insert(mirror.id);
    const UserMirrorStore store(ids);
    const Expected<QList<Mirror>> userMirrors = store.load();
    if (!userMirrors) {
        context.err << tr("warning: %1").arg(userMirrors.error().toString()) << Qt::endl;
        return catalog;
    }
    const QList<CoreError> skipped = catalog->addUserMirrors(*userMirrors, store.filePath());
    for (const CoreError &error : skipped)
        context.err << tr("warning: %1").arg(error.toString()) << Qt::endl;
    return catalog;
}
