#include "ProbeCommand.h"

#include "CliSupport.h"
#include "probe/ProbeRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString ms(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

QString rate(const std::optional<double> &bps)
{
    if (!bps)
        return QStringLiteral("-");
    if (*bps >= 1024.0 * 1024.0)
        return QStringLiteral("%1 MiB/s").arg(*bps / (1024.0 * 1024.0), 0, 'f', 2);
    return QStringLiteral("%1 KiB/s").arg(*bps / 1024.0, 0, 'f', 1);
}

} // namespace

QString ProbeCommand::synopsis() const
{
    return tr("probe [ECO] [--rounds N] [--timeout SECONDS] [--no-download] [--json]  Measure "
              "mirrors and recommend one per ecosystem");
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

    const ProbeRunner::Report report = ProbeRunner::run(mirrors, ecosystems, settings, !noDownload);

    if (json) {
        QJsonArray results;
        for (const ProbeResult &r : report.results)
            results.append(probeResultToJson(r));
        QJsonObject recommended;
        for (auto it = report.recommended.cbegin(); it != report.recommended.cend(); ++it)
            recommended.insert(it.key(), it.value().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(it.value()));
        const QJsonObject doc{{QStringLiteral("results"), results},
                              {QStringLiteral("recommended"), recommended}};
        context.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        context.out.flush();
        return CliSupport::Success;
    }

    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11");
    context.out << row.arg(tr("ID"), -18)
                       .arg(tr("ECO"), -4)
                       .arg(tr("STATE"), -9)
                       .arg(tr("LATENCY"), 8)
                       .arg(tr("DNS"), 6)
                       .arg(tr("CONNECT"), 7)
                       .arg(tr("TLS"), 6)
                       .arg(tr("THROUGHPUT"), 11)
                       .arg(tr("LATEST"), -10)
                       .arg(tr("SCORE"), 5)
                       .arg(tr("PROBLEM"))
                << Qt::endl;
    for (const ProbeResult &r : report.results) {
        QString problem;
        if (!r.ok)
            problem = ProbeError::code(r.error) + QStringLiteral(": ") + r.errorMessage;
        else if (r.fresh == std::optional<bool>(false))
            problem = tr("stale, lacks %1").arg(r.lacks.mid(0, 3).join(QStringLiteral(", ")));
        context.out << row.arg(r.mirrorId, -18)
                           .arg(r.ecosystem, -4)
                           .arg(healthStateCode(r.state), -9)
                           .arg(ms(r.latencyMs), 8)
                           .arg(ms(r.timings.dnsMs), 6)
                           .arg(ms(r.timings.connectMs), 7)
                           .arg(ms(r.timings.tlsMs), 6)
                           .arg(rate(r.throughputBps), 11)
                           .arg(r.latest.isEmpty() ? QStringLiteral("-") : r.latest, -10)
                           .arg(QString::number(r.score, 'f', 1), 5)
                           .arg(problem)
                    << Qt::endl;
    }
    context.out << Qt::endl;
    QStringList ecosystemsProbed = report.recommended.keys();
    ecosystemsProbed.sort();
    for (const QString &eco : std::as_const(ecosystemsProbed)) {
        const QString id = report.recommended.value(eco);
        context.out << tr("Recommended for %1: %2").arg(eco, id.isEmpty() ? tr("none") : id)
                    << Qt::endl;
    }
    return CliSupport::Success;
}
