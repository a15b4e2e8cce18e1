// A buggy or hostile service: redirects to other servers, keys over plain http, and answers
// that try to make Lineup hold more than any real answer (AnswerLimits).

#include "ChatStreamHelpers.h"
#include "api/AnswerLimits.h"
#include "api/ServiceRequest.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::ChatStreamTest;

namespace {

QByteArray choiceChunk(int index, const QString &content)
{
    const QJsonObject choice{
        {QStringLiteral("index"), index},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray toolCallChunk(const QJsonValue &index, const QString &id, const QString &name,
                         const QString &arguments)
{
    QJsonObject call{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}};
    if (!index.isUndefined())
        call.insert(QStringLiteral("index"), index);
    if (!id.isEmpty())
        call.insert(QStringLiteral("id"), id);
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

// Writes `pieces` copies of `piece`, then `tail`, then ends the body.
std::function<QByteArray()> repeating(QByteArray head, QByteArray piece, int pieces,
                                      QByteArray tail = {})
{
    auto state = std::make_shared<int>(-1);
    return [=]() -> QByteArray {
        const int at = (*state)++;
        if (at < 0)
            return head.isEmpty() ? piece : head;
        if (at < pieces)
            return piece;
        if (at == pieces)
            return tail;
        return {};
    };
}

} // namespace

class TestHostileService : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiClient> m_client;

    bool finishedIn(ChatStream *chat, int timeoutMs = 15000)
    {
        if (!chat->isRunning())
            return true;
        QSignalSpy spy(chat, &ChatStream::finished);
        return spy.wait(timeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setOptions(fastOptions());
    }
    void cleanup() { m_client.reset(); }

    void redirectToAnotherOriginIsRefusedWithoutSendingTheKey()
    {
        FakeServer service;
        FakeServer elsewhere; // another port on the same host is another origin
        elsewhere.setFallback(FakeResponse::sse({chunk(QStringLiteral("stolen"))}));
        const QByteArray target = elsewhere.url(QStringLiteral("/v1/chat/completions")).toEncoded();
        service.enqueue(FakeResponse::text(307, "moved").withHeader("Location", target));

        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::Refused);
        QVERIFY2(chat->error().humanMessage().contains(elsewhere.rootUrl().toString()),
                 qPrintable(chat->error().humanMessage()));
        QCOMPARE(service.requestCount(), 1);
        QTest::qWait(100);
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void redirectWithinTheOriginIsFollowedWithTheKey()
    {
        FakeServer service;
        service.enqueue(
            FakeResponse::text(308, "moved")
                .withHeader("Location",
                            service.url(QStringLiteral("/v2/chat/completions")).toEncoded()));
        service.enqueue(FakeResponse::sse({chunk(QStringLiteral("moved here"))}));

        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().choice(0)->message.text(), QStringLiteral("moved here"));
        QCOMPARE(service.requestCount(), 2);
        QCOMPARE(service.requests().at(1).path, QByteArray("/v2/chat/completions"));
        QCOMPARE(service.requests().at(1).header("Authorization"),
                 QByteArray("Bearer sk-test-key"));
    }

    void modelListRedirectToAnotherOriginIsRefused()
    {
        FakeServer service;
        FakeServer elsewhere;
        service.enqueue(
            FakeResponse::text(302, "moved")
                .withHeader("Location", elsewhere.url(QStringLiteral("/v1/models")).toEncoded()));
        Endpoint endpoint;
        endpoint.baseUrl = service.baseUrl();
        endpoint.apiKey = QStringLiteral("sk-test-key");
        ModelListRequest *request = m_client->listModels(endpoint, this);
        QSignalSpy spy(request, &ModelListRequest::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(request->error().kind, ApiError::Kind::Refused);
        QCOMPARE(elsewhere.requestCount(), 0);
        delete request;
    }

    void keyOverPlainHttpToAnotherHostNeedsTheProfilesConsent()
    {
        // The "other host" is reached through a proxy on 127.0.0.1, which records what arrives.
        FakeServer proxy;
        proxy.setFallback(FakeResponse::sse({chunk(QStringLiteral("over http"))}));
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://api.example.invalid/v1"));
        endpoint.apiKey = QStringLiteral("sk-test-key");
        endpoint.proxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());

        ChatStream *refused = m_client->startChat(endpoint, chatBody(), this);
        QVERIFY(finishedIn(refused));
        QCOMPARE(refused->error().kind, ApiError::Kind::Refused);
        QVERIFY(refused->error().humanMessage().contains(QLatin1String("http://")));
        ModelListRequest *models = m_client->listModels(endpoint, this);
        QSignalSpy modelsDone(models, &ModelListRequest::finished);
        QVERIFY(modelsDone.wait(5000));
        QCOMPARE(models->error().kind, ApiError::Kind::Refused);
        QCOMPARE(proxy.requestCount(), 0);

        endpoint.allowPlainHttpKey = true;
        ChatStream *allowed = m_client->startChat(endpoint, chatBody(), this);
        QVERIFY(finishedIn(allowed));
        QCOMPARE(allowed->status(), ChatStream::Status::Complete);
        QCOMPARE(proxy.lastRequest().header("Authorization"), QByteArray("Bearer sk-test-key"));
        delete models;
    }

    void hugeChoiceIndexStopsTheAnswerAndKeepsWhatArrived()
    {
        FakeServer service;
        service.enqueue(FakeResponse::sse({chunk(QStringLiteral("kept")),
                                           choiceChunk(2'000'000'000, QStringLiteral("x")),
                                           chunk(QStringLiteral(" never"))}));
        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::LimitExceeded);
        QVERIFY(chat->error().humanMessage().contains(QLatin1String("2000000000")));
        QCOMPARE(chat->completion().choices.size(), 1);
        QCOMPARE(chat->completion().choice(0)->message.text(), QStringLiteral("kept"));
    }

    void toolCallsAreAssembledInTheOrderOfTheirIndex()
    {
        FakeServer service;
        service.enqueue(FakeResponse::sse({
            toolCallChunk(2, QStringLiteral("call_c"), QStringLiteral("third"),
                          QStringLiteral("{")),
            toolCallChunk(0, QStringLiteral("call_a"), QStringLiteral("first"),
                          QStringLiteral("{")),
            toolCallChunk(2, {}, {}, QStringLiteral("}")),
            toolCallChunk(1, QStringLiteral("call_b"), QStringLiteral("second"),
                          QStringLiteral("{}")),
            toolCallChunk(0, {}, {}, QStringLiteral("}")),
        }));
        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        const QList<ToolCall> calls = chat->completion().choice(0)->message.toolCalls;
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).id, QStringLiteral("call_a"));
        QCOMPARE(calls.at(0).name, QStringLiteral("first"));
        QCOMPARE(calls.at(0).arguments, QStringLiteral("{}"));
        QCOMPARE(calls.at(1).id, QStringLiteral("call_b"));
        QCOMPARE(calls.at(2).id, QStringLiteral("call_c"));
        QCOMPARE(calls.at(2).arguments, QStringLiteral("{}"));
    }

    void toolCallIndexOutOfRangeIsALimit()
    {
        FakeServer service;
        service.enqueue(FakeResponse::sse({toolCallChunk(
            1e15, QStringLiteral("call_x"), QStringLiteral("f"), QStringLiteral("{}"))}));
        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->error().kind, ApiError::Kind::LimitExceeded);
        QVERIFY(chat->completion().choices.isEmpty() ||
                chat->completion().choice(0)->message.toolCalls.isEmpty());
    }

    void anEventThatNeverEndsIsStoppedAtItsLimit()
    {
        // data: lines without the blank line that ends an event, well past MaxEventBytes.
        FakeServer service(FakeServer::Mode::OwnThread);
        const QByteArray line = "data: " + QByteArray(64 * 1024, 'x') + '\n';
        const int lines = int(AnswerLimits::MaxEventBytes / line.size()) + 8;
        FakeResponse response = FakeResponse::sseRaw({});
        response.generator =
            repeating(FakeResponse::sseFrame(chunk(QStringLiteral("kept"))), line, lines);
        service.enqueue(response);
        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat, 30000));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::LimitExceeded);
        QCOMPARE(chat->completion().choice(0)->message.text(), QStringLiteral("kept"));
    }

    void aHugeNonStreamingBodyIsStoppedAtItsLimit()
    {
        FakeServer service(FakeServer::Mode::OwnThread);
        FakeResponse response = FakeResponse::json(QByteArray("{}"));
        response.body.clear();
        const QByteArray piece(1024 * 1024, ' ');
        response.generator = repeating("{\"choices\":[", piece,
                                       int(AnswerLimits::MaxBodyBytes / piece.size()) + 2, "]}");
        service.enqueue(response);
        ChatStream *chat = start(service.baseUrl(), chatBody(false));
        QVERIFY(finishedIn(chat, 30000));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::LimitExceeded);
    }

    void deeplyNestedJsonIsALimit()
    {
        FakeServer service;
        const QByteArray nested =
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"x\":" +
            QByteArray(200, '[') + QByteArray(200, ']') + "}]}";
        service.enqueue(FakeResponse::sse({chunk(QStringLiteral("kept")), nested}));
        ChatStream *chat = start(service.baseUrl());
        QVERIFY(finishedIn(chat));
        QCOMPARE(chat->error().kind, ApiError::Kind::LimitExceeded);
        QVERIFY(chat->error().humanMessage().contains(QString::number(AnswerLimits::MaxJsonDepth)));
        QCOMPARE(chat->completion().choice(0)->message.text(), QStringLiteral("kept"));
    }

    void nestingCheckSkipsStrings()
    {
        const QByteArray inString = "{\"a\":\"" + QByteArray(100, '[') + "\\\"\"}";
        QVERIFY(!AnswerLimits::jsonNestsDeeperThan(inString.constData(), inString.size(), 2));
        const QByteArray deep = QByteArray(3, '[') + QByteArray(3, ']');
        QVERIFY(AnswerLimits::jsonNestsDeeperThan(deep.constData(), deep.size(), 2));
        QVERIFY(!AnswerLimits::jsonNestsDeeperThan(deep.constData(), deep.size(), 3));
    }

    void sameOriginComparesSchemeHostAndPort()
    {
        const auto url = [](const char *text) { return QUrl(QString::fromLatin1(text)); };
        QVERIFY(ServiceRequest::sameOrigin(url("https://api.x.com/v1"),
                                           url("https://API.x.com:443/other")));
        QVERIFY(
            !ServiceRequest::sameOrigin(url("https://api.x.com/v1"), url("http://api.x.com/v1")));
        QVERIFY(!ServiceRequest::sameOrigin(url("https://api.x.com/v1"),
                                            url("https://api.x.com:8443/v1")));
        QVERIFY(!ServiceRequest::sameOrigin(url("https://api.x.com/v1"),
                                            url("https://evil.example/v1")));
    }

private:
    ChatStream *start(const QUrl &base, const QJsonObject &body = chatBody())
    {
        return startChat(*m_client, this, base, body);
    }
};

QTEST_GUILESS_MAIN(TestHostileService)
#include "tst_hostileservice.moc"
