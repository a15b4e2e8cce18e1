// ChatStream against the local FakeServer: streaming with split reads, what is sent, cancel,
// non-streaming calls, timings, lifetime, proxies. Errors and retries: tst_chatstream_errors.

#include "ChatStreamHelpers.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Lineup;
using namespace Lineup::ChatStreamTest;

class TestChatStream : public QObject
{
    Q_OBJECT

private:
    ChatStream *start(ApiClient &client, const QUrl &base, const QJsonObject &body = chatBody(),
                      const QString &key = QStringLiteral("sk-test-key"))
    {
        return startChat(client, this, base, body, key);
    }

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setOptions(fastOptions());
    }
    void cleanup()
    {
        const auto streams = findChildren<ChatStream *>();
        qDeleteAll(streams);
        m_client.reset();
    }

    void streamsWithReadsSplitInsideCrlfAndCharacters()
    {
        FakeServer server;
        const QStringList pieces = {QStringLiteral("Grüße, "), QStringLiteral("日本語"),
                                    QStringLiteral(" and 🎉"), QStringLiteral(" done.")};
        QByteArray stream;
        for (const QString &piece : pieces)
            stream += "data: " + chunk(piece) + "\r\n\r\n";
        stream += "data: [DONE]\r\n\r\n";
        // Cut inside a CRLF pair, inside a 3-byte and a 4-byte UTF-8 character and inside "data".
        const qsizetype crlf = stream.indexOf("\r\n") + 1;
        const qsizetype kanji = stream.indexOf(QStringLiteral("日").toUtf8()) + 1;
        const qsizetype emoji = stream.indexOf(QStringLiteral("🎉").toUtf8()) + 2;
        const qsizetype secondCrlf = stream.indexOf("\r\n\r\n", crlf + 4) + 3;
        const qsizetype field = stream.lastIndexOf("data: [DONE]") + 2;
        server.enqueue(
            FakeResponse::sseRaw(stream).splitAt({crlf, kanji, emoji, secondCrlf, field}, 20));

        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy deltas(chat, &ChatStream::delta);
        QSignalSpy events(chat, &ChatStream::eventDecoded);
        QVERIFY(waitFinished(chat));

        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QVERIFY(!chat->error().isError());
        QVERIFY(chat->doneReceived());
        QCOMPARE(chat->completion().choices.size(), 1);
        QCOMPARE(chat->completion().choices.first().message.text(), pieces.join(QString()));
        QString streamed;
        for (const QList<QVariant> &args : std::as_const(deltas))
            streamed += args.at(0).value<StreamDelta>().content;
        QCOMPARE(streamed, pieces.join(QString()));
        QVERIFY(deltas.size() >= 4);
        QCOMPARE(events.size(), 5); // four chunks and [DONE]
        QCOMPARE(chat->timings().attempts, 1);
    }

    void sendsHeadersAndBodyAsGiven()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("ok"))}));
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("ok"))}));
        QJsonObject body = chatBody();
        body.insert(QStringLiteral("seed"), 7);

        ChatStream *chat = start(*m_client, server.baseUrl(), body);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        const FakeRequest request = server.lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer sk-test-key"));
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));
        QCOMPARE(request.header("Accept-Encoding"), QByteArray("identity"));
        QCOMPARE(request.json(), body);
        QVERIFY(!request.json().contains(QStringLiteral("temperature")));

        // A key-less local server gets no Authorization header at all.
        ChatStream *keyless = start(*m_client, server.baseUrl(), chatBody(), QString());
        QVERIFY(waitFinished(keyless));
        QVERIFY(!server.lastRequest().hasHeader("Authorization"));
    }

    void nonStreamingCall()
    {
        FakeServer server;
        server.enqueue(FakeResponse::json(
            QByteArray(R"({"id":"chatcmpl-1","object":"chat.completion","model":"test-model-2025",
            "choices":[{"index":0,"message":{"role":"assistant","content":"Four"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":9,"completion_tokens":1,"total_tokens":10}})")));
        ChatStream *chat = start(*m_client, server.baseUrl(), chatBody(false));
        QSignalSpy events(chat, &ChatStream::eventDecoded);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().model, QStringLiteral("test-model-2025"));
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("Four"));
        QCOMPARE(chat->completion().choices.first().finishReason, QStringLiteral("stop"));
        QCOMPARE(chat->completion().usage.completionTokens.value_or(-1), 1);
        QCOMPARE(events.size(), 0);
        QCOMPARE(server.lastRequest().header("Accept"), QByteArray("application/json"));
        QVERIFY(!server.lastRequest().json().contains(QStringLiteral("stream")));
        QVERIFY(chat->timings().totalMs.has_value());
    }

    void nonStreamingWaitsLongerThanConnectTimeout()
    {
        FakeServer server;
        // The whole answer takes longer than connectTimeoutMs: that is not a timeout.
        server.enqueue(FakeResponse::json(
                           QByteArray(R"({"choices":[{"index":0,"message":{"content":"slow"}}]})"))
                           .withHeaderDelay(300));
        server.enqueue(FakeResponse::silent());
        m_client->setOptions([] {
            auto o = fastOptions();
            o.connectTimeoutMs = 100;
            o.responseTimeoutMs = 600;
            o.maxRetries = 0;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl(), chatBody(false));
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("slow"));

        // responseTimeoutMs still bounds a server that never answers.
        ChatStream *silent = start(*m_client, server.baseUrl(), chatBody(false));
        QVERIFY(waitFinished(silent));
        QCOMPARE(silent->status(), ChatStream::Status::Failed);
        QCOMPARE(silent->error().kind, ApiError::Kind::Timeout);
        QVERIFY(*silent->timings().totalMs >= 550);
    }

    void streamAnsweredWithJsonIsAccepted()
    {
        FakeServer server;
        server.enqueue(FakeResponse::json(QByteArray(
            R"({"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"whole"},"finish_reason":"stop"}]})")));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("whole"));
    }

    void timingsArePresentAndOrdered()
    {
        FakeServer server;
        FakeResponse response =
            FakeResponse::sse({chunk(QStringLiteral("a")), chunk(QStringLiteral("b")),
                               chunk(QStringLiteral("c"), QStringLiteral("stop")), usageChunk(30)},
                              25);
        response.headerDelayMs = 30;
        server.enqueue(response);
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        const Timings &timings = chat->timings();
        QVERIFY(timings.timeToFirstByteMs && timings.timeToFirstTokenMs && timings.totalMs);
        QVERIFY(*timings.timeToFirstByteMs >= 25);
        QVERIFY(*timings.timeToFirstByteMs <= *timings.timeToFirstTokenMs);
        QVERIFY(*timings.timeToFirstTokenMs < *timings.totalMs);
        QVERIFY(timings.tokensPerSecond.has_value());
        // 30 completion tokens (from usage) over the time after the first token.
        const double expected =
            30 * 1000.0 / double(*timings.totalMs - *timings.timeToFirstTokenMs);
        QVERIFY(qAbs(*timings.tokensPerSecond - expected) < 1e-6);
        QCOMPARE(timings.attempts, 1);
    }

    void deletingOwnerAbortsCleanly()
    {
        FakeServer server;
        FakeResponse response =
            FakeResponse::sse({chunk(QStringLiteral("hello")), chunk(QStringLiteral("x"))});
        response.stallAfterChunk = 0;
        server.enqueue(response);
        auto *owner = new QObject;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        ChatStream *chat = m_client->startChat(endpoint, chatBody(), owner);
        QPointer<ChatStream> guard(chat);
        int finishedCount = 0;
        connect(chat, &ChatStream::finished, this, [&finishedCount] { ++finishedCount; });
        QSignalSpy deltas(chat, &ChatStream::delta);
        QVERIFY(deltas.wait(3000));
        delete owner;
        QVERIFY(guard.isNull());
        QTRY_COMPARE(server.openConnections(), 0);
        QTest::qWait(50);
        QCOMPARE(finishedCount, 0);
    }

    void deletingFromItsOwnSignalsIsSafe()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("a")), chunk(QStringLiteral("b"))}));
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("c"))}));
        // A pane closed from a delta slot: the rest of the read must not touch the dead stream.
        auto *owner = new QObject;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        QPointer<ChatStream> first = m_client->startChat(endpoint, chatBody(), owner);
        connect(first.data(), &ChatStream::delta, owner, [owner] { delete owner; });
        QTRY_VERIFY(first.isNull());

        // And deleted directly (not deleteLater) from its finished signal.
        QPointer<ChatStream> second = start(*m_client, server.baseUrl());
        connect(second.data(), &ChatStream::finished, this, [&second] { delete second.data(); });
        QTRY_VERIFY(second.isNull());
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void deletingClientFirstIsSafe()
    {
        FakeServer server;
        FakeResponse response = FakeResponse::sse({chunk(QStringLiteral("hello"))});
        response.stallAfterHeaders = true;
        server.enqueue(response);
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(server.waitForRequests(1));
        m_client.reset();
        QVERIFY(waitFinished(chat));
        QVERIFY(chat->status() != ChatStream::Status::Running);
    }

    void usesEndpointProxy()
    {
        FakeServer proxy;
        proxy.enqueue(FakeResponse::sse({chunk(QStringLiteral("via proxy"))}));
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://api.example.invalid/v1"));
        endpoint.proxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
        ChatStream *chat = m_client->startChat(endpoint, chatBody(), this);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(proxy.lastRequest().target,
                 QByteArray("http://api.example.invalid/v1/chat/completions"));
        QCOMPARE(proxy.lastRequest().path, QByteArray("/v1/chat/completions"));
    }

    void usesSystemProxyByDefault()
    {
        FakeServer proxy;
        proxy.enqueue(FakeResponse::sse({chunk(QStringLiteral("via system proxy"))}));
        const QByteArray saved = qgetenv("http_proxy");
        qputenv("http_proxy", proxy.rootUrl().toEncoded());
        // No key: a key would not be sent over http:// to another host (ServiceRequest::refusal).
        ChatStream *chat = start(*m_client, QUrl(QStringLiteral("http://api.example.invalid/v1")),
                                 chatBody(), QString());
        const bool done = waitFinished(chat);
        if (saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
        QVERIFY(done);
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(proxy.lastRequest().target,
                 QByteArray("http://api.example.invalid/v1/chat/completions"));
    }

    void worksWithServerInItsOwnThread()
    {
        FakeServer server(FakeServer::Mode::OwnThread);
        server.enqueue(FakeResponse::sse(
            {chunk(QStringLiteral("threaded ")), chunk(QStringLiteral("server"))}, 5));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy received(&server, &FakeServer::requestReceived);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().choices.first().message.text(),
                 QStringLiteral("threaded server"));
        QTRY_COMPARE(received.size(), 1);
    }

private:
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
