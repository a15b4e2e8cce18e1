#pragma once

#include "arena/Vote.h"
#include "comparison/Comparison.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Lineup {

// A model a blind round may draw, with the profile it is asked through.
struct PoolModel
{
    QString profileId;
    QString model;

    friend bool operator==(const PoolModel &, const PoolModel &) = default;
};

// The models of one blind round: `panes` entries of the pool drawn at random, in random pane
// order (every ordered choice equally likely). Entries with the same model name are never drawn
// together (the leaderboard could not tell them apart); such a model, offered through two
// profiles, is drawn about twice as often. Empty when the pool has fewer than
// `panes` different model names or `panes` is outside Vote::MinPanes..Vote::MaxPanes.
QList<PoolModel> drawContenders(const QList<PoolModel> &pool, int panes, QRandomGenerator &random);

// What a pane is called until the vote: "Model A", "Model B", ...
QString blindPaneLabel(int pane);

// A vote on the round the comparison ran: its panes' models and profiles in pane order, its id,
// the prompt and the time now; the caller sets the outcome, tag and the identity guard's flag.
Vote voteFor(const Comparison &comparison, const QString &prompt);

} // namespace Lineup
