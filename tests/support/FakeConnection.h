#pragma once

// FakeServer's insides: the state its API and its thread share, and one served connection
// (request parsing and the scripted response, with its delays, splits and drops). Included only
// by FakeServer.cpp.
#include "FakeServer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Lineup {

// ---------------------------------------------------------------------------------------------
// Shared state: written by the API (any thread), read by the worker (its thread).

struct FakeServerState
{
    mutable QMutex mutex;
    QList<FakeResponse> queue;
    QHash<QString, QList<FakeResponse>> modelQueues; // by the body's "model"
    QHash<QByteArray, FakeResponse> routes;          // "GET /v1/models"
    std::optional<FakeResponse> fallback;
    QList<FakeRequest> requests;
    int connections = 0;
    int open = 0;

    FakeResponse take(const FakeRequest &request)
    {
        QMutexLocker lock(&mutex);
        if (!modelQueues.isEmpty()) {
            const QString model = request.json().value(QLatin1String("model")).toString();
            const auto forModel = modelQueues.find(model);
            if (forModel != modelQueues.end() && !forModel->isEmpty())
                return forModel->takeFirst();
        }
        if (!queue.isEmpty())
            return queue.takeFirst();
        const auto route = routes.constFind(request.method + ' ' + request.path);
        if (route != routes.cend())
            return *route;
        if (fallback)
            return *fallback;
        return FakeResponse::error(404, QStringLiteral("FakeServer: no scripted response"),
                                   QStringLiteral("not_found"));
    }
};

inline QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// One accepted TCP connection: reads one request, writes one scripted response, closes.
class FakeConnection : public QObject
{
public:
    FakeConnection(QTcpSocket *socket, int id, std::shared_ptr<FakeServerState> state,
                   std::function<void(int)> onRequest, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_id(id)
        , m_state(std::move(state))
        , m_onRequest(std::move(onRequest))
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &FakeConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeConnection::onBytesWritten);
        connect(m_socket, &QTcpSocket::disconnected, this, &FakeConnection::onDisconnected);
        onReadyRead();
    }

    void abort()
    {
        m_socket->abort();
        onDisconnected();
    }

private:
    void onDisconnected()
    {
        if (m_closed)
            return;
        m_closed = true;
        {
            QMutexLocker lock(&m_state->mutex);
            --m_state->open;
        }
        deleteLater();
    }

    void onReadyRead()
    {
        if (m_responding) {
            m_socket->readAll(); // ignore anything after the request
            return;
        }
        m_buffer += m_socket->readAll();
        if (!m_headParsed && m_buffer.startsWith('\x16')) {
            // A TLS ClientHello on this plain-HTTP port: answer in plain HTTP as real servers
            // do, so the client's handshake fails at once instead of waiting for a timeout.
            m_responding = true;
            m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                            "Connection: close\r\n\r\n");
            m_socket->flush();
            whenFlushed([this] { m_socket->disconnectFromHost(); });
            return;
        }
        if (!m_headParsed) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            parseHead(m_buffer.left(end));
            m_buffer.remove(0, end + 4);
            m_headParsed = true;
            // curl waits a second for this before sending a body over 1 KB.
            if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_request.header("Transfer-Encoding").toLower().contains("chunked")) {
            if (!takeChunkedBody())
                return;
        } else {
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
        }
        m_buffer.clear();
        m_responding = true;
        m_request.receivedAtUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                     std::chrono::steady_clock::now().time_since_epoch())
                                     .count();
        int index = 0;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->requests.append(m_request);
            index = int(m_state->requests.size()) - 1;
        }
        m_response = m_state->take(m_request);
        if (m_onRequest)
            m_onRequest(index);
        if (m_response.neverRespond)
            return;
        respondWhenReleased();
    }

    void respondWhenReleased()
    {
        if (m_closed)
            return;
        if (m_response.holdUntilRequests > 0) {
            QMutexLocker lock(&m_state->mutex);
            if (m_state->requests.size() < m_response.holdUntilRequests) {
                lock.unlock();
                QTimer::singleShot(5, this, &FakeConnection::respondWhenReleased);
                return;
            }
        }
        if (m_response.headerDelayMs > 0)
            QTimer::singleShot(m_response.headerDelayMs, this, &FakeConnection::writeHead);
        else
            writeHead();
    }

    // Decodes a chunked request body once it is complete; false while more bytes are needed.
    bool takeChunkedBody()
    {
        QByteArray body;
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            const QByteArray sizeField =
                m_buffer.mid(at, lineEnd - at).split(';').value(0).trimmed();
            bool ok = false;
            const qsizetype size = sizeField.toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                if (m_buffer.indexOf("\r\n\r\n", lineEnd) < 0) // the end, after any trailers
                    return false;
                m_request.body = body;
                return true;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            body += m_buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    void parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.target = requestLine.value(1);
        m_request.connectionId = m_id;
        QByteArray path = m_request.target;
        if (path.startsWith("http://") || path.startsWith("https://")) // absolute-form (proxy)
            path = QUrl::fromEncoded(path).path(QUrl::FullyEncoded).toLatin1();
        const qsizetype query = path.indexOf('?');
        m_request.path = query >= 0 ? path.left(query) : path;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_request.headers.append(qMakePair(name, value));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong();
        }
    }

    void writeHead()
    {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' +
            (m_response.reason.isEmpty() ? reasonPhrase(m_response.status) : m_response.reason) +
            "\r\n";
        for (const auto &header : std::as_const(m_response.headers))
            head += header.first + ": " + header.second + "\r\n";
        const bool generated = bool(m_response.generator);
        m_chunked = m_response.chunked || (generated && m_response.sendContentLength);
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (m_response.sendContentLength)
            head += "Content-Length: " + QByteArray::number(m_response.bodyBytes().size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->flush();
        if (m_response.stallAfterHeaders)
            return;
        if (m_response.dropAfterHeaders) {
            whenFlushed([this] { abort(); });
            return;
        }
        if (generated) {
            m_generating = true;
            pump();
            return;
        }
        if (m_response.chunks.isEmpty() && !m_response.body.isEmpty())
            m_response.chunks.append(FakeChunk{m_response.body, 0});
        writeChunk(0);
    }

    void writeChunk(int index)
    {
        if (index >= m_response.chunks.size()) {
            finishBody();
            return;
        }
        const FakeChunk &chunk = m_response.chunks.at(index);
        auto write = [this, index] {
            writeBodyBytes(m_response.chunks.at(index).bytes);
            m_socket->flush();
            if (index == m_response.stallAfterChunk)
                return;
            if (index == m_response.dropAfterChunk) {
                whenFlushed([this] { abort(); });
                return;
            }
            const int next = index + 1;
            if (next < m_response.chunks.size() && m_response.chunks.at(next).delayMs > 0)
                QTimer::singleShot(m_response.chunks.at(next).delayMs, this,
                                   [this, next] { writeChunk(next); });
            else
                writeChunk(next);
        };
        if (index == 0 && chunk.delayMs > 0)
            QTimer::singleShot(chunk.delayMs, this, write);
        else
            write();
    }

    void writeBodyBytes(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_chunked)
            m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        else
            m_socket->write(bytes);
    }

    // Back-pressure for generated bodies: keep about 1 MB queued in the socket.
    void pump()
    {
        while (m_generating && m_socket->bytesToWrite() < 1024 * 1024) {
            const QByteArray piece = m_response.generator();
            if (piece.isEmpty()) {
                m_generating = false;
                finishBody();
                return;
            }
            writeBodyBytes(piece);
        }
    }

    void finishBody()
    {
        if (m_chunked)
            m_socket->write("0\r\n\r\n");
        m_socket->flush();
        whenFlushed([this] { m_socket->disconnectFromHost(); });
    }

    void whenFlushed(std::function<void()> then)
    {
        if (m_socket->bytesToWrite() == 0) {
            then();
            return;
        }
        m_afterFlush = std::move(then);
    }

    void onBytesWritten()
    {
        if (m_generating) {
            pump();
            return;
        }
        if (m_afterFlush && m_socket->bytesToWrite() == 0) {
            auto then = std::move(m_afterFlush);
            m_afterFlush = nullptr;
            then();
        }
    }

    QTcpSocket *m_socket;
    int m_id;
    std::shared_ptr<FakeServerState> m_state;
    std::function<void(int)> m_onRequest;
    QByteArray m_buffer;
    bool m_headParsed = false;
    bool m_responding = false;
    bool m_chunked = false;
    bool m_generating = false;
    bool m_closed = false;
    qint64 m_contentLength = 0;
    FakeRequest m_request;
    FakeResponse m_response;
    std::function<void()> m_afterFlush;
};

} // namespace Lineup
