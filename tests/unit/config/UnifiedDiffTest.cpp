#include "config/UnifiedDiff.h"

#include <gtest/gtest.h>

TEST(UnifiedDiff, IdenticalInputsGiveEmptyDiff)
{
    EXPECT_TRUE(UnifiedDiff::compute("a\nb\n", "a\nb\n", QStringLiteral("x"), QStringLiteral("x"))
                    .isEmpty());
}

TEST(UnifiedDiff, OneChangedLineWithContext)
{
    const QByteArray before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    const QByteArray after = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
    const QString diff =
        UnifiedDiff::compute(before, after, QStringLiteral("a/env"), QStringLiteral("b/env"));
    EXPECT_EQ(diff, QStringLiteral("--- a/env\n+++ b/env\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n"
                                   " 6\n 7\n 8\n"));
}

TEST(UnifiedDiff, AddedLineToEmptyFile)
{
    const QString diff =
        UnifiedDiff::compute("", "registry=https://r/\n", QStringLiteral("f"), QStringLiteral("f"));
    EXPECT_EQ(diff, QStringLiteral("--- f\n+++ f\n@@ -0,0 +1 @@\n+registry=https://r/\n"));
}

TEST(UnifiedDiff, MarksMissingFinalNewline)
{
    const QString diff =
        UnifiedDiff::compute("a=1", "a=2", QStringLiteral("f"), QStringLiteral("f"));
    EXPECT_EQ(diff, QStringLiteral("--- f\n+++ f\n@@ -1 +1 @@\n-a=1\n\\ No newline at end of file\n"
                                   "+a=2\n\\ No newline at end of file\n"));
}

TEST(UnifiedDiff, DistantChangesMakeSeparateHunks)
{
    QByteArray before;
    QByteArray after;
    for (int i = 1; i <= 20; ++i) {
        before += QByteArray::number(i) + '\n';
        after += (i == 2    ? QByteArray("two")
                  : i == 19 ? QByteArray("nineteen")
                            : QByteArray::number(i)) +
                 '\n';
    }
    const QString diff =
        UnifiedDiff::compute(before, after, QStringLiteral("f"), QStringLiteral("f"));
    EXPECT_EQ(diff.count(QStringLiteral("@@ -")), 2) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("-2\n+two\n")));
    EXPECT_TRUE(diff.contains(QStringLiteral("-19\n+nineteen\n")));
}
