// Scores and the recommendation rule: failed, Down or stale mirrors are never recommended.

#include "probe/MirrorScorer.h"

#include <gtest/gtest.h>

namespace {

ProbeResult result(const QString &id, double score, bool ok = true,
                   std::optional<bool> fresh = true, HealthState state = HealthState::Up,
                   std::optional<double> latency = 50.0)
{
    ProbeResult r;
    r.mirrorId = id;
    r.ok = ok;
    r.score = score;
    r.fresh = fresh;
    r.state = state;
    r.latencyMs = latency;
    return r;
}

} // namespace

TEST(ProbeScorer, Score_FasterLatencyScoresHigher)
{
    MirrorScorer scorer{ProbeSettings{}};
    ScoreInput fast{true, 30.0, std::nullopt, 1.0, true};
    ScoreInput slow{true, 400.0, std::nullopt, 1.0, true};
    EXPECT_GT(scorer.score(fast), scorer.score(slow));
}

TEST(ProbeScorer, Score_LatencyComponentFollowsThresholds)
{
    ProbeSettings settings;
    settings.goodLatencyMs = 100;
    settings.warningLatencyMs = 200;
    MirrorScorer scorer{settings};
    EXPECT_DOUBLE_EQ(scorer.latencyComponent(100), 1.0);
    EXPECT_DOUBLE_EQ(scorer.latencyComponent(200), 0.6);
    EXPECT_DOUBLE_EQ(scorer.latencyComponent(400), 0.3);
}

TEST(ProbeScorer, Score_ThroughputAvailabilityAndFreshnessCount)
{
    MirrorScorer scorer{ProbeSettings{}};
    const ScoreInput base{true, 50.0, 1024.0 * 1024, 1.0, true};
    ScoreInput faster = base;
    faster.throughputBps = 8.0 * 1024 * 1024;
    ScoreInput flaky = base;
    flaky.successRatio = 0.5;
    ScoreInput stale = base;
    stale.fresh = false;
    ScoreInput unknownFresh = base;
    unknownFresh.fresh = std::nullopt;
    EXPECT_GT(scorer.score(faster), scorer.score(base));
    EXPECT_LT(scorer.score(flaky), scorer.score(base));
    EXPECT_LT(scorer.score(stale), scorer.score(unknownFresh));
    EXPECT_LT(scorer.score(unknownFresh), scorer.score(base));
    EXPECT_DOUBLE_EQ(scorer.score(ScoreInput{true, 10.0, 16.0 * 1024 * 1024, 1.0, true}), 100.0);
}

TEST(ProbeScorer, Score_FailedMirrorScoresZero)
{
    MirrorScorer scorer{ProbeSettings{}};
    EXPECT_EQ(scorer.score(ScoreInput{false, 10.0, 1e7, 1.0, true}), 0.0);
}

TEST(ProbeScorer, Recommend_PicksHighestScore)
{
    EXPECT_EQ(MirrorScorer::recommend({result("a", 60), result("b", 80), result("c", 70)}), "b");
}

TEST(ProbeScorer, Recommend_NeverFailedStaleOrDown)
{
    const QList<ProbeResult> results{
        result("failed", 99, false),
        result("stale", 98, true, false),
        result("down", 97, true, true, HealthState::Down),
        result("unknown-freshness", 40, true, std::nullopt),
        result("ok", 30),
    };
    EXPECT_EQ(MirrorScorer::recommend(results), "unknown-freshness");
    EXPECT_EQ(MirrorScorer::recommend(results.mid(0, 3)), QString());
}

TEST(ProbeScorer, Recommend_TieBrokenByLatencyThenId)
{
    EXPECT_EQ(MirrorScorer::recommend({result("b", 50, true, true, HealthState::Up, 20.0),
                                       result("a", 50, true, true, HealthState::Up, 30.0)}),
              "b");
    EXPECT_EQ(MirrorScorer::recommend({result("b", 50), result("a", 50)}), "a");
}
