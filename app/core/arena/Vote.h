#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lineup {

// A model as it stood in one pane of a blind round.
struct VoteContender
{
    QString model;
    QString profileId;

    friend bool operator==(const VoteContender &, const VoteContender &) = default;
};

// What the user decided. Pane letters: pane 0 is "Model A", pane 1 "Model B", and so on.
enum class VoteOutcome {
    Winner,  // `Vote::winner` is better (A better / B better; with more panes, the best pick)
    Tie,     // all panes are as good as each other
    BothBad, // no pane is good (with more panes: all are bad); the leaderboard counts a tie
    Order,   // `Vote::order` ranks every pane, best first (more than two panes)
};

// One vote of the blind arena: the prompt, the contenders in pane order and the verdict.
struct Vote
{
    static constexpr int MinPanes = 2;
    static constexpr int MaxPanes = 8;

    qint64 id = 0; // storage row id; 0 until stored
    QString prompt;
    QList<VoteContender> contenders; // pane order
    VoteOutcome outcome = VoteOutcome::Tie;
    int winner = -1;         // pane index for Winner (and Order's first pane)
    QList<int> order;        // Order: every pane index once, best first
    QString tag;             // free text ("coding", "writing"); empty when none
    QDateTime time;          // when the vote was cast (UTC); invalid when an import did not say
    qint64 comparisonId = 0; // the comparison the round came from; 0 when none (imported)
    bool identityFlagged = false; // the identity guard flagged an answer before the vote
    bool counted = true;          // kept for the leaderboard (false: left out, e.g. flagged)

    int paneCount() const { return int(contenders.size()); }
    // Null when the vote is well formed, else what is wrong with it (for messages).
    QString problem() const;

    friend bool operator==(const Vote &, const Vote &) = default;
};

// Votes by tag and time (the leaderboard's and `votes list`'s filters).
struct VoteFilter
{
    QString tag;     // empty: every tag; else the vote's tag, ignoring case
    QDateTime since; // inclusive; invalid: no lower bound
    QDateTime until; // exclusive; invalid: no upper bound (a vote without a time fails a bound)

    bool matches(const Vote &vote) const;
};

// "a" for pane 0 ... "h" for pane 7; empty outside that range.
QString paneLetter(int pane);
// The pane index of a letter, or -1.
int paneFromLetter(QStringView letter);

// One pairwise result a vote implies, by pane index. `tie` means half a win each.
struct PairOutcome
{
    int winner = -1;
    int loser = -1;
    bool tie = false;
};

// How a vote turns into pairwise results for the Bradley-Terry fit:
//   Winner   -> the picked pane beats every other pane (the others stay unordered);
//   Tie      -> every pair ties;  BothBad -> every pair ties (neither side is preferred);
//   Order    -> each pane beats every pane ranked below it (n(n-1)/2 results).
// A malformed vote yields nothing.
QList<PairOutcome> pairwiseOutcomes(const Vote &vote);

} // namespace Lineup
