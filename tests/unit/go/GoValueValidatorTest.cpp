// Validation of Go values, with examples from the go command's sources and documentation.

#include "ecosystems/go/GoValueValidator.h"
#include "ecosystems/go/GoProxyList.h"

#include <gtest/gtest.h>

namespace {

bool valid(const char *key, const QString &value)
{
    return GoValueValidator::validate(QString::fromLatin1(key), value).hasValue();
}

QString message(const char *key, const QString &value)
{
    const Expected<void> result = GoValueValidator::validate(QString::fromLatin1(key), value);
    return result ? QString() : result.error().message;
}

} // namespace

TEST(GoValueValidator, AcceptsProxyListsTheGoCommandAccepts)
{
    for (const char *value :
         {"https://proxy.golang.org,direct", "https://goproxy.cn", "goproxy.cn,direct", "direct",
          "off", "https://a.example|https://b.example,direct", "http://127.0.0.1:3000",
          "file:///srv/goproxy", "https://mirrors.aliyun.com/goproxy/,direct",
          " https://goproxy.cn , direct", "direct,this-is-ignored-after-direct",
          "https://a,,direct"})
        EXPECT_TRUE(valid("GOPROXY", QString::fromUtf8(value))) << value;
}

TEST(GoValueValidator, RejectsBrokenProxyLists)
{
    for (const char *value :
         {"", ",", " , | ", "goproxy", "ftp://x.example", "/srv/goproxy", "https://",
          "file://host/path", "https://a b.example,direct", "https://goproxy.cn,direct\n"})
        EXPECT_FALSE(valid("GOPROXY", QString::fromUtf8(value))) << value;
}

TEST(GoValueValidator, MessageNamesKeyProblemAndExample)
{
    const QString text = message("GOPROXY", QStringLiteral("ftp://x.example"));
    EXPECT_TRUE(text.contains(QLatin1String("GOPROXY"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("ftp"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("https://goproxy.cn,direct"))) << text.toStdString();
}

TEST(GoValueValidator, FlagsTrailingCarriageReturnFromCrlfFilesClearly)
{
    const QString text = message("GOPROXY", QStringLiteral("https://goproxy.cn,direct\r"));
    EXPECT_TRUE(text.contains(QLatin1String("carriage return"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("CRLF"))) << text.toStdString();
    EXPECT_FALSE(message("GOSUMDB", QStringLiteral("off\r")).isEmpty());
}

TEST(GoValueValidator, AcceptsGosumdbForms)
{
    for (const char *value :
         {"off", "sum.golang.org", "sum.golang.google.cn",
          "sum.golang.org https://sum.golang.google.cn",
          "sum.golang.org https://goproxy.cn/sumdb/sum.golang.org",
          "gosum.io+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6",
          "sumdb.example.com+24164cfc+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f "
          "https://sumdb.example.com",
          "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"})
        EXPECT_TRUE(valid("GOSUMDB", QString::fromUtf8(value))) << value;
}

TEST(GoValueValidator, RejectsBrokenGosumdb)
{
    for (const char *value :
         {"", "   ", "sum.example.com",                        // an unknown name needs its key
          "sum.golang.google.cn https://sum.golang.google.cn", // the alias is only the whole value
          "sum.golang.org https://a https://b", "sum.golang.org not-a-url",
          "sum.golang.org ftp://x.example",
          "gosum.io+ce6e7566+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq6", // wrong hash
          "gosum.io+ce6e7565+AY5qEHUk/qmHc5btzW45JVoENfazw8LielDsaI+lEbq"}) // truncated key
        EXPECT_FALSE(valid("GOSUMDB", QString::fromUtf8(value))) << value;
}

TEST(GoValueValidator, GlobListsFollowPathMatchSyntax)
{
    for (const char *value :
         {"*.corp.example.com", "github.com/my-org,*.corp.example.com", "none",
          "example.com/[a-c]*", "git.example.com/", "a,,b", "example.com/\\*literal"})
        EXPECT_TRUE(valid("GOPRIVATE", QString::fromUtf8(value))) << value;
    for (const char *value : {"example.com/[a", "example.com/[]", "example.com/[a-]",
                              "example.com\\", "https://github.com/my-org", ""})
        EXPECT_FALSE(valid("GONOSUMDB", QString::fromUtf8(value))) << value;
}

TEST(GoValueValidator, FlagsWhitespaceAroundCommasInGlobLists)
{
    const QString text = message("GOPRIVATE", QStringLiteral("a.example.com, b.example.com"));
    EXPECT_TRUE(text.contains(QLatin1String("white space"))) << text.toStdString();
    EXPECT_FALSE(valid("GOINSECURE", QStringLiteral("a.example.com ,b.example.com")));
}

TEST(GoValueValidator, GonoproxyNoneIsValid)
{
    EXPECT_TRUE(valid("GONOPROXY", QStringLiteral("none")));
}

TEST(GoValueValidator, UnknownKeyIsRejected)
{
    const Expected<void> result = GoValueValidator::validate(QStringLiteral("GOFLAGS"), "-x");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, CoreError::Kind::UnknownKey);
}

TEST(GoProxyList, ParsesSeparatorsAndImplicitHttps)
{
    const GoProxyList list =
        GoProxyList::parse(QStringLiteral(" a.example |https://b.example,, direct"));
    ASSERT_EQ(list.entries().size(), 3);
    EXPECT_EQ(list.entries().at(0).text, QStringLiteral("a.example"));
    EXPECT_EQ(list.entries().at(0).separatorAfter, QLatin1Char('|'));
    EXPECT_EQ(list.entries().at(1).separatorAfter, QLatin1Char(','));
    EXPECT_EQ(GoProxyList::effectiveUrl(QStringLiteral("a.example")),
              QStringLiteral("https://a.example"));
    EXPECT_EQ(GoProxyList::effectiveUrl(QStringLiteral("direct")), QStringLiteral("direct"));
    EXPECT_EQ(GoProxyList::effectiveUrl(QStringLiteral("/abs")), QStringLiteral("/abs"));
}

TEST(GoProxyList, SwitchingKeepsTheUsersFallbackChain)
{
    const QString m = QStringLiteral("https://m.example");
    EXPECT_EQ(GoProxyList::parse(QStringLiteral("https://a.example")).withFirstProxy(m),
              QStringLiteral("https://m.example,direct"));
    EXPECT_EQ(GoProxyList::parse(QStringLiteral("direct")).withFirstProxy(m),
              QStringLiteral("https://m.example,direct"));
    EXPECT_EQ(GoProxyList::parse(QStringLiteral("https://a.example|https://b.example,off"))
                  .withFirstProxy(m),
              QStringLiteral("https://m.example|https://b.example,off"));
    // A mirror that already is a fallback swaps places with the first proxy: nothing is lost.
    EXPECT_EQ(GoProxyList::parse(QStringLiteral("https://a.example,https://m.example/,direct"))
                  .withFirstProxy(m),
              QStringLiteral("https://m.example,https://a.example,direct"));
    // Already first: unchanged, "|" kept.
    EXPECT_EQ(GoProxyList::parse(QStringLiteral("https://m.example|direct")).withFirstProxy(m),
              QStringLiteral("https://m.example|direct"));
}

TEST(GoProxyList, SwitchInsideAPipeChainKeepsEveryEntryAndSeparator)
{
    const QString chain = QStringLiteral("https://a.example|https://b.example,direct");
    EXPECT_EQ(GoProxyList::parse(chain).withFirstProxy(QStringLiteral("https://m.example")),
              QStringLiteral("https://m.example|https://b.example,direct"));
    EXPECT_EQ(GoProxyList::parse(chain).withFirstProxy(QStringLiteral("https://b.example")),
              QStringLiteral("https://b.example|https://a.example,direct"));
    const QStringList notes = GoProxyList::describeChange(
        chain, QStringLiteral("https://b.example|https://a.example,direct"));
    ASSERT_EQ(notes.size(), 2);
    EXPECT_TRUE(notes.first().contains(QStringLiteral("https://a.example")));
    // A different shape is not described as a switch.
    EXPECT_TRUE(
        GoProxyList::describeChange(chain, QStringLiteral("https://m.example,direct")).isEmpty());
}
