#include "probe/VersionOrder.h"

#include <gtest/gtest.h>

using namespace VersionOrder;

TEST(ProbeVersionOrder, Semver_OrdersNumericallyNotLexically)
{
    EXPECT_LT(compareSemver("v1.9.0", "v1.10.0"), 0);
    EXPECT_GT(compareSemver("2.0.0", "1.99.99"), 0);
    EXPECT_EQ(compareSemver("v1.2.3", "1.2.3"), 0);
}

TEST(ProbeVersionOrder, Semver_PrereleaseSortsBeforeRelease)
{
    EXPECT_LT(compareSemver("1.0.0-rc.1", "1.0.0"), 0);
    EXPECT_LT(compareSemver("1.0.0-alpha", "1.0.0-alpha.1"), 0);
    EXPECT_LT(compareSemver("1.0.0-alpha.2", "1.0.0-alpha.10"), 0);
    EXPECT_LT(compareSemver("1.0.0-1", "1.0.0-alpha"), 0);
    EXPECT_EQ(compareSemver("1.0.0+build1", "1.0.0+build2"), 0);
    EXPECT_TRUE(isSemverPrerelease("v0.0.0-20240101000000-abcdef123456"));
    EXPECT_FALSE(isSemverPrerelease("v1.2.3+incompatible"));
}

TEST(ProbeVersionOrder, Pep440_OrdersReleasesAndSuffixes)
{
    EXPECT_LT(comparePep440("1.9", "1.10"), 0);
    EXPECT_EQ(comparePep440("1.0", "1.0.0"), 0);
    EXPECT_LT(comparePep440("1.0.dev1", "1.0a1"), 0);
    EXPECT_LT(comparePep440("1.0a1", "1.0b1"), 0);
    EXPECT_LT(comparePep440("1.0b2", "1.0rc1"), 0);
    EXPECT_LT(comparePep440("1.0rc1", "1.0"), 0);
    EXPECT_LT(comparePep440("1.0", "1.0.post1"), 0);
    EXPECT_LT(comparePep440("1.0.post1", "1.1.dev0"), 0);
    EXPECT_GT(comparePep440("1!0.1", "2.0"), 0);
    EXPECT_EQ(comparePep440("1.34.0", "1.34.0+local"), 0);
    EXPECT_TRUE(isPep440Prerelease("2.0rc1"));
    EXPECT_TRUE(isPep440Prerelease("2.0.dev3"));
    EXPECT_FALSE(isPep440Prerelease("2.0.post1"));
}
