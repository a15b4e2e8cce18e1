#pragma once

#include "arena/BlindArena.h"
#include "arena/BlindSetupDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Lineup {

class ConversationStore;
class LeaderboardWindow;
class VoteStore;

// The blind arena's part of the window: the vote store, blind rounds (BlindArena), the
// leaderboard window (built when first shown), and what happens to a deleted comparison's votes.
class ArenaController : public QObject
{
    Q_OBJECT
public:
    ArenaController(ConversationStore *store, QWidget *window, QObject *parent = nullptr);
    ~ArenaController() override;

    VoteStore *votes() const { return m_votes; }  // null without a store
    LeaderboardWindow *leaderboard() const;       // null until first shown
    BlindArena *blind() const { return m_blind; } // null until enableBlindRounds()
    void enableBlindRounds(const BlindArena::Window &window);

    // Shows the leaderboard window (raised when it is open already).
    void showLeaderboard();
    // Asks for the pool (the dialog; tests answer through setupSeam) and starts the rounds.
    void newBlindComparison(const QList<BlindSetupDialog::Profile> &profiles,
                            const QList<PoolModel> &candidates);
    // A comparison went to the bin: its votes are kept or deleted, as the user says.
    void onConversationDeleted(qint64 id);
    // The delete was undone: the votes come back as they were before it (kept or deleted).
    void onConversationRestored(qint64 id);

    // Test seams: instead of the dialogs.
    std::function<bool(BlindSetupDialog &)> setupSeam; // true: accepted
    std::function<bool(int votes)> keepVotesSeam;      // true: keep them

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QWidget *m_window;
    ConversationStore *m_store;
    VoteStore *m_votes = nullptr;
    BlindArena *m_blind = nullptr;
    QPointer<LeaderboardWindow> m_leaderboard;
    qint64 m_undoComparison = 0; // the last deleted conversation, and its votes before that
    QList<Vote> m_undoVotes;
};

} // namespace Lineup
