#include "HistoryStatsCommand.h"

#include "AppServices.h"
#include "CliSupport.h"
#include "probedb/ProbeStore.h"
#include "settings/AppSettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QJsonValue number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString ms(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("-");
}

} // namespace

QString HistoryStatsCommand::synopsis() const
{
    return tr("history-stats [ECO] [--since 24h|7d|30d] [--json]  Availability and latency "
              "percentiles of the measured history");
}

QString HistoryStatsCommand::details() const
{
    return tr("--since 24h|7d|30d  the window ending now (default 24h).\n"
              "\n"
              "Every probe of the window and of mirrordeck-cli probe is counted. Availability is "
              "the share of\n"
              "probes that succeeded; p50/p90/p95 are nearest-rank latency percentiles of the "
              "successful ones,\n"
              "exact within the last 24 hours and within 2.5% for older, downsampled data "
              "(\"exact\": false).");
}

int HistoryStatsCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    bool ok = true;
    const QString since = CliSupport::takeOption(args, QStringLiteral("--since"), &ok);
    if (!ok)
        return CliSupport::usage(context, tr("--since needs 24h, 7d or 30d."));
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));
    const std::optional<HistoryWindow> window =
        since.isEmpty() ? std::optional(HistoryWindow::Day) : HistoryWindows::fromCode(since);
    if (!window)
        return CliSupport::usage(context,
                                 tr("--since must be 24h, 7d or 30d, not “%1”.").arg(since));
    QString ecosystemId;
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-'))) {
        const auto ecosystem = CliSupport::ecosystem(args.takeFirst(), context);
        if (!ecosystem)
            return CliSupport::UsageError;
        ecosystemId = ecosystem->id();
    }
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));

    const Expected<MirrorCatalog> catalog = CliSupport::loadCatalog(context);
    if (!catalog)
        return CliSupport::fail(context, catalog.error());
    // The rows the window's table has: every mirror each tool can use, in catalog order.
    QList<QPair<QString, QString>> rows; // ecosystem, mirror id
    QStringList ecosystems;
    if (!ecosystemId.isEmpty()) {
        ecosystems << ecosystemId;
    } else {
        for (const Mirror &m : catalog->mirrors()) {
            if (!ecosystems.contains(m.ecosystem))
                ecosystems << m.ecosystem;
        }
    }
    for (const QString &eco : std::as_const(ecosystems)) {
        for (const Mirror &m : catalog->byEcosystem(eco))
            rows.append({eco, m.id});
    }

    ProbeStore store(
        context.services.probeDatabasePath(),
        {ProbeStore::kDefaultBusyTimeoutMs, context.services.settings().historyRetentionDays()});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<MirrorHistoryStats> stats;
    {
        QStringList ids;
        for (const auto &row : std::as_const(rows))
            ids << row.second;
        const Expected<QList<MirrorHistoryStats>> got = store.stats(ids, *window, now);
        for (const QString &notice : store.takeNotices())
            context.err << "mirrordeck-cli: " << notice << Qt::endl;
        if (!got)
            return CliSupport::fail(context, got.error());
        stats = *got;
    }

    if (json) {
        QJsonArray mirrors;
        for (int i = 0; i < stats.size(); ++i) {
            const MirrorHistoryStats &s = stats.at(i);
            mirrors.append(QJsonObject{
                {QStringLiteral("id"), s.mirrorId},
                {QStringLiteral("ecosystem"), rows.at(i).first},
                {QStringLiteral("probes"), s.probes},
                {QStringLiteral("ok"), s.okProbes},
                {QStringLiteral("availability"), number(s.availability, 6)},
                {QStringLiteral("latency_samples"), s.latencySamples},
                {QStringLiteral("p50_ms"), number(s.p50Ms, 3)},
                {QStringLiteral("p90_ms"), number(s.p90Ms, 3)},
                {QStringLiteral("p95_ms"), number(s.p95Ms, 3)},
                {QStringLiteral("exact"), s.exact},
            });
        }
        context.out
            << QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("window"), HistoryWindows::code(*window)},
                       {QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(
                                                    now - HistoryWindows::spanMs(*window), Qt::UTC)
                                                    .toString(Qt::ISODateWithMs)},
                       {QStringLiteral("until"),
                        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("database"), store.path()},
                       {QStringLiteral("mirrors"), mirrors}})
                   .toJson(QJsonDocument::Indented);
        context.out.flush();
        return CliSupport::Success;
    }

    context.out
        << tr("Measured history over %1 (%2)").arg(HistoryWindows::label(*window), store.path())
        << Qt::endl;
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                               .arg(tr("ID"), -18)
                               .arg(tr("ECO"), -4)
                               .arg(tr("PROBES"), 7)
                               .arg(tr("AVAIL"), 8)
                               .arg(tr("P50"), 8)
                               .arg(tr("P90"), 8)
                               .arg(tr("P95"), 8);
    context.out << header << Qt::endl;
    for (int i = 0; i < stats.size(); ++i) {
        const MirrorHistoryStats &s = stats.at(i);
        const QString availability =
            s.availability ? QString::number(*s.availability * 100.0, 'f', 1) + QLatin1Char('%')
                           : QStringLiteral("-");
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                           .arg(s.mirrorId, -18)
                           .arg(rows.at(i).first, -4)
                           .arg(s.probes, 7)
                           .arg(availability, 8)
                           .arg(ms(s.p50Ms), 8)
                           .arg(ms(s.p90Ms), 8)
                           .arg(ms(s.p95Ms), 8)
                    << Qt::endl;
    }
    return CliSupport::Success;
}
