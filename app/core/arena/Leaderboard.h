#pragma once

#include "arena/Vote.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lineup {

// Which votes a leaderboard counts: those the filter matches and that were kept for it
// (Vote::counted).
using LeaderboardFilter = VoteFilter;

struct LeaderboardOptions
{
    int bootstrapRounds = 200; // resamples of the votes for the 95% intervals
    quint32 seed = 1;          // of the resampling, so that the intervals are reproducible
    double priorGames = 1.0;   // BradleyTerryOptions::priorGames
    double meanRating = 1000;  // the ratings are shifted to have this mean
};

struct LeaderboardEntry
{
    QString model;
    double rating = 0;
    double ciLow = 0; // 95% interval (2.5th and 97.5th percentile of the bootstrap ratings)
    double ciHigh = 0;
    int rank = 0; // 1 + the number of models whose interval lies entirely above this one's
    int votes = 0;
    int wins = 0;   // votes in which this model was picked as the best (or ranked first)
    int losses = 0; // votes in which another model was picked or ranked first
    int ties = 0;   // tie and both-bad votes
};

struct LeaderboardResult
{
    QList<LeaderboardEntry> entries; // best first (by rating)
    int voteCount = 0;               // votes that passed the filter and were counted

    // Between entries[row] and entries[column]: the share of their pairwise results the row's
    // model won (a tie is half a win), or nothing when they never met.
    std::optional<double> winRate(int row, int column) const;
    double games(int row, int column) const;

    // row-major entries x entries, in entries' order
    QList<double> pairWins;
    QList<double> pairGames;
};

// Ranks models by a Bradley-Terry fit of the votes (arena/BradleyTerry.h):
// - each vote becomes pairwise results (pairwiseOutcomes(): a tie or "both bad" is half a win
//   for each side; an order gives every pair it ranks);
// - a model is its name; the same model reached through two profiles counts as one, and a vote
//   whose panes all ran one model is not counted;
// - rating = meanRating + 400 * log10(p / geometric mean of all p), i.e. the Elo scale with the
//   ratings' mean at meanRating (1000): a 400 point gap means 10:1 odds;
// - a weak prior (LeaderboardOptions::priorGames virtual games, half won, against a virtual
//   reference model of strength 1, where every model starts) keeps every rating finite;
// - the 95% interval is the 2.5th to 97.5th percentile (linear interpolation) of the ratings
//   fitted to `bootstrapRounds` resamples of the votes, drawn with replacement with a generator
//   seeded by `seed` (SplitMix64: the same intervals for a seed on every platform).
class Leaderboard
{
public:
    static LeaderboardResult compute(const QList<Vote> &votes, const LeaderboardFilter &filter = {},
                                     const LeaderboardOptions &options = {});
};

} // namespace Lineup
