#include "config/LineDocument.h"

#include <gtest/gtest.h>

namespace {

QByteArray roundTrip(const QByteArray &bytes)
{
    return LineDocument::fromBytes(bytes).toBytes();
}

} // namespace

TEST(LineDocument, RoundTripIsByteIdenticalForEveryShape)
{
    const QList<QByteArray> shapes = {
        "",
        "\n",
        "a=1",
        "a=1\n",
        "a=1\r\nb=2\r\n",
        "a=1\r\nb=2",
        "\xEF\xBB\xBF"
        "a=1\n",
        "\xEF\xBB\xBF",
        "a\rb\n", // a lone CR stays inside the line
        "\n\n\n",
        "mixed\r\nendings\nhere",
        "trailing spaces   \n\t\n",
    };
    for (const QByteArray &shape : shapes)
        EXPECT_EQ(roundTrip(shape), shape) << shape.toStdString();
}

TEST(LineDocument, SplitsOnNewlineAndKeepsTerminators)
{
    const LineDocument document = LineDocument::fromBytes("one\r\ntwo\nthree");
    ASSERT_EQ(document.lineCount(), 3);
    EXPECT_EQ(document.line(0), "one");
    EXPECT_EQ(document.lines().at(0).terminator, "\r\n");
    EXPECT_EQ(document.line(1), "two");
    EXPECT_EQ(document.lines().at(1).terminator, "\n");
    EXPECT_EQ(document.line(2), "three");
    EXPECT_TRUE(document.lines().at(2).terminator.isEmpty());
}

TEST(LineDocument, BomIsKeptAsideAndWrittenBack)
{
    LineDocument document = LineDocument::fromBytes("\xEF\xBB\xBFkey=value\n");
    EXPECT_TRUE(document.hasBom());
    EXPECT_EQ(document.line(0), "key=value");
    document.replaceLine(0, "key=other");
    EXPECT_EQ(document.toBytes(), QByteArray("\xEF\xBB\xBFkey=other\n"));
}

TEST(LineDocument, AppendingToFileWithoutFinalNewlineKeepsItThatWay)
{
    LineDocument document = LineDocument::fromBytes("a=1\nb=2");
    document.insertLine(document.lineCount(), "c=3");
    EXPECT_EQ(document.toBytes(), QByteArray("a=1\nb=2\nc=3"));
}

TEST(LineDocument, NewLinesFollowTheFilesCrlfHabit)
{
    LineDocument document = LineDocument::fromBytes("a=1\r\nb=2\r\n");
    document.insertLine(1, "x=9");
    document.insertLine(document.lineCount(), "z=0");
    EXPECT_EQ(document.toBytes(), QByteArray("a=1\r\nx=9\r\nb=2\r\nz=0\r\n"));
}

TEST(LineDocument, RemovingUnterminatedLastLineLeavesNewLastLineUnterminated)
{
    LineDocument document = LineDocument::fromBytes("a=1\nb=2");
    document.removeLine(1);
    EXPECT_EQ(document.toBytes(), QByteArray("a=1"));
    LineDocument terminated = LineDocument::fromBytes("a=1\nb=2\n");
    terminated.removeLine(0);
    EXPECT_EQ(terminated.toBytes(), QByteArray("b=2\n"));
}

TEST(LineDocument, InsertIntoEmptyDocumentUsesNewline)
{
    LineDocument document;
    document.insertLine(0, "GOPROXY=https://goproxy.cn,direct");
    EXPECT_EQ(document.toBytes(), QByteArray("GOPROXY=https://goproxy.cn,direct\n"));
}
