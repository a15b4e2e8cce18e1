// The chat window and its history, offscreen, against the local FakeServer: messages and
// conversations reach the store and come back in a reopened window, an answer cut off by closing
// is kept, search opens the conversation at the hit, rename, pin, and delete with undo.
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "MainWindowHarness.h"
#include "chatview/ChatView.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>

using namespace Lineup;
using namespace Lineup::Test;

class TestMainWindowHistory : public MainWindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void deleteMessageReflectsIntoStorage()
    {
        exchange(QStringLiteral("first"), QStringLiteral("A1"));
        const qint64 id = m_window->controller()->conversationId();
        QTRY_COMPARE(m_window->store()->messages(id).size(), 2);
        m_window->chatView()->triggerAction(1, ChatView::MessageAction::Delete);
        QCOMPARE(session()->messages()->rowCount(), 1);
        QCOMPARE(m_window->store()->messages(id).size(), 1);
    }

    void conversationIsStoredAndReappearsAfterReopening()
    {
        exchange(QStringLiteral("Remember the tulips"), QStringLiteral("Tulips noted."));
        const qint64 id = m_window->controller()->conversationId();
        QVERIFY(id > 0);
        QTRY_COMPARE(m_window->conversationList()->list()->count(), 1);
        QTRY_COMPARE(m_window->store()->messages(id).value(1).status, MessageStatus::Complete);
        m_window->close();
        m_window.reset();

        openWindow();
        QListWidget *list = m_window->conversationList()->list();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("tulips")));
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(session()->messages()->rowCount(), 2);
        QCOMPARE(session()->messages()->record(1).message.text(), QStringLiteral("Tulips noted."));
        QCOMPARE(session()->messages()->record(1).status, MessageStatus::Complete);

        // Continuing the reopened conversation sends its stored history.
        exchange(QStringLiteral("And roses?"), QStringLiteral("Roses too."));
        QCOMPARE(sentMessages(chatRequests().last().json()),
                 Turns({turn("user", "Remember the tulips"), turn("assistant", "Tulips noted."),
                        turn("user", "And roses?")}));
        QCOMPARE(m_window->controller()->conversationId(), id);
    }

    void closingWhileStreamingKeepsThePartialAnswer()
    {
        QStringList pieces;
        for (int i = 0; i < 60; ++i)
            pieces.append(QStringLiteral("p%1 ").arg(i));
        m_server->setRoute("POST", m_chatPath, answer(pieces, 60, false));
        typeAndSend(QStringLiteral("Stream and be closed"));
        QTRY_VERIFY(
            session()->messages()->record(1).message.text().contains(QStringLiteral("p2 ")));
        const qint64 id = m_window->controller()->conversationId();
        m_window->close(); // stops the answer: stored as stopped, with its text
        m_window.reset();

        openWindow();
        QVERIFY(m_window->openConversation(id));
        const MessageRecord &kept = session()->messages()->record(1);
        QCOMPARE(kept.status, MessageStatus::Stopped);
        QVERIFY(kept.message.text().startsWith(QStringLiteral("p0 p1 p2 ")));

        // Destroyed without closing (a crash-like exit) while streaming: no crash, and the answer
        // comes back as interrupted with what had been checkpointed.
        typeAndSend(QStringLiteral("Again"));
        QTRY_VERIFY(
            session()->messages()->record(3).message.text().contains(QStringLiteral("p1 ")));
        m_window.reset();
        openWindow();
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(session()->messages()->rowCount(), 4);
        QVERIFY(session()->messages()->record(3).status != MessageStatus::Streaming);
        QVERIFY(session()->messages()->record(3).status != MessageStatus::Complete);
    }

    void searchOpensTheConversationAtTheHit()
    {
        exchange(QStringLiteral("Tell me about platypus eggs"), QStringLiteral("They lay eggs."));
        const qint64 first = m_window->controller()->conversationId();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        exchange(QStringLiteral("Something else"), QStringLiteral("Sure."));
        QVERIFY(m_window->controller()->conversationId() != first);

        ConversationListPanel *panel = m_window->conversationList();
        panel->searchField()->setText(QStringLiteral("platypus"));
        QTRY_VERIFY(panel->searchResults()->isVisible());
        QTRY_COMPARE(panel->searchResults()->count(), 1);
        Q_EMIT panel->searchResults()->itemActivated(panel->searchResults()->item(0));
        QCOMPARE(m_window->controller()->conversationId(), first);
        QCOMPARE(session()->messages()->record(0).message.text(),
                 QStringLiteral("Tell me about platypus eggs"));
    }

    void renameAndPinGoToTheStore()
    {
        exchange(QStringLiteral("First topic"), QStringLiteral("One."));
        const qint64 first = m_window->controller()->conversationId();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        exchange(QStringLiteral("Second topic"), QStringLiteral("Two."));
        const qint64 second = m_window->controller()->conversationId();
        ConversationListPanel *panel = m_window->conversationList();
        QTRY_COMPARE(panel->list()->count(), 2);
        QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("Second topic")); // newest first

        // Renaming commits through the list's editor (itemChanged).
        panel->list()->item(0)->setText(QStringLiteral("Renamed topic"));
        QCOMPARE(m_window->store()->conversation(second)->title, QStringLiteral("Renamed topic"));
        QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("Renamed topic")));

        // Pinning moves the older conversation to the top.
        panel->togglePinned(first);
        QVERIFY(m_window->store()->conversation(first)->pinned);
        QTRY_COMPARE(panel->list()->item(0)->text(), QStringLiteral("First topic"));
    }

    void deleteConversationCanBeUndone()
    {
        exchange(QStringLiteral("Keep me"), QStringLiteral("Kept."));
        const qint64 id = m_window->controller()->conversationId();
        ConversationListPanel *panel = m_window->conversationList();
        QTRY_COMPARE(panel->list()->count(), 1);
        panel->deleteConversation(id);
        QCOMPARE(panel->list()->count(), 0);
        QCOMPARE(m_window->controller()->conversationId(), 0); // the window moved to a new chat
        QCOMPARE(session()->messages()->rowCount(), 0);
        panel->undoDelete();
        QCOMPARE(panel->list()->count(), 1);
        QCOMPARE(m_window->controller()->conversationId(), id);
        QCOMPARE(session()->messages()->rowCount(), 2);
    }
};

QTEST_MAIN(TestMainWindowHistory)
#include "tst_mainwindowhistory.moc"
