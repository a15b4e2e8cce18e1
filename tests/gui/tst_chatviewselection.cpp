// Selecting with the mouse across messages: the drag runs from one message into others (either
// direction), each message shows its part, copying joins them with blank lines, a drag held
// below the view scrolls it, and the selection ends cleanly when its messages go away.
#include "TestSupport.h"
#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"

#include <QApplication>
#include <QClipboard>
#include <QMouseEvent>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestChatViewSelection : public QObject
{
    Q_OBJECT

    ConversationModel m_model;
    std::unique_ptr<ChatView> m_view;

    void show(QSize size = {640, 480})
    {
        m_view = std::make_unique<ChatView>();
        m_view->setOpenLinksExternally(false);
        m_view->setModel(&m_model);
        m_view->resize(size);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->viewport()->repaint();
    }

    // A point on the first line of a message's text.
    QPoint textPoint(int row, int x) const
    {
        const QRect rect = m_view->rowRect(row);
        return {rect.left() + x, rect.top() + 42};
    }

    void drag(QPoint from, QPoint to)
    {
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        moveHeld(to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    void moveHeld(QPoint to)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(to),
                         m_view->viewport()->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
    }

private Q_SLOTS:
    void init()
    {
        // Answers are drawn full width from the left, questions to the right: the drags start
        // and end in answers and run over a question.
        m_model.setRecords({textRecord(Role::Assistant, QStringLiteral("alpha question here")),
                            textRecord(Role::User, QStringLiteral("bravo answer here")),
                            textRecord(Role::Assistant, QStringLiteral("charlie follow up"))});
    }

    void cleanup() { m_view.reset(); }

    void dragAcrossMessagesSelectsTheirText()
    {
        show();
        // From inside the first message's text to inside the third's.
        drag(textPoint(0, 60), textPoint(2, 200));
        const QString selected = m_view->selectedText();
        QVERIFY2(selected.contains(QStringLiteral("question here")), qPrintable(selected));
        QVERIFY(selected.contains(QStringLiteral("\n\nbravo answer here\n\n")));
        QVERIFY(selected.contains(QStringLiteral("charlie")));
        QVERIFY(!selected.startsWith(QStringLiteral("alpha"))); // began after it
        QApplication::clipboard()->clear();
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), selected);

        // The same drag backwards selects the same text.
        drag(textPoint(2, 200), textPoint(0, 60));
        QCOMPARE(m_view->selectedText(), selected);

        // A click clears it.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, textPoint(1, 80));
        QVERIFY(m_view->selectedText().isEmpty());
    }

    void dragHeldBelowTheViewScrollsAndSelects()
    {
        QList<MessageRecord> records;
        for (int i = 0; i < 40; ++i)
            records.append(textRecord(i % 2 ? Role::User : Role::Assistant,
                                      QStringLiteral("line number %1 of the talk").arg(i)));
        m_model.setRecords(records);
        show({640, 300});
        m_view->scrollToRow(0);
        m_view->viewport()->repaint();
        QCOMPARE(m_view->rowRect(0).top(), 0);
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, textPoint(0, 40));
        const QPoint below(200, viewport->height() + 40);
        moveHeld(below);
        // The view scrolls while the button is held there, and the selection follows.
        QTRY_VERIFY(m_view->rowRect(0).top() < -600);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, below);
        const int top = m_view->rowRect(0).top();
        QTest::qWait(100);
        QCOMPARE(m_view->rowRect(0).top(), top); // stops with the release
        const QString selected = m_view->selectedText();
        QVERIFY(selected.contains(QStringLiteral("line number 1 of the talk")));
        QVERIFY(selected.contains(QStringLiteral("line number 5 of the talk")));
    }

    void removingAnEndOfTheSelectionClearsIt()
    {
        show();
        drag(textPoint(0, 60), textPoint(2, 200));
        QVERIFY(!m_view->selectedText().isEmpty());
        m_model.remove(1); // in the middle: both ends stay
        QVERIFY(m_view->selectedText().contains(QStringLiteral("charlie")));
        QVERIFY(!m_view->selectedText().contains(QStringLiteral("bravo")));
        m_model.remove(1); // the end
        QVERIFY(m_view->selectedText().isEmpty());
        m_view->viewport()->repaint(); // and painting copes
    }
};

QTEST_MAIN(TestChatViewSelection)
#include "tst_chatviewselection.moc"
