// Parser and editor rules of PipConf: each case is a configparser/pip rule, checked against the
// real pip in PipConfigRealClientTest and the corpus test.

#include "ecosystems/pip/PipConf.h"

#include <gtest/gtest.h>

namespace {

PipConf parsed(const QByteArray &bytes)
{
    Expected<PipConf> conf = PipConf::parse(bytes, QStringLiteral("pip.conf"));
    EXPECT_TRUE(conf.hasValue()) << (conf ? std::string() : conf.error().toString().toStdString());
    return conf ? *conf : PipConf();
}

QString valueOf(const QByteArray &bytes, const QString &name,
                const QString &section = QStringLiteral("global"))
{
    const PipConf conf = parsed(bytes);
    const PipConf::Option *option = conf.find(section, name);
    return option ? option->value : QStringLiteral("<absent>");
}

CoreError errorOf(const QByteArray &bytes)
{
    Expected<PipConf> conf = PipConf::parse(bytes, QStringLiteral("/x/pip.conf"));
    EXPECT_FALSE(conf.hasValue());
    return conf ? CoreError{} : conf.error();
}

QByteArray set(const QByteArray &bytes, const QString &name, const QStringList &values,
               bool multi = false)
{
    return parsed(bytes).withValues(QStringLiteral("global"), name, values, multi);
}

} // namespace

TEST(PipConf, BothDelimitersAndStrippedValues)
{
    EXPECT_EQ(valueOf("[global]\nindex-url = https://a\n", "index-url"), "https://a");
    EXPECT_EQ(valueOf("[global]\nindex-url:https://a\n", "index-url"), "https://a");
    EXPECT_EQ(valueOf("[global]\n  index-url \t=   https://a   \n", "index-url"), "https://a");
    // The first delimiter splits: a ':' in the value stays.
    EXPECT_EQ(valueOf("[global]\nindex-url = http://h:8080/s\n", "index-url"), "http://h:8080/s");
    EXPECT_EQ(valueOf("[global]\na:b = c\n", "a"), "b = c");
}

TEST(PipConf, InlineSemicolonAndHashArePartOfTheValue)
{
    EXPECT_EQ(valueOf("[global]\nindex-url = https://a ; note\n", "index-url"), "https://a ; note");
    EXPECT_EQ(valueOf("[global]\nindex-url = https://a # note\n", "index-url"), "https://a # note");
}

TEST(PipConf, FullLineCommentsEvenIndentedAreIgnored)
{
    const QByteArray text = "# c\n; c\n[global]\n   # indented comment\nindex-url = https://a\n";
    EXPECT_EQ(valueOf(text, "index-url"), "https://a");
}

TEST(PipConf, KeysAreLowercasedAndUnderscoresNormalised)
{
    EXPECT_EQ(valueOf("[global]\nINDEX_URL = https://a\n", "index-url"), "https://a");
    EXPECT_EQ(valueOf("[global]\n--index_url = https://a\n", "index-url"), "https://a");
    EXPECT_EQ(PipConf::normalizeName(QStringLiteral("--Index_URL")), "index-url");
}

TEST(PipConf, LaterTwinSpellingWins)
{
    EXPECT_EQ(valueOf("[global]\nindex_url = https://a\nindex-url = https://b\n", "index-url"),
              "https://b");
    EXPECT_EQ(valueOf("[global]\nindex-url = https://b\nindex_url = https://a\n", "index-url"),
              "https://a");
}

TEST(PipConf, SectionNamesAreCaseSensitive)
{
    EXPECT_EQ(valueOf("[Global]\nindex-url = https://a\n", "index-url"), "<absent>");
    EXPECT_EQ(valueOf("[Global]\nindex-url = https://a\n", "index-url", "Global"), "https://a");
}

TEST(PipConf, DefaultSectionLeaksOnlyIntoExistingSections)
{
    EXPECT_EQ(valueOf("[DEFAULT]\nindex-url = https://d\n[global]\ntimeout = 3\n", "index-url"),
              "https://d");
    EXPECT_EQ(valueOf("[DEFAULT]\nindex-url = https://d\n", "index-url"), "<absent>");
    EXPECT_EQ(
        valueOf("[DEFAULT]\nindex-url = https://d\n[global]\nindex-url = https://g\n", "index-url"),
        "https://g");
    EXPECT_EQ(parsed("[DEFAULT]\na=1\n[global]\n[install]\n").sections(),
              (QStringList{QStringLiteral("global"), QStringLiteral("install")}));
}

TEST(PipConf, ContinuationLinesJoinWithNewlines)
{
    const QByteArray text =
        "[global]\nextra-index-url = https://a\n    https://b\n\n\thttps://c\n\ntimeout = 3\n";
    EXPECT_EQ(valueOf(text, "extra-index-url"), "https://a\nhttps://b\n\nhttps://c");
    EXPECT_EQ(PipConf::splitValues(valueOf(text, "extra-index-url")),
              (QStringList{QStringLiteral("https://a"), QStringLiteral("https://b"),
                           QStringLiteral("https://c")}));
    EXPECT_EQ(valueOf(text, "timeout"), "3");
    // An empty first line gives a value starting with a newline, as pip prints it.
    EXPECT_EQ(valueOf("[global]\nindex-url =\n    https://x\n", "index-url"), "\nhttps://x");
}

TEST(PipConf, IndentedHeaderAfterOptionIsAContinuation)
{
    const QByteArray text = "[global]\nindex-url = https://a\n  [install]\n";
    EXPECT_EQ(valueOf(text, "index-url"), "https://a\n[install]");
    EXPECT_FALSE(parsed(text).hasSection(QStringLiteral("install")));
}

TEST(PipConf, CommentInsideValueNeitherEndsNorJoinsIt)
{
    EXPECT_EQ(valueOf("[global]\ntrusted-host = a\n# note\n    b\n", "trusted-host"), "a\nb");
}

TEST(PipConf, EmptyValueIsKept)
{
    EXPECT_EQ(valueOf("[global]\nindex-url =\n", "index-url"), "");
    EXPECT_EQ(valueOf("[global]\nindex-url=   \n", "index-url"), "");
}

TEST(PipConf, LoneCarriageReturnEndsALine)
{
    EXPECT_EQ(valueOf("[global]\rindex-url = https://cr\rtimeout = 4\r", "index-url"),
              "https://cr");
    EXPECT_EQ(valueOf("[global]\r\nindex-url = https://crlf\r\n", "index-url"), "https://crlf");
}

TEST(PipConf, SectionHeaderTakesTextUpToTheLastBracket)
{
    EXPECT_EQ(valueOf("[global] ; comment\nindex-url = https://a\n", "index-url"), "https://a");
    EXPECT_TRUE(parsed("[a]b]\nx=1\n").hasSection(QStringLiteral("a]b")));
}

TEST(PipConf, RefusesDuplicateOptionWithLine)
{
    const CoreError error = errorOf("[global]\nindex-url = a\nINDEX-URL = b\n");
    EXPECT_EQ(error.line, 3);
    EXPECT_EQ(error.filePath, "/x/pip.conf");
    EXPECT_EQ(error.kind, CoreError::Kind::BadFile);
}

TEST(PipConf, RefusesDuplicateSectionButNotDuplicateDefault)
{
    EXPECT_EQ(errorOf("[global]\na = 1\n\n[global]\nb = 2\n").line, 4);
    EXPECT_TRUE(PipConf::parse("[DEFAULT]\na=1\n[DEFAULT]\nb=2\n[global]\n", {}).hasValue());
    EXPECT_EQ(errorOf("[DEFAULT]\na=1\n[DEFAULT]\na=2\n").line, 4);
}

TEST(PipConf, RefusesTextBeforeFirstSectionAndStrayLines)
{
    EXPECT_EQ(errorOf("\n# c\nindex-url = a\n").line, 3);
    EXPECT_EQ(errorOf("[global]\nwords without delimiter\nx = 1\n").line, 2);
    EXPECT_EQ(errorOf("[global]\n= value without name\n").line, 2);
}

TEST(PipConf, RefusesByteOrderMarkLikePip)
{
    EXPECT_EQ(errorOf("\xEF\xBB\xBF[global]\nindex-url = a\n").line, 1);
}

TEST(PipConf, TwinsAreDistinctForConfigparserSoNotDuplicates)
{
    EXPECT_TRUE(PipConf::parse("[global]\nindex_url = a\nindex-url = b\n", {}).hasValue());
}

TEST(PipConf, EditReplacesOnlyTheValueBytes)
{
    EXPECT_EQ(set("[global]\nindex-url   =   https://old  \n", "index-url", {"https://new"}),
              "[global]\nindex-url   =   https://new  \n");
    EXPECT_EQ(set("[global]\nindex-url:https://old\n", "index-url", {"https://new"}),
              "[global]\nindex-url:https://new\n");
}

TEST(PipConf, EditKeepsCommentsAndCrlf)
{
    const QByteArray before =
        "# head\r\n[global]\r\n; why\r\nindex-url = https://old\r\ntimeout = 5\r\n";
    EXPECT_EQ(set(before, "index-url", {"https://new"}),
              "# head\r\n[global]\r\n; why\r\nindex-url = https://new\r\ntimeout = 5\r\n");
}

TEST(PipConf, EditTheTwinThatIsThereNeverAddAnother)
{
    EXPECT_EQ(set("[global]\nindex_url = https://old\n", "index-url", {"https://new"}),
              "[global]\nindex_url = https://new\n");
    EXPECT_EQ(
        set("[global]\nindex_url = https://a\nindex-url = https://b\n", "index-url", {"https://n"}),
        "[global]\nindex_url = https://a\nindex-url = https://n\n");
}

TEST(PipConf, InlineSemicolonTextIsReplacedBecauseItIsValue)
{
    EXPECT_EQ(set("[global]\nindex-url = https://a ; old\n", "index-url", {"https://n"}),
              "[global]\nindex-url = https://n\n");
}

TEST(PipConf, SameValueIsNoOp)
{
    const QByteArray before = "[global]\nindex-url = https://a\r\n";
    EXPECT_EQ(set(before, "index-url", {"https://a"}), before);
    const QByteArray multi = "[global]\nextra-index-url =\n  https://a\n  https://b\n";
    EXPECT_EQ(set(multi, "extra-index-url", {"https://a", "https://b"}, true), multi);
}

TEST(PipConf, AddsAfterLastOptionOfGlobalWithIndentAndSeparatorHabit)
{
    EXPECT_EQ(set("[global]\n  timeout=5\n  extra-index-url=a\n      b\n\n[install]\nx=1\n",
                  "index-url", {"https://n"}),
              "[global]\n  timeout=5\n  extra-index-url=a\n      b\n  "
              "index-url=https://n\n\n[install]\nx=1\n");
}

TEST(PipConf, AddsNewGlobalSectionAtEndKeepingNoFinalNewline)
{
    EXPECT_EQ(set("[install]\nuser = true", "index-url", {"https://n"}),
              "[install]\nuser = true\n[global]\nindex-url = https://n");
    EXPECT_EQ(set("", "index-url", {"https://n"}), "[global]\nindex-url = https://n\n");
    EXPECT_EQ(set("[global]\r\ntimeout = 1", "index-url", {"https://n"}),
              "[global]\r\ntimeout = 1\r\nindex-url = https://n");
}

TEST(PipConf, AddsAfterHeaderWithoutMakingTheNextLineAContinuation)
{
    const QByteArray after = set("[global]\n  [install]\n  x = 1\n", "index-url", {"https://n"});
    EXPECT_EQ(after, "[global]\n  index-url = https://n\n  [install]\n  x = 1\n");
    const PipConf conf = parsed(after);
    EXPECT_EQ(conf.find(QStringLiteral("global"), QStringLiteral("index-url"))->value, "https://n");
    EXPECT_TRUE(conf.hasSection(QStringLiteral("install")));
}

TEST(PipConf, LoneCrFileGetsLoneCrLines)
{
    EXPECT_EQ(set("[global]\rtimeout = 1\r", "index-url", {"https://n"}),
              "[global]\rtimeout = 1\rindex-url = https://n\r");
}

TEST(PipConf, MultiValueWritesContinuationFormWithFileIndentation)
{
    EXPECT_EQ(set("[global]\ntrusted-host = a\n\tb\nextra-index-url = https://x\n",
                  "extra-index-url", {"https://x", "https://y"}, true),
              "[global]\ntrusted-host = a\n\tb\nextra-index-url = https://x\n\thttps://y\n");
    EXPECT_EQ(set("[global]\nextra-index-url =\n   https://a\n   https://b\n   https://c\n",
                  "extra-index-url", {"https://z", "https://a"}, true),
              "[global]\nextra-index-url =\n   https://z\n   https://a\n");
    EXPECT_EQ(set("[global]\ntimeout = 1\n", "extra-index-url", {"https://a", "https://b"}, true),
              "[global]\ntimeout = 1\nextra-index-url = https://a\n    https://b\n");
}

TEST(PipConf, SingleValueOverMultiLineValueDropsContinuations)
{
    EXPECT_EQ(set("[global]\nindex-url =\n    https://x\n# keep\ntimeout = 1\n", "index-url",
                  {"https://n"}),
              "[global]\nindex-url = https://n\n# keep\ntimeout = 1\n");
}

TEST(PipConf, DefaultLeakIsOverriddenInGlobalNotEdited)
{
    EXPECT_EQ(set("[DEFAULT]\nindex-url = https://d\n[global]\ntimeout = 1\n", "index-url",
                  {"https://n"}),
              "[DEFAULT]\nindex-url = https://d\n[global]\ntimeout = 1\nindex-url = https://n\n");
}

TEST(PipConf, RemoveDropsKeyTwinsAndContinuations)
{
    const PipConf conf = parsed("[global]\nindex_url = a\ntimeout = 1\nindex-url = b\n   c\n# end");
    EXPECT_EQ(conf.withoutKey(QStringLiteral("global"), QStringLiteral("index-url")),
              "[global]\ntimeout = 1\n# end");
    const PipConf last = parsed("[global]\ntimeout = 1\nindex-url = b");
    EXPECT_EQ(last.withoutKey(QStringLiteral("global"), QStringLiteral("index-url")),
              "[global]\ntimeout = 1");
}

TEST(PipConf, UnicodeWhitespaceIsPythonWhitespace)
{
    // U+3000 IDEOGRAPHIC SPACE and U+001F are whitespace for Python's str.strip().
    EXPECT_EQ(valueOf("[global]\nindex-url = https://a\xE3\x80\x80\n", "index-url"), "https://a");
    EXPECT_EQ(valueOf("[global]\nindex-url = \x1Fhttps://a\n", "index-url"), "https://a");
}
