// A comparison in the history: written at the first send with every pane, pane changes written
// as they happen, reopened exactly (panes, models, overrides, answers, figures) in a new window,
// listed with its own icon and pane count, found by search at the right pane, renamed, deleted
// with undo, and "Continue with this model" turning a pane into an ordinary conversation.
#include "ComparisonHarness.h"
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "chatview/ChatView.h"
#include "comparison/PaneFigures.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestComparisonHistory : public ComparisonHarness
{
    Q_OBJECT

    void answerBoth(const QString &prompt, const QString &alpha, const QString &beta)
    {
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"), {alpha}, 0, 11, 7));
        m_server->enqueueForModel(QStringLiteral("beta"),
                                  modelAnswer(QStringLiteral("beta"), {beta}, 0, 11, 9));
        sendToAll(prompt);
        QVERIFY(waitAllIdle());
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void storedAtFirstSendAndReopenedExactly()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(workspace()->controller()->comparisonId(), 0); // nothing stored before a send
        QVERIFY(m_window->store()->conversations().isEmpty());
        comparisonSession()->setPaneOverrides(
            1, PaneOverrides{{{QStringLiteral("temperature"), 0.5}}, std::nullopt});
        answerBoth(QStringLiteral("Compare tulips"), QStringLiteral("Tulips are bulbs."),
                   QStringLiteral("Tulips bloom in spring."));
        const qint64 id = workspace()->controller()->comparisonId();
        QVERIFY(id > 0);

        // Listed once, as a comparison, with its own icon and pane count; panes are not listed.
        const QList<ConversationInfo> listed = m_window->store()->conversations();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, ConversationKind::Comparison);
        QCOMPARE(listed.first().paneCount, 2);
        QCOMPARE(listed.first().title, QStringLiteral("Compare tulips"));
        ConversationListPanel *list = m_window->conversationList();
        QTRY_COMPARE(list->list()->count(), 1);
        QVERIFY(!list->list()->item(0)->icon().isNull());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Compare tulips")));
        const QList<PaneFigures> before{PaneFigures::of(lastRecord(0)),
                                        PaneFigures::of(lastRecord(1))};

        // A new window on the same data opens it as it was.
        m_window.reset();
        openWindow();
        QVERIFY(!m_window->isComparing());
        QVERIFY(m_window->openConversation(id));
        QVERIFY(m_window->isComparing());
        QCOMPARE(comparisonSession()->paneCount(), 2);
        const Comparison &reopened = comparisonSession()->comparison();
        QCOMPARE(reopened.panes.at(0).conversation.model, QStringLiteral("alpha"));
        QCOMPARE(reopened.panes.at(1).conversation.model, QStringLiteral("beta"));
        QCOMPARE(reopened.panes.at(1)
                     .overrides.parameters.value(QStringLiteral("temperature"))
                     .toDouble(),
                 0.5);
        QVERIFY(reopened.panes.at(0).overrides.isEmpty());
        QCOMPARE(lastRecord(0).message.text(), QStringLiteral("Tulips are bulbs."));
        QCOMPARE(lastRecord(1).message.text(), QStringLiteral("Tulips bloom in spring."));
        QCOMPARE(PaneFigures::of(lastRecord(0)).completionTokens, before.at(0).completionTokens);
        QCOMPARE(PaneFigures::of(lastRecord(1)).completionTokens, std::optional<qint64>(9));
        QCOMPARE(PaneFigures::of(lastRecord(1)).totalMs, before.at(1).totalMs);
        QVERIFY(view()->pane(1)->overridesLabel()->text().contains(QStringLiteral("temperature")));

        // It goes on where it stopped: the next turn carries each pane's own history.
        answerBoth(QStringLiteral("And roses?"), QStringLiteral("Roses have thorns."),
                   QStringLiteral("Roses smell."));
        QCOMPARE(m_window->store()->messages(reopened.panes.at(0).conversation.id).size(), 4);
        const QJsonArray history = requestsFor(QStringLiteral("beta"))
                                       .last()
                                       .json()
                                       .value(QStringLiteral("messages"))
                                       .toArray();
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Tulips bloom in spring."));
    }

    void answersAreCheckpointedWhileTheyStream()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        for (const QString &model : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            FakeResponse stalled = modelAnswer(model, {model + QStringLiteral(" so far")});
            stalled.stallAfterChunk = 0;
            m_server->enqueueForModel(model, stalled);
        }
        sendToAll(QStringLiteral("Long question"));
        QTRY_VERIFY(workspace()->controller()->paneConversationIds().size() == 2);
        const QList<qint64> panes = workspace()->controller()->paneConversationIds();
        // Written while still streaming (a killed app keeps this much).
        for (int i = 0; i < 2; ++i) {
            const QString expected = (i == 0 ? QStringLiteral("alpha") : QStringLiteral("beta")) +
                                     QStringLiteral(" so far");
            QTRY_COMPARE(m_window->store()->messages(panes.at(i)).value(1).message.text(),
                         expected);
            QCOMPARE(m_window->store()->messages(panes.at(i)).value(1).status,
                     MessageStatus::Streaming);
        }
        workspace()->stopAll();
        QVERIFY(waitAllIdle());
        for (qint64 pane : panes)
            QTRY_COMPARE(m_window->store()->messages(pane).value(1).status, MessageStatus::Stopped);
        m_server->closeAllConnections();
    }

    void paneChangesAreWritten()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        answerBoth(QStringLiteral("First"), QStringLiteral("A"), QStringLiteral("B"));
        const qint64 id = workspace()->controller()->comparisonId();
        view()->addPaneButton()->click();
        QCOMPARE(comparisonSession()->paneCount(), 3);
        comparisonSession()->setPaneModel(2, QStringLiteral("fake"), QStringLiteral("gamma"));
        QCOMPARE(m_window->store()->comparison(id)->panes.size(), 3);
        QCOMPARE(m_window->store()->comparison(id)->panes.at(2).conversation.model,
                 QStringLiteral("gamma"));
        view()->pane(0)->button(QStringLiteral("removePaneButton"))->click();
        QCOMPARE(comparisonSession()->paneCount(), 2);
        const std::optional<Comparison> stored = m_window->store()->comparison(id);
        QCOMPARE(stored->panes.size(), 2);
        QCOMPARE(stored->panes.at(0).conversation.model, QStringLiteral("beta"));
        QCOMPARE(stored->panes.at(1).conversation.model, QStringLiteral("gamma"));
        // At two panes, remove is not offered.
        QVERIFY(!view()->pane(0)->button(QStringLiteral("removePaneButton"))->isEnabled());
    }

    void continueWithMakesAnOrdinaryConversation()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        answerBoth(QStringLiteral("Pick one"), QStringLiteral("Alpha pick"),
                   QStringLiteral("Beta pick"));
        const qint64 comparisonId = workspace()->controller()->comparisonId();
        auto *more = view()->pane(1)->button(QStringLiteral("paneMenuButton"));
        auto *action = more->menu()->findChild<QAction *>(QStringLiteral("actionContinueWithPane"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(!m_window->isComparing());
        const qint64 id = m_window->controller()->conversationId();
        QVERIFY(id > 0 && id != comparisonId);
        QCOMPARE(session()->info().model, QStringLiteral("beta"));
        QCOMPARE(session()->messages()->rowCount(), 2);
        QCOMPARE(session()->messages()->record(1).message.text(), QStringLiteral("Beta pick"));
        const std::optional<ConversationInfo> stored = m_window->store()->conversation(id);
        QCOMPARE(stored->kind, ConversationKind::Conversation);
        QCOMPARE(stored->comparisonId, 0);
        QCOMPARE(m_window->store()->messages(id).size(), 2);
        // The comparison stays as it was, and the chat goes on with the model alone.
        QCOMPARE(m_window->store()->comparison(comparisonId)->panes.size(), 2);
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("Just beta now")}));
        typeAndSend(QStringLiteral("Go on"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->store()->messages(id).size(), 4);
        QCOMPARE(chatRequests().last().json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("beta"));
    }

    void searchOpensTheComparisonAtThePane()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        answerBoth(QStringLiteral("Animals"), QStringLiteral("Cats purr."),
                   QStringLiteral("The platypus lays eggs."));
        const qint64 id = workspace()->controller()->comparisonId();
        const qint64 betaPane = workspace()->controller()->paneConversationIds().at(1);
        m_window->newConversation();
        QVERIFY(!m_window->isComparing());

        ConversationListPanel *panel = m_window->conversationList();
        panel->searchField()->setText(QStringLiteral("platypus"));
        QTRY_COMPARE(panel->searchResults()->count(), 1);
        Q_EMIT panel->searchResults()->itemActivated(panel->searchResults()->item(0));
        QVERIFY(m_window->isComparing());
        QCOMPARE(workspace()->controller()->comparisonId(), id);
        QCOMPARE(workspace()->controller()->paneConversationIds().at(1), betaPane);
        QCOMPARE(view()->focusedPane(), 1);
        QCOMPARE(view()->pane(1)->chatView()->findText(), QStringLiteral("platypus"));
    }

    void renameAndDeleteWithUndo()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        answerBoth(QStringLiteral("Keep this"), QStringLiteral("Kept A"), QStringLiteral("Kept B"));
        const qint64 id = workspace()->controller()->comparisonId();
        ConversationListPanel *panel = m_window->conversationList();
        QTRY_COMPARE(panel->list()->count(), 1);
        panel->list()->item(0)->setText(QStringLiteral("Renamed comparison"));
        QCOMPARE(m_window->store()->conversation(id)->title, QStringLiteral("Renamed comparison"));
        QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("Renamed comparison")));

        panel->deleteConversation(id);
        QCOMPARE(panel->list()->count(), 0);
        QVERIFY(!m_window->isComparing()); // the window moved to a new chat
        QVERIFY(m_window->store()->search(QStringLiteral("Kept")).isEmpty());
        panel->undoDelete();
        QCOMPARE(panel->list()->count(), 1);
        QVERIFY(m_window->isComparing());
        QCOMPARE(workspace()->controller()->comparisonId(), id);
        QCOMPARE(lastRecord(1).message.text(), QStringLiteral("Kept B"));
    }
};

QTEST_MAIN(TestComparisonHistory)
#include "tst_comparisonhistory.moc"
