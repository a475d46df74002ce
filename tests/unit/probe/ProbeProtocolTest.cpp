// The three ecosystems' probe protocols: requests as the real clients send them, and the
// parsing of their answers.

#include "ecosystems/go/GoProxyProtocol.h"
#include "ecosystems/npm/NpmRegistryProtocol.h"
#include "ecosystems/pip/PypiSimpleProtocol.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable gtest messages for QString comparisons.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString str(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

TEST(ProbeGoProxyProtocol, Request_UsesCaseEncodingOfModuleAndVersion)
{
    EXPECT_EQ(GoProxyProtocol::escapePath("github.com/BurntSushi/toml"),
              "github.com/!burnt!sushi/toml");
    GoProxyProtocol go(GoProxyProtocol::defaultTargets());
    const QUrl base = go.baseUrl("https://goproxy.example/,direct");
    EXPECT_EQ(str(base), "https://goproxy.example/");
    EXPECT_EQ(str(go.latencyRequest(base).url()),
              "https://goproxy.example/github.com/!burnt!sushi/toml/@v/v1.3.2.info");
    EXPECT_EQ(str(go.versionsRequest(QUrl("https://m.example/go")).url()),
              "https://m.example/go/golang.org/x/sys/@v/list");
}

TEST(ProbeGoProxyProtocol, Versions_LatestIsHighestReleaseNotPseudoVersion)
{
    GoProxyProtocol go(GoProxyProtocol::defaultTargets());
    const auto list = go.parseVersions("v0.9.0\nv0.10.0\nv0.11.0-rc.1\n\n", "text/plain");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->latest, "v0.10.0");
    EXPECT_EQ(list->versions.size(), 3);
    EXPECT_FALSE(go.parseVersions("", "text/plain"));
}

TEST(ProbeGoProxyProtocol, Artifact_ZipNextToTheVerifiedInfo)
{
    GoProxyProtocol go(GoProxyProtocol::defaultTargets());
    const QUrl index("https://m.example/golang.org/x/text/@v/v0.14.0.info");
    const auto url = go.artifactUrl(R"({"Version":"v0.14.0","Time":"2023-10-11T00:00:00Z"})",
                                    "application/json", index);
    ASSERT_TRUE(url);
    EXPECT_EQ(str(*url), "https://m.example/golang.org/x/text/@v/v0.14.0.zip");
    EXPECT_FALSE(go.artifactUrl("not json", "text/html", index));
}

TEST(ProbeNpmRegistryProtocol, Request_AbbreviatedAcceptAndEscapedScope)
{
    EXPECT_EQ(NpmRegistryProtocol::escapeName("@img/sharp-libvips-linux-x64"),
              "@img%2fsharp-libvips-linux-x64");
    NpmRegistryProtocol npm(NpmRegistryProtocol::defaultTargets());
    const QNetworkRequest request = npm.artifactIndexRequest(QUrl("https://r.example/npm/"));
    // QUrl writes the escape as "%2F"; registries decode either case.
    EXPECT_EQ(str(request.url()), "https://r.example/npm/@img%2Fsharp-libvips-linux-x64");
    EXPECT_EQ(request.rawHeader("Accept"),
              "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*");
    EXPECT_EQ(str(npm.latencyRequest(QUrl("https://r.example")).url()),
              "https://r.example/is-number");
}

TEST(ProbeNpmRegistryProtocol, Versions_FromDistTagsLatest)
{
    NpmRegistryProtocol npm(NpmRegistryProtocol::defaultTargets());
    const auto list = npm.parseVersions(
        R"({"dist-tags":{"latest":"0.20.1","next":"0.21.0-beta"},"versions":{"0.20.0":{},"0.20.1":{},"0.21.0-beta":{}}})",
        "application/vnd.npm.install-v1+json");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->latest, "0.20.1");
    EXPECT_EQ(list->versions.size(), 3);
}

TEST(ProbeNpmRegistryProtocol, Artifact_TarballUrlTakenFromPackument)
{
    NpmRegistryProtocol npm(NpmRegistryProtocol::defaultTargets());
    const QByteArray doc =
        R"({"versions":{"1.0.4":{"dist":{"tarball":"https://cdn.example/t/sharp-1.0.4.tgz"}}}})";
    const auto url = npm.artifactUrl(doc, "application/json", QUrl("https://r.example/x"));
    ASSERT_TRUE(url);
    EXPECT_EQ(str(*url), "https://cdn.example/t/sharp-1.0.4.tgz");
    EXPECT_FALSE(
        npm.artifactUrl(R"({"versions":{}})", "application/json", QUrl("https://r.example/x")));
}

TEST(ProbePypiSimpleProtocol, Request_NormalizedNameAndPipAcceptHeader)
{
    ProbeTargets targets = PypiSimpleProtocol::defaultTargets();
    targets.set(QStringLiteral("latency-project"), QStringLiteral("Zope.Interface"));
    PypiSimpleProtocol pip(targets);
    const QNetworkRequest request = pip.latencyRequest(QUrl("https://i.example/pypi/simple"));
    EXPECT_EQ(str(request.url()), "https://i.example/pypi/simple/zope-interface/");
    EXPECT_TRUE(request.rawHeader("Accept").startsWith("application/vnd.pypi.simple.v1+json"));
}

TEST(ProbePypiSimpleProtocol, Html_RelativeLinkResolvedAndFragmentDropped)
{
    PypiSimpleProtocol pip(PypiSimpleProtocol::defaultTargets());
    const QByteArray html =
        "<html><body>\n"
        "<a href=\"../../packages/ab/numpy-1.26.3.tar.gz#sha256=aa\">numpy-1.26.3.tar.gz</a>\n"
        "<a href=\"../../packages/cd/numpy-1.26.4.tar.gz#sha256=bb\" "
        "data-requires-python=\"&gt;=3.9\">numpy-1.26.4.tar.gz</a>\n</body></html>";
    const auto url =
        pip.artifactUrl(html, "text/html", QUrl("https://i.example/pypi/web/simple/numpy/"));
    ASSERT_TRUE(url);
    EXPECT_EQ(str(*url), "https://i.example/pypi/web/packages/cd/numpy-1.26.4.tar.gz");
}

TEST(ProbePypiSimpleProtocol, Json_Pep691FilesAndYankedIgnoredForLatest)
{
    ProbeTargets targets = PypiSimpleProtocol::defaultTargets();
    PypiSimpleProtocol pip(targets);
    const QByteArray json = R"({"meta":{"api-version":"1.1"},"name":"boto3","files":[
        {"filename":"boto3-1.34.1-py3-none-any.whl","url":"https://f.example/a.whl","hashes":{}},
        {"filename":"boto3-1.34.10.tar.gz","url":"https://f.example/b.tar.gz","hashes":{}},
        {"filename":"boto3-1.35.0rc1.tar.gz","url":"https://f.example/c.tar.gz","hashes":{}},
        {"filename":"boto3-1.34.11.tar.gz","url":"https://f.example/d.tar.gz","hashes":{},
         "yanked":"broken"}]})";
    const auto list = pip.parseVersions(json, "application/vnd.pypi.simple.v1+json");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->latest, "1.34.10");
    EXPECT_EQ(list->versions.size(), 3);
}

TEST(ProbePypiSimpleProtocol, Filename_VersionOfWheelsAndSdists)
{
    EXPECT_EQ(PypiSimpleProtocol::versionFromFilename("numpy-1.26.4-cp311-cp311-manylinux.whl"),
              "1.26.4");
    EXPECT_EQ(PypiSimpleProtocol::versionFromFilename("python-dateutil-2.8.2.tar.gz"), "2.8.2");
    EXPECT_EQ(PypiSimpleProtocol::versionFromFilename("README.txt"), "");
}

TEST(ProbeProtocol, Freshness_StaleMirrorListsWhatItLacksNewestFirst)
{
    NpmRegistryProtocol npm(NpmRegistryProtocol::defaultTargets());
    const VersionList upstream{"2.1.0", {"1.0.0", "2.0.0", "2.0.1", "2.1.0", "3.0.0-beta"}};
    const VersionList stale{"2.0.0", {"1.0.0", "2.0.0"}};
    const Freshness f = npm.compareFreshness(stale, upstream);
    EXPECT_EQ(f.fresh, std::optional<bool>(false));
    EXPECT_EQ(f.lacks, QStringList({"2.1.0", "2.0.1"}));
    EXPECT_EQ(npm.compareFreshness(upstream, upstream).fresh, std::optional<bool>(true));
    EXPECT_FALSE(npm.compareFreshness(VersionList{}, upstream).fresh.has_value());
}
