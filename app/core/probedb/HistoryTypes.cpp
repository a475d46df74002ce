#include "probedb/HistoryTypes.h"

#include "probe/ProbeError.h"

std::optional<ProbeSample> ProbeSample::fromResult(const ProbeResult &result, qint64 atMs)
{
    // A cancelled round measured nothing; a skipped probe (the mirror is Down and waits out its
    // fail_timeout) is stored as a failure: for whoever used the mirror then, it was down.
    if (result.mirrorId.isEmpty() || result.error == ProbeErrorKind::Cancelled)
        return std::nullopt;
    ProbeSample sample;
    sample.atMs = atMs;
    sample.mirrorId = result.mirrorId;
    sample.ecosystem = result.ecosystem;
    sample.ok = result.ok;
    if (!result.ok)
        sample.error = ProbeError::code(result.error);
    if (result.ok)
        sample.latencyMs = result.latencyMs;
    sample.throughputBps = result.throughputBps;
    sample.fresh = result.fresh;
    return sample;
}

qint64 HistoryWindows::spanMs(HistoryWindow window)
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    switch (window) {
    case HistoryWindow::Day:
        return day;
    case HistoryWindow::Week:
        return 7 * day;
    case HistoryWindow::Month:
        break;
    }
    return 30 * day;
}

QString HistoryWindows::code(HistoryWindow window)
{
    switch (window) {
    case HistoryWindow::Day:
        return QStringLiteral("24h");
    case HistoryWindow::Week:
        return QStringLiteral("7d");
    case HistoryWindow::Month:
        break;
    }
    return QStringLiteral("30d");
}

std::optional<HistoryWindow> HistoryWindows::fromCode(const QString &code)
{
    for (const HistoryWindow window :
         {HistoryWindow::Day, HistoryWindow::Week, HistoryWindow::Month}) {
        if (code == HistoryWindows::code(window))
            return window;
    }
    return std::nullopt;
}

QString HistoryWindows::label(HistoryWindow window)
{
    switch (window) {
    case HistoryWindow::Day:
        return tr("24 h");
    case HistoryWindow::Week:
        return tr("7 d");
    case HistoryWindow::Month:
        break;
    }
    return tr("30 d");
}
