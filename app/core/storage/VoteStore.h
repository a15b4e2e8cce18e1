#pragma once

#include "arena/Vote.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Lineup {

class ConversationStore;

// The blind arena's votes, in the conversation database (table `votes`, schema v7). Uses the
// store's connection of the calling thread, like the rest of storage.
//
// A vote names the comparison it came from. When that comparison is deleted, the user chooses:
// keepVotesOf() keeps the votes without the link (the leaderboard still counts them),
// deleteVotesOf() deletes them. Purging a comparison whose votes were neither kept nor deleted
// keeps them too (the database clears the link).
class VoteStore : public QObject
{
    Q_OBJECT
public:
    explicit VoteStore(ConversationStore &store, QObject *parent = nullptr);

    // Stores the vote; returns its id (0 on failure: lastError()). A vote with problem() is
    // refused. An invalid time is stored as unknown.
    qint64 add(const Vote &vote);
    // All or none, in one transaction (an import): false and nothing stored when one fails.
    bool addAll(const QList<Vote> &votes);
    // Oldest first (by id), those the filter matches, counted or not.
    QList<Vote> votes(const VoteFilter &filter = {}) const;
    QList<Vote> votesOf(qint64 comparisonId) const;
    int count() const;
    // The tags in use, most used first (ties by name), one spelling of each (ASCII case is
    // ignored, as the filters ignore it): the tag field's suggestions, the leaderboard's filter.
    QStringList tags() const;

    bool remove(qint64 voteId);
    // The user deleted a comparison: its votes go, or stay without the link. Return how many
    // votes were deleted or kept, -1 on failure.
    int deleteVotesOf(qint64 comparisonId);
    int keepVotesOf(qint64 comparisonId);
    // Writes votes back exactly as they were read (ids, links, everything): undoing the delete
    // of their comparison undoes deleteVotesOf() or keepVotesOf(). All or none.
    bool restore(const QList<Vote> &votes);

    QString lastError() const { return m_lastError; }
    ConversationStore &conversations() const { return m_store; }

Q_SIGNALS:
    void votesChanged();

private:
    bool insert(const Vote &vote, qint64 *id, bool keepId = false);
    // All or none, in one transaction; `keepIds`: under their own ids (restore).
    bool insertAll(const QList<Vote> &votes, bool keepIds);

    ConversationStore &m_store;
    mutable QString m_lastError;
};

} // namespace Lineup
