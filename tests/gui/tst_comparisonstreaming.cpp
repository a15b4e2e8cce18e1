// A comparison in the window, streaming: every pane's request goes out at once (also eight panes
// against one local server), each pane shows its own model's answer, a failing pane (401, a
// dropped connection) never holds the others, stop one and stop all, regenerate one pane, and
// per-pane overrides reaching only that pane's request body.
#include "ComparisonHarness.h"
#include "ConversationController.h"
#include "chatview/ChatView.h"
#include "comparison/FiguresText.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestComparisonStreaming : public ComparisonHarness
{
    Q_OBJECT

    // An answer that sends one piece and then keeps the connection open without finishing.
    static FakeResponse stalled(const QString &model, const QString &piece)
    {
        FakeResponse response = modelAnswer(model, {piece});
        response.stallAfterChunk = 0;
        return response;
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void everyPaneAnswersWithItsOwnModel()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")});
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"),
                                              {QStringLiteral("A says "), QStringLiteral("hi")},
                                              5));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("B says hi")}, 5));
        m_server->enqueueForModel(
            QStringLiteral("gamma"),
            modelAnswer(QStringLiteral("gamma"),
                        {QStringLiteral("G "), QStringLiteral("says "), QStringLiteral("hi")}, 5));
        sendToAll(QStringLiteral("Say hi"));
        QVERIFY(waitAllIdle());

        QCOMPARE(chatRequests().size(), 3);
        const QStringList expected{QStringLiteral("A says hi"), QStringLiteral("B says hi"),
                                   QStringLiteral("G says hi")};
        const QStringList models{QStringLiteral("alpha"), QStringLiteral("beta"),
                                 QStringLiteral("gamma")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pane(i)->messages()->rowCount(), 2);
            QCOMPARE(pane(i)->messages()->record(0).message.text(), QStringLiteral("Say hi"));
            QCOMPARE(lastRecord(i).message.text(), expected.at(i));
            QCOMPARE(lastRecord(i).status, MessageStatus::Complete);
            const QList<FakeRequest> sent = requestsFor(models.at(i));
            QCOMPARE(sent.size(), 1);
            const QJsonArray messages =
                sent.first().json().value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.last().toObject().value(QStringLiteral("content")).toString(),
                     QStringLiteral("Say hi"));
            // The live figures line ends with the answer's numbers.
            QTRY_VERIFY(view()->pane(i)->figuresLabel()->text().contains(QStringLiteral("stop")));
        }
        // The composer is free again and empty.
        QVERIFY(editor()->toPlainText().isEmpty());
    }

    void imagesGoToEveryPane()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QVERIFY(m_window->composer()->addImage(png, QStringLiteral("image/png"),
                                               QStringLiteral("red.png")));
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"), {QStringLiteral("Red")}));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("A red square")}));
        sendToAll(QStringLiteral("What colour?"));
        QVERIFY(waitAllIdle());
        for (const QString &model : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            const QJsonArray messages =
                requestsFor(model).first().json().value(QStringLiteral("messages")).toArray();
            const QJsonArray parts =
                messages.last().toObject().value(QStringLiteral("content")).toArray();
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts.at(0).toObject().value(QStringLiteral("text")).toString(),
                     QStringLiteral("What colour?"));
            QVERIFY(parts.at(1)
                        .toObject()
                        .value(QStringLiteral("image_url"))
                        .toObject()
                        .value(QStringLiteral("url"))
                        .toString()
                        .startsWith(QStringLiteral("data:image/png;base64,")));
        }
        QCOMPARE(m_window->composer()->attachmentCount(), 0);
    }

    void eightPanesStreamAtOnceWithoutQueueing()
    {
        QStringList models;
        for (int i = 0; i < 8; ++i)
            models.append(QStringLiteral("model-%1").arg(i));
        startComparison(models);
        for (const QString &model : std::as_const(models))
            m_server->enqueueForModel(model, stalled(model, model + QStringLiteral(" is here")));
        sendToAll(QStringLiteral("Who is there?"));
        // Every pane has its first words while none has finished: nothing waited for a
        // connection (Qt allows six per host and manager).
        for (int i = 0; i < 8; ++i)
            QTRY_COMPARE(lastRecord(i).message.text(), models.at(i) + QStringLiteral(" is here"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(pane(i)->isBusy());
        // Live figures while they stream: the first token's time is known, the answer is not done.
        const PaneFigures live = view()->pane(3)->figures();
        QVERIFY(live.timeToFirstTokenMs.has_value());
        QCOMPARE(live.status, MessageStatus::Streaming);
        QTRY_VERIFY(view()->pane(3)->figuresLabel()->text().contains(FiguresText::tr("streaming")));
        QVERIFY(m_server->openConnections() >= 8);

        // Esc stops them all.
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(waitAllIdle());
        for (int i = 0; i < 8; ++i)
            QCOMPARE(lastRecord(i).status, MessageStatus::Stopped);
        m_server->closeAllConnections();
    }

    void failingPanesDoNotHoldTheOthers()
    {
        startComparison(
            {QStringLiteral("good"), QStringLiteral("locked"), QStringLiteral("flaky")});
        m_server->enqueueForModel(QStringLiteral("good"),
                                  modelAnswer(QStringLiteral("good"),
                                              {QStringLiteral("Fine "), QStringLiteral("answer")},
                                              10));
        m_server->enqueueForModel(QStringLiteral("locked"),
                                  FakeResponse::error(401, QStringLiteral("Invalid API key"),
                                                      QStringLiteral("invalid_request_error"),
                                                      QStringLiteral("invalid_api_key")));
        FakeResponse dropped = modelAnswer(
            QStringLiteral("flaky"), {QStringLiteral("Half "), QStringLiteral("an answer")}, 10);
        dropped.dropAfterChunk = 0;
        m_server->enqueueForModel(QStringLiteral("flaky"), dropped);
        sendToAll(QStringLiteral("Try it"));
        QVERIFY(waitAllIdle());

        QCOMPARE(lastRecord(0).status, MessageStatus::Complete);
        QCOMPARE(lastRecord(0).message.text(), QStringLiteral("Fine answer"));
        QCOMPARE(lastRecord(1).status, MessageStatus::Failed);
        QCOMPARE(lastRecord(1).error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(lastRecord(2).status != MessageStatus::Complete);
        QVERIFY(lastRecord(2).error.isError());
        QCOMPARE(lastRecord(2).message.text(), QStringLiteral("Half "));
        // Each failure shows in its own pane: the banner there, "failed" in its figures.
        QVERIFY(!view()->pane(1)->chatView()->bannerActionText(1).isEmpty());
        QTRY_VERIFY(view()->pane(1)->figuresLabel()->text().contains(FiguresText::tr("failed")));
        QVERIFY(view()->pane(0)->chatView()->bannerActionText(1).isEmpty());
        // Retry is offered where it helps, not on the good pane.
        QVERIFY(view()->pane(2)->button(QStringLiteral("retryPaneButton"))->isEnabled());
        QVERIFY(!view()->pane(0)->button(QStringLiteral("retryPaneButton"))->isEnabled());

        // Retrying the dropped pane alone asks only its model again.
        m_server->enqueueForModel(
            QStringLiteral("flaky"),
            modelAnswer(QStringLiteral("flaky"), {QStringLiteral("Whole answer")}));
        view()->pane(2)->button(QStringLiteral("retryPaneButton"))->click();
        QVERIFY(waitAllIdle());
        QCOMPARE(lastRecord(2).status, MessageStatus::Complete);
        QCOMPARE(lastRecord(2).message.text(), QStringLiteral("Whole answer"));
        QCOMPARE(requestsFor(QStringLiteral("flaky")).size(), 2);
        QCOMPARE(requestsFor(QStringLiteral("good")).size(), 1);
    }

    void stopOnePaneWhileTheOtherFinishes()
    {
        startComparison({QStringLiteral("slow"), QStringLiteral("quick")});
        m_server->enqueueForModel(QStringLiteral("slow"),
                                  stalled(QStringLiteral("slow"), QStringLiteral("Thinking")));
        FakeResponse quick =
            modelAnswer(QStringLiteral("quick"), {QStringLiteral("Done "), QStringLiteral("here")});
        quick.headerDelayMs = 300; // still running when the slow pane is stopped
        m_server->enqueueForModel(QStringLiteral("quick"), quick);
        sendToAll(QStringLiteral("Go"));
        QTRY_COMPARE(lastRecord(0).message.text(), QStringLiteral("Thinking"));
        view()->pane(0)->button(QStringLiteral("stopPaneButton"))->click();
        QTRY_COMPARE(lastRecord(0).status, MessageStatus::Stopped);
        QVERIFY(waitAllIdle());
        QCOMPARE(lastRecord(1).status, MessageStatus::Complete);
        QCOMPARE(lastRecord(1).message.text(), QStringLiteral("Done here"));
        m_server->closeAllConnections();
    }

    void regenerateAsksOnePaneAgain()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        m_server->enqueueForModel(
            QStringLiteral("alpha"),
            modelAnswer(QStringLiteral("alpha"), {QStringLiteral("First alpha")}));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("First beta")}));
        sendToAll(QStringLiteral("Answer"));
        QVERIFY(waitAllIdle());
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("Second beta")}));
        view()->pane(1)->button(QStringLiteral("regeneratePaneButton"))->click();
        QVERIFY(waitAllIdle());
        QCOMPARE(pane(1)->messages()->rowCount(), 2);
        QCOMPARE(lastRecord(1).message.text(), QStringLiteral("Second beta"));
        QCOMPARE(lastRecord(0).message.text(), QStringLiteral("First alpha"));
        QCOMPARE(requestsFor(QStringLiteral("beta")).size(), 2);
        QCOMPARE(requestsFor(QStringLiteral("alpha")).size(), 1);

        // A second turn goes to both, each with its own history.
        m_server->enqueueForModel(
            QStringLiteral("alpha"),
            modelAnswer(QStringLiteral("alpha"), {QStringLiteral("Again alpha")}));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("Again beta")}));
        sendToAll(QStringLiteral("More"));
        QVERIFY(waitAllIdle());
        const QJsonArray betaHistory = requestsFor(QStringLiteral("beta"))
                                           .last()
                                           .json()
                                           .value(QStringLiteral("messages"))
                                           .toArray();
        QCOMPARE(betaHistory.size(), 3);
        QCOMPARE(betaHistory.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Second beta"));
    }

    void overridesReachOnlyTheirPane()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        // The panels edit the shared settings: both panes send them.
        ConversationInfo edited = session()->info();
        edited.parameters.insert(QStringLiteral("max_tokens"), 64);
        m_window->controller()->updateSettings(edited);
        QCOMPARE(comparisonSession()
                     ->comparison()
                     .shared.parameters.value(QStringLiteral("max_tokens"))
                     .toInt(),
                 64);

        // With "this pane only", the focused pane's own temperature and prompt.
        view()->setFocusedPane(1);
        view()->thisPaneOnlyBox()->setChecked(true);
        edited = session()->info();
        edited.parameters.insert(QStringLiteral("temperature"), 0.25);
        edited.systemPrompt = QStringLiteral("Answer as a pirate.");
        m_window->controller()->updateSettings(edited);
        const PaneOverrides overrides = comparisonSession()->comparison().panes.at(1).overrides;
        QCOMPARE(overrides.parameters.value(QStringLiteral("temperature")).toDouble(), 0.25);
        QCOMPARE(overrides.systemPrompt.value_or(QString()), QStringLiteral("Answer as a pirate."));
        QVERIFY(comparisonSession()->comparison().panes.at(0).overrides.isEmpty());
        // The header says what differs.
        QVERIFY(view()->pane(1)->overridesLabel()->text().contains(QStringLiteral("temperature")));
        QVERIFY(!view()->pane(0)->overridesLabel()->text().contains(QStringLiteral("temperature")));

        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"), {QStringLiteral("Plain")}));
        m_server->enqueueForModel(QStringLiteral("beta"),
                                  modelAnswer(QStringLiteral("beta"), {QStringLiteral("Arr")}));
        sendToAll(QStringLiteral("Hello"));
        QVERIFY(waitAllIdle());
        const QJsonObject alpha = requestsFor(QStringLiteral("alpha")).first().json();
        const QJsonObject beta = requestsFor(QStringLiteral("beta")).first().json();
        QCOMPARE(alpha.value(QStringLiteral("max_tokens")).toInt(), 64);
        QCOMPARE(beta.value(QStringLiteral("max_tokens")).toInt(), 64);
        QVERIFY(!alpha.contains(QStringLiteral("temperature")));
        QCOMPARE(beta.value(QStringLiteral("temperature")).toDouble(), 0.25);
        const QJsonArray betaMessages = beta.value(QStringLiteral("messages")).toArray();
        QCOMPARE(betaMessages.first().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Answer as a pirate."));
        const QJsonArray alphaMessages = alpha.value(QStringLiteral("messages")).toArray();
        QCOMPARE(alphaMessages.first().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("user"));
    }
};

QTEST_MAIN(TestComparisonStreaming)
#include "tst_comparisonstreaming.moc"
