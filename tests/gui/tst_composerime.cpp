// Japanese and Chinese are typed through an input method: the text is composed (preedit) and
// then confirmed, usually with Enter. That Enter must confirm the composition, never send the
// message; only an Enter outside a composition sends.
#include "ComposerEdit.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Lineup;

namespace {

void preedit(ComposerEdit &edit, const QString &text)
{
    QInputMethodEvent event(text, {});
    QCoreApplication::sendEvent(&edit, &event);
}

void commit(ComposerEdit &edit, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(&edit, &event);
}

} // namespace

class TestComposerIme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterThatConfirmsAJapaneseCompositionDoesNotSend()
    {
        ComposerEdit edit;
        QSignalSpy sends(&edit, &ComposerEdit::submitRequested);
        preedit(edit, QStringLiteral("にほんご"));
        QVERIFY(edit.isComposing());
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(sends.count(), 0);
        commit(edit, QStringLiteral("日本語"));
        QVERIFY(!edit.isComposing());
        QCOMPARE(edit.toPlainText(), QStringLiteral("日本語"));
        QCoreApplication::processEvents();
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(sends.count(), 1);
        QCOMPARE(edit.toPlainText(), QStringLiteral("日本語"));
    }

    void enterDeliveredRightAfterTheCommitDoesNotSend()
    {
        // Some input methods commit first and then pass the confirming Enter on as a key press.
        ComposerEdit edit;
        QSignalSpy sends(&edit, &ComposerEdit::submitRequested);
        preedit(edit, QStringLiteral("ni hao"));
        commit(edit, QStringLiteral("你好"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(sends.count(), 0);
        QCOMPARE(edit.toPlainText(), QStringLiteral("你好")); // no line break either
        QCoreApplication::processEvents();
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(sends.count(), 1);
    }

    void ctrlEnterDuringAChineseCompositionDoesNotSend()
    {
        ComposerEdit edit;
        edit.setCtrlEnterSends(true);
        QSignalSpy sends(&edit, &ComposerEdit::submitRequested);
        preedit(edit, QStringLiteral("zhongwen"));
        QTest::keyClick(&edit, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(sends.count(), 0);
        commit(edit, QStringLiteral("中文"));
        QCoreApplication::processEvents();
        QTest::keyClick(&edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sends.count(), 1);
    }

    void escapeDuringACompositionDoesNotStopTheAnswer()
    {
        ComposerEdit edit;
        QSignalSpy stops(&edit, &ComposerEdit::stopRequested);
        preedit(edit, QStringLiteral("かんじ"));
        QTest::keyClick(&edit, Qt::Key_Escape);
        QCOMPARE(stops.count(), 0);
        preedit(edit, QString()); // the input method cancels the composition
        QCoreApplication::processEvents();
        QTest::keyClick(&edit, Qt::Key_Escape);
        QCOMPARE(stops.count(), 1);
    }

    void textCommittedWithoutACompositionSendsOnEnter()
    {
        // A plain commit (no preedit first, as when pasting through the input method) leaves
        // Enter sending at once.
        ComposerEdit edit;
        QSignalSpy sends(&edit, &ComposerEdit::submitRequested);
        commit(edit, QStringLiteral("こんにちは"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(sends.count(), 1);
    }
};

QTEST_MAIN(TestComposerIme)
#include "tst_composerime.moc"
