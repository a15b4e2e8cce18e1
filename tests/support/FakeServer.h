#pragma once

// A scriptable fake OpenAI-compatible HTTP/1.1 server for tests and benchmarks.
//
// Listens on 127.0.0.1 (a free port), parses real HTTP/1.1 requests (request line, headers,
// Content-Length body), records every request and answers each one with the next scripted
// FakeResponse from a FIFO queue, else with a route ("GET /v1/models"), else with a 404 JSON
// error. Responses can be delayed, split into separate socket writes (inside CRLF, inside a
// multi-byte character), sent with chunked transfer encoding (SSE), stalled or dropped.
//
// Two modes:
//   FakeServer server;                                  // runs in the caller's event loop
//   FakeServer server(FakeServer::Mode::OwnThread);     // runs in a private QThread
// In the first mode the test must spin the event loop while the client works (QTRY_*,
// QSignalSpy::wait, QEventLoop); that also works when the client is a child process, as long as
// the test does not block in QProcess::waitForFinished. The API is thread-safe in both modes.
//
// The server knows nothing about chat completions: it serves bytes.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace Lineup {

// One socket write. delayMs is waited before writing it; with chunked transfer encoding each
// piece becomes one HTTP chunk.
struct FakeChunk
{
    QByteArray bytes;
    int delayMs = 0;
};

struct FakeResponse
{
    int status = 200;
    QByteArray reason;                            // empty: the standard phrase for status
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, sent as given
    QByteArray body;                              // used when chunks and generator are empty
    QList<FakeChunk> chunks;                      // the body as separate writes
    bool chunked = false;           // Transfer-Encoding: chunked (else Content-Length)
    bool sendContentLength = true;  // false: body ends when the socket closes
    int headerDelayMs = 0;          // wait before the status line
    bool neverRespond = false;      // accept, read the request, never answer
    int stallAfterChunk = -1;       // after writing chunk N stop, keep the socket open
    int dropAfterChunk = -1;        // after writing chunk N abort the connection
    bool stallAfterHeaders = false; // send the head only, keep the socket open
    bool dropAfterHeaders = false;  // send the head only, then abort
    // Holds the answer until the server has received this many requests in all: a response
    // that ever starts proves that many requests were open at once (no client-side queueing).
    int holdUntilRequests = 0;
    // Produces the body piece by piece until it returns an empty array (benchmarks: no need to
    // hold 50 MB in memory). Written with back-pressure; implies chunked unless
    // sendContentLength is false.
    std::function<QByteArray()> generator;

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withHeaderDelay(int ms);
    // Re-cuts the body (or the concatenated chunks) into separate writes at the given absolute
    // byte offsets, waiting delayMs before each write after the first. Offsets may fall inside a
    // CRLF pair or a multi-byte UTF-8 character: that is the point.
    FakeResponse &splitAt(const QList<qsizetype> &offsets, int delayMs = 15);
    // Re-cuts the body into writes of at most `size` bytes.
    FakeResponse &splitEvery(qsizetype size, int delayMs = 15);

    // The whole body bytes (body, or the concatenated chunks).
    QByteArray bodyBytes() const;

    static FakeResponse json(const QJsonObject &object, int status = 200);
    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = "text/plain; charset=utf-8");
    // An OpenAI-style error body: {"error":{"message","type","code","param"}}.
    static FakeResponse error(int status, const QString &message, const QString &type = {},
                              const QString &code = {}, const QString &param = {});
    // text/event-stream, chunked, one `data: <event>\n\n` frame per event (each its own write,
    // delayMs apart), then `data: [DONE]\n\n` when done is true.
    static FakeResponse sse(const QList<QByteArray> &events, int delayMs = 0, bool done = true);
    // text/event-stream, chunked, with the raw stream bytes given (use for hand-made framing).
    static FakeResponse sseRaw(const QByteArray &stream);
    // Accepts the connection, reads the request and never answers (connect-timeout tests).
    static FakeResponse silent();
    // Splits bytes into writes at the given absolute offsets.
    static QList<FakeChunk> split(const QByteArray &bytes, const QList<qsizetype> &offsets,
                                  int delayMs = 15);
    // A `data: <payload>\n\n` frame.
    static QByteArray sseFrame(const QByteArray &payload);
};

struct FakeRequest
{
    QByteArray method;
    QByteArray target;                            // as on the request line: path + query
    QByteArray path;                              // target without the query
    QList<QPair<QByteArray, QByteArray>> headers; // as received, in order
    QByteArray body;
    int connectionId = 0;    // which TCP connection carried it
    qint64 receivedAtUs = 0; // std::chrono::steady_clock, when the whole request was read

    bool hasHeader(const QByteArray &name) const; // case-insensitive
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // the body as an object ({} if not JSON)
    QJsonDocument jsonDocument() const;
};

class FakeServerWorker;
struct FakeServerState;

class FakeServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { CurrentThread, OwnThread };

    // Starts listening on 127.0.0.1 right away (port 0: any free port).
    explicit FakeServer(QObject *parent = nullptr);
    explicit FakeServer(Mode mode, quint16 port = 0, QObject *parent = nullptr);
    ~FakeServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl rootUrl() const;                // http://127.0.0.1:PORT
    QUrl baseUrl() const;                // http://127.0.0.1:PORT/v1
    QUrl url(const QString &path) const; // rootUrl + path ("/v1/models")

    // Scripted responses, consumed one per request in order.
    void enqueue(const FakeResponse &response);
    // Scripted responses for requests whose JSON body names `model`, consumed in order before the
    // common queue (several models streaming at once, in whatever order their requests arrive).
    void enqueueForModel(const QString &model, const FakeResponse &response);
    int pendingResponses() const;
    // Answer for METHOD PATH whenever the queue is empty (path without query, e.g. "/v1/models").
    void setRoute(const QByteArray &method, const QByteArray &path, const FakeResponse &response);
    // Answer when neither queue nor route matches (default: 404 JSON error).
    void setFallback(const FakeResponse &response);

    QList<FakeRequest> requests() const;
    int requestCount() const;
    FakeRequest lastRequest() const; // default-constructed when none yet
    void clearRequests();
    int connectionCount() const; // connections accepted so far
    int openConnections() const; // connections currently open

    // Spins the event loop until `count` requests were received or the timeout passed.
    bool waitForRequests(int count, int timeoutMs = 5000);
    // Closes every open connection (e.g. to release a stalled client at the end of a test).
    void closeAllConnections();

Q_SIGNALS:
    // Emitted in the FakeServer's thread after each request was parsed (queued in OwnThread).
    void requestReceived(int index);

private:
    void start(quint16 port);

    std::shared_ptr<FakeServerState> m_state;
    FakeServerWorker *m_worker = nullptr;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace Lineup
