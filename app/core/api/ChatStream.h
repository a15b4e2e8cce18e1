#pragma once

#include "api/ApiError.h"
#include "api/ChunkAssembler.h"
#include "api/Endpoint.h"
#include "api/HttpExchange.h"
#include "chat/Completion.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Lineup {

// One chat completion request, streaming or not (decided by body["stream"]). Created by
// ApiClient::startChat; owned by the parent given there, so a closed pane takes its request down
// with it. Emits `finished` exactly once.
class ChatStream : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Running,
        Complete,    // answer finished normally ([DONE], or a whole non-streaming body)
        Stopped,     // cancelled by the user; partial answer kept
        Failed,      // error before any output (HTTP error, network, ...)
        Interrupted, // output had started, then the stream broke (stall, drop, error event)
    };
    Q_ENUM(Status)

    ~ChatStream() override;

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    // The streamed answer as assembled so far, or the whole non-streaming answer.
    const Completion &completion() const
    {
        return m_wholeBody ? m_wholeCompletion : m_assembler.completion();
    }
    const ApiError &error() const { return m_error; }
    const Timings &timings() const { return m_timings; }
    bool doneReceived() const { return m_assembler.isDone(); }
    QStringList warnings() const;
    // The service rejected stream_options, so the request was sent again without it.
    bool streamOptionsDropped() const { return m_streamOptionsDropped; }
    const QJsonObject &requestBody() const { return m_body; }

public Q_SLOTS:
    // Stops the request; the partial answer stays available. No-op once finished.
    void cancel();

Q_SIGNALS:
    void delta(const Lineup::StreamDelta &delta);
    void eventDecoded(const Lineup::SseEvent &event);
    // A retry will be sent after delayMs because of cause (attempt counts from 1).
    void retryScheduled(int attempt, int delayMs, const Lineup::ApiError &cause);
    void finished();
    // Deleted while still running (its owner went away): the last moment the answer can be read.
    void discarding();

private:
    friend class ApiClient;
    // `network` carries the request unless readsDirectly; either way it is the lifetime guard
    // (its ApiClient closing ends the request). readsDirectly: SocketExchange, for an endpoint
    // reached without a proxy.
    ChatStream(QNetworkAccessManager *network, bool readsDirectly, const Endpoint &endpoint,
               const QJsonObject &body, const ClientOptions &options, QObject *parent);
    void send();
    void onReadyRead();
    void consumeBytes(const QByteArray &bytes);
    void onReplyFinished();
    void onIdleTimeout();
    void scheduleRetry(const ApiError &cause);
    void finishWith(Status status, const ApiError &error);
    void abortExchange();
    void onHeaders();
    void processStreamBytes(const QByteArray &bytes);
    void finishWholeBody();
    void finishStream();
    void failOrRetry(const ApiError &cause);
    bool hasOutput() const;

    QPointer<QNetworkAccessManager> m_network;
    bool m_readsDirectly = false;
    Endpoint m_endpoint;
    QJsonObject m_body;
    QByteArray m_bodyBytes;
    bool m_streamOptionsDropped = false;
    ClientOptions m_options;
    bool m_streaming = true;
    QPointer<HttpExchange> m_exchange;
    SseDecoder m_decoder;
    ChunkAssembler m_assembler;
    QByteArray m_plainBody; // non-streaming body or an error body
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    Timings m_timings;
    ApiError m_error;
    Status m_status = Status::Running;
    bool m_receivedBytes = false;
    bool m_httpOk = false;
    int m_attempt = 0;
    // Set when the answer is one JSON document: a non-streaming call, or a server that ignored
    // stream=true and answered application/json.
    bool m_wholeBody = false;
    bool m_headersSeen = false;
    int m_textDeltas = 0; // deltas carrying text: the token estimate when usage is missing
    QByteArray m_contentType;
    Completion m_wholeCompletion;
};

} // namespace Lineup
