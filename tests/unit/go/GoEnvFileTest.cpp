// The go env file parser and editor against the go command's own reading rules
// (cmd/go/internal/cfg initEnvCache).

#include "ecosystems/go/GoEnvFile.h"

#include <gtest/gtest.h>

namespace {

QByteArray valueOf(const GoEnvFile &file, const char *key)
{
    const auto entry = file.effectiveEntry(QString::fromLatin1(key));
    return entry ? entry->value : QByteArray("<unset>");
}

} // namespace

TEST(GoEnvFile, LastDuplicateWinsAndEarlierOnesAreReported)
{
    const GoEnvFile file =
        GoEnvFile::fromBytes("GOPROXY=https://a.example\nGOSUMDB=off\nGOPROXY=https://b.example\n");
    EXPECT_EQ(valueOf(file, "GOPROXY"), "https://b.example");
    EXPECT_EQ(file.effectiveEntry(QStringLiteral("GOPROXY"))->lineIndex, 2);
    EXPECT_EQ(file.ignoredDuplicateLines(QStringLiteral("GOPROXY")), QList<int>{0});
    EXPECT_TRUE(file.ignoredDuplicateLines(QStringLiteral("GOSUMDB")).isEmpty());
}

TEST(GoEnvFile, IgnoresCommentsIndentedLowercaseAndLinesWithoutEquals)
{
    const GoEnvFile file = GoEnvFile::fromBytes(
        "# GOPROXY=https://comment.example\n  GOPROXY=https://indented.example\n"
        "goproxy=https://lower.example\nGOPROXY\n\nGOSUMDB=off\n");
    EXPECT_EQ(valueOf(file, "GOPROXY"), "<unset>");
    EXPECT_EQ(valueOf(file, "GOSUMDB"), "off");
    EXPECT_EQ(file.entries().size(), 1);
}

TEST(GoEnvFile, ValueIsRawNoQuotingNoTrimmingCommentCharsIncluded)
{
    const GoEnvFile file = GoEnvFile::fromBytes(
        "GOPROXY=\"https://q.example\"  # x\nGOSUMDB = off\nGOFLAGS=-ldflags=-s\n");
    EXPECT_EQ(valueOf(file, "GOPROXY"), "\"https://q.example\"  # x");
    // The key is everything before the first "=", spaces included.
    EXPECT_EQ(valueOf(file, "GOSUMDB"), "<unset>");
    EXPECT_EQ(valueOf(file, "GOSUMDB "), " off");
    EXPECT_EQ(valueOf(file, "GOFLAGS"), "-ldflags=-s");
}

TEST(GoEnvFile, CrlfCarriageReturnIsPartOfTheValue)
{
    const GoEnvFile file = GoEnvFile::fromBytes("GOPROXY=https://a.example\r\nGOSUMDB=off\r\n");
    EXPECT_EQ(valueOf(file, "GOPROXY"), "https://a.example\r");
}

TEST(GoEnvFile, BomMakesTheFirstLineInvisible)
{
    const GoEnvFile file =
        GoEnvFile::fromBytes("\xEF\xBB\xBFGOPROXY=https://a.example\nGOSUMDB=off\n");
    EXPECT_EQ(valueOf(file, "GOPROXY"), "<unset>");
    EXPECT_EQ(valueOf(file, "GOSUMDB"), "off");
}

TEST(GoEnvFile, SetReplacesOnlyTheEffectiveLinesValue)
{
    const QByteArray before =
        "# c\nGOPROXY=https://a.example\nZ=1\nGOPROXY=https://b.example\nA=2\n";
    const QByteArray after = GoEnvFile::fromBytes(before).withValue(QStringLiteral("GOPROXY"),
                                                                    QStringLiteral("https://n"));
    // No sorting, no duplicate removal (unlike `go env -w`): only the last GOPROXY line changes.
    EXPECT_EQ(after, "# c\nGOPROXY=https://a.example\nZ=1\nGOPROXY=https://n\nA=2\n");
}

TEST(GoEnvFile, SetInCrlfFileGivesTheEditedLineLfAndKeepsOtherCrlf)
{
    const QByteArray after = GoEnvFile::fromBytes("# c\r\nGOPROXY=https://a\r\nGOSUMDB=off\r\n")
                                 .withValue(QStringLiteral("GOPROXY"), QStringLiteral("https://n"));
    EXPECT_EQ(after, "# c\r\nGOPROXY=https://n\nGOSUMDB=off\r\n");
    EXPECT_EQ(valueOf(GoEnvFile::fromBytes(after), "GOPROXY"), "https://n");
}

TEST(GoEnvFile, AppendKeepsNoFinalNewlineAndNeverAddsCarriageReturn)
{
    const QByteArray after = GoEnvFile::fromBytes("GOSUMDB=off\r\nA=1")
                                 .withValue(QStringLiteral("GOPROXY"), QStringLiteral("https://n"));
    EXPECT_EQ(after, "GOSUMDB=off\r\nA=1\nGOPROXY=https://n");
    const QByteArray withNewline = GoEnvFile::fromBytes("A=1\n").withValue(
        QStringLiteral("GOPROXY"), QStringLiteral("https://n"));
    EXPECT_EQ(withNewline, "A=1\nGOPROXY=https://n\n");
    EXPECT_EQ(GoEnvFile::fromBytes("").withValue(QStringLiteral("GOPROXY"), QStringLiteral("x")),
              "GOPROXY=x\n");
}

TEST(GoEnvFile, AppendToBomOnlyFileKeepsTheNewLineVisible)
{
    const QByteArray after = GoEnvFile::fromBytes("\xEF\xBB\xBF")
                                 .withValue(QStringLiteral("GOPROXY"), QStringLiteral("https://n"));
    EXPECT_EQ(after, "\xEF\xBB\xBF\nGOPROXY=https://n\n");
    EXPECT_EQ(valueOf(GoEnvFile::fromBytes(after), "GOPROXY"), "https://n");
}

TEST(GoEnvFile, UnsetRemovesEffectiveAndEarlierDuplicatesOnly)
{
    const QByteArray before = "GOPROXY=https://a\n# keep\nGOPROXY=https://b\r\nGOSUMDB=off\r\n";
    const QByteArray after = GoEnvFile::fromBytes(before).withoutKey(QStringLiteral("GOPROXY"));
    EXPECT_EQ(after, "# keep\nGOSUMDB=off\r\n");
    EXPECT_EQ(valueOf(GoEnvFile::fromBytes(after), "GOPROXY"), "<unset>");
}

TEST(GoEnvFile, UnsetOfUnterminatedLastLineKeepsOtherBytes)
{
    const QByteArray after =
        GoEnvFile::fromBytes("A=1\r\nGOPROXY=x").withoutKey(QStringLiteral("GOPROXY"));
    // A=1 keeps its "\r\n": dropping it would change what the go command reads for A.
    EXPECT_EQ(after, "A=1\r\n");
}

TEST(GoEnvFile, RoundTripIsByteIdentical)
{
    const QByteArray bytes = "\xEF\xBB\xBF# x\r\nGOPROXY=a\n\n  B=2\nC=3";
    EXPECT_EQ(GoEnvFile::fromBytes(bytes).document().toBytes(), bytes);
}

TEST(GoEnvFile, ReportsLinesThatLookLikeTheKeyButAreIgnored)
{
    const GoEnvFile file = GoEnvFile::fromBytes("\xEF\xBB\xBFGOPROXY=https://bom\n"
                                                "  GOPROXY=https://indented\n"
                                                "goproxy=https://lower\n"
                                                "GOPROXY = https://spaced\n"
                                                "export GOPROXY=https://shell\n"
                                                "# GOPROXY=https://comment\n"
                                                "GOPROXYX=https://other-key\n"
                                                "GOPROXY=https://real\n");
    EXPECT_EQ(file.ignoredLookalikeLines(QStringLiteral("GOPROXY")), (QList<int>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(file.ignoredLookalikeLines(QStringLiteral("GOSUMDB")).isEmpty());
}
