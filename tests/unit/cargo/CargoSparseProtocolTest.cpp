// The "cargo-sparse" probe protocol on bytes: index paths as cargo builds them, the `dl`
// template markers, the configured "sparse+" form and the versions of an index file.

#include "ecosystems/cargo/CargoSparseProtocol.h"

#include <gtest/gtest.h>

namespace {

CargoSparseProtocol protocol()
{
    return CargoSparseProtocol(CargoSparseProtocol::defaultTargets());
}

} // namespace

TEST(CargoSparseProtocolTest, IndexPath_ByNameLengthLowerCased)
{
    EXPECT_EQ(CargoSparseProtocol::indexPath("a"), "1/a");
    EXPECT_EQ(CargoSparseProtocol::indexPath("ab"), "2/ab");
    EXPECT_EQ(CargoSparseProtocol::indexPath("abc"), "3/a/abc");
    EXPECT_EQ(CargoSparseProtocol::indexPath("serde"), "se/rd/serde");
    EXPECT_EQ(CargoSparseProtocol::indexPath("Inflector"), "in/fl/inflector");
    EXPECT_EQ(CargoSparseProtocol::indexPath("cfg-if"), "cf/g-/cfg-if");
}

TEST(CargoSparseProtocolTest, DownloadTemplate_EveryMarkerAndTheDefault)
{
    const QString sum = QStringLiteral("ab12");
    EXPECT_EQ(CargoSparseProtocol::expandDownloadTemplate("https://static.crates.io/crates",
                                                          "Serde", "1.0.0", sum),
              "https://static.crates.io/crates/Serde/1.0.0/download");
    EXPECT_EQ(CargoSparseProtocol::expandDownloadTemplate(
                  "https://m/{prefix}/{lowerprefix}/{crate}-{version}.crate?s={sha256-checksum}",
                  "Serde", "1.0.0", sum),
              "https://m/Se/rd/se/rd/Serde-1.0.0.crate?s=ab12");
    // One marker is enough to suppress the default suffix.
    EXPECT_EQ(CargoSparseProtocol::expandDownloadTemplate("https://m/{sha256-checksum}", "abc",
                                                          "0.1.0", sum),
              "https://m/ab12");
    EXPECT_EQ(CargoSparseProtocol::expandDownloadTemplate("https://m/{prefix}/{crate}", "abc",
                                                          "0.1.0", sum),
              "https://m/3/a/abc");
}

TEST(CargoSparseProtocolTest, BaseUrl_StripsSparsePrefix)
{
    EXPECT_EQ(protocol().baseUrl("sparse+https://index.crates.io/"),
              QUrl("https://index.crates.io/"));
    EXPECT_EQ(protocol().baseUrl(" sparse+http://127.0.0.1:8/index/ "),
              QUrl("http://127.0.0.1:8/index/"));
    EXPECT_EQ(protocol().latencyRequest(protocol().baseUrl("sparse+https://m.example/ix/")).url(),
              QUrl("https://m.example/ix/cf/g-/cfg-if"));
    EXPECT_EQ(protocol().artifactIndexRequest(QUrl("https://m.example/ix/")).url(),
              QUrl("https://m.example/ix/config.json"));
}

TEST(CargoSparseProtocolTest, Versions_IgnoreYankedAndPreferReleases)
{
    const QByteArray body = R"({"name":"cc","vers":"1.0.0","deps":[],"cksum":"x","yanked":false}
{"name":"cc","vers":"1.2.0","deps":[],"cksum":"x","yanked":false}
{"name":"cc","vers":"1.3.0-beta.1","deps":[],"cksum":"x","yanked":false}
{"name":"cc","vers":"2.0.0","deps":[],"cksum":"x","yanked":true}
not json

)";
    const Expected<VersionList> list = protocol().parseVersions(body, QString());
    ASSERT_TRUE(list);
    EXPECT_EQ(list->latest, "1.2.0");
    EXPECT_EQ(list->versions, QStringList({"1.0.0", "1.2.0", "1.3.0-beta.1"}));
    EXPECT_FALSE(protocol().parseVersions("", QString()));
}

TEST(CargoSparseProtocolTest, ArtifactUrl_FromConfigJson)
{
    const auto p = protocol();
    const Expected<QUrl> url =
        p.artifactUrl(R"({"dl":"https://static.crates.io/crates"})", QString(),
                      QUrl("https://index.crates.io/config.json"));
    ASSERT_TRUE(url);
    EXPECT_EQ(*url, QUrl("https://static.crates.io/crates/libsqlite3-sys/0.28.0/download"));
    EXPECT_FALSE(p.artifactUrl(R"({"api":"x"})", QString(), QUrl("https://i/config.json")));
    EXPECT_FALSE(
        p.artifactUrl(R"({"dl":"ftp://x/{crate}"})", QString(), QUrl("https://i/config.json")));
    ProbeTargets targets = CargoSparseProtocol::defaultTargets();
    targets.set("artifact-checksum", QString());
    EXPECT_FALSE(CargoSparseProtocol(targets).artifactUrl(R"({"dl":"https://m/{sha256-checksum}"})",
                                                          QString(), QUrl("https://i/c")));
}
