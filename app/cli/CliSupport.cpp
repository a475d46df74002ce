#include "CliSupport.h"

#include "AppServices.h"
#include "catalog/HostNameCheck.h"
#include "catalog/UserMirrorStore.h"
#include "config/ChangeHistory.h"
#include "config/ConfigWriter.h"
#include "config/SecretMask.h"
#include "config/UnifiedDiff.h"
#include "ecosystems/EcosystemRegistry.h"
#include "probe/LastProbeFile.h"
#include "probedb/StoredLatencyLookup.h"
#include "profiles/ProfileApplier.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

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
    return context.services.historyDirectory();
}

int CliSupport::planAndApply(const Planner &plan, const EcosystemConfig &ecosystem,
                             const QString &key, bool dryRun, CliContext &context)
{
    return planAndApply(plan, dryRun, context, [&]() { printShadows(ecosystem, key, context); });
}

int CliSupport::planAndApply(const Planner &plan, bool dryRun, CliContext &context,
                             const std::function<void()> &afterwards)
{
    // Another process may write the file between our plan and our write; the writer then refuses
    // (the check runs under the file's lock) and the plan is made again on the new bytes, so
    // parallel runs of the CLI all land instead of failing or losing each other's keys.
    // Every refusal means another process's write landed, so the loop makes progress.
    constexpr int kAttempts = 20;
    for (int attempt = 1;; ++attempt) {
        const Expected<ConfigChange> change = plan();
        if (!change)
            return fail(context, change.error());
        const QString shownPath = QDir::toNativeSeparators(change->filePath);
        if (change->isNoOp() || dryRun) {
            for (const QString &note : change->notes)
                context.err << tr("note: %1").arg(SecretMask::maskText(note)) << Qt::endl;
        }
        if (change->isNoOp()) {
            context.out << (change->existedBefore
                                ? tr("%1 is unchanged: it already holds that value; nothing was "
                                     "written.")
                                      .arg(shownPath)
                                : tr("%1 does not exist and nothing needs removing from it; "
                                     "nothing was written.")
                                      .arg(shownPath))
                        << Qt::endl;
            return Success;
        }
        if (dryRun) {
            // Secrets never reach a terminal: the preview shows the masked lines.
            context.out << UnifiedDiff::compute(
                change->existedBefore ? SecretMask::mask(change->before) : QByteArray(),
                change->existsAfter ? SecretMask::mask(change->after) : QByteArray(), shownPath,
                shownPath);
            context.out.flush();
            if (afterwards)
                afterwards();
            return Success;
        }

        ChangeHistory history(historyDirectory(context));
        ConfigWriter writer(&history);
        QStringList writerNotes;
        const Expected<QString> entryId = writer.apply(*change, &writerNotes);
        if (!entryId && entryId.error().kind == CoreError::Kind::Conflict && attempt < kAttempts)
            continue;
        for (const QString &note : change->notes)
            context.err << tr("note: %1").arg(SecretMask::maskText(note)) << Qt::endl;
        for (const QString &note : std::as_const(writerNotes))
            context.err << tr("note: %1").arg(note) << Qt::endl;
        if (!entryId)
            return fail(context, entryId.error());
        const QString summary = change->summary();
        if (!change->restoresEntry.isEmpty())
            context.out << tr("Restored %1 as before history entry %2: %3 (history entry %4)")
                               .arg(shownPath, change->restoresEntry,
                                    summary.isEmpty() ? tr("file put back") : summary, *entryId)
                        << Qt::endl;
        else
            context.out << tr("Updated %1: %2 (history entry %3)")
                               .arg(shownPath, summary.isEmpty() ? tr("restored") : summary,
                                    *entryId)
                        << Qt::endl;
        if (afterwards)
            afterwards();
        return Success;
    }
}

int CliSupport::applyChangeGroup(const QList<ConfigChange> &changes, bool dryRun,
                                 CliContext &context)
{
    if (changes.isEmpty()) {
        context.out << tr("Every file already holds these values; nothing was written.")
                    << Qt::endl;
        return Success;
    }
    for (const ConfigChange &change : changes) {
        for (const QString &note : change.notes)
            context.err << tr("note: %1").arg(SecretMask::maskText(note)) << Qt::endl;
    }
    if (dryRun) {
        for (const ConfigChange &change : changes) {
            const QString shownPath = QDir::toNativeSeparators(change.filePath);
            context.out << UnifiedDiff::compute(
                change.existedBefore ? SecretMask::mask(change.before) : QByteArray(),
                change.existsAfter ? SecretMask::mask(change.after) : QByteArray(), shownPath,
                shownPath);
        }
        context.out.flush();
        return Success;
    }
    ChangeHistory history(historyDirectory(context));
    const Expected<QList<HistoryEntry>> written =
        ProfileApplier(context.environment).apply(changes, history);
    if (!written)
        return fail(context, written.error());
    for (const HistoryEntry &entry : *written)
        context.out << tr("Updated %1: %2 (history entry %3 %4)")
                           .arg(QDir::toNativeSeparators(entry.filePath), entry.summary,
                                entry.ecosystem, entry.id)
                    << Qt::endl;
    return Success;
}

void CliSupport::printShadows(const EcosystemConfig &ecosystem, const QString &key,
                              CliContext &context)
{
    // Say what still overrides the file, so a user is not surprised the tool ignores the change
    // — in a dry run too, since that is when the user decides.
    if (key.isEmpty())
        return;
    const Expected<EffectiveSetting> effective = ecosystem.effectiveSetting(key);
    if (!effective)
        return;
    for (const Shadow &shadow : effective->shadows)
        context.err << tr("warning: %1").arg(SecretMask::maskText(shadow.describe())) << Qt::endl;
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
    Expected<AppServices::Catalog> catalog = context.services.loadCatalog(context.catalogPath);
    if (!catalog)
        return catalog.error();
    for (const QString &warning : std::as_const(catalog->warnings))
        context.err << tr("warning: %1").arg(warning) << Qt::endl;
    return std::move(catalog->merged);
}

// Cells a string takes in a terminal: East Asian wide and full-width characters take two.
int CliSupport::terminalWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// One table row: each cell padded to its width (negative: left-aligned, 0: as it is).
QString CliSupport::tableRow(const QStringList &cells, const QList<int> &widths)
{
    QStringList padded;
    for (int i = 0; i < cells.size(); ++i) {
        const int width = i < widths.size() ? widths.at(i) : 0;
        const int fill = std::max(0, std::abs(width) - terminalWidth(cells.at(i)));
        const QString spaces(fill, QLatin1Char(' '));
        padded << (width < 0 ? cells.at(i) + spaces : spaces + cells.at(i));
    }
    return padded.join(QLatin1Char(' '));
}

std::unique_ptr<LatencyLookup> CliSupport::latencyLookup(const CliContext &context)
{
    // The probe history the window and `probe` record; last-probe.json (older versions' only
    // record) answers where it is newer.
    return StoredLatencyLookup::read(
        context.services.probeDatabasePath(),
        std::make_unique<LastProbeFile>(
            LastProbeFile::read(LastProbeFile::fileName(context.services.dataDirectory()))));
}

QString CliSupport::uiLanguage()
{
    return QLocale().name();
}
