// The failover decisions: when to notify, when to switch, whom to pick, and the anti-flap rule.

#include "probe/FailoverPolicy.h"

#include <gtest/gtest.h>

namespace {

using Candidate = FailoverPolicy::Candidate;
using Action = FailoverPolicy::Action;

constexpr qint64 kStable = 60000;

FailoverPolicy::ToolState goTool(HealthState a, HealthState b, HealthState c)
{
    FailoverPolicy::ToolState tool;
    tool.ecosystem = QStringLiteral("go");
    tool.inUseId = QStringLiteral("a");
    tool.inUseState = a;
    tool.mirrors = {{QStringLiteral("a"), a, 20.0},
                    {QStringLiteral("b"), b, 80.0},
                    {QStringLiteral("c"), c, 40.0}};
    return tool;
}

} // namespace

TEST(FailoverPolicy, NothingWhileTheMirrorInUseIsUpOrDegraded)
{
    FailoverPolicy policy(kStable);
    policy.setAutomatic(true);
    EXPECT_EQ(policy.evaluate(goTool(HealthState::Up, HealthState::Up, HealthState::Up), 0).action,
              Action::None);
    EXPECT_EQ(
        policy.evaluate(goTool(HealthState::Degraded, HealthState::Up, HealthState::Up), 0).action,
        Action::None);
}

TEST(FailoverPolicy, DownInUseNotifiesWithTheFastestHealthyMirror)
{
    FailoverPolicy policy(kStable);
    const auto decision =
        policy.evaluate(goTool(HealthState::Down, HealthState::Up, HealthState::Up), 0);
    EXPECT_EQ(decision.action, Action::Notify);
    EXPECT_EQ(decision.fromId, QStringLiteral("a"));
    EXPECT_EQ(decision.target, QStringLiteral("c")); // 40 ms beats 80 ms
}

TEST(FailoverPolicy, DegradedOrUnknownMirrorsAreNotCandidates)
{
    FailoverPolicy policy(kStable);
    const auto decision =
        policy.evaluate(goTool(HealthState::Down, HealthState::Degraded, HealthState::Unknown), 0);
    EXPECT_EQ(decision.action, Action::Notify);
    EXPECT_TRUE(decision.target.isEmpty());
}

TEST(FailoverPolicy, AutomaticSwitchesOnlyWhenOptedIn)
{
    FailoverPolicy policy(kStable);
    auto tool = goTool(HealthState::Down, HealthState::Up, HealthState::Up);
    EXPECT_EQ(policy.evaluate(tool, 0).action, Action::Notify);

    FailoverPolicy automatic(kStable);
    automatic.setAutomatic(true);
    const auto decision = automatic.evaluate(tool, 0);
    EXPECT_EQ(decision.action, Action::Switch);
    EXPECT_EQ(decision.target, QStringLiteral("c"));
}

TEST(FailoverPolicy, OneDecisionPerOutage)
{
    FailoverPolicy policy(kStable);
    auto tool = goTool(HealthState::Down, HealthState::Up, HealthState::Up);
    EXPECT_EQ(policy.evaluate(tool, 0).action, Action::Notify);
    EXPECT_EQ(policy.evaluate(tool, 1000).action, Action::None); // same outage, next round
    tool.inUseState = HealthState::Up;                           // it recovers …
    EXPECT_EQ(policy.evaluate(tool, 2000).action, Action::None);
    tool.inUseState = HealthState::Down; // … and fails again: a new outage
    EXPECT_EQ(policy.evaluate(tool, 3000).action, Action::Notify);
}

TEST(FailoverPolicy, ShadowedKeyIsNeverSwitchedAutomaticallyAndSaysSo)
{
    FailoverPolicy policy(kStable);
    policy.setAutomatic(true);
    auto tool = goTool(HealthState::Down, HealthState::Up, HealthState::Up);
    tool.shadowed = true;
    const auto decision = policy.evaluate(tool, 0);
    EXPECT_EQ(decision.action, Action::Notify);
    EXPECT_TRUE(decision.shadowed);
    EXPECT_EQ(decision.target, QStringLiteral("c"));
}

TEST(FailoverPolicy, MirrorLeftIsNotChosenAgainUntilStable)
{
    FailoverPolicy policy(kStable);
    policy.setAutomatic(true);
    // a went down at t=0; failover moved go to c.
    policy.observe(QStringLiteral("a"), HealthState::Down, 0);
    policy.recordSwitch(QStringLiteral("go"), QStringLiteral("a"), 0);

    // Now c fails while a answers again after 10 s: a is not stable yet, so b is chosen.
    FailoverPolicy::ToolState tool;
    tool.ecosystem = QStringLiteral("go");
    tool.inUseId = QStringLiteral("c");
    tool.inUseState = HealthState::Down;
    tool.mirrors = {{QStringLiteral("a"), HealthState::Up, 10.0},
                    {QStringLiteral("b"), HealthState::Up, 90.0},
                    {QStringLiteral("c"), HealthState::Down, std::nullopt}};
    policy.observe(QStringLiteral("a"), HealthState::Up, 10000);
    EXPECT_EQ(policy.evaluate(tool, 10000).target, QStringLiteral("b"));

    // Only b's alternative after that: a flickered at 30 s, so the stable period restarts there.
    policy.recordSwitch(QStringLiteral("go"), QStringLiteral("c"), 10000);
    policy.observe(QStringLiteral("a"), HealthState::Degraded, 30000);
    tool.inUseId = QStringLiteral("b");
    tool.mirrors[1].state = HealthState::Down;
    EXPECT_EQ(policy.evaluate(tool, 80000).target, QString()); // 50 s after the flicker
    tool.inUseState = HealthState::Up;
    (void)policy.evaluate(tool, 85000); // b recovers: the outage ends
    tool.inUseState = HealthState::Down;
    EXPECT_EQ(policy.evaluate(tool, 95000).target, QStringLiteral("a")); // 65 s stable
}

TEST(FailoverPolicy, UndoLetsTheMirrorBeChosenAtOnce)
{
    FailoverPolicy policy(kStable);
    policy.recordSwitch(QStringLiteral("go"), QStringLiteral("b"), 0);
    const Candidate b{QStringLiteral("b"), HealthState::Up, 5.0};
    EXPECT_FALSE(policy.qualifies(b, 1000));
    policy.userRestored(QStringLiteral("go"), QStringLiteral("b"));
    EXPECT_TRUE(policy.qualifies(b, 1000));
}

TEST(FailoverPolicy, UndoOfAFailoverDoesNotSwitchAgainDuringTheSameOutage)
{
    FailoverPolicy policy(kStable);
    policy.setAutomatic(true);
    auto tool = goTool(HealthState::Down, HealthState::Up, HealthState::Up);
    ASSERT_EQ(policy.evaluate(tool, 0).action, Action::Switch);
    policy.recordSwitch(QStringLiteral("go"), QStringLiteral("a"), 0);
    // The user undoes it: a (still down) is in use again by their choice.
    policy.userRestored(QStringLiteral("go"), QStringLiteral("a"));
    EXPECT_EQ(policy.evaluate(tool, 1000).action, Action::None);
    tool.inUseState = HealthState::Up; // recovers, then fails again: that one counts
    (void)policy.evaluate(tool, 2000);
    tool.inUseState = HealthState::Down;
    EXPECT_EQ(policy.evaluate(tool, 3000).action, Action::Switch);
}

TEST(FailoverPolicy, NoMirrorInUseMeansNoDecision)
{
    FailoverPolicy policy(kStable);
    auto tool = goTool(HealthState::Down, HealthState::Up, HealthState::Up);
    tool.inUseId.clear(); // a value the user wrote that is no catalog mirror
    EXPECT_EQ(policy.evaluate(tool, 0).action, Action::None);
}
