// ChatStream failure paths against the local FakeServer: every HTTP error class, retries with
// backoff, network errors (refused, DNS, TLS), timeouts, the idle watchdog, dropped connections,
// error events. Delays and timeouts are tiny so the suite runs in a few seconds.

#include "ChatStreamHelpers.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Lineup;
using namespace Lineup::ChatStreamTest;

class TestChatStreamErrors : public QObject
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

    void notAnApiIsNotRetried()
    {
        // A plain web server answers a POST with 501: the same request gets the same answer.
        FakeServer server;
        server.setFallback(
            FakeResponse::text(501, "<html><body>Unsupported method</body></html>", "text/html"));
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QVERIFY(waitFinished(chat));
        QCOMPARE(chat->status(), ChatStream::Status::Failed);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(retries.size(), 0);
        QVERIFY(chat->error().humanMessage().contains(QStringLiteral("OpenAI-compatible")));
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
            o.connectTimeoutMs = 300;
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
        m_client->setOptions([] {
            auto o = fastOptions();
            o.idleTimeoutMs = 300;
            return o;
        }());
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
        m_client->setOptions([] {
            auto o = fastOptions();
            o.idleTimeoutMs = 300;
            return o;
        }());
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
            FakeResponse::error(503, QStringLiteral("busy")).withHeader("Retry-After", "1"));
        server.setFallback(FakeResponse::sse({chunk(QStringLiteral("retried anyway"))}));
        m_client->setOptions([] {
            auto o = fastOptions();
            o.retryMaxDelayMs = 5000;
            return o;
        }());
        ChatStream *chat = start(*m_client, server.baseUrl());
        QSignalSpy retries(chat, &ChatStream::retryScheduled);
        QSignalSpy finished(chat, &ChatStream::finished);
        QVERIFY(retries.wait(3000));
        QCOMPARE(retries.at(0).at(1).toInt(), 1000);
        chat->cancel();
        QCOMPARE(chat->status(), ChatStream::Status::Stopped);
        QCOMPARE(finished.size(), 1);
        // Past the time the retry would have been sent: it never is.
        QTest::qWait(1500);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(finished.size(), 1);
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

private:
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestChatStreamErrors)
#include "tst_chatstream_errors.moc"
