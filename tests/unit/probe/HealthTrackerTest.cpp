// The nginx-like health state machine and its rolling window, driven by a manual clock.

#include "probe/HealthTracker.h"

#include <gtest/gtest.h>

namespace {

struct ProbeHealth : ::testing::Test
{
    ProbeHealth()
    {
        settings.maxFails = 3;
        settings.failTimeoutMs = 10000;
        settings.warningLatencyMs = 200;
        settings.windowSize = 10;
        settings.windowMs = 60000;
        settings.degradedSuccessRatio = 0.9;
    }
    ProbeSettings settings;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
};

} // namespace

TEST_F(ProbeHealth, Health_UnknownUntilFirstCheck)
{
    HealthTracker tracker(settings, clock);
    EXPECT_EQ(tracker.state("a"), HealthState::Unknown);
    EXPECT_EQ(tracker.snapshot("a").samples, 0);
    EXPECT_TRUE(tracker.admitProbe("a"));
}

TEST_F(ProbeHealth, Health_FastSuccessIsUpSlowIsDegraded)
{
    HealthTracker tracker(settings, clock);
    EXPECT_EQ(tracker.recordCheck("fast", true, 40.0), HealthState::Up);
    EXPECT_EQ(tracker.recordCheck("slow", true, 250.0), HealthState::Degraded);
}

TEST_F(ProbeHealth, Health_MaxFailsConsecutiveFailuresTakeMirrorDown)
{
    HealthTracker tracker(settings, clock);
    tracker.recordCheck("m", true, 10.0);
    EXPECT_EQ(tracker.recordCheck("m", false, std::nullopt), HealthState::Degraded);
    EXPECT_EQ(tracker.recordCheck("m", false, std::nullopt), HealthState::Degraded);
    EXPECT_EQ(tracker.recordCheck("m", false, std::nullopt), HealthState::Down);
    EXPECT_EQ(tracker.snapshot("m").downUntilMs, clock->nowMs() + 10000);
}

TEST_F(ProbeHealth, Health_SuccessResetsTheConsecutiveCount)
{
    HealthTracker tracker(settings, clock);
    tracker.recordCheck("m", false, std::nullopt);
    tracker.recordCheck("m", false, std::nullopt);
    tracker.recordCheck("m", true, 10.0);
    EXPECT_EQ(tracker.snapshot("m").consecutiveFails, 0);
    EXPECT_EQ(tracker.recordCheck("m", false, std::nullopt), HealthState::Degraded);
}

TEST_F(ProbeHealth, Health_DownMirrorIsNotProbedUntilFailTimeoutThenOnceHalfOpen)
{
    HealthTracker tracker(settings, clock);
    for (int i = 0; i < 3; ++i)
        tracker.recordCheck("m", false, std::nullopt);
    EXPECT_FALSE(tracker.admitProbe("m"));
    clock->advance(9999);
    EXPECT_FALSE(tracker.admitProbe("m"));
    clock->advance(1);
    EXPECT_TRUE(tracker.admitProbe("m"));  // the one half-open probe
    EXPECT_FALSE(tracker.admitProbe("m")); // no second one while it is in flight
}

TEST_F(ProbeHealth, Health_FailedHalfOpenProbePausesAgain)
{
    HealthTracker tracker(settings, clock);
    for (int i = 0; i < 3; ++i)
        tracker.recordCheck("m", false, std::nullopt);
    clock->advance(10000);
    ASSERT_TRUE(tracker.admitProbe("m"));
    EXPECT_EQ(tracker.recordCheck("m", false, std::nullopt), HealthState::Down);
    EXPECT_FALSE(tracker.admitProbe("m"));
    clock->advance(10000);
    EXPECT_TRUE(tracker.admitProbe("m"));
}

TEST_F(ProbeHealth, Health_SuccessfulHalfOpenProbeBringsMirrorBack)
{
    HealthTracker tracker(settings, clock);
    for (int i = 0; i < 3; ++i)
        tracker.recordCheck("m", false, std::nullopt);
    clock->advance(10000);
    ASSERT_TRUE(tracker.admitProbe("m"));
    // 1 success in 4 checks: answering again, but the window still shows the failures.
    EXPECT_EQ(tracker.recordCheck("m", true, 20.0), HealthState::Degraded);
    EXPECT_TRUE(tracker.admitProbe("m"));
    for (int i = 0; i < 10; ++i)
        tracker.recordCheck("m", true, 20.0);
    EXPECT_EQ(tracker.state("m"), HealthState::Up);
}

TEST_F(ProbeHealth, Health_AbandonedHalfOpenProbeCanBeRetried)
{
    HealthTracker tracker(settings, clock);
    for (int i = 0; i < 3; ++i)
        tracker.recordCheck("m", false, std::nullopt);
    clock->advance(10000);
    ASSERT_TRUE(tracker.admitProbe("m"));
    tracker.abandonProbe("m");
    EXPECT_TRUE(tracker.admitProbe("m"));
}

TEST_F(ProbeHealth, Health_SnapshotHasPercentilesRatioAndThroughput)
{
    HealthTracker tracker(settings, clock);
    for (double ms : {10.0, 20.0, 30.0, 40.0, 100.0})
        tracker.recordCheck("m", true, ms);
    tracker.recordCheck("m", false, std::nullopt);
    tracker.recordThroughput("m", 1000.0);
    tracker.recordThroughput("m", 3000.0);
    tracker.recordThroughput("m", 2000.0);
    const HealthSnapshot s = tracker.snapshot("m");
    EXPECT_EQ(s.samples, 6);
    EXPECT_DOUBLE_EQ(*s.p50LatencyMs, 30.0);
    EXPECT_DOUBLE_EQ(*s.p95LatencyMs, 100.0);
    EXPECT_NEAR(s.successRatio, 5.0 / 6.0, 1e-9);
    EXPECT_NEAR(s.availabilityPercent, 500.0 / 6.0, 1e-9);
    EXPECT_DOUBLE_EQ(*s.throughputBps, 2000.0);
}

TEST_F(ProbeHealth, Health_WindowDropsOldAndExcessSamples)
{
    HealthTracker tracker(settings, clock);
    tracker.recordCheck("m", false, std::nullopt);
    clock->advance(61000); // the failure leaves the time window
    tracker.recordCheck("m", true, 10.0);
    EXPECT_EQ(tracker.snapshot("m").samples, 1);
    EXPECT_DOUBLE_EQ(tracker.snapshot("m").successRatio, 1.0);
    for (int i = 0; i < 15; ++i)
        tracker.recordCheck("m", true, 10.0);
    EXPECT_EQ(tracker.snapshot("m").samples, 10); // windowSize
}

TEST_F(ProbeHealth, Health_LowSuccessRatioIsDegradedEvenWhenFast)
{
    HealthTracker tracker(settings, clock);
    tracker.recordCheck("m", false, std::nullopt);
    tracker.recordCheck("m", true, 10.0); // 1 of 2
    EXPECT_EQ(tracker.state("m"), HealthState::Degraded);
}
