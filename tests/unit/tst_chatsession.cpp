// ChatSession without widgets: history building, the request it sends, streaming into the model,
// and the final record of each outcome, against the local FakeServer.
#include "ChunkBuilders.h"
#include "FakeServer.h"
#include "TestSupport.h"
#include "api/ApiClient.h"
#include "chat/ChatSession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return TestChunks::delta(delta, finish, QStringLiteral("test-model-2025"));
}

QByteArray contentChunk(const QString &text)
{
    return chunk({{QStringLiteral("content"), text}});
}

QByteArray usageChunk(int prompt, int completion)
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("total_tokens"), prompt + completion}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("choices"), QJsonArray{}},
                             {QStringLiteral("usage"), usage}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeResponse answer(const QStringList &pieces, int delayMs = 0)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(contentChunk(piece));
    events.append(chunk({}, QStringLiteral("stop")));
    events.append(usageChunk(7, int(pieces.size())));
    return FakeResponse::sse(events, delayMs);
}

MessageRecord record(Role role, const QString &text, MessageStatus status = MessageStatus::Complete,
                     qint64 id = 0)
{
    MessageRecord r;
    r.id = id;
    r.message = ChatMessage::fromText(role, text);
    r.status = status;
    return r;
}

} // namespace

class TestChatSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;

    void makeSession()
    {
        m_session = std::make_unique<ChatSession>(m_client.get());
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        m_session->setEndpoint(endpoint);
        ConversationInfo info;
        info.model = QStringLiteral("test-model");
        info.profileId = QStringLiteral("local");
        m_session->setInfo(info);
    }

    bool waitFinished(int timeoutMs = 5000)
    {
        if (!m_session->isBusy())
            return true;
        QSignalSpy finished(m_session.get(), &ChatSession::requestFinished);
        return finished.wait(timeoutMs);
    }

private Q_SLOTS:
    // The rule the app (ChatSession) and lineup-cli (ChatSaver) both apply.
    void historyRuleKeepsWhatTheUserSawAsAnswers()
    {
        auto record = [](Role role, MessageStatus status, const QString &text) {
            MessageRecord r;
            r.message = ChatMessage::fromText(role, text);
            r.status = status;
            return r;
        };
        const QList<MessageRecord> records{
            record(Role::System, MessageStatus::Complete, QStringLiteral("old prompt")),
            record(Role::User, MessageStatus::Complete, QStringLiteral("q1")),
            record(Role::Assistant, MessageStatus::Failed, QString()),
            record(Role::Assistant, MessageStatus::Interrupted, QString()),
            record(Role::Assistant, MessageStatus::Failed, QStringLiteral("partial a1")),
            record(Role::User, MessageStatus::Complete, QStringLiteral("q2")),
            record(Role::Assistant, MessageStatus::Stopped, QStringLiteral("a2")),
            record(Role::Assistant, MessageStatus::Streaming, QStringLiteral("running")),
        };
        QStringList texts;
        for (const ChatMessage &message : historyOf(records))
            texts.append(message.text());
        QCOMPARE(texts, (QStringList{QStringLiteral("q1"), QStringLiteral("partial a1"),
                                     QStringLiteral("q2"), QStringLiteral("a2")}));
    }

    void init()
    {
        m_server = std::make_unique<FakeServer>();
        m_client = std::make_unique<ApiClient>();
        ClientOptions options;
        options.idleTimeoutMs = 3000;
        options.connectTimeoutMs = 3000;
        options.maxRetries = 0;
        m_client->setOptions(options);
        makeSession();
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_server.reset();
    }

    void sendStreamsIntoModelAndRecordsTheOutcome()
    {
        m_server->enqueue(answer({QStringLiteral("Hel"), QStringLiteral("lo")}, 5));
        QSignalSpy deltas(m_session->messages(), &ConversationModel::deltaAppended);
        QSignalSpy busy(m_session.get(), &ChatSession::busyChanged);

        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("Hi")));
        QVERIFY(m_session->isBusy());
        QCOMPARE(m_session->messages()->rowCount(), 2);
        QCOMPARE(m_session->messages()->record(1).status, MessageStatus::Streaming);
        QCOMPARE(m_session->streamingRow(), 1);
        QVERIFY(waitFinished());

        QVERIFY(deltas.count() >= 2);
        const MessageRecord &answerRecord = m_session->messages()->record(1);
        QCOMPARE(answerRecord.message.role, Role::Assistant);
        QCOMPARE(answerRecord.message.text(), QStringLiteral("Hello"));
        QCOMPARE(answerRecord.status, MessageStatus::Complete);
        QCOMPARE(answerRecord.finishReason, QStringLiteral("stop"));
        QCOMPARE(answerRecord.model, QStringLiteral("test-model-2025"));
        QCOMPARE(answerRecord.profileId, QStringLiteral("local"));
        QCOMPARE(answerRecord.usage.promptTokens, std::optional<qint64>(7));
        QVERIFY(answerRecord.timings.totalMs.has_value());
        QVERIFY(!answerRecord.error.isError());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        const QJsonObject body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(sentMessages(body), Turns({turn("user", "Hi")}));
    }

    void systemPromptLeadsWithItsRoleAndParametersAreSent()
    {
        ConversationInfo info = m_session->info();
        info.systemPrompt = QStringLiteral("Be brief.");
        info.systemRole = Role::Developer;
        info.parameters = {{QStringLiteral("seed"), 42}};
        m_session->setInfo(info);
        m_server->enqueue(answer({QStringLiteral("ok")}));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("Hi")));
        QVERIFY(waitFinished());
        const QJsonObject body = m_server->lastRequest().json();
        QCOMPARE(sentMessages(body), Turns({turn("developer", "Be brief."), turn("user", "Hi")}));
        QCOMPARE(body.value(QStringLiteral("seed")).toInt(), 42);
        QVERIFY(!body.contains(QStringLiteral("temperature")));
    }

    void historyKeepsShownAnswersAndDropsFailedEmptyOnes()
    {
        ConversationInfo info = m_session->info();
        m_session->load(info,
                        {record(Role::User, QStringLiteral("one")),
                         record(Role::Assistant, QStringLiteral("partial"), MessageStatus::Stopped),
                         record(Role::User, QStringLiteral("two")),
                         record(Role::Assistant, QString(), MessageStatus::Failed),
                         record(Role::User, QStringLiteral("three")),
                         record(Role::Assistant, QStringLiteral("cut"), MessageStatus::Interrupted),
                         record(Role::User, QStringLiteral("four")),
                         record(Role::Assistant, QStringLiteral("full"))});
        const BuiltRequest preview =
            m_session->previewRequest(ChatMessage::fromText(Role::User, QStringLiteral("five")));
        QCOMPARE(sentMessages(preview.body),
                 Turns({turn("user", "one"), turn("assistant", "partial"), turn("user", "two"),
                        turn("user", "three"), turn("assistant", "cut"), turn("user", "four"),
                        turn("assistant", "full"), turn("user", "five")}));
        // Without a draft the preview ends with the history.
        QCOMPARE(sentMessages(m_session->previewRequest().body).size(), 7);
    }

    void loadMarksLeftoverStreamingAsInterrupted()
    {
        m_session->load(m_session->info(), {record(Role::User, QStringLiteral("q")),
                                            record(Role::Assistant, QStringLiteral("half"),
                                                   MessageStatus::Streaming)});
        QCOMPARE(m_session->messages()->record(1).status, MessageStatus::Interrupted);
        QVERIFY(!m_session->isBusy());
    }

    void stopKeepsThePartialAnswer()
    {
        QList<QByteArray> events;
        for (int i = 0; i < 40; ++i)
            events.append(contentChunk(QStringLiteral("w%1 ").arg(i)));
        m_server->enqueue(FakeResponse::sse(events, 100));
        QSignalSpy deltas(m_session->messages(), &ConversationModel::deltaAppended);
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("long")));
        QTRY_VERIFY_WITH_TIMEOUT(deltas.count() >= 2, 5000);
        m_session->stop();
        QVERIFY(waitFinished());
        const MessageRecord &partial = m_session->messages()->record(1);
        QCOMPARE(partial.status, MessageStatus::Stopped);
        QVERIFY(partial.message.text().startsWith(QStringLiteral("w0 w1 ")));
        QVERIFY(!partial.message.text().contains(QStringLiteral("w39")));
        QVERIFY(!m_session->isBusy());
    }

    void unauthorizedFailsWithTheErrorAndIsLeftOutOfHistory()
    {
        m_server->enqueue(FakeResponse::error(401, QStringLiteral("Incorrect API key provided"),
                                              QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("Hi")));
        QVERIFY(waitFinished());
        const MessageRecord &failed = m_session->messages()->record(1);
        QCOMPARE(failed.status, MessageStatus::Failed);
        QCOMPARE(failed.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(failed.error.httpStatus, 401);
        QVERIFY(failed.message.text().isEmpty());
        QCOMPARE(sentMessages(m_session->previewRequest().body), Turns({turn("user", "Hi")}));
    }

    void retryReplacesTheFailedAnswer()
    {
        m_server->enqueue(FakeResponse::error(500, QStringLiteral("boom")));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("Hi")));
        QVERIFY(waitFinished());
        QCOMPARE(m_session->messages()->record(1).status, MessageStatus::Failed);

        m_server->enqueue(answer({QStringLiteral("Hello again")}));
        m_session->retry();
        QVERIFY(waitFinished());
        QCOMPARE(m_session->messages()->rowCount(), 2);
        QCOMPARE(m_session->messages()->record(1).message.text(), QStringLiteral("Hello again"));
        QCOMPARE(m_session->messages()->record(1).status, MessageStatus::Complete);
        QCOMPARE(sentMessages(m_server->lastRequest().json()), Turns({turn("user", "Hi")}));
    }

    void regenerateSendsTheHistoryWithoutTheLastAnswer()
    {
        m_session->load(m_session->info(), {record(Role::User, QStringLiteral("a"), {}, 1),
                                            record(Role::Assistant, QStringLiteral("A"), {}, 2),
                                            record(Role::User, QStringLiteral("b"), {}, 3),
                                            record(Role::Assistant, QStringLiteral("B"), {}, 4)});
        QSignalSpy removed(m_session.get(), &ChatSession::recordsRemoved);
        m_server->enqueue(answer({QStringLiteral("B2")}));
        m_session->regenerate();
        QVERIFY(waitFinished());
        QCOMPARE(sentMessages(m_server->lastRequest().json()),
                 Turns({turn("user", "a"), turn("assistant", "A"), turn("user", "b")}));
        QCOMPARE(m_session->messages()->rowCount(), 4);
        QCOMPARE(m_session->messages()->record(3).message.text(), QStringLiteral("B2"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{4});
    }

    void editAndResendDropsLaterMessages()
    {
        m_session->load(m_session->info(), {record(Role::User, QStringLiteral("a"), {}, 1),
                                            record(Role::Assistant, QStringLiteral("A"), {}, 2),
                                            record(Role::User, QStringLiteral("b"), {}, 3),
                                            record(Role::Assistant, QStringLiteral("B"), {}, 4)});
        QSignalSpy removed(m_session.get(), &ChatSession::recordsRemoved);
        QSignalSpy truncated(m_session.get(), &ChatSession::messagesTruncated);
        m_server->enqueue(answer({QStringLiteral("A2")}));
        m_session->editAndResend(2, ChatMessage::fromText(Role::User, QStringLiteral("b edited")));
        QVERIFY(waitFinished());
        QCOMPARE(sentMessages(m_server->lastRequest().json()),
                 Turns({turn("user", "a"), turn("assistant", "A"), turn("user", "b edited")}));
        QCOMPARE(m_session->messages()->rowCount(), 4);
        QCOMPARE(m_session->messages()->record(2).message.text(), QStringLiteral("b edited"));
        QCOMPARE(m_session->messages()->record(2).id, 0);
        QCOMPARE(m_session->messages()->record(3).message.text(), QStringLiteral("A2"));
        QCOMPARE(removed.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{3, 4}));
        QCOMPARE(truncated.at(0).at(0).toInt(), 2);

        // Editing an assistant message is not a thing: nothing happens.
        const int requests = m_server->requestCount();
        m_session->editAndResend(1, ChatMessage::fromText(Role::User, QStringLiteral("x")));
        QVERIFY(!m_session->isBusy());
        QCOMPARE(m_server->requestCount(), requests);
    }

    void deleteMessageRemovesOneRow()
    {
        m_session->load(m_session->info(), {record(Role::User, QStringLiteral("a"), {}, 1),
                                            record(Role::Assistant, QStringLiteral("A"), {}, 2),
                                            record(Role::User, QStringLiteral("b"), {}, 3)});
        QSignalSpy removed(m_session.get(), &ChatSession::recordsRemoved);
        m_session->deleteMessage(1);
        QCOMPARE(m_session->messages()->rowCount(), 2);
        QCOMPARE(m_session->messages()->record(1).message.text(), QStringLiteral("b"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{2});
        QCOMPARE(sentMessages(m_session->previewRequest().body),
                 Turns({turn("user", "a"), turn("user", "b")}));
    }

    void droppingCallsLeavesTheUnansweredOnesOut()
    {
        const ToolCall weather{QStringLiteral("call_a"), QStringLiteral("function"),
                               QStringLiteral("get_weather"), QStringLiteral("{}")};
        const ToolCall time{QStringLiteral("call_b"), QStringLiteral("function"),
                            QStringLiteral("get_time"), QStringLiteral("{}")};
        MessageRecord asked = record(Role::Assistant, QStringLiteral("Checking both."), {}, 2);
        asked.message.toolCalls = {weather, time};
        MessageRecord result = record(Role::Tool, QStringLiteral("sunny"), {}, 3);
        result.message.toolCallId = weather.id;
        m_session->load(
            m_session->info(),
            {record(Role::User, QStringLiteral("Weather and time?"), {}, 1), asked, result});
        QCOMPARE(m_session->unansweredToolCalls(), QList<ToolCall>{time});

        QSignalSpy changed(m_session.get(), &ChatSession::recordChanged);
        QVERIFY(m_session->dropUnansweredToolCalls());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        const MessageRecord &kept = m_session->messages()->record(1);
        QCOMPARE(kept.id, 2);
        QCOMPARE(kept.message.text(), QStringLiteral("Checking both."));
        QCOMPARE(kept.message.toolCalls, QList<ToolCall>{weather});
        QVERIFY(m_session->unansweredToolCalls().isEmpty());
        QVERIFY(!m_session->dropUnansweredToolCalls()); // nothing waits any more
        QCOMPARE(changed.count(), 1);

        // The next request carries the answered call and its result, and no trace of call_b.
        const QJsonArray messages =
            m_session->previewRequest(ChatMessage::fromText(Role::User, QStringLiteral("Thanks")))
                .body.value(QStringLiteral("messages"))
                .toArray();
        QCOMPARE(messages.size(), 4);
        const QJsonArray calls = messages.at(1)[QStringLiteral("tool_calls")].toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0)[QStringLiteral("id")].toString(), weather.id);
        QCOMPARE(messages.at(2)[QStringLiteral("tool_call_id")].toString(), weather.id);
        QVERIFY(!QJsonDocument(messages).toJson().contains("call_b"));
    }

    void droppingEveryCallKeepsTheAnswerButSendsNothingOfIt()
    {
        MessageRecord asked = record(Role::Assistant, QString(), {}, 2);
        asked.message.toolCalls = {{QStringLiteral("call_x"), QStringLiteral("function"),
                                    QStringLiteral("get_time"), QStringLiteral("{}")}};
        asked.usage.promptTokens = 12;
        m_session->load(m_session->info(),
                        {record(Role::User, QStringLiteral("Time?"), {}, 1), asked});
        QVERIFY(m_session->dropUnansweredToolCalls());
        // Still there (its tokens and cost count), but empty turns are not sent.
        QCOMPARE(m_session->messages()->rowCount(), 2);
        QCOMPARE(m_session->messages()->record(1).usage.promptTokens, std::optional<qint64>(12));
        QCOMPARE(
            sentMessages(
                m_session->previewRequest(ChatMessage::fromText(Role::User, QStringLiteral("Ok")))
                    .body),
            Turns({turn("user", "Time?"), turn("user", "Ok")}));
        // While an answer streams there is nothing to drop.
        m_server->enqueue(answer({QStringLiteral("x")}, 50));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("Ok")));
        QVERIFY(!m_session->dropUnansweredToolCalls());
        QVERIFY(waitFinished());
    }

    void deletingTheStreamingAnswerStopsIt()
    {
        QList<QByteArray> events;
        for (int i = 0; i < 20; ++i)
            events.append(contentChunk(QStringLiteral("x")));
        m_server->enqueue(FakeResponse::sse(events, 100));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("q")));
        QVERIFY(m_session->isBusy());
        m_session->deleteMessage(1);
        QVERIFY(!m_session->isBusy());
        QCOMPARE(m_session->messages()->rowCount(), 1);
    }

    void sendIsIgnoredWhileBusyOrEmpty()
    {
        m_session->send(ChatMessage{});
        QCOMPARE(m_session->messages()->rowCount(), 0);
        m_server->enqueue(answer({QStringLiteral("one")}, 50));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("first")));
        m_session->send(ChatMessage::fromText(Role::User, QStringLiteral("second")));
        QCOMPARE(m_session->messages()->rowCount(), 2);
        QVERIFY(waitFinished());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void imagesTravelAsContentParts()
    {
        ChatMessage message = ChatMessage::fromText(Role::User, QStringLiteral("What is this?"));
        message.parts.append(ContentPart::fromImageData(
            QByteArray("\x89PNG", 4), QStringLiteral("image/png"), QStringLiteral("low")));
        m_server->enqueue(answer({QStringLiteral("A PNG header.")}));
        m_session->send(message);
        QVERIFY(waitFinished());
        const QJsonArray messages =
            m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        const QJsonArray content =
            messages.at(0).toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(content.size(), 2);
        const QJsonObject image =
            content.at(1).toObject().value(QStringLiteral("image_url")).toObject();
        QVERIFY(image.value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(image.value(QStringLiteral("detail")).toString(), QStringLiteral("low"));
    }

    void setRecordIdChangesOnlyTheId()
    {
        m_session->load(m_session->info(), {record(Role::User, QStringLiteral("a"))});
        m_session->setRecordId(0, 99);
        QCOMPARE(m_session->messages()->record(0).id, 99);
        QCOMPARE(m_session->messages()->record(0).message.text(), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
