#pragma once

// Shared by the ChatStream suites: chunk builders, a request body, fast client options.

#include "FakeServer.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>

namespace Lineup::ChatStreamTest {

inline QByteArray chunk(const QString &content, const QJsonValue &finishReason = QJsonValue())
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

inline QByteArray usageChunk(int completionTokens)
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

inline QJsonObject chatBody(bool stream = true)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("test-model")},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

// Starts a chat against `base`, owned by `owner` (the suite, which deletes its streams in cleanup).
inline ChatStream *startChat(ApiClient &client, QObject *owner, const QUrl &base,
                             const QJsonObject &body = chatBody(),
                             const QString &key = QStringLiteral("sk-test-key"))
{
    Endpoint endpoint;
    endpoint.baseUrl = base;
    endpoint.apiKey = key;
    return client.startChat(endpoint, body, owner);
}

inline ClientOptions fastOptions()
{
    ClientOptions options;
    // Generous by default so a loaded CI machine does not trip them; the watchdog and timeout
    // tests set small values of their own.
    options.idleTimeoutMs = 3000;
    options.connectTimeoutMs = 3000;
    options.maxRetries = 2;
    options.retryBaseDelayMs = 20;
    options.retryMaxDelayMs = 200;
    // These suites run three times (tests/CMakeLists.txt): on Lineup's own reader unpaced (as
    // lineup-cli uses it), paced to frames (as the app does), and on Qt's network stack (as a
    // proxied request goes).
    const QString transport = qEnvironmentVariable("LINEUP_TEST_TRANSPORT");
    if (transport == QLatin1String("qt"))
        options.transport = ClientOptions::Transport::QtNetwork;
    else if (transport == QLatin1String("paced"))
        options.streamReadIntervalMs = 33;
    return options;
}

// A port on which nothing listens: bind one, remember it, close it.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline bool waitFinished(ChatStream *stream, int timeoutMs = 5000)
{
    if (!stream->isRunning())
        return true;
    QSignalSpy spy(stream, &ChatStream::finished);
    return spy.wait(timeoutMs) || !stream->isRunning();
}

} // namespace Lineup::ChatStreamTest
