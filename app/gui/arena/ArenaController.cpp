#include "arena/ArenaController.h"

#include "arena/LeaderboardWindow.h"
#include "storage/VoteStore.h"

namespace Lineup {

ArenaController::ArenaController(ConversationStore *store, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (store)
        m_votes = new VoteStore(*store, this);
}

ArenaController::~ArenaController()
{
    // The window computes from the vote store; it goes first.
    delete m_leaderboard;
}

LeaderboardWindow *ArenaController::leaderboard() const
{
    return m_leaderboard;
}

void ArenaController::showLeaderboard()
{
    if (!m_votes)
        return;
    if (!m_leaderboard)
        m_leaderboard = new LeaderboardWindow(m_votes, m_window);
    m_leaderboard->show();
    m_leaderboard->raise();
    m_leaderboard->activateWindow();
}

} // namespace Lineup
