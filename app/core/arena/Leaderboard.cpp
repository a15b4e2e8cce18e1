#include "arena/Leaderboard.h"

#include "arena/BradleyTerry.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace Lineup {

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

struct ModelPair
{
    int winner;
    int loser;
    bool tie;
};

// The votes as the fit needs them. Votes that imply the same pairwise results (the same two
// models, the same verdict) share a pattern: 10,000 two-pane votes among 20 models have at most
// 570 patterns, so a bootstrap round counts how often it drew each pattern and adds up those few
// instead of 10,000 votes.
struct ExpandedVotes
{
    QStringList models;             // sorted by name: the index of a model
    std::vector<ModelPair> pairs;   // by pattern
    std::vector<int> firstPair;     // per pattern, into pairs; one extra at the end
    std::vector<quint32> patternOf; // per vote
    std::vector<double> timesDrawn; // per pattern: how often it occurs among the votes
    QList<LeaderboardEntry> counts; // per model: votes, wins, losses, ties
};

void countVote(const Vote &vote, const QList<int> &modelOfPane, QList<LeaderboardEntry> &counts)
{
    QList<int> seen;
    for (int pane = 0; pane < vote.paneCount(); ++pane) {
        const int model = modelOfPane.at(pane);
        if (seen.contains(model))
            continue;
        seen.append(model);
        LeaderboardEntry &entry = counts[model];
        ++entry.votes;
        if (vote.outcome == VoteOutcome::Tie || vote.outcome == VoteOutcome::BothBad)
            ++entry.ties;
        else if (modelOfPane.at(vote.winner) == model)
            ++entry.wins;
        else
            ++entry.losses;
    }
}

ExpandedVotes expand(const QList<const Vote *> &votes)
{
    // Models numbered as first seen, renumbered by name at the end.
    QHash<QString, int> modelIndex;
    QStringList names;
    QHash<QByteArray, quint32> patternIndex;
    std::vector<std::vector<ModelPair>> patterns;
    ExpandedVotes expanded;
    expanded.patternOf.reserve(size_t(votes.size()));
    QList<int> modelOfPane;
    for (const Vote *vote : votes) {
        modelOfPane.clear();
        for (const VoteContender &contender : vote->contenders) {
            const auto found = modelIndex.constFind(contender.model);
            if (found != modelIndex.cend()) {
                modelOfPane.append(found.value());
                continue;
            }
            modelIndex.insert(contender.model, int(names.size()));
            modelOfPane.append(int(names.size()));
            names.append(contender.model);
            expanded.counts.append(LeaderboardEntry{});
        }
        countVote(*vote, modelOfPane, expanded.counts);

        std::vector<ModelPair> pattern;
        for (const PairOutcome &outcome : pairwiseOutcomes(*vote)) {
            const int winner = modelOfPane.at(outcome.winner);
            const int loser = modelOfPane.at(outcome.loser);
            // A model against itself (two panes, two profiles, one name) tells nothing.
            if (winner != loser)
                pattern.push_back({winner, loser, outcome.tie});
        }
        QByteArray key;
        for (const ModelPair &pair : pattern)
            key += QByteArray::number(pair.winner) + (pair.tie ? '=' : '>') +
                   QByteArray::number(pair.loser) + ',';
        auto found = patternIndex.constFind(key);
        if (found == patternIndex.cend()) {
            found = patternIndex.insert(key, quint32(patterns.size()));
            patterns.push_back(std::move(pattern));
        }
        expanded.patternOf.push_back(found.value());
    }

    QList<int> byName(names.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(),
              [&](int a, int b) { return names.at(a) < names.at(b); });
    QList<int> renumbered(names.size());
    QList<LeaderboardEntry> counts(names.size());
    for (int position = 0; position < byName.size(); ++position) {
        renumbered[byName.at(position)] = position;
        expanded.models.append(names.at(byName.at(position)));
        counts[position] = expanded.counts.at(byName.at(position));
        counts[position].model = expanded.models.last();
    }
    expanded.counts = counts;

    expanded.timesDrawn.assign(patterns.size(), 0.0);
    for (quint32 pattern : expanded.patternOf)
        expanded.timesDrawn[pattern] += 1.0;
    for (const std::vector<ModelPair> &pattern : patterns) {
        expanded.firstPair.push_back(int(expanded.pairs.size()));
        for (const ModelPair &pair : pattern)
            expanded.pairs.push_back(
                {renumbered.at(pair.winner), renumbered.at(pair.loser), pair.tie});
    }
    expanded.firstPair.push_back(int(expanded.pairs.size()));
    return expanded;
}

void tallyPatterns(const ExpandedVotes &expanded, const std::vector<double> &times,
                   PairwiseTally &tally)
{
    tally.clear();
    for (size_t pattern = 0; pattern < times.size(); ++pattern) {
        if (times[pattern] == 0)
            continue;
        for (int i = expanded.firstPair[pattern]; i < expanded.firstPair[pattern + 1]; ++i) {
            const ModelPair &pair = expanded.pairs[size_t(i)];
            if (pair.tie)
                tally.addTie(pair.winner, pair.loser, times[pattern]);
            else
                tally.addWin(pair.winner, pair.loser, times[pattern]);
        }
    }
}

// SplitMix64 (Steele, Lea, Flood 2014), with Lemire's unbiased bounded integers: small, fast, and
// the same sequence for a seed on every platform and Qt version.
class Resampler
{
public:
    explicit Resampler(quint64 seed)
        : m_state(seed)
    {}

    quint32 bounded(quint32 range)
    {
        quint64 product = quint64(next32()) * range;
        if (quint32(product) < range) {
            const quint32 threshold = (0u - range) % range;
            while (quint32(product) < threshold)
                product = quint64(next32()) * range;
        }
        return quint32(product >> 32);
    }

private:
    quint32 next32()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return quint32((z ^ (z >> 31)) >> 32);
    }

    quint64 m_state;
};

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

// Per model, its ratings in `bootstrapRounds` resamples: as many votes as there are, drawn with
// replacement, each resample fitted starting from the full fit.
std::vector<std::vector<double>> bootstrapRatings(const ExpandedVotes &expanded,
                                                  qsizetype voteCount,
                                                  const std::vector<double> &fitted,
                                                  const LeaderboardOptions &options)
{
    const int models = int(expanded.models.size());
    const int rounds = std::max(options.bootstrapRounds, 0);
    BradleyTerryOptions fitOptions;
    fitOptions.priorGames = options.priorGames;
    std::vector<std::vector<double>> samples(size_t(models),
                                             std::vector<double>(size_t(rounds), 0.0));
    Resampler random(options.seed);
    const quint32 votes = quint32(voteCount);
    std::vector<double> drawn(expanded.timesDrawn.size());
    PairwiseTally resample(models);
    for (int round = 0; round < rounds; ++round) {
        std::fill(drawn.begin(), drawn.end(), 0.0);
        for (quint32 draw = 0; draw < votes; ++draw)
            drawn[expanded.patternOf[random.bounded(votes)]] += 1.0;
        tallyPatterns(expanded, drawn, resample);
        const std::vector<double> ratings =
            ratingsOf(fitBradleyTerry(resample, fitOptions, &fitted), options.meanRating);
        for (int model = 0; model < models; ++model)
            samples[size_t(model)][size_t(round)] = ratings[size_t(model)];
    }
    return samples;
}

// A vote among panes that all ran one model (through different profiles, say) says nothing
// about models.
bool comparesModels(const Vote &vote)
{
    for (const VoteContender &contender : vote.contenders) {
        if (contender.model != vote.contenders.first().model)
            return true;
    }
    return false;
}

} // namespace

LeaderboardResult Leaderboard::compute(const QList<Vote> &votes, const LeaderboardFilter &filter,
                                       const LeaderboardOptions &options)
{
    QList<const Vote *> counted;
    for (const Vote &vote : votes) {
        if (vote.counted && filter.matches(vote) && vote.problem().isNull() && comparesModels(vote))
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
    tallyPatterns(expanded, expanded.timesDrawn, tally);
    const std::vector<double> fitted = fitBradleyTerry(tally, fitOptions);
    const std::vector<double> ratings = ratingsOf(fitted, options.meanRating);

    const int rounds = std::max(options.bootstrapRounds, 0);
    std::vector<std::vector<double>> samples =
        bootstrapRatings(expanded, counted.size(), fitted, options);

    QList<LeaderboardEntry> rows = expanded.counts;
    for (int model = 0; model < models; ++model) {
        LeaderboardEntry &entry = rows[model];
        entry.rating = ratings[size_t(model)];
        std::vector<double> &sample = samples[size_t(model)];
        std::sort(sample.begin(), sample.end());
        entry.ciLow = rounds > 0 ? percentile(sample, 0.025) : entry.rating;
        entry.ciHigh = rounds > 0 ? percentile(sample, 0.975) : entry.rating;
    }
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
