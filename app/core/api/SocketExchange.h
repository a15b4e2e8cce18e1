#pragma once

#include "api/Endpoint.h"
#include "api/HttpExchange.h"
#include "api/HttpResponseParser.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QAbstractSocket;

namespace Lineup {

// An HttpExchange over a direct TCP or TLS connection, read by Lineup itself (HTTP/1.1, one
// request per connection). It exists for its pacing: with readIntervalMs > 0 the socket is read
// at most once per interval, so a stream of 3,000 small chunks wakes the process ~180 times
// instead of 3,000 and Qt's network thread is not involved at all. Measured with a plain client
// reading a 3,000-chunk stream: 0.14-0.20 s of CPU through QNetworkAccessManager, 0.027 s paced
// here (README, bench_app_stream, for the whole app).
//
// Same rules as the Qt path: redirects only within the endpoint's origin (307/308, the request
// sent again), TLS certificates checked against the system CAs and never ignored.
class SocketExchange : public HttpExchange
{
    Q_OBJECT
public:
    // Sends `request` (as built by ServiceRequest::build) with `body` as a POST.
    SocketExchange(const QNetworkRequest &request, const QByteArray &body, const Endpoint &endpoint,
                   int readIntervalMs, QObject *parent);
    ~SocketExchange() override;

    void abort() override;
    int status() const override { return m_finalHead ? m_parser.status() : 0; }
    QByteArray header(const QByteArray &name) const override;
    qint64 bytesAvailable() const override { return m_parser.bodyBytesAvailable(); }
    QByteArray read(qint64 maxSize) override;

private:
    void connectTo(const QUrl &url);
    void writeRequest();
    void reportWritten();
    void onSocketReadyRead();
    void readSocket();
    // Feeds up to `limit` bytes from the socket to the parser, while the response is unfinished.
    // False when this connection is done with (redirected, refused, aborted).
    bool feedFromSocket(qint64 limit, qint64 *readNow, bool *ended);
    // Reports what the parser holds: malformed, new body bytes, complete, or cut off. True while
    // the response goes on.
    bool deliver(const std::optional<ApiError> &cutOff = std::nullopt);
    // True when the exchange goes on reading this connection.
    bool settleHead();
    void onSocketError();
    // The connection closed (cause: the socket's error, if it was not a clean close).
    void connectionEnded(const std::optional<ApiError> &cause = std::nullopt);
    void finishWith(const std::optional<ApiError> &failure);
    void closeSocket();

    QNetworkRequest m_request;
    QByteArray m_body;
    Endpoint m_endpoint;
    QUrl m_url;
    int m_readIntervalMs = 0;
    QAbstractSocket *m_socket = nullptr;
    HttpResponseParser m_parser;
    QByteArray m_readBuffer;
    QTimer m_paceTimer;
    QElapsedTimer m_sinceRead;
    qint64 m_requestBytes = 0;
    bool m_requestSent = false;
    bool m_readsHeld = false; // the reader fell behind: the socket is left unread
    int m_redirects = 0;
    bool m_sslErrorSeen = false;
    bool m_finalHead = false;
    bool m_done = false;
};

} // namespace Lineup
