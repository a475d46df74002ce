// The catalog we ship: it parses, names the upstream of every ecosystem, uses https only, and
// carries none of the retired hosts that old blog posts and lockfiles still spread.

#include "catalog/MirrorCatalog.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QFile>
#include <QSet>
#include <QUrl>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

QList<Mirror> shipped()
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::builtIn();
    if (!mirrors) {
        ADD_FAILURE() << mirrors.error().toString().toStdString();
        return {};
    }
    return *mirrors;
}

} // namespace

TEST(ShippedCatalog, ParsesAndIsNotEmpty)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::builtIn();
    ASSERT_TRUE(mirrors) << mirrors.error().toString().toStdString();
    EXPECT_GE(mirrors->size(), 15);
}

TEST(ShippedCatalog, CompiledInCopyMatchesSourceTree)
{
    // A stale resource would make every other check here test the wrong file.
    QFile source(QStringLiteral(MIRRORDECK_SOURCE_DIR "/resources/mirrors.json"));
    QFile compiled(MirrorCatalog::kBuiltInPath);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    ASSERT_TRUE(compiled.open(QIODevice::ReadOnly));
    EXPECT_EQ(source.readAll(), compiled.readAll());
}

TEST(ShippedCatalog, HasExactlyOneOfficialUpstreamPerEcosystem)
{
    const MirrorCatalog catalog(shipped());
    const QList<QPair<QString, QString>> upstreams = {
        {QStringLiteral("go"), QStringLiteral("proxy.golang.org")},
        {QStringLiteral("npm"), QStringLiteral("registry.npmjs.org")},
        {QStringLiteral("pip"), QStringLiteral("pypi.org")},
        {QStringLiteral("cargo"), QStringLiteral("index.crates.io")},
    };
    for (const auto &[ecosystem, host] : upstreams) {
        int officials = 0;
        for (const Mirror &m : catalog.byEcosystem(ecosystem))
            officials += m.official ? 1 : 0;
        EXPECT_EQ(officials, 1) << ecosystem.toStdString();
        const std::optional<Mirror> official = catalog.official(ecosystem);
        ASSERT_TRUE(official.has_value()) << ecosystem.toStdString();
        EXPECT_EQ(
            EcosystemRegistry::probedUrl(EcosystemRegistry::protocolOf(ecosystem), official->url)
                .host(),
            host);
    }
}

TEST(ShippedCatalog, EveryUrlAndHomepageIsHttps)
{
    for (const Mirror &m : shipped()) {
        // The address probed and fetched, inside any form the protocol wraps it in.
        const QUrl url =
            EcosystemRegistry::probedUrl(EcosystemRegistry::protocolOf(m.ecosystem), m.url);
        EXPECT_EQ(url.scheme(), QStringLiteral("https")) << m.id.toStdString();
        EXPECT_FALSE(m.homepage.isEmpty()) << m.id.toStdString();
        EXPECT_EQ(QUrl(m.homepage).scheme(), QStringLiteral("https")) << m.id.toStdString();
    }
}

TEST(ShippedCatalog, ContainsNoRetiredHost)
{
    const QStringList retired = {
        QStringLiteral("registry.npm.taobao.org"),
        QStringLiteral("npm.taobao.org"),
        QStringLiteral("registry.nlark.com"),
        QStringLiteral("npm.tuna.tsinghua.edu.cn"),
        QStringLiteral("gocenter.io"),
        QStringLiteral("mirrors.jlu.edu.cn"),
    };
    for (const Mirror &m : shipped()) {
        const QString host = QUrl(m.url).host();
        for (const QString &dead : retired)
            EXPECT_FALSE(host == dead || host.endsWith(QLatin1Char('.') + dead))
                << m.id.toStdString() << " uses retired host " << dead.toStdString();
    }
    // Not even as a homepage or sumdb value.
    for (const QString &dead : retired) {
        for (const Mirror &m : shipped()) {
            EXPECT_FALSE(m.homepage.contains(dead)) << m.id.toStdString();
            EXPECT_FALSE(m.option(QStringLiteral("sumdb")).contains(dead)) << m.id.toStdString();
        }
    }
    // The old Huawei Go path answers 418. (Notes may mention retired addresses; values may not.)
    for (const Mirror &m : shipped())
        EXPECT_FALSE(m.url.contains(QLatin1String("mirrors.huaweicloud.com/goproxy")));
}

TEST(ShippedCatalog, IdsAreUniqueAndEveryEntryHasBothNames)
{
    QSet<QString> ids;
    for (const Mirror &m : shipped()) {
        EXPECT_FALSE(ids.contains(m.id)) << m.id.toStdString();
        ids.insert(m.id);
        EXPECT_FALSE(m.name.isEmpty()) << m.id.toStdString();
        EXPECT_FALSE(m.nameZh.isEmpty()) << m.id.toStdString();
        EXPECT_FALSE(m.providerZh.isEmpty()) << m.id.toStdString();
        EXPECT_FALSE(m.userDefined);
    }
}

TEST(ShippedCatalog, ListsTheWellKnownMirrorsWithTheExactConfigValues)
{
    const MirrorCatalog catalog(shipped());
    EXPECT_TRUE(catalog.findByUrl(QStringLiteral("go"), QStringLiteral("https://goproxy.cn")));
    ASSERT_TRUE(catalog.find(QStringLiteral("npmmirror")));
    EXPECT_EQ(catalog.find(QStringLiteral("npmmirror"))->url,
              QStringLiteral("https://registry.npmmirror.com/"));
    ASSERT_TRUE(catalog.find(QStringLiteral("tuna")));
    EXPECT_EQ(catalog.find(QStringLiteral("tuna"))->url,
              QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple"));
    EXPECT_GE(catalog.byEcosystem(QStringLiteral("go")).size(), 5);
    EXPECT_GE(catalog.byEcosystem(QStringLiteral("npm")).size(), 4);
    EXPECT_GE(catalog.byEcosystem(QStringLiteral("pip")).size(), 8);
}

TEST(ShippedCatalog, GoSumdbValuesAreWhatGosumdbAccepts)
{
    const MirrorCatalog catalog(shipped());
    EXPECT_EQ(catalog.find(QStringLiteral("goproxy-cn"))->option(QStringLiteral("sumdb")),
              QStringLiteral("sum.golang.org https://goproxy.cn/sumdb/sum.golang.org"));
    // Huawei's proxy does not serve checksum lookups, so switching to it must set GOSUMDB.
    const std::optional<Mirror> huawei = catalog.find(QStringLiteral("huawei-go"));
    ASSERT_TRUE(huawei);
    EXPECT_FALSE(huawei->option(QStringLiteral("sumdb")).isEmpty());
    EXPECT_TRUE(huawei->url.contains(QLatin1String("/repository/goproxy/")));
    for (const Mirror &m : catalog.byEcosystem(QStringLiteral("go"))) {
        if (m.option(QStringLiteral("sumdb")).isEmpty())
            continue;
        // GOSUMDB is "name[+key] [url]".
        const QStringList parts = m.option(QStringLiteral("sumdb")).split(QLatin1Char(' '));
        ASSERT_LE(parts.size(), 2) << m.id.toStdString();
        EXPECT_TRUE(parts.at(0).startsWith(QLatin1String("sum.golang."))) << m.id.toStdString();
        if (parts.size() == 2) {
            EXPECT_EQ(QUrl(parts.at(1)).scheme(), QStringLiteral("https")) << m.id.toStdString();
        }
    }
    for (const QString &eco : {QStringLiteral("npm"), QStringLiteral("pip")}) {
        for (const Mirror &m : catalog.byEcosystem(eco))
            EXPECT_TRUE(m.option(QStringLiteral("sumdb")).isEmpty()) << m.id.toStdString();
    }
}
