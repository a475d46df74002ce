#include "probedb/ProbeStore.h"

#include "probedb/LatencyHistogram.h"
#include "probedb/ProbeDbLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kSchemaVersion = 1;
// The columns of a downsampled bucket, in the order Aggregate::fromRow reads them.
#define MIRRORDECK_BUCKET_COLUMNS                                                                  \
    "probes, ok, lat_count, lat_sum, lat_min, lat_max, lat_time_sum, lat_hist, tp_count, tp_sum, " \
    "fresh, stale"
constexpr int kLevelFine = 1;
constexpr int kLevelCoarse = 2;

// SQLite's primary result codes, as QSQLITE reports them in QSqlError::nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mirrordeck-probedb-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// What one downsampled bucket holds; merged when rows or buckets roll into it.
struct ProbeStore::Aggregate
{
    qint64 probes = 0;
    qint64 ok = 0;
    qint64 latCount = 0;
    double latSum = 0;
    double latMin = 0;
    double latMax = 0;
    double latTimeSum = 0; // sum of the sample times: charts put the bucket at their mean
    LatencyHistogram histogram;
    qint64 tpCount = 0;
    double tpSum = 0;
    qint64 fresh = 0;
    qint64 stale = 0;

    void addLatency(double ms, qint64 count, double timeSum, double min, double max)
    {
        if (count <= 0)
            return;
        latMin = latCount == 0 ? min : std::min(latMin, min);
        latMax = latCount == 0 ? max : std::max(latMax, max);
        latCount += count;
        latSum += ms;
        latTimeSum += timeSum;
    }

    // A bucket row read from kBucketColumns, which start at column `first` of the query.
    static Aggregate fromRow(const QSqlQuery &row, int first)
    {
        Aggregate a;
        a.probes = row.value(first).toLongLong();
        a.ok = row.value(first + 1).toLongLong();
        a.addLatency(row.value(first + 3).toDouble(), row.value(first + 2).toLongLong(),
                     row.value(first + 6).toDouble(), row.value(first + 4).toDouble(),
                     row.value(first + 5).toDouble());
        a.histogram = LatencyHistogram::fromBlob(row.value(first + 7).toByteArray());
        a.tpCount = row.value(first + 8).toLongLong();
        a.tpSum = row.value(first + 9).toDouble();
        a.fresh = row.value(first + 10).toLongLong();
        a.stale = row.value(first + 11).toLongLong();
        return a;
    }

    void merge(const Aggregate &other)
    {
        probes += other.probes;
        ok += other.ok;
        addLatency(other.latSum, other.latCount, other.latTimeSum, other.latMin, other.latMax);
        histogram.merge(other.histogram);
        tpCount += other.tpCount;
        tpSum += other.tpSum;
        fresh += other.fresh;
        stale += other.stale;
    }
};

qint64 ProbeStore::bucketStart(qint64 timeMs, qint64 widthMs)
{
    return timeMs - (((timeMs % widthMs) + widthMs) % widthMs);
}

ProbeStore::ProbeStore(const QString &path, Options options)
    : m_path(path)
    , m_options(options)
    , m_connectionName(nextConnectionName())
{}

ProbeStore::~ProbeStore()
{
    close();
}

void ProbeStore::close()
{
    if (m_db) {
        m_db->close();
        m_db.reset(); // removeDatabase() wants no handle left
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    m_mirrorKeys.clear();
    m_mirrorEcosystems.clear();
}

QStringList ProbeStore::takeNotices()
{
    return std::exchange(m_notices, {});
}

CoreError ProbeStore::busyError() const
{
    return makeError(CoreError::Kind::Busy,
                     tr("The measurement history is locked by another program; the results are "
                        "kept and written when it is free again."),
                     m_path);
}

CoreError ProbeStore::errorOf(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const int code = sqliteCode(error);
    if (code == kSqliteBusy || code == kSqliteLocked)
        return busyError();
    if (code == kSqliteCorrupt || code == kSqliteNotADb)
        return makeError(CoreError::Kind::BadFile,
                         tr("The measurement history is damaged (%1).").arg(error.databaseText()),
                         m_path);
    return makeError(
        CoreError::Kind::Io,
        tr("The measurement history could not be read or written: %1").arg(error.text()), m_path);
}

bool ProbeStore::isCorruption(const QSqlQuery &query) const
{
    const int code = sqliteCode(query.lastError());
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

bool ProbeStore::prepare(QSqlQuery &query, const QString &sql)
{
    m_prepareError.reset();
    if (query.prepare(sql))
        return true;
    // exec() of a statement that did not prepare only says "No query": keep the real error.
    if (isCorruption(query))
        m_corruptSeen = true;
    m_prepareError = errorOf(query);
    return false;
}

Expected<void> ProbeStore::exec(QSqlQuery &query)
{
    if (m_prepareError)
        return *std::exchange(m_prepareError, std::nullopt);
    if (query.exec())
        return {};
    if (isCorruption(query))
        m_corruptSeen = true;
    qCDebug(lcProbeDb) << "statement failed:" << query.lastError().text();
    return errorOf(query);
}

Expected<void> ProbeStore::exec(const QString &sql)
{
    QSqlQuery query(*m_db);
    prepare(query, sql);
    return exec(query);
}

Expected<void> ProbeStore::open()
{
    if (m_open)
        return {};
    m_corruptSeen = false;
    const Expected<void> first = openOnce();
    if (first)
        return first;
    if (!m_corruptSeen)
        return first;
    return recover(first.error().message);
}

Expected<void> ProbeStore::openOnce()
{
    close();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(CoreError::Kind::Io,
                         tr("The folder of the measurement history could not be created."),
                         info.absolutePath());
    m_db = std::make_unique<QSqlDatabase>(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
    if (!m_db->isValid())
        return makeError(CoreError::Kind::Io,
                         tr("The SQLite driver of Qt (QSQLITE) is missing; install "
                            "libqt6sql6-sqlite."),
                         m_path);
    m_db->setDatabaseName(m_path);
    m_db->setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::max(0, m_options.busyTimeoutMs)));
    if (!m_db->open())
        return makeError(
            CoreError::Kind::Io,
            tr("The measurement history could not be opened: %1").arg(m_db->lastError().text()),
            m_path);
    MIRRORDECK_TRY(checkIntegrity());
    MIRRORDECK_TRY(createSchema());
    m_open = true;
    qCDebug(lcProbeDb) << "opened" << m_path;
    return {};
}

Expected<void> ProbeStore::checkIntegrity()
{
    // quick_check reads every page: a truncated file or a page of garbage shows here, before
    // a write would fail half-way. It only reads, so a concurrent writer does not block it.
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    prepare(query, QStringLiteral("PRAGMA quick_check"));
    MIRRORDECK_TRY(exec(query));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    m_corruptSeen = true;
    return makeError(CoreError::Kind::BadFile,
                     tr("The measurement history is damaged (%1).")
                         .arg(problems.mid(0, 3).join(QStringLiteral("; "))),
                     m_path);
}

// Runs `body` in one transaction: committed when it succeeds, rolled back when it fails. A
// transaction that cannot begin or commit met another writer beyond the busy timeout.
template <typename F> Expected<void> ProbeStore::inTransaction(F &&body)
{
    if (!m_db->transaction())
        return busyError();
    if (const Expected<void> done = body(); !done) {
        m_db->rollback();
        return done;
    }
    if (!m_db->commit()) {
        m_db->rollback();
        return busyError();
    }
    return {};
}

Expected<void> ProbeStore::createSchema()
{
    // WAL: the window and the CLI write at once, readers never wait for a writer. NORMAL
    // synchronisation: a power cut may lose the last results, never the file.
    {
        QSqlQuery wal(*m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            if (isCorruption(wal))
                m_corruptSeen = true;
            return errorOf(wal);
        }
    }
    MIRRORDECK_TRY(exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT "
                       "NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS mirrors(id INTEGER PRIMARY KEY, name TEXT NOT "
                       "NULL UNIQUE, ecosystem TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS samples(mirror INTEGER NOT NULL, t INTEGER NOT "
                       "NULL, ok INTEGER NOT NULL, error TEXT, latency_ms REAL, throughput_bps "
                       "REAL, fresh INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS samples_by_mirror ON samples(mirror, t)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS buckets(level INTEGER NOT NULL, mirror INTEGER "
                       "NOT NULL, t INTEGER NOT NULL, probes INTEGER NOT NULL, ok INTEGER NOT "
                       "NULL, lat_count INTEGER NOT NULL, lat_sum REAL NOT NULL, lat_min REAL, "
                       "lat_max REAL, lat_time_sum REAL NOT NULL, lat_hist BLOB, tp_count INTEGER "
                       "NOT NULL, tp_sum REAL NOT NULL, fresh INTEGER NOT NULL, stale INTEGER NOT "
                       "NULL, PRIMARY KEY(mirror, level, t)) WITHOUT ROWID"),
        // maintain() picks what aged out by time across all mirrors.
        QStringLiteral("CREATE INDEX IF NOT EXISTS samples_by_time ON samples(t)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS buckets_by_time ON buckets(level, t)"),
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '%1')")
            .arg(kSchemaVersion),
    };
    return inTransaction([&]() -> Expected<void> {
        for (const QString &sql : statements)
            MIRRORDECK_TRY(exec(sql));
        return {};
    });
}

Expected<void> ProbeStore::recover(const QString &reason)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside =
            m_path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFileInfo::exists(m_path) && !QFile::rename(m_path, aside))
        return makeError(CoreError::Kind::Io,
                         tr("%1 It could not be moved aside: measurements are not recorded until "
                            "it is removed.")
                             .arg(reason),
                         m_path);
    // The journal files belong to the damaged file: replayed into a new one they would damage it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix))
            QFile::remove(m_path + suffix);
    }
    qCWarning(lcProbeDb) << "damaged history moved to" << aside;
    // `reason` is already a sentence ("The measurement history is damaged (…).").
    m_notices << tr("%1 It was moved to %2 and a new one was started.").arg(reason, aside);
    m_corruptSeen = false;
    const Expected<void> reopened = openOnce();
    m_corruptSeen = false;
    return reopened;
}

std::optional<qint64> ProbeStore::existingKey(const QString &mirrorId)
{
    if (const auto it = m_mirrorKeys.constFind(mirrorId); it != m_mirrorKeys.constEnd())
        return *it;
    QSqlQuery query(*m_db);
    prepare(query, QStringLiteral("SELECT id, ecosystem FROM mirrors WHERE name = ?"));
    query.addBindValue(mirrorId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    const qint64 key = query.value(0).toLongLong();
    m_mirrorKeys.insert(mirrorId, key);
    m_mirrorEcosystems.insert(key, query.value(1).toString());
    return key;
}

Expected<qint64> ProbeStore::mirrorKey(const QString &mirrorId, const QString &ecosystem)
{
    if (const std::optional<qint64> key = existingKey(mirrorId)) {
        if (m_mirrorEcosystems.value(*key) != ecosystem && !ecosystem.isEmpty()) {
            QSqlQuery update(*m_db);
            prepare(update, QStringLiteral("UPDATE mirrors SET ecosystem = ? WHERE id = ?"));
            update.addBindValue(ecosystem);
            update.addBindValue(*key);
            MIRRORDECK_TRY(exec(update));
            m_mirrorEcosystems.insert(*key, ecosystem);
        }
        return *key;
    }
    if (m_corruptSeen)
        return makeError(CoreError::Kind::BadFile, tr("The measurement history is damaged."),
                         m_path);
    QSqlQuery insert(*m_db);
    prepare(insert, QStringLiteral("INSERT INTO mirrors(name, ecosystem) VALUES(?, ?)"));
    insert.addBindValue(mirrorId);
    insert.addBindValue(ecosystem);
    MIRRORDECK_TRY(exec(insert));
    const qint64 key = insert.lastInsertId().toLongLong();
    m_mirrorKeys.insert(mirrorId, key);
    m_mirrorEcosystems.insert(key, ecosystem);
    return key;
}

Expected<void> ProbeStore::insert(const QList<ProbeSample> &samples)
{
    if (samples.isEmpty())
        return {};
    return guarded([&]() -> Expected<void> {
        const Expected<void> done = inTransaction([&]() -> Expected<void> {
            QSqlQuery query(*m_db);
            prepare(query, QStringLiteral("INSERT INTO samples(mirror, t, ok, error, latency_ms, "
                                          "throughput_bps, fresh) VALUES(?, ?, ?, ?, ?, ?, ?)"));
            for (const ProbeSample &sample : samples) {
                const Expected<qint64> key = mirrorKey(sample.mirrorId, sample.ecosystem);
                if (!key)
                    return key.error();
                query.bindValue(0, *key);
                query.bindValue(1, sample.atMs);
                query.bindValue(2, sample.ok ? 1 : 0);
                query.bindValue(3, sample.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(sample.error));
                query.bindValue(4, optionalValue(sample.latencyMs));
                query.bindValue(5, optionalValue(sample.throughputBps));
                query.bindValue(6, sample.fresh ? QVariant(*sample.fresh ? 1 : 0)
                                                : QVariant(QMetaType::fromType<int>()));
                MIRRORDECK_TRY(exec(query));
            }
            return {};
        });
        if (!done) {
            // Keys cached inside the rolled-back transaction may not exist.
            m_mirrorKeys.clear();
            m_mirrorEcosystems.clear();
        }
        return done;
    });
}

Expected<void> ProbeStore::store(int level, qint64 mirror, qint64 startMs,
                                 const Aggregate &aggregate)
{
    Aggregate merged = aggregate;
    QSqlQuery existing(*m_db);
    prepare(existing, QStringLiteral("SELECT " MIRRORDECK_BUCKET_COLUMNS
                                     " FROM buckets WHERE level = ? AND mirror = ? AND t = ?"));
    existing.addBindValue(level);
    existing.addBindValue(mirror);
    existing.addBindValue(startMs);
    MIRRORDECK_TRY(exec(existing));
    if (existing.next()) {
        // Late rows (another process's, a clock step) roll into a bucket that exists already.
        merged.merge(Aggregate::fromRow(existing, 0));
    }
    existing.finish();
    QSqlQuery write(*m_db);
    prepare(write,
            QStringLiteral(
                "INSERT OR REPLACE INTO buckets(level, mirror, t, probes, ok, lat_count, lat_sum, "
                "lat_min, lat_max, lat_time_sum, lat_hist, tp_count, tp_sum, fresh, stale) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    write.addBindValue(level);
    write.addBindValue(mirror);
    write.addBindValue(startMs);
    write.addBindValue(merged.probes);
    write.addBindValue(merged.ok);
    write.addBindValue(merged.latCount);
    write.addBindValue(merged.latSum);
    write.addBindValue(merged.latCount > 0 ? QVariant(merged.latMin)
                                           : QVariant(QMetaType::fromType<double>()));
    write.addBindValue(merged.latCount > 0 ? QVariant(merged.latMax)
                                           : QVariant(QMetaType::fromType<double>()));
    write.addBindValue(merged.latTimeSum);
    write.addBindValue(merged.histogram.toBlob());
    write.addBindValue(merged.tpCount);
    write.addBindValue(merged.tpSum);
    write.addBindValue(merged.fresh);
    write.addBindValue(merged.stale);
    return exec(write);
}

Expected<void> ProbeStore::rollRaw(qint64 cutoffMs)
{
    using Key = QPair<qint64, qint64>; // mirror, bucket start
    QMap<Key, Aggregate> buckets;
    {
        QSqlQuery rows(*m_db);
        rows.setForwardOnly(true);
        prepare(rows, QStringLiteral("SELECT mirror, t, ok, latency_ms, throughput_bps, fresh FROM "
                                     "samples WHERE t < ?"));
        rows.addBindValue(cutoffMs);
        MIRRORDECK_TRY(exec(rows));
        while (rows.next()) {
            const qint64 t = rows.value(1).toLongLong();
            Aggregate &a = buckets[Key(rows.value(0).toLongLong(), bucketStart(t, kFineBucketMs))];
            ++a.probes;
            if (rows.value(2).toInt() != 0)
                ++a.ok;
            if (!rows.value(3).isNull()) {
                const double ms = rows.value(3).toDouble();
                a.addLatency(ms, 1, double(t), ms, ms);
                a.histogram.add(ms);
            }
            if (!rows.value(4).isNull()) {
                ++a.tpCount;
                a.tpSum += rows.value(4).toDouble();
            }
            if (!rows.value(5).isNull())
                ++(rows.value(5).toInt() != 0 ? a.fresh : a.stale);
        }
    }
    if (buckets.isEmpty())
        return {};
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        MIRRORDECK_TRY(store(kLevelFine, it.key().first, it.key().second, it.value()));
    QSqlQuery drop(*m_db);
    prepare(drop, QStringLiteral("DELETE FROM samples WHERE t < ?"));
    drop.addBindValue(cutoffMs);
    return exec(drop);
}

Expected<void> ProbeStore::rollFine(qint64 cutoffMs)
{
    using Key = QPair<qint64, qint64>;
    QMap<Key, Aggregate> buckets;
    {
        QSqlQuery rows(*m_db);
        rows.setForwardOnly(true);
        prepare(rows, QStringLiteral("SELECT mirror, t, " MIRRORDECK_BUCKET_COLUMNS
                                     " FROM buckets WHERE level = ? AND t < ?"));
        rows.addBindValue(kLevelFine);
        rows.addBindValue(cutoffMs);
        MIRRORDECK_TRY(exec(rows));
        while (rows.next()) {
            buckets[Key(rows.value(0).toLongLong(),
                        bucketStart(rows.value(1).toLongLong(), kCoarseBucketMs))]
                .merge(Aggregate::fromRow(rows, 2));
        }
    }
    if (buckets.isEmpty())
        return {};
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        MIRRORDECK_TRY(store(kLevelCoarse, it.key().first, it.key().second, it.value()));
    QSqlQuery drop(*m_db);
    prepare(drop, QStringLiteral("DELETE FROM buckets WHERE level = ? AND t < ?"));
    drop.addBindValue(kLevelFine);
    drop.addBindValue(cutoffMs);
    return exec(drop);
}

Expected<void> ProbeStore::maintain(qint64 nowMs)
{
    return guarded([&]() -> Expected<void> {
        return inTransaction([&]() -> Expected<void> {
            // Cut-offs on bucket boundaries, so a bucket is only ever built from whole periods.
            MIRRORDECK_TRY(rollRaw(bucketStart(nowMs - kRawKeepMs, kFineBucketMs)));
            MIRRORDECK_TRY(rollFine(bucketStart(nowMs - kFineKeepMs, kCoarseBucketMs)));
            QSqlQuery drop(*m_db);
            prepare(drop, QStringLiteral("DELETE FROM buckets WHERE level = ? AND t < ?"));
            drop.addBindValue(kLevelCoarse);
            drop.addBindValue(nowMs - qint64(m_options.retentionDays) * 24 * 3600 * 1000);
            return exec(drop);
        });
    });
}
