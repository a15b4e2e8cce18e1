// ChatStream against the local FakeServer: streaming, every error class, retries, watchdogs,
// cancel, lifetime. Timeouts and retry delays are tiny so the suite runs in a few seconds.

#include "FakeServer.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Lineup;

namespace {

QByteArray chunk(const QString &content, const QJsonValue &finishReason = QJsonValue())
{
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}},
        {QStringLiteral("finish_reason"), finishReason}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("model"), QStringLiteral("test-model")},
                             {QStringLiteral("choices"), QJsonArray{choice}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray usageChunk(int completionTokens)
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 5},
                            {QStringLiteral("completion_tokens"), completionTokens},
                            {QStringLiteral("total_tokens"), 5 + completionTokens}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("choices"), QJsonArray()},
                             {QStringLiteral("usage"), usage}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject chatBody(bool stream = true)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("test-model")},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

ClientOptions fastOptions()
{
    ClientOptions options;
    options.idleTimeoutMs = 300;
    options.connectTimeoutMs = 400;
    options.maxRetries = 2;
    options.retryBaseDelayMs = 20;
    options.retryMaxDelayMs = 200;
    return options;
}

// A port on which nothing listens: bind one, remember it, close it.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool waitFinished(ChatStream *stream, int timeoutMs = 5000)
{
    if (!stream->isRunning())
        return true;
    QSignalSpy spy(stream, &ChatStream::finished);
    return spy.wait(timeoutMs) || !stream->isRunning();
}

} // namespace

class TestChatStream : public QObject
{
    Q_OBJECT

private:
    ChatStream *start(ApiClient &client, const QUrl &base, const QJsonObject &body = chatBody(),
                      const QString &key = QStringLiteral("sk-test-key"))
    {
        Endpoint endpoint;
        endpoint.baseUrl = base;
        endpoint.apiKey = key;
        return client.startChat(endpoint, body, this);
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

    void reportsHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("param");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << QString() << int(ApiError::Kind::Unauthorized);
        QTest::newRow("403") << 403 << QString() << int(ApiError::Kind::Unauthorized);
        QTest::newRow("404") << 404 << QString() << int(ApiError::Kind::NotFound);
        QTest::newRow("400 param")
            << 400 << QStringLiteral("logprobs") << int(ApiError::Kind::BadRequest);
        QTest::newRow("418") << 418 << QString() << int(ApiError::Kind::HttpError);
    }
    void reportsHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, param);
        QFETCH(int, kind);
        FakeServer server;
        const QString message = QStringLiteral("Service says no (%1)").arg(status);
        server.enqueue(FakeResponse::error(status, message, QStringLiteral("invalid_request_error"),
                                           QStringLiteral("some_code"), param));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(int(chat->error().kind), kind);
        QCOMPARE(chat->error().httpStatus, status);
        QCOMPARE(chat->error().serviceMessage, message);
        QCOMPARE(chat->error().param, param);
        QCOMPARE(chat->error().code, QStringLiteral("some_code"));
        QVERIFY(!chat->error().humanMessage().isEmpty());
        QCOMPARE(retries.size(), 0); // client errors are not retried
        QCOMPARE(server.requestCount(), 1);
    }

    void honoursRetryAfterThenSucceeds()
    {
        FakeServer server;
        server.enqueue(
            FakeResponse::error(429, QStringLiteral("Slow down")).withHeader("Retry-After", "1"));
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("after retry"))}));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("after retry"));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(0).toInt(), 1);
        // Retry-After: 1 s, capped by retryMaxDelayMs (200 ms).
        QCOMPARE(retries.at(0).at(1).toInt(), 200);
        const auto cause = retries.at(0).at(2).value<ApiError>();
        QCOMPARE(cause.kind, ApiError::Kind::RateLimited);
        QCOMPARE(cause.retryAfterMs, 1000);
        QCOMPARE(chat->timings().attempts, 2);
        QCOMPARE(server.requestCount(), 2);
    }

    void retriesServerErrorsWithBackoffThenGivesUp()
    {
        FakeServer server;
        server.setFallback(FakeResponse::error(503, QStringLiteral("Overloaded")));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::ServerError);
        QCOMPARE(chat->error().httpStatus, 503);
        QCOMPARE(server.requestCount(), 3); // 1 + maxRetries
        QCOMPARE(chat->timings().attempts, 3);
        QCOMPARE(retries.size(), 2);
        // base 20 ms, then 40 ms, each ±20 %.
        const int first = retries.at(0).at(1).toInt();
        const int second = retries.at(1).at(1).toInt();
        QVERIFY2(first >= 16 && first <= 24, qPrintable(QString::number(first)));
        QVERIFY2(second >= 32 && second <= 48, qPrintable(QString::number(second)));
    }

    void explainsHtmlProxyPage()
    {
        FakeServer server;
        server.enqueue(
            FakeResponse::text(502,
                               "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                               "<body><h1>Bad Gateway</h1><p>nginx</p></body></html>",
                               "text/html"));
        m_client->setOptions([] {
            auto o = fastOptions();
            o.maxRetries = 0;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::ServerError);
        QCOMPARE(chat->error().httpStatus, 502);
        QVERIFY(!chat->error().humanMessage().contains(QLatin1String("<html")));
        QVERIFY(chat->error().serviceMessage.contains(QLatin1String("Bad Gateway")));
    }

    void reportsConnectionRefusedAfterRetries()
    {
        QUrl base(QStringLiteral("http://127.0.0.1/v1"));
        base.setPort(closedPort());
        ChatStream *chat = start(*m_client, base);
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(chat->timings().attempts, 3);
    }

    void reportsDnsFailureWithoutRetry()
    {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://lineup-test.invalid/v1"));
        endpoint.proxy =
            QNetworkProxy(QNetworkProxy::NoProxy); // an http_proxy in CI must not mask DNS
        ChatStream *chat = m_client->startChat(endpoint, chatBody(), this);
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat, 15000));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::HostNotFound);
        QCOMPARE(retries.size(), 0);
    }

    void reportsTlsFailure()
    {
        FakeServer server;
        QUrl base = server.baseUrl();
        base.setScheme(QStringLiteral("https"));
        ChatStream *chat = start(*m_client, base);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::TlsError);
        QCOMPARE(server.requestCount(), 0); // the key never went out in a readable request
    }

    void timesOutWhenNoAnswerThenRetries()
    {
        FakeServer server;
        server.enqueue(FakeResponse::silent());
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("second try"))}));
        m_client->setOptions([] {
            auto o = fastOptions();
            o.connectTimeoutMs = 150;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Complete);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Timeout);
    }

    void timesOutWhenServerNeverAnswers()
    {
        FakeServer server;
        server.setFallback(FakeResponse::silent());
        m_client->setOptions([] {
            auto o = fastOptions();
            o.connectTimeoutMs = 150;
            o.maxRetries = 0;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::Timeout);
        QVERIFY(chat->error().isRetryable());
    }

    void idleWatchdogKeepsPartialAnswer()
    {
        FakeServer server;
        FakeResponse response =
            FakeResponse::sse({chunk(QStringLiteral("partial ")), chunk(QStringLiteral("answer")),
                               chunk(QStringLiteral("never"))},
                              10);
        response.stallAfterChunk = 1;
        server.enqueue(response);
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::Stalled);
        QCOMPARE(chat->completion().choices.first().message.text(),
                 QStringLiteral("partial answer"));
        QCOMPARE(server.requestCount(), 1);
        QTRY_COMPARE(server.openConnections(), 0); // the stalled connection was aborted
    }

    void stallBeforeOutputFails()
    {
        FakeServer server;
        FakeResponse response = FakeResponse::sse({chunk(QStringLiteral("x"))});
        response.stallAfterHeaders = true;
        server.enqueue(response);
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::Stalled);
    }

    void droppedConnectionKeepsPartialWithoutRetry()
    {
        FakeServer server;
        FakeResponse response =
            FakeResponse::sse({chunk(QStringLiteral("first ")), chunk(QStringLiteral("second")),
                               chunk(QStringLiteral("lost"))},
                              10);
        response.dropAfterChunk = 1;
        server.enqueue(response);
        server.setFallback(FakeResponse::sse({chunk(QStringLiteral("a retry happened"))}));
        m_client->setOptions([] {
            auto o = fastOptions();
            o.maxRetries = 3;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::IncompleteStream);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("first second"));
        QVERIFY(!chat->doneReceived());
        QCOMPARE(retries.size(), 0);
        QCOMPARE(server.requestCount(), 1);
    }

    void streamWithoutDoneIsIncomplete()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse({chunk(QStringLiteral("no end"))}, 0, false));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::IncompleteStream);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("no end"));
    }

    void cancelKeepsPartialAndFinishesOnce()
    {
        FakeServer server;
        FakeResponse response =
            FakeResponse::sse({chunk(QStringLiteral("kept")), chunk(QStringLiteral("x"))});
        response.stallAfterChunk = 0;
        server.enqueue(response);
        m_client->setOptions([] {
            auto o = fastOptions();
            o.idleTimeoutMs = 5000;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy finished(chat, &ChatStream::finished);
        QSignalSpy deltas(chat, &ChatStream::delta);
        QVERIFY(deltas.wait(3000));
        chat->cancel();
        QCOMPARE(chat->status(), ChatStream::Status::Stopped);
        QCOMPARE(chat->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("kept"));
        chat->cancel();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void cancelDuringRetryWaitStops()
    {
        FakeServer server;
        server.enqueue(
            FakeResponse::error(503, QStringLiteral("busy")).withHeader("Retry-After", "5"));
        m_client->setOptions([] {
            auto o = fastOptions();
            o.retryMaxDelayMs = 5000;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QSignalSpy finished(chat, &ChatStream::finished);
        QVERIFY(retries.wait(3000));
        chat->cancel();
        QCOMPARE(chat->status(), ChatStream::Status::Stopped);
        QCOMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 1);
    }

    void errorEventMidStream()
    {
        FakeServer server;
        const QByteArray error =
            R"({"error":{"message":"The model is overloaded","type":"server_error"}})";
        server.enqueue(FakeResponse::sse(
            {chunk(QStringLiteral("so far")), error, chunk(QStringLiteral("after"))}, 0, false));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Interrupted);
        QCOMPARE(chat->error().kind, ApiError::Kind::StreamError);
        QVERIFY(chat->error().serviceMessage.contains(QLatin1String("overloaded")));
        QCOMPARE(chat->completion().choices.first().message.text(), QStringLiteral("so far"));
    }

    void errorEventBeforeOutputFails()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse(
            {R"({"error":{"message":"quota exceeded","type":"insufficient_quota"}})"}, 0, false));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(chat->error().kind, ApiError::Kind::StreamError);
        QCOMPARE(server.requestCount(), 1); // bytes had arrived: never retried
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
        ChatStream *chat = start(*m_client, QUrl(QStringLiteral("http://api.example.invalid/v1")));
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
