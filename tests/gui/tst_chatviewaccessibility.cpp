// The chat view as a screen reader sees it: the viewport is a list of messages named by role,
// model and status with their text as description, and every painted control (actions,
// reasoning toggle, choice tabs, code copy buttons, links) is a named child that can be pressed.
// And without a mouse: the arrow keys move a current message, the menu key opens its actions.
#include "KeyboardContextMenu.h"
#include "TestSupport.h"
#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QAccessibleInterface *childNamed(QAccessibleInterface *parent, const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (child && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

// Once the context menu about to open runs its event loop: its entries, then close it.
void readMenuWhenItOpens(QStringList *offered)
{
    QTimer::singleShot(0, [offered] {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            return;
        const QList<QAction *> actions = popup->actions();
        for (QAction *action : actions)
            offered->append(action->text());
        popup->close();
    });
}

void press(QAccessibleInterface *control)
{
    QAccessibleActionInterface *actions = control->actionInterface();
    QVERIFY(actions);
    QVERIFY(!actions->actionNames().isEmpty());
    actions->doAction(actions->actionNames().constFirst());
}

} // namespace

class TestChatViewAccessibility : public QObject
{
    Q_OBJECT

    ConversationModel m_model;
    std::unique_ptr<ChatView> m_view;

    QAccessibleInterface *list() const
    {
        return QAccessible::queryAccessibleInterface(m_view->viewport());
    }
    // The message item of a row (after the viewport's own widgets).
    QAccessibleInterface *message(int row) const
    {
        QAccessibleInterface *viewport = list();
        const int first = viewport->childCount() - m_model.rowCount();
        return viewport->child(first + row);
    }

private Q_SLOTS:
    void init()
    {
        m_model.setRecords({});
        MessageRecord answer = textRecord(
            Role::Assistant,
            QStringLiteral("See [the docs](https://example.org/docs).\n\n```sh\nls -l\n```\n"));
        answer.message.reasoning = QStringLiteral("Thinking it over");
        answer.alternatives = {
            ChatMessage::fromText(Role::Assistant, QStringLiteral("the other choice"))};
        m_model.append(textRecord(Role::User, QStringLiteral("How do I list files?")));
        m_model.append(answer);
        m_model.append(
            textRecord(Role::Assistant, QStringLiteral("half an ans"), MessageStatus::Stopped));
        m_view = std::make_unique<ChatView>();
        m_view->setOpenLinksExternally(false);
        m_view->setModel(&m_model);
        m_view->resize(640, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->viewport()->repaint();
    }

    void cleanup() { m_view.reset(); }

    void messagesAreNamedListItems()
    {
        QAccessibleInterface *viewport = list();
        QVERIFY(viewport);
        QCOMPARE(viewport->role(), QAccessible::List);
        QCOMPARE(viewport->text(QAccessible::Name), QStringLiteral("Conversation"));

        QAccessibleInterface *question = message(0);
        QVERIFY(question);
        QCOMPARE(question->role(), QAccessible::ListItem);
        QCOMPARE(question->text(QAccessible::Name), QStringLiteral("You"));
        QCOMPARE(question->text(QAccessible::Description), QStringLiteral("How do I list files?"));
        QCOMPARE(viewport->indexOfChild(question), viewport->childCount() - 3);
        QCOMPARE(question->parent(), viewport);

        QCOMPARE(message(1)->text(QAccessible::Name), QStringLiteral("Assistant, test-model"));
        QCOMPARE(message(2)->text(QAccessible::Name),
                 QStringLiteral("Assistant, test-model, stopped"));
        // Where it is on screen, and which item is at a point.
        const QRect rowOnScreen(m_view->viewport()->mapToGlobal(m_view->rowRect(1).topLeft()),
                                m_view->rowRect(1).size());
        QCOMPARE(message(1)->rect(), rowOnScreen);
        QCOMPARE(viewport->childAt(rowOnScreen.center().x(), rowOnScreen.center().y()), message(1));
    }

    void everyPaintedControlIsNamedAndPressable()
    {
        QAccessibleInterface *answer = message(1);
        QStringList names;
        for (int i = 0; i < answer->childCount(); ++i) {
            QAccessibleInterface *child = answer->child(i);
            QVERIFY(child);
            QVERIFY2(!child->text(QAccessible::Name).isEmpty(), qPrintable(QString::number(i)));
            QVERIFY(child->actionInterface());
            QCOMPARE(child->parent(), answer);
            QCOMPARE(answer->indexOfChild(child), i);
            names.append(child->text(QAccessible::Name));
        }
        QCOMPARE(names, QStringList({QStringLiteral("Copy"), QStringLiteral("Copy as Markdown"),
                                     QStringLiteral("Delete"), QStringLiteral("Reasoning"),
                                     QStringLiteral("Choice 1"), QStringLiteral("Choice 2"),
                                     QStringLiteral("Copy code block 1"),
                                     QStringLiteral("https://example.org/docs")}));

        // The code block's copy button: where it is painted, and it copies the code.
        QAccessibleInterface *copyCode = childNamed(answer, QStringLiteral("Copy code block 1"));
        const QRect painted = m_view->hitRect(1, ChatView::Part::CodeCopyButton, 0);
        QCOMPARE(copyCode->rect(),
                 QRect(m_view->viewport()->mapToGlobal(painted.topLeft()), painted.size()));
        QApplication::clipboard()->clear();
        press(copyCode);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("ls -l"));

        // The link opens (reported, not followed, in this test).
        QSignalSpy links(m_view.get(), &ChatView::linkActivated);
        QAccessibleInterface *link = childNamed(answer, QStringLiteral("https://example.org/docs"));
        QCOMPARE(link->role(), QAccessible::Link);
        press(link);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.org/docs")));

        // The reasoning toggle says whether it is open, and toggles.
        QAccessibleInterface *reasoning = childNamed(answer, QStringLiteral("Reasoning"));
        QVERIFY(reasoning->state().checkable);
        QVERIFY(!reasoning->state().checked);
        QCOMPARE(reasoning->actionInterface()->actionNames(),
                 QStringList{QAccessibleActionInterface::toggleAction()});
        press(reasoning);
        QVERIFY(m_view->isReasoningExpanded(1));
        QVERIFY(childNamed(message(1), QStringLiteral("Reasoning"))->state().checked);

        // The second choice's tab shows it, and is then the selected one.
        QAccessibleInterface *second = childNamed(message(1), QStringLiteral("Choice 2"));
        QCOMPARE(second->role(), QAccessible::PageTab);
        QVERIFY(!second->state().selected);
        press(second);
        QCOMPARE(m_view->shownChoice(1), 1);
        QVERIFY(childNamed(message(1), QStringLiteral("Choice 2"))->state().selected);
        QCOMPARE(message(1)->text(QAccessible::Description), QStringLiteral("the other choice"));
    }

    void messageActionsArePressable()
    {
        QSignalSpy retries(m_view.get(), &ChatView::retryRequested);
        QAccessibleInterface *retry = childNamed(message(2), QStringLiteral("Retry"));
        QVERIFY(retry);
        QCOMPARE(retry->role(), QAccessible::Button);
        press(retry);
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.at(0).at(0).toInt(), 2);

        QSignalSpy edits(m_view.get(), &ChatView::editRequested);
        press(childNamed(message(0), QStringLiteral("Edit and resend")));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.at(0).at(0).toInt(), 0);

        // A failed answer offers its fix under the fix's own name.
        MessageRecord failed = textRecord(Role::Assistant, QString(), MessageStatus::Failed);
        failed.error = ApiError::fromKind(ApiError::Kind::Unauthorized);
        m_model.append(failed);
        QAccessibleInterface *item = message(3);
        QVERIFY(item->text(QAccessible::Name)
                    .startsWith(QStringLiteral("Assistant, test-model, failed: ")));
        QSignalSpy fixes(m_view.get(), &ChatView::errorActionRequested);
        press(childNamed(item, QStringLiteral("Open provider settings")));
        QCOMPARE(fixes.count(), 1);
    }

    void itemsOfMovedRowsAreDropped()
    {
        QAccessibleInterface *question = message(0);
        const QAccessible::Id id = QAccessible::uniqueId(question);
        QCOMPARE(QAccessible::accessibleInterface(id), question);
        m_model.remove(0);
        // The old item named row 0 by index; it is gone rather than naming another message.
        QVERIFY(!QAccessible::accessibleInterface(id));
        QCOMPARE(message(0)->text(QAccessible::Description).left(8), QStringLiteral("See [the"));

        // Gone with the view, no dangling access.
        QAccessibleInterface *answer = message(0);
        QAccessibleInterface *copy = answer->child(0);
        const QAccessible::Id copyId = QAccessible::uniqueId(copy);
        m_view.reset();
        QVERIFY(!QAccessible::accessibleInterface(copyId));
    }

    void arrowKeysMoveTheCurrentMessage()
    {
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        QCOMPARE(m_view->currentMessage(), -1);
        // The first Up names the newest message on screen, then each goes one back.
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_view->currentMessage(), 2);
        QVERIFY(message(2)->state().focused);
        QVERIFY(!message(1)->state().focused);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QTest::keyClick(m_view.get(), Qt::Key_Up); // stays on the first
        QCOMPARE(m_view->currentMessage(), 0);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->currentMessage(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_End);
        QCOMPARE(m_view->currentMessage(), 2);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_view->currentMessage(), 0);

        // The current message follows its row when rows come and go.
        m_model.remove(0);
        QCOMPARE(m_view->currentMessage(), -1);
        m_view->setCurrentMessage(1);
        m_model.remove(0);
        QCOMPARE(m_view->currentMessage(), 0);
    }

    void movingTheCurrentMessageScrollsItIntoView()
    {
        for (int i = 0; i < 60; ++i)
            m_model.append(textRecord(Role::User, QStringLiteral("filler %1").arg(i)));
        m_view->scrollToBottom();
        m_view->viewport()->repaint();
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_view->currentMessage(), 0);
        QCOMPARE(m_view->rowRect(0).top(), 0);
        QVERIFY(!m_view->isFollowingTail());
        // Down from a message at the top: the next one is shown whole.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Down);
        const QRect shown = m_view->rowRect(20);
        QVERIFY(shown.top() >= 0);
        QVERIFY(shown.bottom() < m_view->viewport()->height());
        QTest::keyClick(m_view.get(), Qt::Key_End);
        QCOMPARE(m_view->currentMessage(), m_model.rowCount() - 1);
        QVERIFY(m_view->rowRect(m_model.rowCount() - 1).bottom() < m_view->viewport()->height());
    }

    void menuKeyOpensTheCurrentMessagesActions()
    {
        installShiftF10ContextMenu(QCoreApplication::instance()); // as the app does
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setFocus();
        m_view->setCurrentMessage(2); // the stopped answer
        QStringList offered;
        readMenuWhenItOpens(&offered);
        // What the platform sends for the menu key.
        const QPoint anywhere(5, 5);
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, anywhere,
                                  m_view->viewport()->mapToGlobal(anywhere));
        QApplication::sendEvent(m_view->viewport(), &menuKey);
        QVERIFY2(offered.contains(QStringLiteral("Retry")), qPrintable(offered.join(u',')));
        QVERIFY(!offered.contains(QStringLiteral("Edit and resend")));

        m_view->setCurrentMessage(0); // the question
        // Offscreen, focus does not come back by itself when the menu closes.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setFocus();
        offered.clear();
        readMenuWhenItOpens(&offered);
        QTest::keyClick(m_view.get(), Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY2(offered.contains(QStringLiteral("Edit and resend")),
                 qPrintable(offered.join(u',')));
    }

    void offscreenMessagesSaySo()
    {
        for (int i = 0; i < 60; ++i)
            m_model.append(textRecord(Role::User, QStringLiteral("filler %1").arg(i)));
        m_view->scrollToBottom();
        m_view->viewport()->repaint();
        QVERIFY(message(0)->state().offscreen);
        QVERIFY(!message(m_model.rowCount() - 1)->state().offscreen);
    }
};

QTEST_MAIN(TestChatViewAccessibility)
#include "tst_chatviewaccessibility.moc"
