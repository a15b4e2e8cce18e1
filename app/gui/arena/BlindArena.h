#pragma once

#include "arena/BlindRound.h"
#include "arena/IdentityGuard.h"
#include "arena/Vote.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QSettings;
class QWidget;

namespace Lineup {

class ComparisonWorkspace;
class VoteBar;
class VoteStore;

// Blind rounds in the comparison view. Each round draws its models from the pool
// (drawContenders), opens them as a new comparison whose panes are only "Model A", "Model B"…,
// and keeps the side panels, the service indicator and the export actions away (they would name
// the model) until the vote. The vote opens once every pane has answered; the identity guard's
// findings are shown with it. The vote is stored, the names are revealed, and the next prompt
// sent from the composer starts the next round.
class BlindArena : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Asking, Answering, Voting, Revealed };

    struct Window
    {
        // Opens a new comparison of these (profile, model) panes and returns it.
        std::function<ComparisonWorkspace *(const QList<QPair<QString, QString>> &)> open;
        QList<QDockWidget *> docks;    // hidden during a round
        QList<QWidget *> widgets;      // hidden during a round (the service indicator)
        QList<QAction *> actions;      // disabled during a round (exports, dock toggles)
        QSettings *settings = nullptr; // the last tag
    };

    BlindArena(VoteStore *votes, const Window &window, QObject *parent = nullptr);
    ~BlindArena() override;

    // Starts the first round. False when the pool has fewer than `panes` different models.
    bool start(const QList<PoolModel> &pool, int panes, std::optional<quint32> seed = {});
    // The comparison was left for something else: the round ends unvoted (the comparison stays
    // unvoted in storage, and resume() takes it up again when it is reopened).
    void leave();
    // An unvoted blind comparison was opened (from the list, a search hit, after a restart): its
    // panes are "Model A"… again, everything that names a model is away, and the vote opens
    // once its answers are complete. Later rounds draw from this session's pool when the round
    // came from it, else from this round's models. False when a round is running.
    bool resume(ComparisonWorkspace *workspace);

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    // A round is open and not voted on yet: nothing may name its models.
    bool hidesNames() const { return m_concealed; }
    QList<PoolModel> round() const { return m_round; }
    // The models the next prompt goes to: this round's, or after the reveal the next round's
    // (drawn at the reveal).
    QList<PoolModel> upcomingRound() const { return m_state == State::Revealed ? m_next : m_round; }
    VoteBar *voteBar() const; // null until the first round
    const std::optional<Vote> &lastVote() const { return m_lastVote; }

    // Before the composer's text goes to the comparison: after a reveal it starts the next
    // round (and returns true: send it there); while the vote is open it returns false (vote
    // first).
    bool prepareSend();

    // `order`: every pane best first, for VoteOutcome::Order (winner is its first).
    void vote(VoteOutcome outcome, int winner, const QList<int> &order = {});

Q_SIGNALS:
    void roundStarted();
    void voteOpened();
    void revealed();
    void statusMessage(const QString &message);

private:
    bool startRound();
    // Follows the workspace's answers, puts the vote bar under it and labels its panes.
    void attach(ComparisonWorkspace *workspace);
    void checkFinished();
    void conceal(bool hidden);
    QString prompt() const;
    QString revealText(const Vote &vote) const;

    VoteStore *m_votes;
    Window m_window;
    IdentityGuard m_guard;
    QRandomGenerator m_random;
    QList<PoolModel> m_pool;
    int m_panes = 2;
    QList<PoolModel> m_round;
    QList<PoolModel> m_next;
    QPointer<ComparisonWorkspace> m_workspace;
    QPointer<VoteBar> m_bar;
    QList<QDockWidget *> m_hiddenDocks;
    QList<QWidget *> m_hiddenWidgets;
    QList<bool> m_flagged; // per pane, the identity guard's finding
    std::optional<Vote> m_lastVote;
    State m_state = State::Idle;
    bool m_opening = false; // open() leaves the previous comparison: not a leave()
    bool m_concealed = false;
};

} // namespace Lineup
