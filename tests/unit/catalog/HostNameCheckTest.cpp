// Host names that imitate others (issue 8, item 16): real confusables are flagged with their
// punycode form, honest internationalised names are not.

#include "catalog/HostNameCheck.h"

#include <gtest/gtest.h>

TEST(HostNameCheck, CyrillicOInGoproxyCnIsMixedScriptsAndShownInPunycode)
{
    // U+043E CYRILLIC SMALL LETTER O in place of the Latin "o" of goproxy.cn.
    const HostNameVerdict v = HostNameCheck::check(QStringLiteral("https://goprоxy.cn"));
    EXPECT_TRUE(v.mixedScripts);
    EXPECT_TRUE(v.suspicious());
    EXPECT_EQ(v.aceHost.toStdString(), "xn--goprxy-zqf.cn");
    EXPECT_TRUE(v.warning.contains(QStringLiteral("xn--goprxy-zqf.cn")));
    EXPECT_TRUE(v.warning.contains(QStringLiteral("Latin")));
    EXPECT_TRUE(v.warning.contains(QStringLiteral("Cyrillic")));
}

TEST(HostNameCheck, PunycodeInputIsDecodedAndStillFlagged)
{
    // Typed or stored in its ACE form the name is the same spoof.
    const HostNameVerdict v = HostNameCheck::check(QStringLiteral("https://xn--goprxy-zqf.cn/"));
    EXPECT_TRUE(v.mixedScripts);
    EXPECT_EQ(v.host, QStringLiteral("goprоxy.cn"));
}

TEST(HostNameCheck, GreekOmicronInRegistryNpmjsIsFlagged)
{
    // U+03BF GREEK SMALL LETTER OMICRON in place of the "o" of "org".
    const HostNameVerdict v =
        HostNameCheck::check(QStringLiteral("https://registry.npmjs.οrg.example/"));
    EXPECT_TRUE(v.mixedScripts) << v.host.toStdString();
    EXPECT_TRUE(v.aceHost.startsWith(QStringLiteral("registry.npmjs.xn--")));
}

TEST(HostNameCheck, WholeCyrillicLookAlikeUnderAsciiTldIsFlagged)
{
    // "аррӏе" is five Cyrillic letters (а р р ӏ е) that read as "apple".
    const HostNameVerdict v = HostNameCheck::check(QStringLiteral("https://аррӏе.com/"));
    EXPECT_FALSE(v.mixedScripts);
    EXPECT_TRUE(v.wholeScriptConfusable);
    EXPECT_TRUE(v.suspicious());
    EXPECT_TRUE(v.aceHost.startsWith(QStringLiteral("xn--")));
}

TEST(HostNameCheck, HonestNamesRaiseNoDoubt)
{
    for (const QString &url :
         {QStringLiteral("https://goproxy.cn"),
          QStringLiteral("https://mirrors.tuna.tsinghua.edu.cn/pypi/web/simple"),
          QStringLiteral("https://пример.рф/"),      // all Cyrillic under a Cyrillic TLD
          QStringLiteral("https://例え.テスト/"),    // Han + Hiragana + Katakana (Japanese)
          QStringLiteral("https://npm镜像.中国/"),   // Latin + Han (Chinese)
          QStringLiteral("https://bücher.example/"), // Latin with a diacritic
          QStringLiteral("http://127.0.0.1:8080/"), QStringLiteral("http://[::1]:3000/")}) {
        const HostNameVerdict v = HostNameCheck::check(url);
        EXPECT_FALSE(v.suspicious()) << url.toStdString() << ": " << v.warning.toStdString();
    }
}

TEST(HostNameCheck, RevealedUrlPutsTheAceHostIntoTheUrl)
{
    EXPECT_EQ(HostNameCheck::revealedUrl(QStringLiteral("https://goprоxy.cn/path")),
              QStringLiteral("https://xn--goprxy-zqf.cn/path"));
    // Honest names stay exactly as the user wrote them.
    EXPECT_EQ(HostNameCheck::revealedUrl(QStringLiteral("https://bücher.example/x")),
              QStringLiteral("https://bücher.example/x"));
}
