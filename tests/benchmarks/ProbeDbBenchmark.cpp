// The measured history at its design load: 24 mirrors probed once a minute for 30 days,
// written as the window writes them (one transaction per round, maintenance every 10 minutes,
// so downsampling and retention run as they would), then the file size and the cost of the
// questions the window and `mirrordeck-cli history-stats` ask. Prints figures; asserts nothing
// (speed targets are read, not enforced). Target: the file at 30 days at most 20 MB.
//
//   ProbeDbBenchmark [DAYS] [MIRRORS]     defaults 30 and 24

#include "probedb/HistoryTypes.h"
#include "probedb/ProbeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 kMinute = 60 * 1000;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int days = args.size() > 1 ? args.at(1).toInt() : 30;
    const int mirrors = args.size() > 2 ? args.at(2).toInt() : 24;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("probes.sqlite"));

    QStringList ids;
    for (int m = 0; m < mirrors; ++m)
        ids << QStringLiteral("mirror-%1").arg(m, 2, 10, QLatin1Char('0'));

    const qint64 end = 1700000000000;
    const qint64 start = end - qint64(days) * 24 * 60 * kMinute;
    quint32 seed = 12345;
    const auto random = [&seed]() {
        seed = seed * 1664525u + 1013904223u; // a fixed LCG: the same data every run
        return double(seed >> 8) / double(1u << 24);
    };

    qint64 rows = 0;
    double insertMs = 0;
    double maintainMs = 0;
    int maintains = 0;
    {
        ProbeStore store(path);
        if (!store.open()) {
            std::printf("probedb: cannot open %s\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer timer;
        qint64 round = 0;
        for (qint64 t = start; t < end; t += kMinute, ++round) {
            QList<ProbeSample> batch;
            batch.reserve(mirrors);
            for (int m = 0; m < mirrors; ++m) {
                ProbeSample s;
                s.atMs = t + m * 37;
                s.mirrorId = ids.at(m);
                s.ecosystem = m % 3 == 0
                                  ? QStringLiteral("go")
                                  : (m % 3 == 1 ? QStringLiteral("npm") : QStringLiteral("pip"));
                s.ok = random() > 0.02;
                s.error = s.ok ? QString() : QStringLiteral("timeout");
                if (s.ok)
                    s.latencyMs = 20.0 + m * 5.0 + random() * 80.0;
                if (s.ok && round % 10 == 0)
                    s.throughputBps = 1e6 + random() * 5e6;
                if (s.ok)
                    s.fresh = random() > 0.1;
                batch.append(s);
            }
            timer.start();
            if (!store.insert(batch)) {
                std::printf("probedb: insert failed\n");
                return 1;
            }
            insertMs += double(timer.nsecsElapsed()) / 1e6;
            rows += batch.size();
            if (round % 10 == 9) {
                timer.start();
                (void)store.maintain(t);
                maintainMs += double(timer.nsecsElapsed()) / 1e6;
                ++maintains;
            }
        }
        (void)store.maintain(end);
        const ProbeStore::Counts counts = *store.counts();
        std::printf("probedb: %d days x %d mirrors, once a minute: %lld rows written\n", days,
                    mirrors, static_cast<long long>(rows));
        std::printf("  insert:    %.2f us per row (one transaction per round of %d rows)\n",
                    insertMs * 1000.0 / double(rows), mirrors);
        std::printf("  maintain:  %.2f ms per run (%d runs, every 10 minutes)\n",
                    maintainMs / std::max(1, maintains), maintains);
        std::printf("  kept:      %lld raw rows, %lld 15-minute buckets, %lld hourly buckets\n",
                    static_cast<long long>(counts.raw), static_cast<long long>(counts.fine),
                    static_cast<long long>(counts.coarse));
    } // closing the last connection checkpoints the WAL into the file

    qint64 bytes = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm"})
        bytes += QFileInfo(path + QLatin1String(suffix)).size();
    std::printf("  file size: %.2f MB at %d days (target <= 20 MB)\n", double(bytes) / 1e6, days);

    // Opening checks the whole file (quick_check): what every `mirrordeck-cli probe` pays.
    ProbeStore store(path);
    QElapsedTimer openTimer;
    openTimer.start();
    if (!store.open())
        return 1;
    std::printf("  open:      %.1f ms (with the integrity check)\n",
                double(openTimer.nsecsElapsed()) / 1e6);
    for (const HistoryWindow window :
         {HistoryWindow::Day, HistoryWindow::Week, HistoryWindow::Month}) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto stats = store.stats(ids, window, end);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!stats)
                return 1;
        }
        std::printf("  stats %-4s for all %d mirrors: %.1f ms (median of 5)\n",
                    qPrintable(HistoryWindows::code(window)), mirrors, median(times));
    }
    struct Chart
    {
        const char *name;
        qint64 span;
        qint64 bucket;
    };
    for (const Chart chart : {Chart{"24h", 24 * 60 * kMinute, 8 * kMinute},
                              Chart{"7d", 7 * 24 * 60 * kMinute, 60 * kMinute},
                              Chart{"30d", 30 * 24 * 60 * kMinute, 240 * kMinute}}) {
        QElapsedTimer timer;
        timer.start();
        qsizetype points = 0;
        for (const QString &id : std::as_const(ids))
            points += store.series(id, end - chart.span, end, chart.bucket)->size();
        std::printf("  chart %-4s for all %d mirrors: %.1f ms (%lld points)\n", chart.name, mirrors,
                    double(timer.nsecsElapsed()) / 1e6, static_cast<long long>(points));
    }
    return 0;
}
