#include "ecosystems/pip/PipValueValidator.h"

#include <gtest/gtest.h>

namespace {

bool valid(const char *key, const char *value)
{
    return PipValueValidator::validate(QString::fromUtf8(key), QString::fromUtf8(value)).hasValue();
}

} // namespace

TEST(PipValueValidator, IndexUrlAcceptsHttpHttpsAndFileUrls)
{
    EXPECT_TRUE(valid("global.index-url", "https://pypi.tuna.tsinghua.edu.cn/simple"));
    EXPECT_TRUE(valid("global.index-url", "http://mirrors.aliyun.com/pypi/simple/"));
    EXPECT_TRUE(valid("global.index-url", "http://127.0.0.1:8080/simple"));
    EXPECT_TRUE(valid("global.index-url", "https://user:secret@private.example.com/simple"));
    EXPECT_TRUE(valid("global.index-url", "file:///srv/pypi/simple"));
    EXPECT_TRUE(valid("global.index-url", "http://[::1]:3141/root/pypi/+simple/"));
}

TEST(PipValueValidator, IndexUrlRejectsBareHostsSpacesOtherSchemesAndEmpty)
{
    EXPECT_FALSE(valid("global.index-url", "mirrors.aliyun.com/pypi/simple"));
    EXPECT_FALSE(valid("global.index-url", "https://a/simple https://b/simple"));
    EXPECT_FALSE(valid("global.index-url", "ftp://mirror.example.com/simple"));
    EXPECT_FALSE(valid("global.index-url", ""));
    EXPECT_FALSE(valid("global.index-url", "https:///simple"));
    EXPECT_FALSE(valid("global.index-url", "https://a/simple#frag"));
    EXPECT_FALSE(valid("global.index-url", "https://a:99999/simple"));
}

TEST(PipValueValidator, MessageNamesKeyAndShowsExample)
{
    const Expected<void> result = PipValueValidator::validate(QStringLiteral("global.index-url"),
                                                              QStringLiteral("pypi.org/simple"));
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().message.contains(QLatin1String("global.index-url")));
    EXPECT_TRUE(result.error().message.contains(QLatin1String("https://")));
}

TEST(PipValueValidator, ExtraIndexUrlIsAWhitespaceSeparatedListOfUrls)
{
    EXPECT_TRUE(
        valid("global.extra-index-url", "https://a/simple https://b/simple\n\thttps://c/simple"));
    EXPECT_FALSE(valid("global.extra-index-url", "https://a/simple b.example.com"));
    EXPECT_FALSE(valid("global.extra-index-url", "   "));
}

TEST(PipValueValidator, TrustedHostTakesHostsOrHostPort)
{
    EXPECT_TRUE(valid("global.trusted-host", "mirrors.aliyun.com"));
    EXPECT_TRUE(
        valid("global.trusted-host", "pypi.doubanio.com 10.0.0.5:8080 [::1]:3141 localhost"));
    EXPECT_FALSE(valid("global.trusted-host", "http://mirrors.aliyun.com"));
    EXPECT_FALSE(valid("global.trusted-host", "mirrors.aliyun.com/pypi"));
    EXPECT_FALSE(valid("global.trusted-host", "host:0"));
    EXPECT_FALSE(valid("global.trusted-host", "host:port"));
    EXPECT_FALSE(valid("global.trusted-host", "bad host!"));
}

TEST(PipValueValidator, TimeoutIsAPositiveNumber)
{
    EXPECT_TRUE(valid("global.timeout", "15"));
    EXPECT_TRUE(valid("global.timeout", "60.5"));
    EXPECT_FALSE(valid("global.timeout", "0"));
    EXPECT_FALSE(valid("global.timeout", "-1"));
    EXPECT_FALSE(valid("global.timeout", "fast"));
    EXPECT_FALSE(valid("global.timeout", "inf"));
    EXPECT_FALSE(valid("global.timeout", ""));
}

TEST(PipValueValidator, TrustedHostForHttpIndexKeepsPort)
{
    EXPECT_EQ(
        PipValueValidator::trustedHostFor(QStringLiteral("http://mirrors.aliyun.com/pypi/simple/")),
        "mirrors.aliyun.com");
    EXPECT_EQ(PipValueValidator::trustedHostFor(QStringLiteral("http://u:p@10.0.0.5:8080/simple")),
              "10.0.0.5:8080");
    EXPECT_EQ(PipValueValidator::trustedHostFor(QStringLiteral("http://[::1]:3141/simple")),
              "[::1]:3141");
    EXPECT_EQ(PipValueValidator::trustedHostFor(QStringLiteral("https://pypi.org/simple")), "");
}

TEST(PipValueValidator, TrustedHostCoverageFollowsPipPortRule)
{
    // pip: a bare host trusts every port, host:port only that port; host names ignore case.
    EXPECT_TRUE(PipValueValidator::trustedHostCovers(QStringLiteral("Mirror.Example"),
                                                     QStringLiteral("mirror.example:81")));
    EXPECT_TRUE(
        PipValueValidator::trustedHostCovers(QStringLiteral("m:81"), QStringLiteral("m:81")));
    EXPECT_FALSE(PipValueValidator::trustedHostCovers(QStringLiteral("m:81"), QStringLiteral("m")));
    EXPECT_FALSE(
        PipValueValidator::trustedHostCovers(QStringLiteral("m:81"), QStringLiteral("m:82")));
    EXPECT_FALSE(
        PipValueValidator::trustedHostCovers(QStringLiteral("other"), QStringLiteral("m")));
}
