// The comparison view's own behaviour: up to four panes in a row and more wrapping into two,
// maximise and restore (button and Ctrl+Shift+M), the summary table marking the best values
// (bold and ★) and copying as Markdown, the word diff marked in both panes, synced scrolling,
// the pane's model picker over the profiles, the empty state's button and `--compare`.
#include "ComparisonHarness.h"
#include "ConversationController.h"
#include "EmptyState.h"
#include "chatview/ChatView.h"
#include "comparison/FiguresTable.h"
#include "comparison/ModelMenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestComparisonView : public ComparisonHarness
{
    Q_OBJECT

    void answer(const QStringList &models, const QStringList &answers)
    {
        for (int i = 0; i < models.size(); ++i)
            m_server->enqueueForModel(
                models.at(i), modelAnswer(models.at(i), answers.at(i).split(QLatin1Char('|')), 0,
                                          10, 5 * (i + 1)));
        sendToAll(QStringLiteral("Question"));
        QVERIFY(waitAllIdle());
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void upToFourInARowMoreWrapIntoTwo()
    {
        startComparison({QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
                         QStringLiteral("m4")});
        QCOMPARE(view()->rowCount(), 1);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(view()->rowOf(i), 0);
            QCOMPARE(view()->columnOf(i), i);
        }
        view()->addPaneButton()->click();
        QCOMPARE(view()->paneCount(), 5);
        QCOMPARE(view()->rowCount(), 2);
        QCOMPARE(view()->rowOf(0), 0);
        QCOMPARE(view()->rowOf(2), 0);
        QCOMPARE(view()->rowOf(3), 1);
        QCOMPARE(view()->rowOf(4), 1);
        for (int i = 5; i < Comparison::MaxPanes; ++i)
            view()->addPaneButton()->click();
        QCOMPARE(view()->paneCount(), 8);
        QCOMPARE(view()->rowOf(7), 1);
        QCOMPARE(view()->columnOf(7), 3);
        QVERIFY(!view()->addPaneButton()->isEnabled());
        // Columns never get narrower than the minimum: the area scrolls sideways instead.
        QTRY_VERIFY(view()->pane(0)->width() >= ComparisonView::MinPaneWidth - 8);
    }

    void maximiseAndRestore()
    {
        startComparison({QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")});
        view()->pane(1)->button(QStringLiteral("maximisePaneButton"))->click();
        QCOMPARE(view()->maximisedPane(), 1);
        QVERIFY(view()->pane(1)->isVisible());
        QVERIFY(!view()->pane(0)->isVisible());
        QVERIFY(!view()->pane(2)->isVisible());
        QTRY_VERIFY(view()->pane(1)->width() > view()->width() / 2);
        // The shortcut restores (and maximises the focused pane again).
        view()->pane(1)->chatView()->setFocus();
        QTest::keyClick(view()->pane(1)->chatView(), Qt::Key_M,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view()->maximisedPane(), -1);
        QVERIFY(view()->pane(0)->isVisible() && view()->pane(2)->isVisible());
        QTest::keyClick(view()->pane(1)->chatView(), Qt::Key_M,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view()->maximisedPane(), 1);
    }

    void summaryMarksTheBestAndCopiesAsMarkdown()
    {
        const QStringList models{QStringLiteral("alpha"), QStringLiteral("beta"),
                                 QStringLiteral("locked")};
        startComparison(models);
        m_server->enqueueForModel(QStringLiteral("locked"),
                                  FakeResponse::error(401, QStringLiteral("Invalid API key")));
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"),
                                              {QStringLiteral("One"), QStringLiteral(" two")}, 5,
                                              10, 5));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("Three")}, 5, 10, 12));
        sendToAll(QStringLiteral("Count"));
        QVERIFY(waitAllIdle());
        FiguresTable *table = view()->summary();
        QTRY_COMPARE(table->rowCount(), 3);
        // The table follows the panes within a moment of their last figures.
        QTRY_COMPARE(table->item(1, int(Figure::CompletionTokens) + 1)->text(),
                     QStringLiteral("12"));
        QTRY_VERIFY(
            table->item(0, int(Figure::FinishReason) + 1)->text().contains(QStringLiteral("stop")));
        QList<PaneFigures> figures;
        for (int i = 0; i < 3; ++i)
            figures.append(PaneFigures::of(lastRecord(i)));
        int marked = 0;
        for (int f = 0; f < FigureCount; ++f) {
            const QList<int> best = bestPanes(figures, Figure(f));
            for (int i = 0; i < 3; ++i) {
                QTableWidgetItem *cell = table->item(i, f + 1);
                const bool isBest = best.contains(i);
                QCOMPARE(table->isBest(i, Figure(f)), isBest);
                QCOMPARE(cell->text().startsWith(FiguresTable::bestMark()), isBest);
                QCOMPARE(cell->font().bold(), isBest);
                marked += isBest ? 1 : 0;
            }
        }
        QVERIFY(marked >= 2); // two answers with timings: time figures are ranked
        // The failed pane never wins.
        for (int f = 0; f < FigureCount; ++f)
            QVERIFY(!table->isBest(2, Figure(f)));
        QCOMPARE(table->item(1, int(Figure::CompletionTokens) + 1)->text(), QStringLiteral("12"));

        QGuiApplication::clipboard()->clear();
        view()->findChild<QToolButton *>(QStringLiteral("copyFiguresButton"))->click();
        const QString markdown = QGuiApplication::clipboard()->text();
        QCOMPARE(markdown, view()->figuresMarkdown());
        QVERIFY(markdown.contains(QStringLiteral("alpha")));
        QVERIFY(markdown.contains(QStringLiteral("locked")));
        QVERIFY(markdown.contains(QStringLiteral("**")));
        QVERIFY(markdown.contains(QStringLiteral("|")));
    }

    void wordDiffMarksBothPanes()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")});
        answer({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")},
               {QStringLiteral("The quick brown fox jumps."),
                QStringLiteral("The quick red fox jumps high."),
                QStringLiteral("The quick brown fox jumps.")});
        view()->showDiff(0, 1);
        QCOMPARE(view()->diffPanes(), qMakePair(0, 1));
        QCOMPARE(view()->pane(0)->chatView()->markedPassageCount(1), 1); // "brown"
        QCOMPARE(view()->pane(1)->chatView()->markedPassageCount(1), 2); // "red", "high"
        QCOMPARE(view()->pane(2)->chatView()->markedPassageCount(1), 0);
        // The same answers: nothing to mark.
        view()->showDiff(0, 2);
        QCOMPARE(view()->pane(0)->chatView()->markedPassageCount(1), 0);
        QCOMPARE(view()->pane(1)->chatView()->markedPassageCount(1), 0);
        view()->clearDiff();
        QCOMPARE(view()->diffPanes(), qMakePair(-1, -1));
        // Find (Ctrl+F) searches the focused pane's answers.
        view()->setFocusedPane(1);
        m_window->showFindBar();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("red"));
        QCOMPARE(view()->pane(1)->chatView()->findText(), QStringLiteral("red"));
        QVERIFY(view()->pane(0)->chatView()->findText().isEmpty());
        QCOMPARE(view()->pane(1)->chatView()->currentFindRow(), 1);
        // Copy Last Answer takes the focused pane's.
        view()->setFocusedPane(1);
        m_window->copyLastAnswer();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("The quick red fox jumps high."));
    }

    void wordDiffChosenWhileStreamingMarksWhenDone()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"),
                                              {QStringLiteral("Cats "), QStringLiteral("purr")},
                                              30));
        m_server->enqueueForModel(QStringLiteral("beta"),
                                  modelAnswer(QStringLiteral("beta"),
                                              {QStringLiteral("Cats "), QStringLiteral("sleep")},
                                              30));
        sendToAll(QStringLiteral("Cats?"));
        view()->showDiff(0, 1);
        QVERIFY(waitAllIdle());
        QTRY_COMPARE(view()->pane(0)->chatView()->markedPassageCount(1), 1);
        QTRY_COMPARE(view()->pane(1)->chatView()->markedPassageCount(1), 1);
    }

    void syncedScrollingMovesEveryPane()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        QString longText;
        for (int i = 0; i < 120; ++i)
            longText += QStringLiteral("Line %1 of a long answer.\n\n").arg(i);
        answer({QStringLiteral("alpha"), QStringLiteral("beta")}, {longText, longText});
        QScrollBar *first = view()->pane(0)->chatView()->verticalScrollBar();
        QScrollBar *second = view()->pane(1)->chatView()->verticalScrollBar();
        QTRY_VERIFY(first->maximum() > 0 && second->maximum() > 0);
        view()->setSyncedScrolling(true);
        first->setValue(0);
        QCOMPARE(second->value(), 0);
        first->setValue(first->maximum() / 2);
        QVERIFY(qAbs(second->value() - second->maximum() / 2) <= 2);
        view()->setSyncedScrolling(false);
        first->setValue(0);
        QVERIFY(second->value() > 0);
    }

    void modelPickerListsTheProfilesModels()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        auto *menu = qobject_cast<ModelMenu *>(view()->pane(0)->modelButton()->menu());
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QMenu *profile = menu->findChild<QMenu *>(QStringLiteral("profileMenu_fake"));
        QVERIFY(profile);
        Q_EMIT profile->aboutToShow();
        QAction *other = nullptr;
        QTRY_VERIFY((other = [&]() -> QAction * {
            Q_EMIT profile->aboutToShow();
            for (QAction *action : profile->actions()) {
                if (action->text() == QStringLiteral("other"))
                    return action;
            }
            return nullptr;
        }()));
        other->trigger();
        QCOMPARE(comparisonSession()->comparison().panes.at(0).conversation.model,
                 QStringLiteral("other"));
        QCOMPARE(view()->pane(0)->modelButton()->text(), QStringLiteral("other"));
        // Any name can be typed.
        Q_EMIT menu->modelChosen(QStringLiteral("fake"), QStringLiteral("typed-model"));
        QCOMPARE(comparisonSession()->comparison().panes.at(0).conversation.model,
                 QStringLiteral("typed-model"));
    }

    void emptyStateAndMenuStartAComparison()
    {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("newComparisonButton"));
        QVERIFY(button);
        button->click();
        QVERIFY(m_window->isComparing());
        QCOMPARE(comparisonSession()->paneCount(), 2);
        // With no history, the current model twice.
        QCOMPARE(comparisonSession()->comparison().panes.at(0).conversation.model,
                 QStringLiteral("test-model"));
        QCOMPARE(comparisonSession()->comparison().panes.at(1).conversation.model,
                 QStringLiteral("test-model"));
        m_window->newConversation();
        QVERIFY(!m_window->isComparing());
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewComparison"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        action->trigger();
        QVERIFY(m_window->isComparing());
    }

    void newComparisonStartsWithTheLastTwoModels()
    {
        exchange(QStringLiteral("First"), QStringLiteral("One"));
        m_window->newConversation();
        ConversationInfo info = session()->info();
        info.model = QStringLiteral("other");
        m_window->controller()->updateSettings(info);
        exchange(QStringLiteral("Second"), QStringLiteral("Two"));
        m_window->newComparison();
        const Comparison &comparison = comparisonSession()->comparison();
        QCOMPARE(comparison.panes.size(), 2);
        QCOMPARE(comparison.panes.at(0).conversation.model, QStringLiteral("other"));
        QCOMPARE(comparison.panes.at(1).conversation.model, QStringLiteral("test-model"));
        QCOMPARE(comparison.panes.at(0).conversation.profileId, QStringLiteral("fake"));
    }

    void compareOnTheCommandLine()
    {
        m_window.reset();
        LaunchOptions launch = options();
        launch.compareModels = {QStringLiteral("fake/alpha"), QStringLiteral("vendor/beta")};
        m_window = std::make_unique<MainWindow>(launch);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->isComparing());
        const Comparison &comparison = comparisonSession()->comparison();
        QCOMPARE(comparison.panes.size(), 2);
        QCOMPARE(comparison.panes.at(0).conversation.profileId, QStringLiteral("fake"));
        QCOMPARE(comparison.panes.at(0).conversation.model, QStringLiteral("alpha"));
        // Not a profile: the whole text is the model, on the current service.
        QCOMPARE(comparison.panes.at(1).conversation.model, QStringLiteral("vendor/beta"));
        QCOMPARE(comparison.panes.at(1).conversation.profileId, QStringLiteral("fake"));
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
