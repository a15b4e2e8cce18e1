// The arena leaderboard: the Bradley-Terry fit on cases with closed-form answers (two models,
// wins against losses; ties and "both bad" as half wins; the likelihood equations on a larger
// case), votes simulated from known strengths coming back in order and with their gaps, the
// prior keeping undefeated models finite, the bootstrap intervals (deterministic under a seed),
// the shared-rank rule, the win-rate matrix, per-model counts, votes of more than two panes and
// the tag and date filters.
#include "VoteFixtures.h"
#include "arena/BradleyTerry.h"
#include "arena/Leaderboard.h"

#include <QTest>

#include <cmath>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

const QString A = QStringLiteral("model-a");
const QString B = QStringLiteral("model-b");
const QString C = QStringLiteral("model-c");

const LeaderboardEntry &entryOf(const LeaderboardResult &result, const QString &model)
{
    for (const LeaderboardEntry &entry : result.entries) {
        if (entry.model == model)
            return entry;
    }
    qFatal("no leaderboard entry for the model");
}

int rowOf(const LeaderboardResult &result, const QString &model)
{
    for (int row = 0; row < result.entries.size(); ++row) {
        if (result.entries.at(row).model == model)
            return row;
    }
    return -1;
}

LeaderboardOptions withoutPrior()
{
    LeaderboardOptions options;
    options.priorGames = 0;
    return options;
}

double eloGap(double ratio)
{
    return 400.0 * std::log10(ratio);
}

} // namespace

class TestLeaderboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoModelsStrengthRatioIsWinsOverLosses_data()
    {
        QTest::addColumn<int>("winsOfA");
        QTest::addColumn<int>("winsOfB");
        QTest::newRow("7 of 10") << 7 << 3;
        QTest::newRow("1 of 2") << 1 << 1;
        QTest::newRow("90 of 100") << 90 << 10;
        QTest::newRow("1 of 5") << 1 << 4;
    }
    void twoModelsStrengthRatioIsWinsOverLosses()
    {
        QFETCH(int, winsOfA);
        QFETCH(int, winsOfB);
        const QList<Vote> votes = wins(A, B, winsOfA) + wins(B, A, winsOfB);
        const LeaderboardResult result = Leaderboard::compute(votes, {}, withoutPrior());
        QCOMPARE(result.voteCount, winsOfA + winsOfB);
        QCOMPARE(result.entries.size(), 2);
        const LeaderboardEntry &a = entryOf(result, A);
        const LeaderboardEntry &b = entryOf(result, B);
        // p_A / p_B = wins / losses, i.e. a gap of 400 log10(wins / losses), around a mean of 1000.
        QVERIFY(std::abs((a.rating - b.rating) - eloGap(double(winsOfA) / winsOfB)) < 1e-6);
        QVERIFY(std::abs((a.rating + b.rating) / 2 - 1000) < 1e-9);
        QCOMPARE(a.wins, winsOfA);
        QCOMPARE(a.losses, winsOfB);
        QCOMPARE(b.wins, winsOfB);
        QCOMPARE(a.votes, winsOfA + winsOfB);
    }

    void defaultPriorShrinksTheGapSlightly()
    {
        const QList<Vote> votes = wins(A, B, 70) + wins(B, A, 30);
        const LeaderboardResult result = Leaderboard::compute(votes);
        const double gap = entryOf(result, A).rating - entryOf(result, B).rating;
        const double exact = eloGap(70.0 / 30.0);
        QVERIFY2(gap < exact && gap > 0.97 * exact, qPrintable(QString::number(gap)));
    }

    void tieIsHalfAWinForEachSide()
    {
        // 3 wins and 2 ties against 1 win: 4 wins to 2 in half-win terms, a strength ratio of 2.
        const QList<Vote> votes = wins(A, B, 3) + wins(B, A, 1) + ties(A, B, 2);
        const LeaderboardResult result = Leaderboard::compute(votes, {}, withoutPrior());
        const LeaderboardEntry &a = entryOf(result, A);
        QVERIFY(std::abs((a.rating - entryOf(result, B).rating) - eloGap(2.0)) < 1e-6);
        QCOMPARE(a.ties, 2);
        QCOMPARE(a.wins, 3);
        QCOMPARE(a.losses, 1);
        QCOMPARE(entryOf(result, B).ties, 2);
        QCOMPARE(a.votes, 6);
        // Only ties: nobody is better.
        const LeaderboardResult even = Leaderboard::compute(ties(A, B, 5), {}, withoutPrior());
        QVERIFY(std::abs(entryOf(even, A).rating - 1000) < 1e-9);
        QVERIFY(std::abs(entryOf(even, B).rating - 1000) < 1e-9);
    }

    void bothBadCountsAsATie()
    {
        const QList<Vote> base = wins(A, B, 4) + wins(B, A, 2) + wins(C, A, 3) + wins(B, C, 2);
        const LeaderboardResult withTies = Leaderboard::compute(base + ties(A, C, 3));
        const LeaderboardResult withBothBad =
            Leaderboard::compute(base + ties(A, C, 3, PairVerdict::BothBad));
        QCOMPARE(withBothBad.entries.size(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(withBothBad.entries.at(row).model, withTies.entries.at(row).model);
            QCOMPARE(withBothBad.entries.at(row).rating, withTies.entries.at(row).rating);
            QCOMPARE(withBothBad.entries.at(row).ciLow, withTies.entries.at(row).ciLow);
        }
        QCOMPARE(entryOf(withBothBad, C).ties, 3);
    }

    void fitSolvesTheLikelihoodEquations()
    {
        // The maximum-likelihood strengths satisfy, for every model, expected wins = wins:
        // sum_j n_ij p_i / (p_i + p_j) = w_i. Checked on an irregular four-model case.
        PairwiseTally tally(4);
        const int results[][3] = {{0, 1, 5}, {1, 0, 2}, {0, 2, 3}, {2, 0, 3}, {1, 2, 4},
                                  {2, 1, 1}, {3, 0, 1}, {0, 3, 6}, {2, 3, 2}, {3, 2, 2}};
        for (const auto &result : results) {
            for (int i = 0; i < result[2]; ++i)
                tally.addWin(result[0], result[1]);
        }
        tally.addTie(1, 3);
        BradleyTerryOptions options;
        options.priorGames = 0;
        const std::vector<double> theta = fitBradleyTerry(tally, options);
        QCOMPARE(theta.size(), size_t(4));
        double sum = 0;
        for (int i = 0; i < 4; ++i) {
            double expected = 0;
            double actual = 0;
            for (int j = 0; j < 4; ++j) {
                if (i == j)
                    continue;
                expected += tally.games(i, j) / (1 + std::exp(theta[size_t(j)] - theta[size_t(i)]));
                actual += tally.wins(i, j);
            }
            QVERIFY2(std::abs(expected - actual) < 1e-8, qPrintable(QString::number(i)));
            sum += theta[size_t(i)];
        }
        QVERIFY(std::abs(sum) < 1e-12);
    }

    void cyclicPreferencesGiveEqualRatings()
    {
        const QList<Vote> votes = wins(A, B, 2) + wins(B, A, 1) + wins(B, C, 2) + wins(C, B, 1) +
                                  wins(C, A, 2) + wins(A, C, 1);
        const LeaderboardResult result = Leaderboard::compute(votes);
        for (const LeaderboardEntry &entry : result.entries) {
            QVERIFY(std::abs(entry.rating - 1000) < 1e-6);
            QCOMPARE(entry.rank, 1);
        }
    }

    void simulatedStrengthsComeBack()
    {
        const QList<double> truth{1250, 1150, 1000, 950, 650};
        const QList<Vote> votes = simulatedVotes(truth, 6000, 42, 0.0);
        const LeaderboardResult result = Leaderboard::compute(votes);
        QCOMPARE(result.entries.size(), truth.size());
        const double trueMean = std::accumulate(truth.begin(), truth.end(), 0.0) / truth.size();
        for (int row = 0; row < truth.size(); ++row) {
            const LeaderboardEntry &entry = result.entries.at(row);
            QCOMPARE(entry.model, QStringLiteral("m%1").arg(row)); // the order
            const double expected = truth.at(row) - trueMean + 1000;
            QVERIFY2(std::abs(entry.rating - expected) < 30,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(entry.model)
                                    .arg(entry.rating)
                                    .arg(expected)));
            QVERIFY(entry.ciLow < entry.rating && entry.rating < entry.ciHigh);
            QVERIFY(entry.ciHigh - entry.ciLow < 80);
        }
        // 1000 and 950 are 50 points apart: with 6000 votes over 10 pairs the intervals tell
        // them apart or not, but the 300-point gaps always separate.
        QVERIFY(result.entries.at(3).ciHigh < result.entries.at(2).ciHigh);
        QVERIFY(result.entries.at(4).ciHigh < result.entries.at(3).ciLow);
        QCOMPARE(result.entries.at(0).rank, 1);
        QCOMPARE(result.entries.at(4).rank, 5);
    }

    void undefeatedAndWinlessModelsStayFinite()
    {
        const QList<Vote> votes = wins(A, B, 20) + wins(A, C, 5) + wins(B, C, 3) + wins(C, B, 3);
        const LeaderboardResult result = Leaderboard::compute(votes);
        const LeaderboardEntry &a = entryOf(result, A);
        for (const LeaderboardEntry &entry : result.entries) {
            QVERIFY(std::isfinite(entry.rating));
            QVERIFY(std::isfinite(entry.ciLow));
            QVERIFY(std::isfinite(entry.ciHigh));
        }
        QCOMPARE(result.entries.first().model, A);
        QCOMPARE(a.losses, 0);
        QVERIFY(a.rating > entryOf(result, B).rating + 200);
        QVERIFY(a.rating < 3000); // finite and of a sensible size, not a numerical blow-up

        // Two models, one never winning: finite too.
        const LeaderboardResult oneSided = Leaderboard::compute(wins(A, B, 50));
        QVERIFY(std::isfinite(entryOf(oneSided, B).rating));
        QVERIFY(entryOf(oneSided, A).rating - entryOf(oneSided, B).rating > 400);
    }

    void bootstrapIsDeterministicUnderASeed()
    {
        const QList<Vote> votes = simulatedVotes({1100, 1000, 900, 1000}, 800, 7);
        LeaderboardOptions options;
        options.seed = 1234;
        const LeaderboardResult first = Leaderboard::compute(votes, {}, options);
        const LeaderboardResult second = Leaderboard::compute(votes, {}, options);
        options.seed = 99;
        const LeaderboardResult other = Leaderboard::compute(votes, {}, options);
        QCOMPARE(first.entries.size(), 4);
        bool anyDifferent = false;
        for (int row = 0; row < first.entries.size(); ++row) {
            QCOMPARE(second.entries.at(row).ciLow, first.entries.at(row).ciLow);
            QCOMPARE(second.entries.at(row).ciHigh, first.entries.at(row).ciHigh);
            QCOMPARE(second.entries.at(row).rank, first.entries.at(row).rank);
            // The seed moves the intervals, never the point estimate.
            QCOMPARE(other.entries.at(row).rating, first.entries.at(row).rating);
            anyDifferent |= other.entries.at(row).ciLow != first.entries.at(row).ciLow;
        }
        QVERIFY(anyDifferent);
    }

    void modelsThatCannotBeToldApartShareARank()
    {
        // A and B: 6 to 5 over few votes. C loses clearly to both, many times.
        const QList<Vote> votes = wins(A, B, 6) + wins(B, A, 5) + wins(A, C, 40) + wins(C, A, 4) +
                                  wins(B, C, 40) + wins(C, B, 4);
        const LeaderboardResult result = Leaderboard::compute(votes);
        const LeaderboardEntry &a = entryOf(result, A);
        const LeaderboardEntry &b = entryOf(result, B);
        const LeaderboardEntry &c = entryOf(result, C);
        QVERIFY(a.rating > b.rating);
        QVERIFY(a.ciLow < b.ciHigh); // overlapping intervals
        QCOMPARE(a.rank, 1);
        QCOMPARE(b.rank, 1);
        QVERIFY(c.ciHigh < b.ciLow);
        QCOMPARE(c.rank, 3);
        // The rule itself, for every entry.
        for (const LeaderboardEntry &entry : result.entries) {
            int above = 0;
            for (const LeaderboardEntry &other : result.entries)
                above += other.ciLow > entry.ciHigh ? 1 : 0;
            QCOMPARE(entry.rank, 1 + above);
        }
    }

    void winRateMatrixBetweenEveryPair()
    {
        const QList<Vote> votes = wins(A, B, 3) + wins(B, A, 1) + ties(A, C, 2) + wins(A, C, 2);
        const LeaderboardResult result = Leaderboard::compute(votes);
        const int a = rowOf(result, A);
        const int b = rowOf(result, B);
        const int c = rowOf(result, C);
        QCOMPARE(result.winRate(a, b), std::optional<double>(0.75));
        QCOMPARE(result.winRate(b, a), std::optional<double>(0.25));
        QCOMPARE(result.winRate(a, c), std::optional<double>(0.75)); // 2 wins + 2 half wins of 4
        QCOMPARE(result.games(a, c), 4.0);
        QCOMPARE(result.winRate(b, c), std::nullopt); // never met
        QCOMPARE(result.winRate(a, a), std::nullopt);
        QCOMPARE(result.winRate(a, 7), std::nullopt);
    }

    void votesOfMorePanesExpandIntoPairs()
    {
        Vote best; // three panes, C picked as the best: C beats A, C beats B
        best.contenders = {{A, {}}, {B, {}}, {C, {}}};
        best.outcome = VoteOutcome::Winner;
        best.winner = 2;
        const QList<PairOutcome> bestPairs = pairwiseOutcomes(best);
        QCOMPARE(bestPairs.size(), 2);
        Vote order = best; // B > C > A: three pairs
        order.outcome = VoteOutcome::Order;
        order.order = {1, 2, 0};
        order.winner = 1;
        QCOMPARE(pairwiseOutcomes(order).size(), 3);

        const LeaderboardResult result = Leaderboard::compute({best, order});
        const int a = rowOf(result, A);
        const int b = rowOf(result, B);
        const int c = rowOf(result, C);
        QCOMPARE(result.games(c, a), 2.0); // best pick and order
        QCOMPARE(result.winRate(c, a), std::optional<double>(1.0));
        QCOMPARE(result.winRate(c, b), std::optional<double>(0.5));
        QCOMPARE(result.games(a, b), 1.0); // only the order ranks A against B
        QCOMPARE(result.winRate(b, a), std::optional<double>(1.0));
        QCOMPARE(entryOf(result, C).wins, 1);
        QCOMPARE(entryOf(result, C).losses, 1);
        QCOMPARE(entryOf(result, A).losses, 2);
        QCOMPARE(entryOf(result, A).votes, 2);

        Vote allTie = best; // a three-way tie: every pair ties
        allTie.outcome = VoteOutcome::Tie;
        QCOMPARE(pairwiseOutcomes(allTie).size(), 3);
        Vote broken = order; // not a permutation: nothing
        broken.order = {1, 1, 0};
        QVERIFY(!broken.problem().isNull());
        QVERIFY(pairwiseOutcomes(broken).isEmpty());
    }

    void sameModelInBothPanesTellsNothing()
    {
        Vote self = pairVote(A, A, PairVerdict::A);
        self.contenders[1].profileId = QStringLiteral("other-profile");
        const LeaderboardResult result =
            Leaderboard::compute(wins(A, B, 2) + wins(B, A, 2) + QList<Vote>{self});
        QCOMPARE(result.entries.size(), 2);
        QCOMPARE(result.games(rowOf(result, A), rowOf(result, B)), 4.0);
        QVERIFY(std::abs(entryOf(result, A).rating - 1000) < 1e-6);
        QCOMPARE(result.voteCount, 4);
        QCOMPARE(entryOf(result, A).votes, 4);
        QCOMPARE(entryOf(result, A).wins, 2);

        // Three panes, two of them the same model: the pairs between different models count.
        Vote three;
        three.contenders = {{A, QStringLiteral("p1")}, {A, QStringLiteral("p2")}, {B, {}}};
        three.outcome = VoteOutcome::Winner;
        three.winner = 2;
        const LeaderboardResult mixed = Leaderboard::compute({three});
        QCOMPARE(mixed.voteCount, 1);
        QCOMPARE(mixed.games(rowOf(mixed, B), rowOf(mixed, A)), 2.0);
        QCOMPARE(entryOf(mixed, A).votes, 1);
        QCOMPARE(entryOf(mixed, A).losses, 1);
    }

    void filtersByTagAndDate()
    {
        QList<Vote> votes;
        votes.append(pairVote(A, B, PairVerdict::A, QStringLiteral("coding"), utc(2026, 11, 1)));
        votes.append(pairVote(A, B, PairVerdict::A, QStringLiteral("Coding"), utc(2026, 11, 20)));
        votes.append(pairVote(A, B, PairVerdict::B, QStringLiteral("writing"), utc(2026, 11, 21)));
        votes.append(pairVote(A, C, PairVerdict::B, QStringLiteral("writing"), utc(2026, 12, 1)));
        votes.append(pairVote(A, C, PairVerdict::B, {}, {})); // no tag, no time
        Vote leftOut = pairVote(B, C, PairVerdict::A, QStringLiteral("coding"), utc(2026, 11, 5));
        leftOut.counted = false; // e.g. flagged by the identity guard and left out
        votes.append(leftOut);

        QCOMPARE(Leaderboard::compute(votes).voteCount, 5);

        LeaderboardFilter coding;
        coding.tag = QStringLiteral("CODING");
        const LeaderboardResult tagged = Leaderboard::compute(votes, coding);
        QCOMPARE(tagged.voteCount, 2);
        QCOMPARE(tagged.entries.size(), 2); // C only appears in other tags and the left-out vote
        QCOMPARE(entryOf(tagged, A).wins, 2);

        LeaderboardFilter range;
        range.since = utc(2026, 11, 20, 0);
        range.until = utc(2026, 12, 1, 0); // exclusive
        const LeaderboardResult ranged = Leaderboard::compute(votes, range);
        QCOMPARE(ranged.voteCount, 2);
        QCOMPARE(entryOf(ranged, B).wins, 1);
        QCOMPARE(entryOf(ranged, A).votes, 2);

        LeaderboardFilter sinceOnly;
        sinceOnly.since = utc(2026, 11, 21, 0);
        QCOMPARE(Leaderboard::compute(votes, sinceOnly).voteCount, 2); // the timeless vote fails

        LeaderboardFilter both = range;
        both.tag = QStringLiteral("writing");
        QCOMPARE(Leaderboard::compute(votes, both).voteCount, 1);

        LeaderboardFilter none;
        none.tag = QStringLiteral("poetry");
        const LeaderboardResult empty = Leaderboard::compute(votes, none);
        QCOMPARE(empty.voteCount, 0);
        QVERIFY(empty.entries.isEmpty());
    }

    void intervalsUseTheRequestedRounds()
    {
        const QList<Vote> votes = wins(A, B, 12) + wins(B, A, 8);
        LeaderboardOptions none;
        none.bootstrapRounds = 0;
        const LeaderboardResult point = Leaderboard::compute(votes, {}, none);
        QCOMPARE(entryOf(point, A).ciLow, entryOf(point, A).rating);
        QCOMPARE(entryOf(point, A).ciHigh, entryOf(point, A).rating);
        const LeaderboardResult bootstrapped = Leaderboard::compute(votes);
        const LeaderboardEntry &a = entryOf(bootstrapped, A);
        QVERIFY(a.ciLow < a.rating && a.rating < a.ciHigh);
        // 20 votes: an interval of the order of +-150 points either way.
        QVERIFY(a.ciHigh - a.ciLow > 100 && a.ciHigh - a.ciLow < 600);
        // Two models: the ratings sum to 2000 in every resample, so the intervals mirror.
        const LeaderboardEntry &b = entryOf(bootstrapped, B);
        QVERIFY(std::abs((a.ciLow - 1000) + (b.ciHigh - 1000)) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
