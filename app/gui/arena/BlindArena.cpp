#include "arena/BlindArena.h"

#include "arena/VoteBar.h"
#include "chat/ChatSession.h"
#include "chat/ConversationModel.h"
#include "comparison/ComparisonController.h"
#include "comparison/ComparisonSession.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "storage/ConversationStore.h"
#include "storage/VoteStore.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace Lineup {

namespace {
const QString LastTagKey = QStringLiteral("arena/lastTag");

const MessageRecord *lastAnswer(const ChatSession *pane)
{
    const ConversationModel *messages = pane->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row)
        if (messages->record(row).message.role == Role::Assistant)
            return &messages->record(row);
    return nullptr;
}
} // namespace

BlindArena::BlindArena(VoteStore *votes, const Window &window, QObject *parent)
    : QObject(parent)
    , m_votes(votes)
    , m_window(window)
{}

BlindArena::~BlindArena() = default;

VoteBar *BlindArena::voteBar() const
{
    return m_bar;
}

bool BlindArena::start(const QList<PoolModel> &pool, int panes, std::optional<quint32> seed)
{
    QSet<QString> names;
    for (const PoolModel &entry : pool)
        names.insert(entry.model);
    if (panes < Vote::MinPanes || panes > Vote::MaxPanes || names.size() < panes)
        return false;
    m_pool = pool;
    m_panes = panes;
    m_random = seed ? QRandomGenerator(*seed) : QRandomGenerator::securelySeeded();
    m_next.clear();
    return startRound();
}

bool BlindArena::startRound()
{
    m_round = m_next.isEmpty() ? drawContenders(m_pool, m_panes, m_random) : m_next;
    m_next.clear();
    if (m_round.isEmpty())
        return false;
    QList<QPair<QString, QString>> panes;
    QStringList labels;
    for (int i = 0; i < m_round.size(); ++i) {
        panes.append({m_round.at(i).profileId, m_round.at(i).model});
        labels.append(blindPaneLabel(i));
    }
    m_opening = true;
    ComparisonWorkspace *workspace = m_window.open(panes);
    m_opening = false;
    if (!workspace)
        return false;
    attach(workspace);
    // Stored with the comparison (when its first turn is sent): reopened before the vote, it
    // stays blind.
    ConversationInfo shared = workspace->session()->comparison().shared;
    shared.blind = BlindState::Unvoted;
    workspace->session()->setShared(shared);
    m_bar->show();
    m_bar->showMessage(
        tr("Blind round: ask your question. The answers are labelled %1; which model wrote which "
           "is revealed after your vote.")
            .arg(QLocale().createSeparatedList(labels)));
    m_flagged.clear();
    conceal(true);
    m_state = State::Asking;
    Q_EMIT roundStarted();
    return true;
}

bool BlindArena::resume(ComparisonWorkspace *workspace)
{
    if (!workspace || m_state != State::Idle)
        return false;
    const Comparison &comparison = workspace->session()->comparison();
    QList<PoolModel> round;
    for (const ComparisonPane &pane : comparison.panes)
        round.append({pane.conversation.profileId, pane.conversation.model});
    if (round.size() < Vote::MinPanes || round.size() > Vote::MaxPanes)
        return false;
    // The next rounds draw from the pool of this session's rounds when this was one of them;
    // after a restart the pool is not known, so from this round's models.
    const bool fromPool = std::all_of(round.cbegin(), round.cend(),
                                      [this](const PoolModel &m) { return m_pool.contains(m); });
    if (!fromPool) {
        m_pool.clear();
        for (const PoolModel &model : std::as_const(round))
            if (!m_pool.contains(model))
                m_pool.append(model);
        m_random = QRandomGenerator::securelySeeded();
    }
    m_panes = int(round.size());
    m_round = round;
    m_next.clear();
    attach(workspace);
    m_bar->show();
    m_bar->showMessage(tr("This blind round has not been voted on: the answers stay labelled %1 "
                          "until your vote.")
                           .arg(QLocale().createSeparatedList(workspace->view()->blindLabels())));
    m_flagged.clear();
    conceal(true);
    m_state = State::Answering;
    Q_EMIT roundStarted();
    checkFinished(); // answered already: the vote opens again
    return true;
}

void BlindArena::attach(ComparisonWorkspace *workspace)
{
    if (m_workspace != workspace) {
        m_workspace = workspace;
        ComparisonSession *session = workspace->session();
        connect(session, &ComparisonSession::paneRequestStarted, this, [this] {
            if (m_state == State::Voting && m_bar) // a pane regenerates: vote on its new answer
                m_bar->showMessage(tr("Waiting for every pane to finish before the vote."));
            if (m_state == State::Asking || m_state == State::Voting)
                m_state = State::Answering;
        });
        connect(session, &ComparisonSession::paneRequestFinished, this, &BlindArena::checkFinished);
        connect(session, &ComparisonSession::busyChanged, this, &BlindArena::checkFinished);
    }
    if (!m_bar) {
        m_bar = new VoteBar;
        workspace->view()->setFooter(m_bar);
        connect(m_bar, &VoteBar::voted, this, &BlindArena::vote);
    }
    QStringList labels;
    for (int i = 0; i < workspace->session()->paneCount(); ++i)
        labels.append(blindPaneLabel(i));
    workspace->view()->setBlindLabels(labels);
}

void BlindArena::leave()
{
    if (m_opening || m_state == State::Idle)
        return;
    conceal(false);
    if (m_workspace)
        m_workspace->view()->setBlindLabels({});
    if (m_bar)
        m_bar->hide();
    m_state = State::Idle;
}

bool BlindArena::prepareSend()
{
    switch (m_state) {
    case State::Voting:
        Q_EMIT statusMessage(
            tr("Vote first (keys 1 to %1), then ask the next question.").arg(m_panes + 2));
        return false;
    case State::Revealed:
        if (!startRound()) {
            Q_EMIT statusMessage(tr("The next blind round could not start."));
            return false;
        }
        return true;
    default:
        return true;
    }
}

void BlindArena::checkFinished()
{
    if ((m_state != State::Answering && m_state != State::Asking) || !m_workspace)
        return;
    ComparisonSession *session = m_workspace->session();
    if (session->isBusy())
        return;
    QStringList warnings;
    QList<bool> flagged;
    for (int i = 0; i < session->paneCount(); ++i) {
        const MessageRecord *answer = lastAnswer(session->pane(i));
        if (!answer)
            return; // nothing asked yet
        if (answer->status != MessageStatus::Complete) {
            m_bar->showMessage(tr("%1's answer did not complete: retry it in its pane, then vote.")
                                   .arg(blindPaneLabel(i)));
            return;
        }
        const QList<IdentityMatch> matches = m_guard.scan(answer->message.text());
        flagged.append(!matches.isEmpty());
        if (!matches.isEmpty())
            warnings.append(tr("%1's answer names a model or vendor: “%2”. The vote is not blind; "
                               "it is left out of the leaderboard unless you keep it.")
                                .arg(blindPaneLabel(i), matches.first().text));
    }
    m_flagged = flagged;
    m_state = State::Voting;
    const QString tag =
        m_window.settings ? m_window.settings->value(LastTagKey).toString() : QString();
    m_bar->openVote(session->paneCount(), warnings, m_votes->tags(), tag);
    Q_EMIT voteOpened();
}

QString BlindArena::prompt() const
{
    const ConversationModel *messages = m_workspace->session()->pane(0)->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row)
        if (messages->record(row).message.role == Role::User)
            return messages->record(row).message.text();
    return {};
}

void BlindArena::vote(VoteOutcome outcome, int winner, const QList<int> &order)
{
    if (m_state != State::Voting || !m_workspace)
        return;
    Vote vote = voteFor(m_workspace->session()->comparison(), prompt());
    vote.comparisonId = m_workspace->controller()->comparisonId();
    vote.outcome = outcome;
    vote.winner = outcome == VoteOutcome::Winner || outcome == VoteOutcome::Order ? winner : -1;
    if (outcome == VoteOutcome::Order)
        vote.order = order;
    vote.tag = m_bar->tag();
    vote.identityFlagged = m_flagged.contains(true);
    vote.counted = !vote.identityFlagged || m_bar->keepFlaggedVote();
    if (m_window.settings)
        m_window.settings->setValue(LastTagKey, vote.tag);
    vote.id = m_votes->add(vote);
    if (!vote.id)
        Q_EMIT statusMessage(tr("The vote could not be stored: %1").arg(m_votes->lastError()));
    else if (vote.comparisonId > 0)
        m_votes->conversations().setBlindState(vote.comparisonId, BlindState::Voted);
    m_lastVote = vote;
    conceal(false);
    m_workspace->view()->setBlindLabels({});
    m_bar->showRevealed(revealText(vote));
    m_next = drawContenders(m_pool, m_panes, m_random);
    m_state = State::Revealed;
    Q_EMIT revealed();
}

QString BlindArena::revealText(const Vote &vote) const
{
    QStringList who;
    for (int i = 0; i < vote.contenders.size(); ++i)
        who.append(tr("%1 was %2").arg(blindPaneLabel(i), vote.contenders.at(i).model));
    QString verdict;
    switch (vote.outcome) {
    case VoteOutcome::Winner:
        verdict = tr("you picked %1").arg(blindPaneLabel(vote.winner));
        break;
    case VoteOutcome::Tie:
        verdict = tr("you called it a tie");
        break;
    case VoteOutcome::BothBad:
        verdict = tr("you found no answer good");
        break;
    case VoteOutcome::Order: {
        QStringList ranked;
        for (int pane : vote.order)
            ranked.append(blindPaneLabel(pane));
        verdict = tr("you ranked them %1 (best first)").arg(ranked.join(QStringLiteral(" > ")));
        break;
    }
    }
    const QString kept = vote.counted ? QString() : tr(" The vote is left out of the leaderboard.");
    return tr("%1; %2.%3 Ask the next question to start the next round.")
        .arg(QLocale().createSeparatedList(who), verdict, kept);
}

void BlindArena::conceal(bool hidden)
{
    if (hidden == m_concealed)
        return;
    m_concealed = hidden;
    if (hidden) {
        m_hiddenDocks.clear();
        m_hiddenWidgets.clear();
        for (QDockWidget *dock : std::as_const(m_window.docks)) {
            // Open docks, also those behind another dock's tab.
            if (dock && dock->toggleViewAction()->isChecked()) {
                m_hiddenDocks.append(dock);
                dock->hide();
            }
        }
        for (QWidget *widget : std::as_const(m_window.widgets)) {
            if (widget && widget->isVisible()) {
                m_hiddenWidgets.append(widget);
                widget->hide();
            }
        }
    } else {
        for (QDockWidget *dock : std::as_const(m_hiddenDocks))
            dock->show();
        for (QWidget *widget : std::as_const(m_hiddenWidgets))
            widget->show();
    }
    for (QAction *action : std::as_const(m_window.actions))
        if (action)
            action->setEnabled(!hidden);
}

} // namespace Lineup
