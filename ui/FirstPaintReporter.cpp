#include "FirstPaintReporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

// Milliseconds since this process started, or -1 where the OS does not say.
qint64 msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: start time in clock ticks after boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 counted from field 3
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double uptimeMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return qint64(uptimeMs - startTicks * 1000.0 / double(ticksPerSecond));
#else
    return -1;
#endif
}

} // namespace

void FirstPaintReporter::installIfRequested(QWidget *window)
{
    const QByteArray mode = qgetenv("MIRRORDECK_REPORT_FIRST_PAINT");
    if (mode.isEmpty() || !window)
        return;
    auto *reporter = new FirstPaintReporter(window, mode == "quit");
    window->installEventFilter(reporter);
}

FirstPaintReporter::FirstPaintReporter(QWidget *window, bool quitAfter)
    : QObject(window)
    , m_quitAfter(quitAfter)
{}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // The filter runs before the paint; report once this event (and the flush to the
        // backing store that follows it) is done.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    std::printf("MIRRORDECK_FIRST_PAINT %lld\n", static_cast<long long>(msSinceProcessStart()));
    std::fflush(stdout);
    if (m_quitAfter)
        QCoreApplication::quit();
}
