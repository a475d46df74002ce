#include "ListCommand.h"

#include "CliSupport.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/MirrorInUse.h"
#include "probe/MeasureFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString ageOf(qint64 atMs)
{
    // Counts are computed first: Qt 6.4's lupdate loops forever on a `%n` call whose count
    // argument is an expression with a division.
    const qint64 seconds = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - atMs) / 1000);
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 120)
        return QCoreApplication::translate("ListCommand", "%n s ago", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return QCoreApplication::translate("ListCommand", "%n min ago", nullptr, minutes);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("ListCommand", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("ListCommand", "%n day(s) ago", nullptr, days);
}

// "42 ms (up, 3 min ago)", "down (3 min ago)", "-" when never measured.
QString lastMeasured(const std::optional<LatencyLookup::Measurement> &m)
{
    if (!m)
        return QStringLiteral("-");
    QString state = healthStateCode(m->state);
    if (m->fresh == std::optional<bool>(false))
        state = QCoreApplication::translate("ListCommand", "%1, stale").arg(state);
    if (!m->latencyMs)
        return QStringLiteral("%1 (%2)").arg(state, ageOf(m->atMs));
    return QStringLiteral("%1 (%2, %3)")
        .arg(MeasureFormat::latency(m->latencyMs), state, ageOf(m->atMs));
}

} // namespace

QString ListCommand::synopsis() const
{
    return tr("list [ECO] [--json]        List the mirrors of each tool, “*” marking the one in "
              "use, with the last measured latency");
}

QString ListCommand::details() const
{
    return tr("Lists the catalog's mirrors and your own for each tool (or only ECO). The mirror "
              "the tool uses now is\nmarked “*”; a value that names no known mirror is shown "
              "as “* (not in the catalog)”.\nThe latency is the one the last “mirrordeck-cli "
              "probe” measured; “list” itself never measures.");
}

int ListCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));
    QString only;
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        only = args.takeFirst();
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));

    std::vector<std::unique_ptr<EcosystemConfig>> ecosystems;
    if (only.isEmpty()) {
        ecosystems = EcosystemRegistry::createAll(context.environment);
    } else {
        auto ecosystem = CliSupport::ecosystem(only, context);
        if (!ecosystem)
            return CliSupport::UsageError;
        ecosystems.push_back(std::move(ecosystem));
    }
    const Expected<MirrorCatalog> catalog = CliSupport::loadCatalog(context);
    if (!catalog)
        return CliSupport::fail(context, catalog.error());
    const std::unique_ptr<LatencyLookup> latency = CliSupport::latencyLookup(context);
    const QString language = CliSupport::uiLanguage();

    bool anyError = false;
    QJsonArray ecosystemsJson;
    for (const auto &ecosystem : ecosystems) {
        const Expected<EffectiveSetting> setting =
            ecosystem->effectiveSetting(ecosystem->mirrorKey());
        const QString value = setting ? setting->value : QString();
        const std::optional<Mirror> inUse = MirrorInUse::find(*catalog, ecosystem->id(), value);
        const QString inUseUrl = MirrorInUse::urlIn(ecosystem->id(), value);
        const QList<Mirror> mirrors = catalog->byEcosystem(ecosystem->id());

        if (json) {
            QJsonArray mirrorsJson;
            for (const Mirror &m : mirrors) {
                QJsonObject o{{QStringLiteral("id"), m.id},
                              {QStringLiteral("name"), m.displayName(language)},
                              {QStringLiteral("url"), m.url},
                              {QStringLiteral("official"), m.official},
                              {QStringLiteral("user_defined"), m.userDefined},
                              {QStringLiteral("in_use"), inUse && inUse->id == m.id}};
                const auto measured = latency->lastMeasurement(m.id);
                o.insert(QStringLiteral("last_latency_ms"), measured && measured->latencyMs
                                                                ? QJsonValue(*measured->latencyMs)
                                                                : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("last_state"),
                         measured ? QJsonValue(healthStateCode(measured->state))
                                  : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("last_fresh"), measured && measured->fresh
                                                           ? QJsonValue(*measured->fresh)
                                                           : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("measured_at"),
                         measured ? QJsonValue(QDateTime::fromMSecsSinceEpoch(measured->atMs)
                                                   .toUTC()
                                                   .toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null));
                mirrorsJson.append(o);
            }
            QJsonObject o{
                {QStringLiteral("id"), ecosystem->id()},
                {QStringLiteral("name"), ecosystem->displayName()},
                {QStringLiteral("key"), ecosystem->mirrorKey()},
                {QStringLiteral("value"), setting ? QJsonValue(value) : QJsonValue()},
                {QStringLiteral("in_use"), inUse ? QJsonValue(inUse->id) : QJsonValue()},
                {QStringLiteral("in_use_url"), setting ? QJsonValue(inUseUrl) : QJsonValue()},
                {QStringLiteral("mirrors"), mirrorsJson}};
            if (!setting) {
                anyError = true;
                o.insert(QStringLiteral("error"), setting.error().toString());
            }
            ecosystemsJson.append(o);
            continue;
        }

        context.out << ecosystem->displayName() << QStringLiteral("  (") << ecosystem->mirrorKey()
                    << QStringLiteral(" = ")
                    << (setting ? (value.isEmpty() ? tr("(empty)") : value)
                                : setting.error().toString())
                    << QStringLiteral(")") << Qt::endl;
        if (!setting)
            anyError = true;
        int idWidth = 0;
        int nameWidth = 0;
        int urlWidth = 0;
        QStringList urls;
        for (const Mirror &m : mirrors) {
            urls << (m.userDefined ? m.url + QLatin1Char(' ') + tr("(yours)") : m.url);
            idWidth = std::max(idWidth, CliSupport::terminalWidth(m.id));
            nameWidth = std::max(nameWidth, CliSupport::terminalWidth(m.displayName(language)));
            urlWidth = std::max(urlWidth, CliSupport::terminalWidth(urls.last()));
        }
        const QList<int> widths = {-1, -idWidth, -nameWidth, -urlWidth, 0};
        for (qsizetype i = 0; i < mirrors.size(); ++i) {
            const Mirror &m = mirrors.at(i);
            const bool used = inUse && inUse->id == m.id;
            context.out << QStringLiteral("  ")
                        << CliSupport::tableRow({used ? QStringLiteral("*") : QStringLiteral(" "),
                                                 m.id, m.displayName(language), urls.at(i),
                                                 lastMeasured(latency->lastMeasurement(m.id))},
                                                widths)
                        << Qt::endl;
        }
        // nrm marks nothing when the registry is not one it knows; say what is in use instead.
        if (setting && !inUse && !inUseUrl.isEmpty())
            context.out << QStringLiteral("  * ") << inUseUrl << QStringLiteral("  ")
                        << tr("(in use, not in the catalog)") << Qt::endl;
        context.out << Qt::endl;
    }
    if (json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("ecosystems"), ecosystemsJson}})
                           .toJson(QJsonDocument::Indented);
        context.out.flush();
    }
    return anyError ? CliSupport::Failure : CliSupport::Success;
}
