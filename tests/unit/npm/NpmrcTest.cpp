// npm/ini parsing rules as npm 11 applies them (each expectation was checked with
// `npm config get` on the same bytes), and the lossless edits built on them.

#include "ecosystems/npm/Npmrc.h"
#include "ecosystems/npm/NpmIniSyntax.h"

#include <gtest/gtest.h>

namespace {

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> vars = {})
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return environment;
}

QString value(const QByteArray &bytes, const QString &key = QStringLiteral("registry"),
              const QProcessEnvironment &environment = env())
{
    const Npmrc::Resolved resolved = Npmrc::fromBytes(bytes).resolve(key, environment);
    return resolved.kind == Npmrc::Resolved::Kind::Absent ? QStringLiteral("<absent>")
                                                          : resolved.text;
}

QByteArray set(const QByteArray &bytes, const QString &key, const QString &newValue)
{
    Expected<LineDocument> result =
        Npmrc::fromBytes(bytes).withValue(key, newValue, env(), QStringLiteral("/x/.npmrc"));
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().toString().toStdString());
    return result ? result->toBytes() : QByteArray("<error>");
}

QByteArray unset(const QByteArray &bytes, const QString &key)
{
    Expected<LineDocument> result =
        Npmrc::fromBytes(bytes).withoutKey(key, env(), QStringLiteral("/x/.npmrc"));
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().toString().toStdString());
    return result ? result->toBytes() : QByteArray("<error>");
}

const QString kMirror = QStringLiteral("https://registry.npmmirror.com/");

} // namespace

TEST(Npmrc, LastDuplicateWins)
{
    EXPECT_EQ(value("registry=https://a/\nregistry=https://b/\n"), "https://b/");
}

TEST(Npmrc, CommentsOfBothKindsAreSkipped)
{
    EXPECT_EQ(value(";registry=https://a/\n  # registry=https://b/\n"), "<absent>");
}

TEST(Npmrc, InlineCommentEndsUnquotedValue)
{
    EXPECT_EQ(value("registry = https://a/ # c\n"), "https://a/");
    EXPECT_EQ(value("registry=https://a/;c\n"), "https://a/");
}

TEST(Npmrc, EscapedHashAndSemicolonStayInValue)
{
    EXPECT_EQ(value("registry=https://a/\\#x\\;y\n"), "https://a/#x;y");
    EXPECT_EQ(value("registry=a\\b\n"), "a\\b");
}

TEST(Npmrc, DoubleQuotedValueIsJsonWithoutCommentStripping)
{
    EXPECT_EQ(value("registry=\"https://a/#x\"\n"), "https://a/#x");
    EXPECT_EQ(value("registry=\"https:\\/\\/a\\/\"\n"), "https://a/");
    // Not quoted as a whole: the comment is cut and the quotes stay (npm prints them too).
    EXPECT_EQ(value("registry=\"https://a/\" ;c\n"), "\"https://a/\"");
}

TEST(Npmrc, SingleQuotesAreStrippedThenJsonParsed)
{
    EXPECT_EQ(value("registry='https://a/'\n"), "https://a/");
    EXPECT_EQ(value("registry='1e3'\n"), "1000");
}

TEST(Npmrc, KeyWithoutEqualsIsTrue)
{
    EXPECT_EQ(value("registry\n"), "true");
}

TEST(Npmrc, LinesSplitOnLoneCarriageReturn)
{
    EXPECT_EQ(value("registry=https://a/\rregistry=https://cr/"), "https://cr/");
    EXPECT_EQ(value("registry=https://a/\r\r\n\rregistry = \"https://b/\"   "), "https://b/");
}

TEST(Npmrc, ByteOrderMarkIsTrimmedFromFirstKey)
{
    EXPECT_EQ(value("\xEF\xBB\xBFregistry=https://bom/\n"), "https://bom/");
}

TEST(Npmrc, SectionHidesFollowingKeys)
{
    EXPECT_EQ(value("registry=https://a/\n[sec]\nregistry=https://b/\n"), "https://a/");
    EXPECT_EQ(value("[sec]\nregistry=https://b/\n"), "<absent>");
}

TEST(Npmrc, IndentedOrCommentedHeaderIsNotASection)
{
    EXPECT_EQ(value("registry=https://a/\n  [a]  \nregistry=https://b/"), "https://b/");
    EXPECT_EQ(value("registry=https://a/\n[a] ;x\nregistry=https://b/"), "https://b/");
}

TEST(Npmrc, LineSeparatorInValueMakesLineInvisible)
{
    EXPECT_EQ(value("registry=https://a/\nregistry=https://b/\xE2\x80\xA8x\n"), "https://a/");
}

TEST(Npmrc, LineStartingWithEqualsIsIgnored)
{
    EXPECT_EQ(value("registry=https://a/\n=x\n"), "https://a/");
}

TEST(Npmrc, ArrayKeysCollectValuesAndAbsorbLaterPlainKeys)
{
    const Npmrc::Resolved r = Npmrc::fromBytes("registry[]=https://a/\nregistry=https://b/\n")
                                  .resolve(QStringLiteral("registry"), env());
    EXPECT_EQ(r.kind, Npmrc::Resolved::Kind::Array);
    EXPECT_EQ(r.text, "https://a/,https://b/");
    EXPECT_EQ(value("strict-ssl=false\nstrict-ssl[]=true\n", QStringLiteral("strict-ssl")),
              "false,true");
}

TEST(Npmrc, SectionNamedLikeKeyMakesItAnObject)
{
    const auto kind = [](const QByteArray &bytes) {
        return Npmrc::fromBytes(bytes).resolve(QStringLiteral("registry"), env()).kind;
    };
    EXPECT_EQ(kind("[registry]\na=1\n"), Npmrc::Resolved::Kind::Object);
    EXPECT_EQ(kind("registry=https://a/\n[registry.x]\na=1\n"), Npmrc::Resolved::Kind::Object);
    // A truthy value survives a same-named section; the section's keys vanish.
    EXPECT_EQ(kind("registry=https://a/\n[registry]\na=1\n"), Npmrc::Resolved::Kind::Scalar);
}

TEST(Npmrc, KeysAreExpandedAndQuotedKeysDecoded)
{
    EXPECT_EQ(value("${K}=https://k/\n", QStringLiteral("registry"), env({{"K", "registry"}})),
              "https://k/");
    EXPECT_EQ(value("\"registry\"=https://qk/\n"), "https://qk/");
}

TEST(NpmIniSyntax, ExpandFollowsEnvReplace)
{
    const QProcessEnvironment e = env({{"HOME", "/h"}, {"EMPTY", ""}});
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("${HOME}/x"), e), "/h/x");
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("${NOPE}/x"), e), "${NOPE}/x");
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("${NOPE?}x"), e), "x");
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("${EMPTY}x"), e), "x");
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("\\${HOME}"), e), "${HOME}");
    EXPECT_EQ(NpmIniSyntax::expand(QStringLiteral("\\\\${HOME}"), e), "\\/h");
}

TEST(NpmIniSyntax, EncodedValuesDecodeToThemselves)
{
    const QStringList values = {QStringLiteral("https://a/"), QStringLiteral("a;b#c\\d"),
                                QStringLiteral(" padded "), QStringLiteral("\"quoted\""),
                                QStringLiteral("x\xE2\x80\xA8y"),
                                // Found by NpmParserFuzzer: a leading U+FEFF, which JS trim()
                                // removes, before control characters.
                                QString(QChar(0xFEFF)) + QStringLiteral("regis   t/\x02\x02"),
                                QString(QChar(0xFEFF)) + QStringLiteral("a")};
    for (const QString &v : values) {
        for (const auto style : {NpmIniSyntax::Quote::None, NpmIniSyntax::Quote::Single,
                                 NpmIniSyntax::Quote::Double}) {
            const QString encoded = NpmIniSyntax::encodeValue(v, style);
            EXPECT_EQ(NpmIniSyntax::unsafe(encoded).text, v) << encoded.toStdString();
        }
    }
}

TEST(NpmrcEdit, ReplacesOnlyTheValueKeepingSpacingCommentAndQuotes)
{
    EXPECT_EQ(set("registry = https://a/ ; mine\r\n", QStringLiteral("registry"), kMirror),
              "registry = https://registry.npmmirror.com/ ; mine\r\n");
    EXPECT_EQ(set("registry=\"https://a/\"\n", QStringLiteral("registry"), kMirror),
              "registry=\"https://registry.npmmirror.com/\"\n");
    EXPECT_EQ(set("registry='https://a/'\n", QStringLiteral("registry"), kMirror),
              "registry='https://registry.npmmirror.com/'\n");
}

TEST(NpmrcEdit, EditsTheEffectiveDuplicate)
{
    EXPECT_EQ(
        set("registry=https://a/\nregistry=https://b/\n", QStringLiteral("registry"), kMirror),
        "registry=https://a/\nregistry=https://registry.npmmirror.com/\n");
}

TEST(NpmrcEdit, SameValueChangesNothing)
{
    const QByteArray quoted = "\xEF\xBB\xBFregistry = 'https://registry.npmmirror.com/'  ";
    EXPECT_EQ(set(quoted, QStringLiteral("registry"), kMirror), quoted);
    const QByteArray commented = "registry = https://registry.npmmirror.com/  # c\r\n";
    EXPECT_EQ(set(commented, QStringLiteral("registry"), kMirror), commented);
    // With a comment after it, a quoted value is not quoted for npm: the quotes are part of it.
    EXPECT_EQ(value("registry = 'https://a/'  # c"), "'https://a/'");
}

TEST(NpmrcEdit, NewKeyGoesAboveFirstSectionAndFollowsLineEndings)
{
    EXPECT_EQ(set("fund=false\r\n\r\n[tool]\r\nx=1\r\n", QStringLiteral("registry"), kMirror),
              "fund=false\r\nregistry=https://registry.npmmirror.com/\r\n\r\n[tool]\r\nx=1\r\n");
    EXPECT_EQ(set("; top\n\n; about tool\n[tool]\n", QStringLiteral("registry"), kMirror),
              "; top\n\nregistry=https://registry.npmmirror.com/\n; about tool\n[tool]\n");
    EXPECT_EQ(set("fund=false", QStringLiteral("registry"), kMirror),
              "fund=false\nregistry=https://registry.npmmirror.com/");
    EXPECT_EQ(set("", QStringLiteral("@corp:registry"), kMirror),
              "@corp:registry=https://registry.npmmirror.com/\n");
}

TEST(NpmrcEdit, KeyWithoutValueGetsOne)
{
    EXPECT_EQ(set("registry\n", QStringLiteral("registry"), kMirror),
              "registry=https://registry.npmmirror.com/\n");
}

TEST(NpmrcEdit, EditInsideLoneCarriageReturnLine)
{
    EXPECT_EQ(set("a=1\rregistry=https://a/\rb=2\n", QStringLiteral("registry"), kMirror),
              "a=1\rregistry=https://registry.npmmirror.com/\rb=2\n");
}

TEST(NpmrcEdit, AuthLinesAreNeverTouched)
{
    const QByteArray bytes = "registry=https://a/\n//a/:_authToken=${NPM_TOKEN}\n";
    EXPECT_EQ(set(bytes, QStringLiteral("registry"), kMirror),
              "registry=https://registry.npmmirror.com/\n//a/:_authToken=${NPM_TOKEN}\n");
    EXPECT_EQ(unset(bytes, QStringLiteral("registry")), "//a/:_authToken=${NPM_TOKEN}\n");
}

TEST(NpmrcEdit, UnsetRemovesEveryDefinitionButNotSectionKeys)
{
    EXPECT_EQ(unset("registry=https://a/\nfund=false\nregistry=https://b/\n[s]\nregistry=x\n",
                    QStringLiteral("registry")),
              "fund=false\n[s]\nregistry=x\n");
    EXPECT_EQ(unset("fund=false\nregistry=https://b/", QStringLiteral("registry")), "fund=false");
}

TEST(NpmrcEdit, UnsetThatWouldExposeASectionIsRefused)
{
    Expected<LineDocument> result =
        Npmrc::fromBytes("registry=https://a/\n[registry]\nx=1\n")
            .withoutKey(QStringLiteral("registry"), env(), QStringLiteral("/x/.npmrc"));
    EXPECT_FALSE(result.hasValue());
}

TEST(NpmrcEdit, ArrayAndSectionFormsAreRefusedWithLine)
{
    Expected<LineDocument> array =
        Npmrc::fromBytes("fund=false\nregistry[]=https://a/\n")
            .withValue(QStringLiteral("registry"), kMirror, env(), QStringLiteral("/x/.npmrc"));
    ASSERT_FALSE(array.hasValue());
    EXPECT_EQ(array.error().line, 2);
    EXPECT_EQ(array.error().filePath, "/x/.npmrc");
    Expected<LineDocument> section =
        Npmrc::fromBytes("fund=false\n[registry]\n")
            .withValue(QStringLiteral("registry"), kMirror, env(), QStringLiteral("/x/.npmrc"));
    ASSERT_FALSE(section.hasValue());
    EXPECT_EQ(section.error().line, 2);
}

TEST(NpmrcEdit, ValuesNeedingEscapesAreWrittenSoNpmReadsThemBack)
{
    const QByteArray out =
        set("registry=https://a/\n", QStringLiteral("registry"), QStringLiteral("https://a/x;y"));
    EXPECT_EQ(out, "registry=https://a/x\\;y\n");
    EXPECT_EQ(value(out), "https://a/x;y");
}
