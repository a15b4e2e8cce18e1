#pragma once

// Votes for the arena suites and the leaderboard bench.
#include "arena/Vote.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <cmath>

namespace Lineup::Test {

enum class PairVerdict { A, B, Tie, BothBad };

inline Vote pairVote(const QString &modelA, const QString &modelB, PairVerdict verdict,
                     const QString &tag = {}, const QDateTime &time = {})
{
    Vote vote;
    vote.contenders = {{modelA, QStringLiteral("profile")}, {modelB, QStringLiteral("profile")}};
    switch (verdict) {
    case PairVerdict::A:
    case PairVerdict::B:
        vote.outcome = VoteOutcome::Winner;
        vote.winner = verdict == PairVerdict::A ? 0 : 1;
        break;
    case PairVerdict::Tie:
        vote.outcome = VoteOutcome::Tie;
        break;
    case PairVerdict::BothBad:
        vote.outcome = VoteOutcome::BothBad;
        break;
    }
    vote.tag = tag;
    vote.time = time;
    return vote;
}

// `count` votes in which `winner` beat `loser`, alternating the panes they stood in.
inline QList<Vote> wins(const QString &winner, const QString &loser, int count)
{
    QList<Vote> votes;
    for (int i = 0; i < count; ++i)
        votes.append(i % 2 ? pairVote(loser, winner, PairVerdict::B)
                           : pairVote(winner, loser, PairVerdict::A));
    return votes;
}

inline QList<Vote> ties(const QString &first, const QString &second, int count,
                        PairVerdict verdict = PairVerdict::Tie)
{
    QList<Vote> votes;
    for (int i = 0; i < count; ++i)
        votes.append(pairVote(first, second, verdict));
    return votes;
}

inline QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

// `count` two-pane votes between random pairs of models "m0", "m1", ... whose true Elo ratings
// are `ratings`: a share `tieShare` of votes are ties, the rest go to A with the Bradley-Terry
// probability 1 / (1 + 10^((rB - rA) / 400)).
inline QList<Vote> simulatedVotes(const QList<double> &ratings, int count, quint32 seed,
                                  double tieShare = 0.1)
{
    QRandomGenerator random(seed);
    const quint32 models = quint32(ratings.size());
    QList<Vote> votes;
    votes.reserve(count);
    while (votes.size() < count) {
        const int a = int(random.bounded(models));
        const int b = int(random.bounded(models));
        if (a == b)
            continue;
        const QString modelA = QStringLiteral("m%1").arg(a);
        const QString modelB = QStringLiteral("m%1").arg(b);
        if (random.generateDouble() < tieShare) {
            votes.append(pairVote(modelA, modelB, PairVerdict::Tie));
            continue;
        }
        const double aWins = 1.0 / (1.0 + std::pow(10.0, (ratings.at(b) - ratings.at(a)) / 400.0));
        votes.append(pairVote(modelA, modelB,
                              random.generateDouble() < aWins ? PairVerdict::A : PairVerdict::B));
    }
    return votes;
}

} // namespace Lineup::Test
