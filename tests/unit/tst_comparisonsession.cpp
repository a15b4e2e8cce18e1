// ComparisonSession against FakeServer: every pane's request open at once (8 against one
// server), failures and stops confined to their pane, regenerate/retry of one pane, per-pane
// overrides in exactly the right request bodies, and the 2..8 pane limits.
#include "ChunkBuilders.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "chat/ChatSession.h"
#include "comparison/ComparisonSession.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray contentChunk(const QString &model, const QString &text)
{
    return TestChunks::delta({{QStringLiteral("content"), text}}, QJsonValue::Null, model);
}

// An answer streamed in `pieces`, `delayMs` apart, ending with finish_reason "stop".
FakeResponse answer(const QString &model, const QStringList &pieces, int delayMs = 0)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(contentChunk(model, piece));
    events.append(TestChunks::delta({}, QStringLiteral("stop"), model));
    return FakeResponse::sse(events, delayMs);
}

QString model(int index)
{
    return QStringLiteral("model-%1").arg(index);
}

QString answerText(ComparisonSession &session, int pane)
{
    const ConversationModel *messages = session.pane(pane)->messages();
    return messages->rowCount() > 0 ? messages->record(messages->rowCount() - 1).message.text()
                                    : QString();
}

MessageStatus answerStatus(ComparisonSession &session, int pane)
{
    const ConversationModel *messages = session.pane(pane)->messages();
    return messages->record(messages->rowCount() - 1).status;
}

} // namespace

class TestComparisonSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeServer> m_server;

    ClientOptions options() const
    {
        ClientOptions result;
        result.idleTimeoutMs = 10'000;
        result.connectTimeoutMs = 10'000;
        result.maxRetries = 0;
        return result;
    }

    // A comparison of `panes` panes (model-0, model-1, ...) on the local server.
    std::unique_ptr<ComparisonSession> makeSession(int panes, const ConversationInfo &shared = {})
    {
        auto session = std::make_unique<ComparisonSession>(options());
        const QUrl base = m_server->baseUrl();
        session->setEndpointResolver([base](const QString &) {
            Endpoint endpoint;
            endpoint.baseUrl = base;
            return endpoint;
        });
        Comparison comparison;
        comparison.shared = shared;
        for (int i = 0; i < panes; ++i) {
            ComparisonPane pane;
            pane.conversation.profileId = QStringLiteral("local");
            pane.conversation.model = model(i);
            comparison.panes.append(pane);
        }
        session->load(comparison, {});
        return session;
    }

    static bool waitIdle(ComparisonSession &session, int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([&session] { return !session.isBusy(); }, timeoutMs);
    }

    QJsonObject bodyFor(const QString &modelName) const
    {
        QJsonObject found;
        const QList<FakeRequest> requests = m_server->requests();
        for (const FakeRequest &request : requests) {
            if (request.json().value(QStringLiteral("model")).toString() == modelName)
                found = request.json();
        }
        return found;
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<FakeServer>(); }
    void cleanup()
    {
        m_server->closeAllConnections();
        m_server.reset();
    }

    void eightPanesStreamAtOnceFromOneServer()
    {
        auto session = makeSession(8);
        QCOMPARE(session->paneCount(), 8);
        // No answer starts before all eight requests reached the server: with panes queued
        // behind Qt's six connections per host and manager, nothing would ever finish.
        for (int i = 0; i < 8; ++i) {
            FakeResponse response = answer(model(i), {QStringLiteral("Answer "), model(i)}, 5);
            response.holdUntilRequests = 8;
            m_server->enqueueForModel(model(i), response);
        }
        QSignalSpy started(session.get(), &ComparisonSession::paneRequestStarted);
        QSignalSpy finished(session.get(), &ComparisonSession::paneRequestFinished);
        QSignalSpy busy(session.get(), &ComparisonSession::busyChanged);
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Which is best?")));
        QVERIFY(session->isBusy());
        QCOMPARE(started.size(), 8);
        QVERIFY2(m_server->waitForRequests(8, 10'000), "pane requests queued in the client");
        QVERIFY(waitIdle(*session));

        QCOMPARE(m_server->requestCount(), 8);
        QSet<int> connections;
        const QList<FakeRequest> requests = m_server->requests();
        for (const FakeRequest &request : requests)
            connections.insert(request.connectionId);
        QCOMPARE(connections.size(), 8);
        QSet<int> finishedPanes;
        for (const QList<QVariant> &signal : std::as_const(finished))
            finishedPanes.insert(signal.at(0).toInt());
        QCOMPARE(finishedPanes.size(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(session->pane(i)->messages()->rowCount(), 2);
            QCOMPARE(answerText(*session, i), QStringLiteral("Answer ") + model(i));
            QCOMPARE(answerStatus(*session, i), MessageStatus::Complete);
            QCOMPARE(sentMessages(bodyFor(model(i))), Turns({turn("user", "Which is best?")}));
        }
        // One busy period for the comparison as a whole.
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void failingPanesDoNotHoldTheOthers()
    {
        auto session = makeSession(4);
        // The healthy panes are held until a fifth request reaches the server, which the test
        // sends only once both failures were reported: they cannot have waited for them.
        FakeResponse first = answer(
            model(0), {QStringLiteral("one"), QStringLiteral(" two"), QStringLiteral(" three")});
        first.holdUntilRequests = 5;
        m_server->enqueueForModel(model(0), first);
        m_server->enqueueForModel(
            model(1), FakeResponse::error(401, QStringLiteral("bad key"), QStringLiteral("auth")));
        FakeResponse dropped = answer(model(2), {QStringLiteral("half")});
        dropped.dropAfterChunk = 0;
        m_server->enqueueForModel(model(2), dropped);
        FakeResponse last = answer(model(3), {QStringLiteral("fine"), QStringLiteral("!")});
        last.holdUntilRequests = 5;
        m_server->enqueueForModel(model(3), last);
        QSignalSpy finished(session.get(), &ComparisonSession::paneRequestFinished);
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Go")));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE((QSet<int>{finished.at(0).at(0).toInt(), finished.at(1).at(0).toInt()}),
                 (QSet<int>{1, 2}));
        QVERIFY(session->pane(0)->isBusy());
        QVERIFY(session->pane(3)->isBusy());
        const MessageRecord unauthorized = session->pane(1)->messages()->record(1);
        QCOMPARE(unauthorized.status, MessageStatus::Failed);
        QCOMPARE(unauthorized.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.error.httpStatus, 401);
        const MessageRecord cut = session->pane(2)->messages()->record(1);
        QCOMPARE(cut.status, MessageStatus::Interrupted);
        QCOMPARE(cut.message.text(), QStringLiteral("half")); // what arrived is kept
        QVERIFY(cut.error.isError());

        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::json(QJsonObject{{QStringLiteral("data"), QJsonArray{}}}));
        ApiClient client;
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        client.listModels(endpoint, &client);
        QVERIFY(waitIdle(*session));
        QCOMPARE(finished.size(), 4);
        QCOMPARE(answerStatus(*session, 0), MessageStatus::Complete);
        QCOMPARE(answerText(*session, 0), QStringLiteral("one two three"));
        QCOMPARE(answerStatus(*session, 3), MessageStatus::Complete);
        QCOMPARE(answerText(*session, 3), QStringLiteral("fine!"));
    }

    void stopOnePaneThenAll()
    {
        auto session = makeSession(3);
        for (int i = 0; i < 3; ++i) {
            FakeResponse stalled = answer(model(i), {QStringLiteral("start of ") + model(i)});
            stalled.stallAfterChunk = 0;
            m_server->enqueueForModel(model(i), stalled);
        }
        QSignalSpy busy(session.get(), &ComparisonSession::busyChanged);
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Long story")));
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE(answerText(*session, i), QStringLiteral("start of ") + model(i));

        session->stop(1);
        QTRY_VERIFY(!session->pane(1)->isBusy());
        QCOMPARE(answerStatus(*session, 1), MessageStatus::Stopped);
        QCOMPARE(answerText(*session, 1), QStringLiteral("start of model-1"));
        QVERIFY(session->pane(0)->isBusy());
        QVERIFY(session->pane(2)->isBusy());
        QVERIFY(session->isBusy());
        QCOMPARE(busy.size(), 1);

        session->stopAll();
        QVERIFY(waitIdle(*session));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(answerStatus(*session, i), MessageStatus::Stopped);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void sendWaitsUntilEveryPaneIsIdle()
    {
        auto session = makeSession(2);
        m_server->enqueueForModel(model(0), answer(model(0), {QStringLiteral("a")}));
        FakeResponse stalled = answer(model(1), {QStringLiteral("b")});
        stalled.stallAfterChunk = 0;
        m_server->enqueueForModel(model(1), stalled);
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("first")));
        QTRY_VERIFY(!session->pane(0)->isBusy());
        // A second turn now would leave pane 1's history a turn short.
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("second")));
        QCOMPARE(session->pane(0)->messages()->rowCount(), 2);
        QCOMPARE(session->pane(1)->messages()->rowCount(), 2);
        session->stopAll();
        QVERIFY(waitIdle(*session));
    }

    void regenerateAndRetryOnePane()
    {
        auto session = makeSession(2);
        m_server->enqueueForModel(model(0), answer(model(0), {QStringLiteral("first take")}));
        m_server->enqueueForModel(model(1), FakeResponse::error(500, QStringLiteral("overloaded")));
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Tell me")));
        QVERIFY(waitIdle(*session));
        QCOMPARE(answerStatus(*session, 1), MessageStatus::Failed);

        m_server->enqueueForModel(model(1), answer(model(1), {QStringLiteral("recovered")}));
        session->retry(1);
        QVERIFY(session->pane(1)->isBusy());
        QVERIFY(!session->pane(0)->isBusy());
        QVERIFY(waitIdle(*session));
        QCOMPARE(answerText(*session, 1), QStringLiteral("recovered"));
        QCOMPARE(session->pane(1)->messages()->rowCount(), 2);

        m_server->enqueueForModel(model(0), answer(model(0), {QStringLiteral("second take")}));
        session->regenerate(0);
        QVERIFY(waitIdle(*session));
        QCOMPARE(answerText(*session, 0), QStringLiteral("second take"));
        QCOMPARE(session->pane(0)->messages()->rowCount(), 2);
        QCOMPARE(answerText(*session, 1), QStringLiteral("recovered"));
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("model")).toString(),
                 model(0));
        QCOMPARE(sentMessages(m_server->lastRequest().json()), Turns({turn("user", "Tell me")}));
    }

    void overridesReachExactlyTheirPane()
    {
        ConversationInfo shared;
        shared.systemPrompt = QStringLiteral("Shared prompt.");
        shared.parameters =
            QJsonObject{{QStringLiteral("temperature"), 0.7}, {QStringLiteral("max_tokens"), 100}};
        auto session = makeSession(3, shared);
        PaneOverrides cold;
        cold.parameters = QJsonObject{{QStringLiteral("temperature"), 0.1}};
        session->setPaneOverrides(1, cold);
        PaneOverrides own;
        own.parameters = QJsonObject{{QStringLiteral("max_tokens"), QJsonValue::Null},
                                     {QStringLiteral("seed"), 7}};
        own.systemPrompt = QStringLiteral("Own prompt.");
        session->setPaneOverrides(2, own);
        QCOMPARE(overriddenKeys(session->comparison().shared, session->comparison().panes[2]),
                 (QStringList{QStringLiteral("max_tokens"), QStringLiteral("seed"),
                              QStringLiteral("system_prompt")}));
        for (int i = 0; i < 3; ++i)
            m_server->enqueueForModel(model(i),
                                      answer(model(i), {QStringLiteral("hi from ") + model(i)}));
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Hello")));
        QVERIFY(waitIdle(*session));

        const QJsonObject plain = bodyFor(model(0));
        QCOMPARE(plain.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QCOMPARE(plain.value(QStringLiteral("max_tokens")).toInt(), 100);
        QVERIFY(!plain.contains(QStringLiteral("seed")));
        QCOMPARE(sentMessages(plain),
                 Turns({turn("system", "Shared prompt."), turn("user", "Hello")}));
        const QJsonObject coldBody = bodyFor(model(1));
        QCOMPARE(coldBody.value(QStringLiteral("temperature")).toDouble(), 0.1);
        QCOMPARE(coldBody.value(QStringLiteral("max_tokens")).toInt(), 100);
        const QJsonObject ownBody = bodyFor(model(2));
        QCOMPARE(ownBody.value(QStringLiteral("temperature")).toDouble(), 0.7);
        QVERIFY(!ownBody.contains(QStringLiteral("max_tokens")));
        QCOMPARE(ownBody.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(sentMessages(ownBody),
                 Turns({turn("system", "Own prompt."), turn("user", "Hello")}));

        // A shared change reaches the panes that do not override it; each pane keeps its own
        // history for the next turn.
        shared.parameters.insert(QStringLiteral("temperature"), 0.3);
        session->setShared(shared);
        m_server->clearRequests();
        for (int i = 0; i < 3; ++i)
            m_server->enqueueForModel(model(i), answer(model(i), {QStringLiteral("again")}));
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("More")));
        QVERIFY(waitIdle(*session));
        QCOMPARE(bodyFor(model(0)).value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(bodyFor(model(1)).value(QStringLiteral("temperature")).toDouble(), 0.1);
        QCOMPARE(bodyFor(model(2)).value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(sentMessages(bodyFor(model(1))),
                 Turns({turn("system", "Shared prompt."), turn("user", "Hello"),
                        turn("assistant", "hi from model-1"), turn("user", "More")}));
    }

    void panesUseTheirOwnProfilesEndpoint()
    {
        FakeServer other;
        auto session = std::make_unique<ComparisonSession>(options());
        const QUrl local = m_server->baseUrl();
        const QUrl remote = other.baseUrl();
        session->setEndpointResolver([local, remote](const QString &profile) {
            Endpoint endpoint;
            endpoint.baseUrl = profile == QLatin1String("other") ? remote : local;
            return endpoint;
        });
        Comparison comparison;
        for (const char *profile : {"local", "other"}) {
            ComparisonPane pane;
            pane.conversation.profileId = QLatin1String(profile);
            pane.conversation.model = QStringLiteral("same-model");
            comparison.panes.append(pane);
        }
        session->load(comparison, {});
        m_server->enqueue(answer(QStringLiteral("same-model"), {QStringLiteral("local")}));
        other.enqueue(answer(QStringLiteral("same-model"), {QStringLiteral("remote")}));
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Where are you?")));
        QVERIFY(waitIdle(*session));
        QCOMPARE(answerText(*session, 0), QStringLiteral("local"));
        QCOMPARE(answerText(*session, 1), QStringLiteral("remote"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(other.requestCount(), 1);
        // Switching the pane's profile moves its next request.
        session->setPaneModel(1, QStringLiteral("local"), QStringLiteral("model-x"));
        QCOMPARE(session->comparison().panes[1].conversation.model, QStringLiteral("model-x"));
        QCOMPARE(session->pane(1)->info().profileId, QStringLiteral("local"));
        QCOMPARE(session->pane(1)->endpoint().baseUrl, local);
    }

    void addAndRemoveWithinTwoToEight()
    {
        auto session = makeSession(2);
        QSignalSpy added(session.get(), &ComparisonSession::paneAdded);
        QSignalSpy removed(session.get(), &ComparisonSession::paneRemoved);
        QVERIFY(!session->removePane(0));
        QCOMPARE(session->paneCount(), 2);
        for (int i = 2; i < 8; ++i)
            QCOMPARE(session->addPane(QStringLiteral("local"), model(i)), i);
        QCOMPARE(session->addPane(QStringLiteral("local"), model(8)), -1);
        QCOMPARE(session->paneCount(), 8);
        QCOMPARE(added.size(), 6);
        QCOMPARE(session->comparison().panes.size(), 8);
        QCOMPARE(session->comparison().panes[7].position, 7);

        // Removing a streaming pane drops its request; the rest go on and finish.
        for (int i = 0; i < 8; ++i) {
            FakeResponse response = answer(model(i), {QStringLiteral("x")}, 20);
            if (i == 3)
                response.stallAfterChunk = 0;
            m_server->enqueueForModel(model(i), response);
        }
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("All of you")));
        QVERIFY(m_server->waitForRequests(8));
        ChatSession *fifth = session->pane(4);
        QVERIFY(session->removePane(3));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 3);
        QCOMPARE(session->paneCount(), 7);
        QCOMPARE(session->pane(3), fifth);
        QCOMPARE(session->indexOf(fifth), 3);
        QCOMPARE(session->comparison().panes[3].conversation.model, model(4));
        QCOMPARE(session->comparison().panes[3].position, 3);
        QVERIFY(waitIdle(*session));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(answerStatus(*session, i), MessageStatus::Complete);
        QTRY_COMPARE(m_server->openConnections(), 0);
        while (session->paneCount() > 2)
            QVERIFY(session->removePane(0));
        QVERIFY(!session->removePane(1));
    }

    void loadAndStoredIdsKeepHistoriesApart()
    {
        auto session = makeSession(3);
        Comparison comparison;
        comparison.shared.title = QStringLiteral("Reopened");
        for (int i = 0; i < 2; ++i) {
            ComparisonPane pane;
            pane.conversation.profileId = QStringLiteral("local");
            pane.conversation.model = model(i);
            pane.position = 5 + i; // positions are renumbered from the list order
            comparison.panes.append(pane);
        }
        const QList<QList<MessageRecord>> records{
            {textRecord(Role::User, QStringLiteral("q")),
             textRecord(Role::Assistant, QStringLiteral("zero says"))},
            {textRecord(Role::User, QStringLiteral("q")),
             textRecord(Role::Assistant, QStringLiteral("one says"))}};
        QSignalSpy added(session.get(), &ComparisonSession::paneAdded);
        QSignalSpy removed(session.get(), &ComparisonSession::paneRemoved);
        session->load(comparison, records);
        QCOMPARE(removed.size(), 3);
        QCOMPARE(added.size(), 2);
        QCOMPARE(session->paneCount(), 2);
        QCOMPARE(session->comparison().panes[1].position, 1);
        QCOMPARE(session->pane(0)->info().title, QStringLiteral("Reopened"));
        const BuiltRequest next = session->pane(1)->previewRequest(
            ChatMessage::fromText(Role::User, QStringLiteral("next")));
        QCOMPARE(sentMessages(next.body),
                 Turns({turn("user", "q"), turn("assistant", "one says"), turn("user", "next")}));

        session->setStoredIds(40, {41, 42});
        QCOMPARE(session->comparison().id(), 40);
        QCOMPARE(session->pane(0)->info().id, 41);
        QCOMPARE(session->pane(1)->info().id, 42);
        QCOMPARE(session->pane(1)->info().comparisonId, 40);
        QCOMPARE(session->indexOf(session->pane(1)), 1);
        QCOMPARE(session->indexOf(nullptr), -1);
    }
    void recordsEveryPaneAndReopensAsItWas()
    {
        // How the app and `compare --save` persist a comparison: the store creates the rows,
        // one ChatRecorder per pane request writes its turn and checkpoints its answer.
        QTemporaryDir dir;
        QString error;
        auto store = ConversationStore::open(dir.path(), &error);
        QVERIFY2(store, qPrintable(error));
        ConversationInfo shared;
        shared.parameters = QJsonObject{{QStringLiteral("temperature"), 0.5}};
        auto session = makeSession(3, shared);
        PaneOverrides cold;
        cold.parameters = QJsonObject{{QStringLiteral("temperature"), 0.0}};
        session->setPaneOverrides(2, cold);
        Comparison toStore = session->comparison();
        const qint64 id = store->createComparison(toStore);
        QVERIFY(id > 0);
        QList<qint64> paneIds;
        for (const ComparisonPane &pane : std::as_const(toStore.panes))
            paneIds.append(pane.conversation.id);
        session->setStoredIds(id, paneIds);

        connect(session.get(), &ComparisonSession::paneRequestStarted, this,
                [&](int index, int row, ChatStream *stream) {
                    ChatSession *pane = session->pane(index);
                    auto *recorder = new ChatRecorder(*store, pane);
                    QString beginError;
                    QVERIFY(recorder->begin(pane->info().id, pane->info(),
                                            pane->messages()->record(row - 1), &beginError) > 0);
                    recorder->follow(stream);
                });
        for (int i = 0; i < 3; ++i)
            m_server->enqueueForModel(model(i),
                                      answer(model(i), {QStringLiteral("kept by ") + model(i)}));
        session->send(ChatMessage::fromText(Role::User, QStringLiteral("Remember this")));
        QVERIFY(waitIdle(*session));
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE(store->messages(paneIds[i]).value(1).status, MessageStatus::Complete);

        const auto reopened = store->comparison(id);
        QVERIFY(reopened);
        QCOMPARE(reopened->shared.title, QStringLiteral("Remember this"));
        QCOMPARE(store->conversations().first().messageCount, 6);
        QList<QList<MessageRecord>> records;
        for (const ComparisonPane &pane : reopened->panes)
            records.append(store->messages(pane.conversation.id));
        ComparisonSession again(options());
        again.load(*reopened, records);
        QCOMPARE(again.paneCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again.pane(i)->info().model, model(i));
            QCOMPARE(answerText(again, i), QStringLiteral("kept by ") + model(i));
        }
        QCOMPARE(again.comparison().panes[2].overrides, cold);
        QCOMPARE(again.pane(2)->info().parameters.value(QStringLiteral("temperature")),
                 QJsonValue(0.0));
        QCOMPARE(again.pane(0)->info().parameters.value(QStringLiteral("temperature")),
                 QJsonValue(0.5));
        // A hit in pane 1 leads to the comparison, at that pane.
        const QList<SearchHit> hits = store->search(model(1));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].conversationId, id);
        QCOMPARE(hits[0].paneConversationId, paneIds[1]);
    }
};

QTEST_GUILESS_MAIN(TestComparisonSession)
#include "tst_comparisonsession.moc"
