// Probe engine accuracy and cost against loopback mirror servers, side by side with a minimal
// blocking-socket HTTP client on the same servers in the same run. Prints figures; asserts
// nothing (speed targets are read, not enforced, so a loaded CI machine cannot fail the build).
//
//   1. latency: measured minus injected delay, engine vs minimal client
//      (target: engine median <= 1 ms and max <= 3 ms above the minimal client)
//   2. throughput against a server-side bandwidth cap (target: within 5 %)
//   3. wall time of a 32-mirror round vs a 1-mirror round, 300 ms per request (target <= 1.15)

#include "MirrorServerProcess.h"

#include "ProbeRunner.h"
#include "ecosystems/go/GoProxyProtocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0, Clock::time_point t1)
{
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

// The smallest HTTP/1.1 client that can be timed: one blocking keep-alive socket.
class MinimalClient
{
public:
    explicit MinimalClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~MinimalClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }

    // Sends GET path; returns ms from the request written to the first response byte, reading
    // the whole body (up to maxBody bytes; then the connection is no longer reusable).
    // bodyMs receives the time from the first byte to the last byte read.
    double get(const std::string &path, qint64 maxBody, qint64 *bodyBytes = nullptr,
               double *bodyMs = nullptr)
    {
        const std::string request =
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";
        if (::send(m_fd, request.data(), request.size(), 0) != ssize_t(request.size()))
            return -1;
        const auto sent = Clock::now();
        char buf[65536];
        std::string head;
        ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        const auto first = Clock::now();
        if (n <= 0)
            return -1;
        head.append(buf, size_t(n));
        while (head.find("\r\n\r\n") == std::string::npos) {
            n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0)
                return -1;
            head.append(buf, size_t(n));
        }
        const size_t headerEnd = head.find("\r\n\r\n") + 4;
        qint64 length = 0;
        const size_t cl = head.find("Content-Length: ");
        if (cl != std::string::npos && cl < headerEnd)
            length = std::stoll(head.substr(cl + 16));
        const qint64 target = std::min(length, maxBody);
        qint64 got = qint64(head.size() - headerEnd);
        while (got < target) {
            n = ::recv(m_fd, buf, size_t(std::min<qint64>(sizeof buf, target - got)), 0);
            if (n <= 0)
                break;
            got += n;
        }
        if (bodyBytes)
            *bodyBytes = got;
        if (bodyMs)
            *bodyMs = msSince(first, Clock::now());
        return msSince(sent, first);
    }

private:
    int m_fd = -1;
};

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    const size_t n = v.size();
    return {n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v.back()};
}

ProbeSettings benchSettings()
{
    ProbeSettings s;
    s.proxyMode = ProbeSettings::ProxyMode::None;
    s.timeoutMs = 5000;
    return s;
}

void latencyBenchmark()
{
    constexpr double injectedMs = 20.0;
    constexpr int samples = 40;
    MirrorServerProcess server;
    if (!server.start({QStringLiteral("lat:go:official=1,latency=0.02")})) {
        std::printf("latency: server failed: %s\n", qPrintable(server.errorString()));
        return;
    }
    GoProxyProtocol go(GoProxyProtocol::defaultTargets());
    const std::string path = go.latencyRequest(QUrl(server.url(QStringLiteral("lat"))))
                                 .url()
                                 .path(QUrl::FullyEncoded)
                                 .toStdString();

    // Alternate the two clients so drift on the machine hits both alike.
    std::vector<double> engine;
    std::vector<double> minimal;
    ProbeSettings settings = benchSettings();
    settings.samples = 10;
    MinimalClient client(server.port(QStringLiteral("lat")));
    client.get(path, 1 << 20); // warm the connection, like the engine's first sample
    QString engineError;
    for (int block = 0; block < samples / 10; ++block) {
        const ProbeRunner::Report report = ProbeRunner::run(server.mirrors(), {}, settings, false);
        const ProbeResult result = report.results.value(0);
        for (double s : result.latencySamples)
            engine.push_back(s - injectedMs);
        if (!result.ok && engineError.isEmpty())
            engineError =
                result.errorMessage.isEmpty() ? QStringLiteral("no result") : result.errorMessage;
        for (int i = 0; i < 10; ++i)
            minimal.push_back(client.get(path, 1 << 20) - injectedMs);
    }
    const Stats e = stats(engine);
    const Stats m = stats(minimal);
    std::printf("latency (request sent -> headers) minus injected %.0f ms, %zu samples each:\n",
                injectedMs, engine.size());
    // No samples is a failed measurement, not a 0 ms median that would look like the best result.
    if (engine.empty())
        std::printf(
            "  %-16s FAILED: no latency samples (%s)\n", "engine",
            qPrintable(engineError.isEmpty() ? QStringLiteral("no error given") : engineError));
    else
        std::printf("  %-16s median %7.3f ms   max %7.3f ms%s\n", "engine", e.median, e.max,
                    engineError.isEmpty() ? "" : ", FAILED in some rounds");
    std::printf("  %-16s median %7.3f ms   max %7.3f ms\n", "minimal client", m.median, m.max);
    if (!engine.empty())
        std::printf(
            "  engine above minimal: median %+.3f ms (target <= 1), max %+.3f ms (target <= 3)\n",
            e.median - m.median, e.max - m.max);
}

void throughputBenchmark()
{
    constexpr double capBps = 2.0 * 1024 * 1024;
    MirrorServerProcess server;
    if (!server.start({QStringLiteral("bw:go:official=1,bandwidth=2097152")},
                      {QStringLiteral("--artifact-size"), QStringLiteral("20000000")})) {
        std::printf("throughput: server failed: %s\n", qPrintable(server.errorString()));
        return;
    }
    ProbeSettings settings = benchSettings();
    settings.samples = 1;
    settings.throughputMaxBytes = 4 * 1024 * 1024;
    settings.throughputMaxMs = 5000;
    const ProbeRunner::Report report = ProbeRunner::run(server.mirrors(), {}, settings, true);
    const ProbeResult r = report.results.value(0);
    const double engineBps = r.throughputBps.value_or(0);

    GoProxyProtocol go(GoProxyProtocol::defaultTargets());
    QUrl zip = go.artifactIndexRequest(QUrl(server.url(QStringLiteral("bw")))).url();
    zip.setPath(zip.path().replace(QStringLiteral(".info"), QStringLiteral(".zip")));
    MinimalClient client(server.port(QStringLiteral("bw")));
    qint64 bytes = 0;
    double bodyMs = 0;
    client.get(zip.path(QUrl::FullyEncoded).toStdString(), settings.throughputMaxBytes, &bytes,
               &bodyMs);
    const double minimalBps = bodyMs > 0 ? double(bytes) / (bodyMs / 1000.0) : 0;
    std::printf("throughput against a server-side cap of %.0f B/s (4 MB / 5 s caps):\n", capBps);
    std::printf("  %-16s %10.0f B/s  %+6.2f %% of cap  (%lld bytes%s)\n", "engine", engineBps,
                (engineBps / capBps - 1) * 100, static_cast<long long>(r.throughputBytes),
                r.ok ? "" : ", FAILED");
    std::printf("  %-16s %10.0f B/s  %+6.2f %% of cap  (%lld bytes)  target: within 5 %%\n",
                "minimal client", minimalBps, (minimalBps / capBps - 1) * 100,
                static_cast<long long>(bytes));
}

double roundWallMs(int mirrors)
{
    MirrorServerProcess server;
    if (!server.start(
            {QStringLiteral("up:npm:official=1,latency=0.3")},
            {QStringLiteral("--many"), QStringLiteral("%1:m:npm:latency=0.3").arg(mirrors - 1)})) {
        std::printf("round: server failed: %s\n", qPrintable(server.errorString()));
        return -1;
    }
    ProbeSettings settings = benchSettings();
    QElapsedTimer timer;
    timer.start();
    const ProbeRunner::Report report = ProbeRunner::run(server.mirrors(), {}, settings, false);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    int ok = 0;
    for (const ProbeResult &r : report.results)
        ok += r.ok ? 1 : 0;
    std::printf("  %2d mirror(s): %8.1f ms  (%d ok; %d latency samples + 1 version list each)\n",
                mirrors, ms, ok, settings.samples);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf(
        "MirrorDeck probe benchmark (loopback servers: tests/fixtures/mirror_server.py)\n\n");
    latencyBenchmark();
    std::printf("\n");
    throughputBenchmark();
    std::printf("\nround wall time, every request delayed 300 ms by the server:\n");
    const double one = roundWallMs(1);
    const double many = roundWallMs(32);
    if (one > 0 && many > 0)
        std::printf("  ratio 32 / 1: %.3f (target <= 1.15)\n", many / one);
    return 0;
}
