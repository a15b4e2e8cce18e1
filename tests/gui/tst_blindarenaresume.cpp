// A blind round reopened before its vote, from the list, a search hit or after a restart: every
// model name stays hidden (the walk over every visible widget's text, tooltip and accessible
// name, the list's entries, the accessibility tree, the panels, the exports), the vote opens
// again since the answers are complete, and once voted the comparison shows its names.
#include "BlindArenaHarness.h"
#include "ConversationListPanel.h"
#include "ConversationTransfer.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "chatview/ChatView.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QStatusBar>

using namespace Lineup;
using namespace Lineup::Test;

class TestBlindArenaResume : public BlindArenaHarness
{
    Q_OBJECT

    QStringList m_drawn;
    qint64 m_id = 0;

    // A two-pane round answered and left before its vote.
    void answerAndLeave()
    {
        startRounds();
        m_drawn = {blind()->round().at(0).model, blind()->round().at(1).model};
        answerRound(QStringLiteral("Explain recursion briefly."),
                    {QStringLiteral("A function that calls itself."),
                     QStringLiteral("Solving a problem by smaller copies of it.")});
        m_id = workspace()->controller()->comparisonId();
        QVERIFY(m_id > 0);
        QCOMPARE(m_window->store()->conversation(m_id)->blind, BlindState::Unvoted);
        m_window->newConversation();
        QVERIFY(!m_window->isComparing());
        QVERIFY(!blind()->isActive());
    }

    QListWidgetItem *listEntry(qint64 id) const
    {
        QListWidget *list = m_window->conversationList()->list();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole + 1).toLongLong() == id) // IdRole
                return list->item(row);
        return nullptr;
    }

    // The comparison is open and blind exactly as during its round, with the vote open.
    void verifyBlindWithVoteOpen()
    {
        QVERIFY(m_window->isComparing());
        QCOMPARE(workspace()->controller()->comparisonId(), m_id);
        QVERIFY(blind()->hidesNames());
        QCOMPARE(blind()->state(), BlindArena::State::Voting);
        QVERIFY(bar()->isVisible());
        QVERIFY(bar()->isVoting());
        QVERIFY(view()->isBlind());
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(view()->pane(i)->modelButton()->text(), blindPaneLabel(i));
            QVERIFY(!view()->pane(i)->figuresLabel()->isVisible());
            ChatView *chat = view()->pane(i)->chatView();
            QVERIFY(chat->modelsHidden());
            const int row = view()->pane(i)->lastAnswerRow();
            QTRY_VERIFY(chat->isRowLaidOut(row));
            QVERIFY2(!chat->headerText(row).contains(m_drawn.at(i)),
                     qPrintable(chat->headerText(row)));
        }
        for (QDockWidget *dock : m_window->sidePanels()->docks())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(!m_window->serviceIndicator()->isVisible());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        const QStringList found = leaks(m_window.get(), poolNames());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
    }

    // Key 2 votes; the names show, and stay shown when the comparison is reopened.
    void voteAndVerifyRevealed()
    {
        QTest::keyClick(bar(), Qt::Key_2);
        QCOMPARE(blind()->state(), BlindArena::State::Revealed);
        const Vote stored = votes()->votes().last();
        QCOMPARE(stored.comparisonId, m_id);
        QCOMPARE(stored.winner, 1);
        QCOMPARE(stored.prompt, QStringLiteral("Explain recursion briefly."));
        QCOMPARE(stored.contenders.at(0).model, m_drawn.at(0));
        QCOMPARE(m_window->store()->conversation(m_id)->blind, BlindState::Voted);
        QVERIFY(bar()->messageLabel()->text().contains(m_drawn.at(1)));

        m_window->newConversation();
        QVERIFY(m_window->openConversation(m_id));
        QVERIFY(!blind()->isActive());
        QVERIFY(!view()->isBlind());
        QCOMPARE(view()->pane(0)->modelButton()->text(), m_drawn.at(0));
        QCOMPARE(view()->pane(1)->modelButton()->text(), m_drawn.at(1));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        QString error;
        QVERIFY2(ConversationExporter(*m_window->store())
                     .exportConversations({m_id}, ExportFormat::Markdown, &error),
                 qPrintable(error));
        QCOMPARE(votes()->count(), 1);
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void reopenedFromTheListItStaysBlindAndTheVoteOpens()
    {
        answerAndLeave();
        // The list entry names no model, and says the vote is still open.
        QListWidgetItem *entry = listEntry(m_id);
        QVERIFY(entry);
        QStringList entryTexts{entry->text(), entry->toolTip()};
        for (int role = Qt::UserRole; role <= Qt::UserRole + 16; ++role)
            entryTexts << entry->data(role).toString();
        for (const QString &text : std::as_const(entryTexts))
            for (const QString &name : poolNames())
                QVERIFY2(!text.contains(name), qPrintable(text));
        QVERIFY2(entryTexts.join(QLatin1Char(' ')).contains(QStringLiteral("not voted yet")),
                 qPrintable(entryTexts.join(QLatin1Char(' '))));

        // Exports refuse it (the comparison and its panes) rather than name the models.
        QString error;
        const ConversationExporter exporter(*m_window->store());
        QVERIFY(!exporter.exportConversations({m_id}, ExportFormat::Lineup, &error));
        QVERIFY2(error.contains(QStringLiteral("blind comparison not voted on yet")),
                 qPrintable(error));
        const qint64 pane = m_window->store()->comparison(m_id)->panes.first().conversation.id;
        QVERIFY(!exporter.exportConversations({pane}, ExportFormat::Markdown, &error));
        // The window's export refuses it before asking for a file; Export All leaves it out.
        Q_EMIT m_window->conversationList()->exportRequested({m_id});
        QVERIFY2(m_window->transfer()->lastError().contains(QStringLiteral("not voted on yet")),
                 qPrintable(m_window->transfer()->lastError()));
        QVERIFY(!visibleFileDialog("exportDialog"));
        ConversationInfo chat;
        chat.title = QStringLiteral("Ordinary chat");
        QVERIFY(m_window->store()->createConversation(chat) > 0);
        m_window->findChild<QAction *>(QStringLiteral("actionExportAll"))->trigger();
        QFileDialog *dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Conversation")); // one: the chat
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Left out 1")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        dialog->reject();

        Q_EMIT m_window->conversationList()->conversationActivated(m_id);
        verifyBlindWithVoteOpen();
        // Sending waits for the vote, as during the round.
        const int before = int(chatRequests().size());
        typeAndSend(QStringLiteral("One more question"));
        QCOMPARE(int(chatRequests().size()), before);
        editor()->clear();
        voteAndVerifyRevealed();
    }

    void aSearchHitOpensItBlind()
    {
        answerAndLeave();
        ConversationListPanel *panel = m_window->conversationList();
        panel->searchField()->setText(QStringLiteral("smaller copies"));
        QTRY_COMPARE(panel->searchResults()->count(), 1);
        QStringList found = leaks(m_window.get(), poolNames());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(" | "))));
        Q_EMIT panel->searchResults()->itemActivated(panel->searchResults()->item(0));
        panel->searchField()->clear();
        verifyBlindWithVoteOpen();
        voteAndVerifyRevealed();
    }

    void afterARestartItStaysBlindAndTheNextRoundUsesItsModels()
    {
        answerAndLeave();
        m_window.reset();
        openWindow();
        QVERIFY(m_window->openConversation(m_id));
        verifyBlindWithVoteOpen();
        QCOMPARE(bar()->choices().size(), 4);
        voteAndVerifyRevealed();

        // The pool of the rounds before a restart is not stored: after voting on a reopened
        // round, the next rounds draw from that round's models.
        answerAndLeave();
        m_window.reset();
        openWindow();
        QVERIFY(m_window->openConversation(m_id));
        verifyBlindWithVoteOpen();
        QTest::keyClick(bar(), Qt::Key_3);
        QCOMPARE(votes()->votes().last().outcome, VoteOutcome::Tie);
        const QList<PoolModel> next = blind()->upcomingRound();
        QCOMPARE(next.size(), 2);
        for (const PoolModel &model : next)
            QVERIFY(m_drawn.contains(model.model));
        answerRound(QStringLiteral("Next round"));
        QVERIFY(workspace()->controller()->comparisonId() != m_id);
        QVERIFY(blind()->hidesNames());
    }
};

QTEST_MAIN(TestBlindArenaResume)
#include "tst_blindarenaresume.moc"
