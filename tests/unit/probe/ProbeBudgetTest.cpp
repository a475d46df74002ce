// The choice of a round's download candidates (issue 8, item 15) and the time budgets that
// bound a round (item 14): pure functions of the results and the settings.

#include "probe/MirrorScorer.h"
#include "probe/ProbeSettings.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

ProbeResult tied(const QString &id, double score = 80.0, double latency = 5.0)
{
    ProbeResult r;
    r.mirrorId = id;
    r.ok = true;
    r.fresh = true;
    r.state = HealthState::Up;
    r.score = score;
    r.latencyMs = latency;
    return r;
}

} // namespace

TEST(ProbeBudget, Candidates_OfficialUpstreamComesFirstEvenWhenItsIdSortsLast)
{
    const QList<ProbeResult> results = {tied("a"), tied("b"), tied("c"), tied("zz-upstream")};
    for (quint64 round = 1; round <= 20; ++round) {
        const QStringList chosen =
            MirrorScorer::downloadCandidates(results, {QStringLiteral("zz-upstream")}, 3, round);
        ASSERT_EQ(chosen.size(), 3);
        EXPECT_EQ(chosen.first(), QStringLiteral("zz-upstream")) << round;
    }
}

TEST(ProbeBudget, Candidates_BetterScoresWinBeforeAnyTieBreak)
{
    const QList<ProbeResult> results = {tied("a", 60.0), tied("b", 90.0), tied("c", 85.0, 2.0),
                                        tied("up", 70.0)};
    for (quint64 round = 1; round <= 20; ++round) {
        const QStringList chosen =
            MirrorScorer::downloadCandidates(results, {QStringLiteral("up")}, 3, round);
        EXPECT_EQ(chosen, (QStringList{"up", "b", "c"})) << round;
    }
}

TEST(ProbeBudget, Candidates_LatencyNoiseUnderTheGoodThresholdDoesNotDecideTies)
{
    // Loopback or a LAN: equal scores, latencies a fraction of a millisecond apart. Sorting on
    // the raw latency would give the two quickest the downloads in every round.
    const QList<ProbeResult> results = {tied("a", 80.0, 1.0), tied("b", 80.0, 1.3),
                                        tied("c", 80.0, 1.6), tied("d", 80.0, 1.9),
                                        tied("up", 80.0, 2.2)};
    QSet<QString> everChosen;
    for (quint64 round = 1; round <= 30; ++round) {
        const QStringList chosen =
            MirrorScorer::downloadCandidates(results, {QStringLiteral("up")}, 3, round);
        ASSERT_EQ(chosen.size(), 3);
        everChosen.insert(chosen.at(1));
        everChosen.insert(chosen.at(2));
    }
    EXPECT_EQ(everChosen, (QSet<QString>{"a", "b", "c", "d"}));
}

TEST(ProbeBudget, Candidates_UnusableMirrorsAreNeverChosenNotEvenTheUpstream)
{
    ProbeResult down = tied("up");
    down.ok = false;
    ProbeResult stale = tied("stale");
    stale.fresh = false;
    const QStringList chosen =
        MirrorScorer::downloadCandidates({down, stale, tied("a")}, {QStringLiteral("up")}, 0, 1);
    EXPECT_EQ(chosen, QStringList{"a"});
}

TEST(ProbeBudget, Candidates_TiesAreDeterministicPerRoundAndRotateAcrossRounds)
{
    const QList<ProbeResult> results = {tied("a"), tied("b"), tied("c"),
                                        tied("d"), tied("e"), tied("up")};
    QSet<QString> everChosen;
    for (quint64 round = 1; round <= 30; ++round) {
        const QStringList chosen =
            MirrorScorer::downloadCandidates(results, {QStringLiteral("up")}, 2, round);
        EXPECT_EQ(chosen, MirrorScorer::downloadCandidates(results, {QStringLiteral("up")}, 2,
                                                           round)); // same round, same choice
        ASSERT_EQ(chosen.size(), 2);
        everChosen.insert(chosen.at(1));
    }
    // Every tied mirror gets its turn; none is left out because of its name.
    EXPECT_EQ(everChosen, (QSet<QString>{"a", "b", "c", "d", "e"}));
}

TEST(ProbeBudget, Budgets_FollowTheTimeoutSamplesAndDownloadCap)
{
    ProbeSettings s;
    s.timeoutMs = 3000;
    s.samples = 3;
    s.throughputMaxMs = 3000;
    EXPECT_EQ(s.checkBudgetMs(), 5 * 3000); // phases, three samples, versions
    EXPECT_EQ(s.downloadBudgetMs(), 6000);  // lookup and transfer together
    EXPECT_EQ(s.roundBudgetMs(9), 15000 + 9 * 6000);
    EXPECT_EQ(s.roundBudgetMs(0), s.checkBudgetMs());
}
