#include "ProbeCommand.h"

#include "AppServices.h"
#include "CliSupport.h"
#include "ProbeRunner.h"
#include "catalog/HostNameCheck.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/MirrorInUse.h"
#include "probe/MeasureFormat.h"
#include "probedb/ProbeStore.h"
#include "settings/AppSettings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace {

QString ms(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

// The window's own format (MeasureFormat, decimal MB/s), with "-" for "not measured" so the
// columns stay plain ASCII where nothing was measured.
QString rate(const std::optional<double> &bps)
{
    return bps ? MeasureFormat::throughput(bps) : QStringLiteral("-");
}

} // namespace

void ProbeCommand::recordHistory(const QList<ProbeSample> &samples, CliContext &context)
{
    // A history that cannot be written is a warning: the measurement itself succeeded.
    ProbeStore store(
        context.services.probeDatabasePath(),
        {ProbeStore::kDefaultBusyTimeoutMs, context.services.settings().historyRetentionDays()});
    Expected<void> done = store.insert(samples);
    if (done)
        done = store.maintain(QDateTime::currentMSecsSinceEpoch());
    for (const QString &notice : store.takeNotices())
        context.err << "mirrordeck-cli: " << notice << Qt::endl;
    if (!done)
        context.err << "mirrordeck-cli: " << tr("warning: ") << done.error().toString() << Qt::endl;
}

QString ProbeCommand::synopsis() const
{
    return tr("probe [ECO] [--rounds N] [--timeout SECONDS] [--no-download] [--json]  Measure "
              "mirrors and recommend one per ecosystem");
}

QString ProbeCommand::details() const
{
    const ProbeSettings defaults;
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'g', 4); };
    return tr("--rounds N          latency samples per mirror (default %1).\n"
              "--timeout SECONDS   deadline of each request (default %2 s). A throughput "
              "download,\n"
              "                    artifact lookup and transfer together, gets SECONDS + "
              "min(%3, SECONDS) s.\n"
              "--no-download       measure latency and freshness only.\n"
              "\n"
              "Time bound: the mirrors are checked at once, each within (N + 2) × SECONDS; then "
              "up to %4\n"
              "downloads per ecosystem (the official upstream and the best mirrors) run one at "
              "a time,\n"
              "each within its own budget, so a stalled mirror never takes the time of the "
              "others.\n"
              "A probe ends within (N + 2) × SECONDS + DOWNLOADS × (SECONDS + min(%3, SECONDS)) "
              "s:\n"
              "with the defaults and one ecosystem at most %5 s.")
        .arg(defaults.samples)
        .arg(seconds(defaults.timeoutMs))
        .arg(seconds(defaults.throughputMaxMs))
        .arg(defaults.throughputCandidates)
        .arg(seconds(defaults.roundBudgetMs(defaults.throughputCandidates)));
}

int ProbeCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    bool ok = true;
    const QString catalog = CliSupport::takeOption(args, QStringLiteral("--catalog"), &ok);
    if (!ok)
        return CliSupport::usage(context, tr("--catalog needs a file name."));
    const QString rounds = CliSupport::takeOption(args, QStringLiteral("--rounds"), &ok);
    if (!ok)
        return CliSupport::usage(context, tr("--rounds needs a number."));
    const QString timeout = CliSupport::takeOption(args, QStringLiteral("--timeout"), &ok);
    if (!ok)
        return CliSupport::usage(context, tr("--timeout needs a number of seconds."));
    const bool noDownload = CliSupport::takeFlag(args, QStringLiteral("--no-download"));
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));

    ProbeSettings settings;
    if (!rounds.isEmpty()) {
        const int n = rounds.toInt(&ok);
        if (!ok || n < 1 || n > 100)
            return CliSupport::usage(context, tr("--rounds must be a number from 1 to 100."));
        settings.samples = n;
    }
    if (!timeout.isEmpty()) {
        const double seconds = timeout.toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return CliSupport::usage(context,
                                     tr("--timeout must be a number of seconds up to 600."));
        settings.timeoutMs = int(std::lround(seconds * 1000.0));
        settings.throughputMaxMs = std::min(settings.throughputMaxMs, settings.timeoutMs);
    }
    QStringList ecosystems;
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        ecosystems.append(args.takeFirst());
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));

    if (!catalog.isEmpty())
        context.catalogPath = catalog;
    const Expected<MirrorCatalog> loaded = CliSupport::loadCatalog(context);
    if (!loaded)
        return CliSupport::fail(context, loaded.error());
    QList<Mirror> mirrors;
    for (const Mirror &m : loaded->mirrors()) {
        if (ecosystems.isEmpty() || ecosystems.contains(m.ecosystem))
            mirrors.append(m);
    }
    if (mirrors.isEmpty())
        return CliSupport::usage(
            context, ecosystems.isEmpty()
                         ? tr("The catalog lists no mirrors.")
                         : tr("The catalog lists no mirror of “%1”.").arg(ecosystems.first()));

    // Before the round: a host that imitates another name deserves a look whatever it measures.
    QJsonArray hostWarnings;
    for (const Mirror &m : std::as_const(mirrors)) {
        const HostNameVerdict verdict = HostNameCheck::check(m.url);
        if (!verdict.suspicious())
            continue;
        hostWarnings.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("host"), verdict.host},
                                        {QStringLiteral("ace"), verdict.aceHost},
                                        {QStringLiteral("warning"), verdict.warning}});
        CliSupport::warnAboutHostName(m.url, context); // stderr: the JSON stays clean
    }

    // Every result goes into the measured history the window reads, stamped when it arrived.
    QList<ProbeSample> samples;
    const ProbeRunner::Report report = ProbeRunner::run(
        mirrors, ecosystems, settings, !noDownload, [&samples](const ProbeResult &r) {
            if (const auto sample = ProbeSample::fromResult(r, QDateTime::currentMSecsSinceEpoch()))
                samples.append(*sample);
        });
    // Also what `list` shows as the last measured latency (StoredLatencyLookup).
    recordHistory(samples, context);

    // The mirror each probed tool uses now, marked "*" as in `list`.
    QHash<QString, QString> inUse; // ecosystem -> mirror id
    for (const ProbeResult &r : report.results) {
        if (inUse.contains(r.ecosystem))
            continue;
        inUse.insert(r.ecosystem, QString());
        const auto config = EcosystemRegistry::create(r.ecosystem, context.environment);
        if (!config)
            continue;
        const Expected<EffectiveSetting> setting = config->effectiveSetting(config->mirrorKey());
        if (!setting)
            continue;
        if (const auto mirror = MirrorInUse::find(*loaded, r.ecosystem, setting->value))
            inUse.insert(r.ecosystem, mirror->id);
    }
    const auto isInUse = [&inUse](const ProbeResult &r) {
        return !inUse.value(r.ecosystem).isEmpty() && inUse.value(r.ecosystem) == r.mirrorId;
    };

    if (json) {
        QJsonArray results;
        for (const ProbeResult &r : report.results) {
            QJsonObject o = probeResultToJson(r);
            o.insert(QStringLiteral("in_use"), isInUse(r));
            results.append(o);
        }
        QJsonObject recommended;
        for (auto it = report.recommended.cbegin(); it != report.recommended.cend(); ++it)
            recommended.insert(it.key(), it.value().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(it.value()));
        QJsonObject doc{{QStringLiteral("results"), results},
                        {QStringLiteral("recommended"), recommended}};
        if (!hostWarnings.isEmpty())
            doc.insert(QStringLiteral("host_warnings"), hostWarnings);
        context.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        context.out.flush();
        return CliSupport::Success;
    }

    // Column widths; negative means left-aligned. Headers are translated, so widths are counted
    // in terminal cells (a CJK character takes two), not characters.
    const QList<int> widths = {-1, -18, -4, -9, 8, 6, 7, 6, 11, -10, 5, 0};
    context.out << CliSupport::tableRow({QStringLiteral(" "), tr("ID"), tr("ECO"), tr("STATE"),
                                         tr("LATENCY"), tr("DNS"), tr("CONNECT"), tr("TLS"),
                                         tr("THROUGHPUT"), tr("LATEST"), tr("SCORE"),
                                         tr("PROBLEM")},
                                        widths)
                << Qt::endl;
    for (const ProbeResult &r : report.results) {
        QString problem;
        if (!r.ok)
            problem = ProbeError::code(r.error) + QStringLiteral(": ") + r.errorMessage;
        else if (r.fresh == std::optional<bool>(false))
            problem = tr("stale, lacks %1").arg(r.lacks.mid(0, 3).join(QStringLiteral(", ")));
        context.out << CliSupport::tableRow({isInUse(r) ? QStringLiteral("*") : QStringLiteral(" "),
                                             r.mirrorId, r.ecosystem, healthStateCode(r.state),
                                             ms(r.latencyMs), ms(r.timings.dnsMs),
                                             ms(r.timings.connectMs), ms(r.timings.tlsMs),
                                             rate(r.throughputBps),
                                             r.latest.isEmpty() ? QStringLiteral("-") : r.latest,
                                             QString::number(r.score, 'f', 1), problem},
                                            widths)
                    << Qt::endl;
    }
    context.out << Qt::endl;
    QStringList ecosystemsProbed = report.recommended.keys();
    ecosystemsProbed.sort();
    for (const QString &eco : std::as_const(ecosystemsProbed)) {
        const QString id = report.recommended.value(eco);
        context.out << tr("Recommended for %1: %2").arg(eco, id.isEmpty() ? tr("none") : id)
                    << Qt::endl;
        if (!inUse.value(eco).isEmpty())
            context.out << tr("In use for %1: %2 (marked *)").arg(eco, inUse.value(eco))
                        << Qt::endl;
    }
    return CliSupport::Success;
}
