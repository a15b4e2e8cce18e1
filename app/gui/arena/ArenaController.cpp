#include "arena/ArenaController.h"

#include "arena/LeaderboardWindow.h"
#include "storage/VoteStore.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace Lineup {

ArenaController::ArenaController(ConversationStore *store, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
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

void ArenaController::enableBlindRounds(const BlindArena::Window &window)
{
    if (!m_votes || m_blind)
        return;
    m_blind = new BlindArena(m_votes, window, this);
    connect(m_blind, &BlindArena::statusMessage, this, &ArenaController::statusMessage);
}

void ArenaController::showLeaderboard()
{
    if (!m_votes)
        return;
    if (!m_leaderboard)
        m_leaderboard = new LeaderboardWindow(m_votes, m_store, m_window);
    m_leaderboard->show();
    m_leaderboard->raise();
    m_leaderboard->activateWindow();
}

void ArenaController::newBlindComparison(const QList<BlindSetupDialog::Profile> &profiles,
                                         const QList<PoolModel> &candidates)
{
    if (!m_blind)
        return;
    BlindSetupDialog dialog(profiles, candidates, m_window);
    const bool accepted = setupSeam ? setupSeam(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    if (!m_blind->start(dialog.pool(), dialog.panes()))
        Q_EMIT statusMessage(tr("A blind round needs at least %n different models in the pool.",
                                nullptr, dialog.panes()));
}

void ArenaController::onConversationDeleted(qint64 id)
{
    if (!m_votes)
        return;
    // The list offers to undo its last delete: that brings these votes back as they are now.
    const QList<Vote> before = m_votes->votesOf(id);
    m_undoComparison = id;
    m_undoVotes = before;
    const int count = int(before.size());
    if (count == 0)
        return;
    bool keep = true;
    if (keepVotesSeam) {
        keep = keepVotesSeam(count);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Keep the Votes?"),
                        tr("This comparison holds %n blind votes. Keep them in the leaderboard, "
                           "or delete them with the comparison?",
                           nullptr, count),
                        QMessageBox::NoButton, m_window);
        QPushButton *keepButton = box.addButton(tr("&Keep Votes"), QMessageBox::AcceptRole);
        box.addButton(tr("&Delete Votes"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keepButton);
        box.exec();
        keep = box.clickedButton() == keepButton;
    }
    const int changed = keep ? m_votes->keepVotesOf(id) : m_votes->deleteVotesOf(id);
    if (changed < 0)
        Q_EMIT statusMessage(tr("The votes could not be updated: %1").arg(m_votes->lastError()));
    else if (!keep)
        Q_EMIT statusMessage(tr("Deleted %n votes with the comparison.", nullptr, changed));
}

void ArenaController::onConversationRestored(qint64 id)
{
    if (!m_votes || id != m_undoComparison)
        return;
    const QList<Vote> votes = std::exchange(m_undoVotes, {});
    m_undoComparison = 0;
    if (!m_votes->restore(votes))
        Q_EMIT statusMessage(tr("The votes could not be restored: %1").arg(m_votes->lastError()));
}

} // namespace Lineup
