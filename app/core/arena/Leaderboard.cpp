#include "arena/Leaderboard.h"

#include "arena/BradleyTerry.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace Lineup {

bool LeaderboardFilter::matches(const Vote &vote) const
{
    if (!vote.counted)
        return false;
    if (!tag.isEmpty() && vote.tag.compare(tag.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (since.isValid() && !(vote.time.isValid() && vote.time >= since))
        return false;
    if (until.isValid() && !(vote.time.isValid() && vote.time < until))
        return false;
    return true;
}

std::optional<double> LeaderboardResult::winRate(int row, int column) const
{
    const double played = games(row, column);
    if (played <= 0)
        return std::nullopt;
    return pairWins.at(qsizetype(row) * entries.size() + column) / played;
}

double LeaderboardResult::games(int row, int column) const
{
    const qsizetype n = entries.size();
    if (row < 0 || column < 0 || row >= n || column >= n)
        return 0;
    return pairGames.at(row * n + column);
}

namespace {

// A vote's pairwise results by model index, all votes in one flat array (the bootstrap adds
// them up 200 times over, so they are worked out once).
struct ModelPair
{
    int winner;
    int loser;
    bool tie;
};

struct ExpandedVotes
{
    QStringList models; // sorted by name: the index of a model
    std::vector<ModelPair> pairs;
    std::vector<int> firstPair; // per vote, into pairs; one extra at the end
};

ExpandedVotes expand(const QList<const Vote *> &votes)
{
    ExpandedVotes expanded;
    for (const Vote *vote : votes) {
        for (const VoteContender &contender : vote->contenders)
            expanded.models.append(contender.model);
    }
    expanded.models.sort();
    expanded.models.removeDuplicates();
    QHash<QString, int> indexOf;
    for (int i = 0; i < expanded.models.size(); ++i)
        indexOf.insert(expanded.models.at(i), i);

    expanded.firstPair.reserve(size_t(votes.size()) + 1);
    for (const Vote *vote : votes) {
        expanded.firstPair.push_back(int(expanded.pairs.size()));
        const QList<PairOutcome> outcomes = pairwiseOutcomes(*vote);
        for (const PairOutcome &outcome : outcomes) {
            const int winner = indexOf.value(vote->contenders.at(outcome.winner).model);
            const int loser = indexOf.value(vote->contenders.at(outcome.loser).model);
            // A model against itself (two panes, two profiles, one name) tells nothing.
            if (winner != loser)
                expanded.pairs.push_back({winner, loser, outcome.tie});
        }
    }
    expanded.firstPair.push_back(int(expanded.pairs.size()));
    return expanded;
}

void tallyVote(const ExpandedVotes &expanded, size_t vote, PairwiseTally &tally)
{
    for (int i = expanded.firstPair[vote]; i < expanded.firstPair[vote + 1]; ++i) {
        const ModelPair &pair = expanded.pairs[size_t(i)];
        if (pair.tie)
            tally.addTie(pair.winner, pair.loser);
        else
            tally.addWin(pair.winner, pair.loser);
    }
}

std::vector<double> ratingsOf(const std::vector<double> &logStrengths, double mean)
{
    // fitBradleyTerry centres the log-strengths, so the ratings' mean is `mean`.
    const double scale = 400.0 / std::numbers::ln10;
    std::vector<double> ratings(logStrengths.size());
    for (size_t i = 0; i < logStrengths.size(); ++i)
        ratings[i] = mean + scale * logStrengths[i];
    return ratings;
}

double percentile(const std::vector<double> &sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const double position = fraction * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    const double weight = position - double(below);
    return sorted[below] * (1 - weight) + sorted[above] * weight;
}

void countVote(const Vote &vote, const QHash<QString, int> &rowOf, QList<LeaderboardEntry> &rows)
{
    QStringList seen;
    for (const VoteContender &contender : vote.contenders) {
        if (seen.contains(contender.model))
            continue;
        seen.append(contender.model);
        LeaderboardEntry &entry = rows[rowOf.value(contender.model)];
        ++entry.votes;
        if (vote.outcome == VoteOutcome::Tie || vote.outcome == VoteOutcome::BothBad)
            ++entry.ties;
        else if (vote.contenders.at(vote.winner).model == contender.model)
            ++entry.wins;
        else
            ++entry.losses;
    }
}

} // namespace

LeaderboardResult Leaderboard::compute(const QList<Vote> &votes, const LeaderboardFilter &filter,
                                       const LeaderboardOptions &options)
{
    QList<const Vote *> counted;
    for (const Vote &vote : votes) {
        if (filter.matches(vote) && vote.problem().isNull())
            counted.append(&vote);
    }
    LeaderboardResult result;
    result.voteCount = int(counted.size());
    if (counted.isEmpty())
        return result;

    const ExpandedVotes expanded = expand(counted);
    const int models = int(expanded.models.size());
    BradleyTerryOptions fitOptions;
    fitOptions.priorGames = options.priorGames;

    PairwiseTally tally(models);
    for (size_t vote = 0; vote < size_t(counted.size()); ++vote)
        tallyVote(expanded, vote, tally);
    const std::vector<double> fitted = fitBradleyTerry(tally, fitOptions);
    const std::vector<double> ratings = ratingsOf(fitted, options.meanRating);

    // Bootstrap: the same number of votes drawn with replacement, fitted from the full fit.
    const int rounds = std::max(options.bootstrapRounds, 0);
    std::vector<std::vector<double>> samples(size_t(models),
                                             std::vector<double>(size_t(rounds), 0.0));
    QRandomGenerator random(options.seed);
    const quint32 voteCount = quint32(counted.size());
    PairwiseTally resample(models);
    for (int round = 0; round < rounds; ++round) {
        resample.clear();
        for (quint32 draw = 0; draw < voteCount; ++draw)
            tallyVote(expanded, random.bounded(voteCount), resample);
        const std::vector<double> sampleRatings =
            ratingsOf(fitBradleyTerry(resample, fitOptions, &fitted), options.meanRating);
        for (int model = 0; model < models; ++model)
            samples[size_t(model)][size_t(round)] = sampleRatings[size_t(model)];
    }

    QList<LeaderboardEntry> rows(models);
    QHash<QString, int> rowOf;
    for (int model = 0; model < models; ++model) {
        LeaderboardEntry &entry = rows[model];
        entry.model = expanded.models.at(model);
        entry.rating = ratings[size_t(model)];
        std::vector<double> &sample = samples[size_t(model)];
        std::sort(sample.begin(), sample.end());
        entry.ciLow = rounds > 0 ? percentile(sample, 0.025) : entry.rating;
        entry.ciHigh = rounds > 0 ? percentile(sample, 0.975) : entry.rating;
        rowOf.insert(entry.model, model);
    }
    for (const Vote *vote : std::as_const(counted))
        countVote(*vote, rowOf, rows);
    for (LeaderboardEntry &entry : rows) {
        entry.rank = 1 + int(std::count_if(rows.cbegin(), rows.cend(), [&](const auto &other) {
                         return other.ciLow > entry.ciHigh;
                     }));
    }

    // Best first; equal ratings by name, so the order never depends on the sort.
    QList<int> order(models);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (rows.at(a).rating != rows.at(b).rating)
            return rows.at(a).rating > rows.at(b).rating;
        return rows.at(a).model < rows.at(b).model;
    });
    result.pairWins.resize(qsizetype(models) * models);
    result.pairGames.resize(qsizetype(models) * models);
    for (int row = 0; row < models; ++row) {
        result.entries.append(rows.at(order.at(row)));
        for (int column = 0; column < models; ++column) {
            const qsizetype cell = qsizetype(row) * models + column;
            result.pairWins[cell] = tally.wins(order.at(row), order.at(column));
            result.pairGames[cell] = tally.games(order.at(row), order.at(column));
        }
    }
    return result;
}

} // namespace Lineup
