// Blind rounds in the window against the FakeServer (each model answers from its own script):
// a round draws from the pool, hides every model name until the vote (every visible widget's
// text, tooltip and accessible name, the accessibility tree, the window title, the panels),
// votes on keys 1-4, flags answers that name a model, reveals, starts the next round from the
// composer, and asks what happens to the votes of a deleted comparison.
#include "BlindArenaHarness.h"
#include "ConversationListPanel.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "arena/Leaderboard.h"
#include "chatview/ChatView.h"
#include "comparison/FiguresTable.h"
#include "storage/ConversationStore.h"
#include "usage/TokensDock.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

using namespace Lineup;
using namespace Lineup::Test;

namespace {
const QStringList &PoolNames = poolNames();
} // namespace

class TestBlindArena : public BlindArenaHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void roundDrawsFromThePoolAndLabelsPanes()
    {
        startRounds();
        const QList<PoolModel> round = blind()->round();
        QCOMPARE(round.size(), 2);
        QVERIFY(round.at(0).model != round.at(1).model);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(PoolNames.contains(round.at(i).model));
            QCOMPARE(comparisonSession()->comparison().panes.at(i).conversation.model,
                     round.at(i).model);
            QCOMPARE(view()->pane(i)->modelButton()->text(),
                     i == 0 ? QStringLiteral("Model A") : QStringLiteral("Model B"));
        }
        QVERIFY(view()->isBlind());
        QVERIFY(bar()->isVisible());
        QVERIFY(!bar()->isVoting());
        // The panels that name the model are away, and so are the exports.
        for (QDockWidget *dock : m_window->sidePanels()->docks())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(!m_window->tokensDock()->isVisible());
        QVERIFY(!m_window->serviceIndicator()->isVisible());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionExportAll"))->isEnabled());
        QVERIFY(blind()->hidesNames());
    }

    void namesStayHiddenUntilTheVoteThenShow()
    {
        startRounds();
        const QStringList drawn{blind()->round().at(0).model, blind()->round().at(1).model};
        QStringList found = leaks(m_window.get(), PoolNames);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
        answerRound(QStringLiteral("Explain recursion briefly."));
        // The answers are in and streamed with their model's name: still nothing shows it.
        QCOMPARE(lastRecord(0).model, drawn.at(0));
        found = leaks(m_window.get(), PoolNames);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
        QVERIFY(!view()->summary()->isVisible());
        QVERIFY(!view()->pane(0)->figuresLabel()->isVisible());
        // The painted cards: no model in the header, no figures in the footer.
        for (int i = 0; i < 2; ++i) {
            ChatView *chat = view()->pane(i)->chatView();
            QVERIFY(chat->modelsHidden());
            const int row = view()->pane(i)->lastAnswerRow();
            QTRY_VERIFY(chat->isRowLaidOut(row));
            QVERIFY2(!chat->headerText(row).contains(drawn.at(i)),
                     qPrintable(chat->headerText(row)));
            QVERIFY2(!chat->footerText(row).contains(QLatin1String("Tokens")),
                     qPrintable(chat->footerText(row)));
        }
        QVERIFY(!m_window->windowTitle().contains(drawn.at(0)));

        QTest::keyClick(bar(), Qt::Key_1);
        QCOMPARE(blind()->state(), BlindArena::State::Revealed);
        QVERIFY(!view()->isBlind());
        QCOMPARE(view()->pane(0)->modelButton()->text(), drawn.at(0));
        QCOMPARE(view()->pane(1)->modelButton()->text(), drawn.at(1));
        QVERIFY(bar()->messageLabel()->text().contains(drawn.at(0)));
        QVERIFY(bar()->messageLabel()->text().contains(drawn.at(1)));
        QVERIFY(!view()->pane(0)->chatView()->modelsHidden());
        QTRY_VERIFY(view()
                        ->pane(0)
                        ->chatView()
                        ->headerText(view()->pane(0)->lastAnswerRow())
                        .contains(drawn.at(0)));
        // The walk does see the names once they are meant to show.
        QVERIFY(!leaks(m_window.get(), drawn).isEmpty());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        QVERIFY(m_window->sidePanels()->modelDock()->isVisible());
    }

    void voteKeysStoreTheVerdict()
    {
        startRounds();
        QCOMPARE(votes()->count(), 0);
        // Key 2: B is better, with a tag that is remembered for the next round.
        answerRound(QStringLiteral("First question"));
        QCOMPARE(bar()->choices().size(), 4);
        bar()->tagBox()->setCurrentText(QStringLiteral("coding"));
        const QList<PoolModel> first = blind()->round();
        QTest::keyClick(bar(), Qt::Key_2);
        QCOMPARE(votes()->count(), 1);
        Vote stored = votes()->votes().last();
        QCOMPARE(stored.outcome, VoteOutcome::Winner);
        QCOMPARE(stored.winner, 1);
        QCOMPARE(stored.contenders.at(0).model, first.at(0).model);
        QCOMPARE(stored.contenders.at(1).model, first.at(1).model);
        QCOMPARE(stored.contenders.at(0).profileId, QStringLiteral("fake"));
        QCOMPARE(stored.prompt, QStringLiteral("First question"));
        QCOMPARE(stored.tag, QStringLiteral("coding"));
        QVERIFY(stored.comparisonId > 0);
        QCOMPARE(stored.comparisonId, workspace()->controller()->comparisonId());
        QVERIFY(!stored.identityFlagged);
        QVERIFY(stored.counted);
        const qint64 firstComparison = stored.comparisonId;

        // The next prompt from the composer starts the next round: a new comparison.
        answerRound(QStringLiteral("Second question"));
        QVERIFY(workspace()->controller()->comparisonId() != firstComparison);
        QCOMPARE(bar()->tagBox()->currentText(), QStringLiteral("coding")); // remembered
        // The second round's buttons start where the first round's did (nothing piles up).
        QCOMPARE(bar()->choiceRowItemCount(), 5);
        bar()->tagBox()->setCurrentText(QString());
        QTest::keyClick(bar(), Qt::Key_3);
        stored = votes()->votes().last();
        QCOMPARE(stored.outcome, VoteOutcome::Tie);
        QCOMPARE(stored.prompt, QStringLiteral("Second question"));
        QVERIFY(stored.tag.isEmpty());

        answerRound(QStringLiteral("Third question"));
        QTest::keyClick(bar(), Qt::Key_4);
        QCOMPARE(votes()->votes().last().outcome, VoteOutcome::BothBad);
        QCOMPARE(votes()->count(), 3);
    }

    void sendingWaitsForTheVote()
    {
        startRounds();
        answerRound(QStringLiteral("Question"));
        const int before = int(chatRequests().size());
        typeAndSend(QStringLiteral("Another question before voting"));
        QCOMPARE(blind()->state(), BlindArena::State::Voting);
        QCOMPARE(int(chatRequests().size()), before);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Another question before voting"));
    }

    void aRegeneratedAnswerReopensTheVote()
    {
        startRounds();
        answerRound(QStringLiteral("Question"));
        const QString model = blind()->round().at(1).model;
        m_server->enqueueForModel(model,
                                  modelAnswer(model, {QStringLiteral("As an OpenAI model, no.")}));
        QSignalSpy opened(blind(), &BlindArena::voteOpened);
        comparisonSession()->regenerate(1);
        QVERIFY(!bar()->isVoting());
        QVERIFY(opened.wait(8000));
        // The new answer is the one judged, and flagged.
        QVERIFY(bar()->keepBox()->isVisible());
        QTest::keyClick(bar(), Qt::Key_1);
        QVERIFY(votes()->votes().last().identityFlagged);
    }

    void threePanesPickTheBest()
    {
        startRounds(3);
        answerRound(QStringLiteral("Three-way"));
        QCOMPARE(bar()->choices().size(), 5); // best of A, B, C; tie; all bad
        QTest::keyClick(bar(), Qt::Key_3);
        const Vote stored = votes()->votes().last();
        QCOMPARE(stored.paneCount(), 3);
        QCOMPARE(stored.outcome, VoteOutcome::Winner);
        QCOMPARE(stored.winner, 2);
    }

    void threePanesCanBeOrderedFromTheKeyboard()
    {
        startRounds(3);
        const QList<PoolModel> round = blind()->round();
        answerRound(QStringLiteral("Rank these"));
        QCOMPARE(bar()->choices().size(), 5); // the keys still pick the best
        QVERIFY(bar()->orderButton());
        QVERIFY(!bar()->rankBoxes().first()->isVisible());
        QTest::keyClick(bar(), Qt::Key_O, Qt::AltModifier); // "&Order them…"
        QTRY_VERIFY(bar()->rankBoxes().first()->isVisible());
        const QList<QComboBox *> ranks = bar()->rankBoxes();
        QCOMPARE(ranks.size(), 3);
        QCOMPARE(ranks.at(0)->accessibleName(), QStringLiteral("Rank of Model A"));
        QCOMPARE(bar()->order(), (QList<int>{0, 1, 2}));
        // C to the top: A, which was first, takes C's old place (the ranks stay an order).
        QTest::keyClick(ranks.at(2), Qt::Key_Home);
        QCOMPARE(bar()->order(), (QList<int>{2, 1, 0}));
        QCOMPARE(ranks.at(0)->currentIndex(), 2);
        // B down one: it swaps with A.
        QTest::keyClick(ranks.at(1), Qt::Key_Down);
        QCOMPARE(bar()->order(), (QList<int>{2, 0, 1}));
        QTest::keyClick(bar()->submitOrderButton(), Qt::Key_Space);

        QCOMPARE(blind()->state(), BlindArena::State::Revealed);
        const Vote stored = votes()->votes().last();
        QCOMPARE(stored.outcome, VoteOutcome::Order);
        QCOMPARE(stored.order, (QList<int>{2, 0, 1}));
        QCOMPARE(stored.winner, 2);
        const QString reveal = bar()->messageLabel()->text();
        QVERIFY2(reveal.contains(QStringLiteral("Model C > Model A > Model B")),
                 qPrintable(reveal));
        QVERIFY2(!reveal.contains(QStringLiteral("no answer good")), qPrintable(reveal));
        QVERIFY(reveal.contains(round.at(2).model));
        // The leaderboard counts every pair of the order: C beat both, A beat B.
        const LeaderboardResult board = Leaderboard::compute(votes()->votes());
        QCOMPARE(board.voteCount, 1);
        QCOMPARE(board.entries.first().model, round.at(2).model);
        for (const LeaderboardEntry &entry : board.entries) {
            QCOMPARE(entry.votes, 1);
            QCOMPARE(entry.wins, entry.model == round.at(2).model ? 1 : 0);
        }
        const auto ratingOf = [&board](const QString &model) {
            for (const LeaderboardEntry &entry : board.entries)
                if (entry.model == model)
                    return entry.rating;
            return 0.0;
        };
        QVERIFY(ratingOf(round.at(0).model) > ratingOf(round.at(1).model));

        // The next three-pane round starts with the ranks in pane order again.
        answerRound(QStringLiteral("Again"));
        QCOMPARE(bar()->order(), (QList<int>{0, 1, 2}));
        QTest::keyClick(bar(), Qt::Key_1);
        QCOMPARE(votes()->votes().last().outcome, VoteOutcome::Winner);
    }

    void identityGuardFlagsAndTheVoteIsLeftOutUnlessKept()
    {
        startRounds();
        answerRound(QStringLiteral("Who are you?"), {QStringLiteral("I'm Claude, an AI assistant."),
                                                     QStringLiteral("I am a helpful assistant.")});
        auto *warning = bar()->findChild<QLabel *>(QStringLiteral("voteIdentityWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("Model A")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("Claude")));
        QVERIFY(bar()->keepBox()->isVisible());
        QVERIFY(!bar()->keepBox()->isChecked());
        QTest::keyClick(bar(), Qt::Key_1);
        Vote stored = votes()->votes().last();
        QVERIFY(stored.identityFlagged);
        QVERIFY(!stored.counted); // public arenas drop them

        answerRound(QStringLiteral("Again"), {QStringLiteral("Plain answer."),
                                              QStringLiteral("As an OpenAI model, I think so.")});
        QVERIFY(warning->text().contains(QStringLiteral("Model B")));
        bar()->keepBox()->setChecked(true);
        QTest::keyClick(bar(), Qt::Key_2);
        stored = votes()->votes().last();
        QVERIFY(stored.identityFlagged);
        QVERIFY(stored.counted);
    }

    void deletingTheComparisonKeepsOrDeletesItsVotes()
    {
        startRounds();
        answerRound(QStringLiteral("Keep me"));
        QTest::keyClick(bar(), Qt::Key_1);
        const qint64 kept = workspace()->controller()->comparisonId();
        answerRound(QStringLiteral("Delete me"));
        QTest::keyClick(bar(), Qt::Key_2);
        const qint64 dropped = workspace()->controller()->comparisonId();
        QCOMPARE(votes()->count(), 2);

        QList<int> asked;
        m_window->arena()->keepVotesSeam = [&asked](int count) {
            asked.append(count);
            return asked.size() == 1; // keep the first, delete the second
        };
        m_window->conversationList()->deleteConversation(kept);
        QCOMPARE(asked, QList<int>{1});
        QCOMPARE(votes()->count(), 2);
        QVERIFY(votes()->votesOf(kept).isEmpty()); // the link is cleared, the vote stays
        m_window->conversationList()->deleteConversation(dropped);
        QCOMPARE(asked, (QList<int>{1, 1}));
        QCOMPARE(votes()->count(), 1);
        QCOMPARE(votes()->votes().first().prompt, QStringLiteral("Keep me"));

        // Undo brings the comparison back, and its deleted vote with it.
        auto *undo = m_window->conversationList()->findChild<QPushButton *>(
            QStringLiteral("undoDeleteButton"));
        QVERIFY(undo->isVisible());
        undo->click();
        QVERIFY(m_window->store()->conversation(dropped));
        QCOMPARE(votes()->count(), 2);
        QCOMPARE(votes()->votesOf(dropped).size(), 1);
        QCOMPARE(votes()->votesOf(dropped).first().prompt, QStringLiteral("Delete me"));
        QCOMPARE(Leaderboard::compute(votes()->votes()).voteCount, 2);
        // Undoing a delete whose votes were kept links them to the comparison again.
        m_window->arena()->keepVotesSeam = [](int) { return true; };
        m_window->conversationList()->deleteConversation(dropped);
        QVERIFY(votes()->votesOf(dropped).isEmpty());
        undo->click();
        QCOMPARE(votes()->votesOf(dropped).size(), 1);
        QCOMPARE(votes()->count(), 2);
    }

    void setupDialogBuildsThePool()
    {
        m_window->arena()->setupSeam = [](BlindSetupDialog &dialog) {
            // The current model and the two chatted with are not enough for four panes: one
            // more is added.
            if (dialog.pool().size() != 3)
                return false;
            dialog.paneBox()->setValue(4);
            if (dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled())
                return false;
            dialog.addModel(QStringLiteral("fake"), QStringLiteral("heron-3"));
            return dialog.findChild<QDialogButtonBox *>()
                ->button(QDialogButtonBox::Ok)
                ->isEnabled();
        };
        // The candidates are the models chatted with: two of them.
        for (const QString &model : {PoolNames.at(0), PoolNames.at(1)}) {
            ConversationInfo info;
            info.profileId = QStringLiteral("fake");
            info.model = model;
            info.title = model;
            QVERIFY(m_window->store()->createConversation(info) > 0);
        }
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewBlindComparison"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(blind()->isActive());
        QCOMPARE(comparisonSession()->paneCount(), 4);
        QSet<QString> models;
        for (const ComparisonPane &pane : comparisonSession()->comparison().panes)
            models.insert(pane.conversation.model);
        QSet<QString> expected{PoolNames.begin(), PoolNames.end()};
        expected.insert(QStringLiteral("test-model"));
        QCOMPARE(models, expected);
    }

    // docs/screenshots/blind-round.png (LINEUP_SCREENSHOTS=dir): a round before the vote.
    void screenshot()
    {
        if (!qEnvironmentVariableIsSet("LINEUP_SCREENSHOTS"))
            QSKIP("Set LINEUP_SCREENSHOTS to a folder to write the screenshot");
        m_window->resize(1360, 860);
        startRounds();
        answerRound(
            QStringLiteral("SSE or WebSockets for streaming tokens? One paragraph."),
            {QStringLiteral("**Server-Sent Events** fit token streaming best: the answer flows one "
                            "way, over plain HTTP, through proxies and with automatic "
                            "reconnection. WebSockets pay off only when the client must talk "
                            "back mid-stream, e.g. to interrupt a voice session."),
             QStringLiteral("Use **SSE** unless you need two-way traffic.\n\n- one request, "
                            "one stream of `data:` lines\n- works with HTTP/2 multiplexing and "
                            "ordinary load balancers\n- WebSockets: full duplex, but stateful "
                            "connections and their own scaling story")});
        bar()->tagBox()->setCurrentText(QStringLiteral("writing"));
        QTest::qWait(300);
        for (int i = 0; i < 2; ++i) {
            ChatView *chat = view()->pane(i)->chatView();
            const int row = view()->pane(i)->lastAnswerRow();
            QVERIFY(chat->modelsHidden());
            QVERIFY2(!chat->headerText(row).contains(blind()->round().at(i).model),
                     qPrintable(chat->headerText(row)));
        }
        QVERIFY(m_window->grab().save(qEnvironmentVariable("LINEUP_SCREENSHOTS") +
                                      QStringLiteral("/blind-round.png")));
    }

    void leavingTheRoundShowsThePanelsAgain()
    {
        startRounds();
        QVERIFY(!m_window->sidePanels()->modelDock()->isVisible());
        m_window->newConversation();
        QVERIFY(!blind()->isActive());
        QVERIFY(m_window->sidePanels()->modelDock()->isVisible());
        QVERIFY(m_window->serviceIndicator()->isVisible());
    }
};

QTEST_MAIN(TestBlindArena)
#include "tst_blindarena.moc"
