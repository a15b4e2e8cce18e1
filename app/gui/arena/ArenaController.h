#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Lineup {

class ConversationStore;
class LeaderboardWindow;
class VoteStore;

// The blind arena's part of the window: the vote store and the leaderboard window (built when
// first shown).
class ArenaController : public QObject
{
    Q_OBJECT
public:
    ArenaController(ConversationStore *store, QWidget *window, QObject *parent = nullptr);
    ~ArenaController() override;

    VoteStore *votes() const { return m_votes; } // null without a store
    LeaderboardWindow *leaderboard() const;      // null until first shown
    // Shows the leaderboard window (raised when it is open already).
    void showLeaderboard();

private:
    QWidget *m_window;
    VoteStore *m_votes = nullptr;
    QPointer<LeaderboardWindow> m_leaderboard;
};

} // namespace Lineup
