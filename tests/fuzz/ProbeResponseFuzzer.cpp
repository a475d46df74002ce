// libFuzzer target for what a hostile mirror can send the probe engine: arbitrary bytes are
// parsed as a Go version list, an npm packument, a PyPI simple page (JSON and HTML) and a
// Cargo sparse index file (or its config.json), the artifact link is resolved from them, and
// versions found are ordered against each other. The parsers must never crash, hang or leak; a
// resolved artifact URL must be http(s); version order must be antisymmetric.

#include "ecosystems/cargo/CargoSparseProtocol.h"
#include "ecosystems/go/GoProxyProtocol.h"
#include "ecosystems/npm/NpmRegistryProtocol.h"
#include "ecosystems/pip/PypiSimpleProtocol.h"
#include "probe/VersionOrder.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

void checkProtocol(const ProbeProtocol &protocol, const QByteArray &body,
                   const QString &contentType, const QUrl &indexUrl)
{
    const Expected<VersionList> versions = protocol.parseVersions(body, contentType);
    if (versions) {
        const QStringList &list = versions->versions;
        for (qsizetype i = 0; i + 1 < list.size() && i < 16; ++i) {
            check(sign(protocol.compareVersions(list[i], list[i + 1])) ==
                  -sign(protocol.compareVersions(list[i + 1], list[i])));
            check(protocol.compareVersions(list[i], list[i]) == 0);
        }
        protocol.compareFreshness(*versions, *versions);
    }
    const Expected<QUrl> url = protocol.artifactUrl(body, contentType, indexUrl);
    if (url)
        check(url->scheme() == QLatin1String("http") || url->scheme() == QLatin1String("https"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), int(size));
    const QUrl index(QStringLiteral("https://mirror.example/simple/numpy/"));

    ProbeTargets goTargets = GoProxyProtocol::defaultTargets();
    checkProtocol(GoProxyProtocol(goTargets), body, QStringLiteral("text/plain"), index);

    ProbeTargets npmTargets = NpmRegistryProtocol::defaultTargets();
    checkProtocol(NpmRegistryProtocol(npmTargets), body,
                  QStringLiteral("application/vnd.npm.install-v1+json"), index);

    ProbeTargets pipTargets = PypiSimpleProtocol::defaultTargets();
    // Let fuzzed file names match the artifact sometimes.
    pipTargets.set(QStringLiteral("artifact-file"), QStringLiteral("a-1.tar.gz"));
    const PypiSimpleProtocol pip(pipTargets);
    checkProtocol(pip, body, QStringLiteral("application/vnd.pypi.simple.v1+json"), index);
    checkProtocol(pip, body, QStringLiteral("text/html"), index);

    checkProtocol(CargoSparseProtocol(CargoSparseProtocol::defaultTargets()), body,
                  QStringLiteral("application/json"), index);

    // Version order on raw text split in two.
    const QString text = QString::fromUtf8(body.left(256));
    const QString a = text.section(QLatin1Char('\n'), 0, 0);
    const QString b = text.section(QLatin1Char('\n'), 1, 1);
    check(sign(VersionOrder::compareSemver(a, b)) == -sign(VersionOrder::compareSemver(b, a)));
    check(sign(VersionOrder::comparePep440(a, b)) == -sign(VersionOrder::comparePep440(b, a)));
    return 0;
}
