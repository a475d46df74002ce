#pragma once

// The measured history on disk: every probe result in an embedded SQLite database (Qt SQL,
// QSQLITE), downsampled as it ages and queried for percentiles and chart buckets. One object is
// one connection and must be used on the thread that opened it (QSqlDatabase connections are
// per thread): ProbeRecorder gives the window one on a worker thread; the CLI uses one directly.
//
// Retention (maintain()): raw rows for 24 hours; then 15-minute buckets for 7 days; then hourly
// buckets until retentionDays. A bucket keeps counts (probes, successes, fresh, stale), the
// latency sum, min, max and a LatencyHistogram, so availability stays exact and percentiles of
// old data stay within LatencyHistogram::kRelativeError.
//
// Several processes write at once (the window and mirrordeck-cli probe): WAL journal and a
// busy timeout. A write that still finds the database locked fails with CoreError::Busy after
// the timeout, nothing lost for a caller that keeps its rows. A damaged file (not a database,
// truncated, failing quick_check) is moved aside as "<name>.corrupt-<time>" and a new one
// created; takeNotices() says so, once.

#include "Expected.h"
#include "probedb/HistoryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

// Outside the class: GCC rejects a nested struct with member initialisers as a default argument.
struct ProbeStoreOptions
{
    int busyTimeoutMs = 3000;
    int retentionDays = 90; // hourly buckets older than this go
};

class ProbeStore
{
    Q_DECLARE_TR_FUNCTIONS(ProbeStore)

public:
    static constexpr qint64 kMinuteMs = 60 * 1000;
    static constexpr qint64 kRawKeepMs = 24 * 60 * kMinuteMs;
    static constexpr qint64 kFineBucketMs = 15 * kMinuteMs;
    static constexpr qint64 kFineKeepMs = 7 * 24 * 60 * kMinuteMs;
    static constexpr qint64 kCoarseBucketMs = 60 * kMinuteMs;
    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kDefaultBusyTimeoutMs = 3000;
    using Options = ProbeStoreOptions;

    // Rows per storage level (tests, the benchmark).
    struct Counts
    {
        qint64 raw = 0;
        qint64 fine = 0;   // 15-minute buckets
        qint64 coarse = 0; // hourly buckets
    };

    // The start of the `widthMs` bucket holding `timeMs`, aligned to the epoch.
    static qint64 bucketStart(qint64 timeMs, qint64 widthMs);

    explicit ProbeStore(const QString &path, Options options = {});
    ~ProbeStore();
    ProbeStore(const ProbeStore &) = delete;
    ProbeStore &operator=(const ProbeStore &) = delete;

    QString path() const { return m_path; }
    const Options &options() const { return m_options; }
    void setRetentionDays(int days) { m_options.retentionDays = days; }

    // Opens or creates the database (and its folder). A damaged file is replaced (see above);
    // a locked one is CoreError::Busy, an unusable path CoreError::Io.
    Expected<void> open();
    bool isOpen() const { return m_open; }
    void close();
    // What happened that the user should hear about (a damaged file moved aside), once.
    QStringList takeNotices();

    // One transaction for the whole list.
    Expected<void> insert(const QList<ProbeSample> &samples);
    // Downsamples and drops what aged out, as of `nowMs`. Cheap when there is nothing to do.
    Expected<void> maintain(qint64 nowMs);

    // Statistics of each of `mirrorIds` (in that order) over `window` ending at `nowMs`; a
    // mirror without data has probes == 0.
    Expected<QList<MirrorHistoryStats>> stats(const QStringList &mirrorIds, HistoryWindow window,
                                              qint64 nowMs);
    // Every mirror id with stored data and the tool of its last result, sorted by id.
    Expected<QList<QPair<QString, QString>>> storedMirrors();
    // The newest raw sample of every mirror that has one (raw rows are kept a day).
    Expected<QList<ProbeSample>> latestSamples();
    // Latency of `mirrorId` in [fromMs, toMs] in chart buckets `bucketMs` wide (aligned to the
    // epoch), oldest first; raw rows and downsampled buckets alike.
    Expected<QList<HistoryBucket>> series(const QString &mirrorId, qint64 fromMs, qint64 toMs,
                                          qint64 bucketMs);
    Expected<Counts> counts();

private:
    struct Aggregate;

    Expected<void> openOnce();
    Expected<void> createSchema();
    Expected<void> checkIntegrity();
    Expected<void> recover(const QString &reason);
    bool prepare(QSqlQuery &query, const QString &sql);
    Expected<void> exec(QSqlQuery &query);
    Expected<void> exec(const QString &sql);
    CoreError busyError() const;
    CoreError errorOf(const QSqlQuery &query) const;
    bool isCorruption(const QSqlQuery &query) const;
    template <typename F> auto guarded(F &&operation) -> decltype(operation());
    template <typename F> Expected<void> inTransaction(F &&body);
    Expected<qint64> mirrorKey(const QString &mirrorId, const QString &ecosystem);
    std::optional<qint64> existingKey(const QString &mirrorId);
    Expected<void> rollRaw(qint64 cutoffMs);
    Expected<void> rollFine(qint64 cutoffMs);
    Expected<void> store(int level, qint64 mirror, qint64 startMs, const Aggregate &aggregate);

    QString m_path;
    Options m_options;
    QString m_connectionName;
    std::unique_ptr<QSqlDatabase> m_db; // not a value: keeps QtSql out of this header
    bool m_open = false;
    bool m_corruptSeen = false;              // set by exec() when SQLite says the file is damaged
    std::optional<CoreError> m_prepareError; // of the last prepare(), for the exec() after it
    QStringList m_notices;
    QHash<QString, qint64> m_mirrorKeys;
    QHash<qint64, QString> m_mirrorEcosystems;
};

// Runs `operation`; when it failed because the file is damaged, moves the file aside, starts a
// new one and runs it once more.
template <typename F> auto ProbeStore::guarded(F &&operation) -> decltype(operation())
{
    if (!m_open)
        MIRRORDECK_TRY(open());
    m_corruptSeen = false;
    auto result = operation();
    if (result || !m_corruptSeen)
        return result;
    MIRRORDECK_TRY(recover(result.error().message));
    return operation();
}
