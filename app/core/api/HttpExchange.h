#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace Lineup {

// One HTTP request and its response as ChatStream sees it: the final status and headers, the
// body as it arrives, and how it ended. Two carriers implement it: Qt's network stack
// (QtNetworkExchange: proxies, HTTP/2) and Lineup's own HTTP/1.1 reader (SocketExchange: direct
// connections, reads paced to the window's frames). Redirects are settled inside: only the
// final response is reported.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Stops the exchange; no signal follows. Safe at any time.
    virtual void abort() = 0;
    // The final response's status, 0 until its head arrived.
    virtual int status() const = 0;
    virtual QByteArray header(const QByteArray &name) const = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxSize) = 0;
    // After finished(): why the exchange ended before the whole response arrived (the network,
    // TLS, a refused redirect), or nullopt.
    const std::optional<ApiError> &failure() const { return m_failure; }

Q_SIGNALS:
    void headersReceived();
    void readyRead();
    // Request body bytes written so far: a large upload on a slow link is progress.
    void uploadProgress(qint64 sent, qint64 total);
    void requestSent();
    // Exactly once unless aborted; unread body bytes stay readable.
    void finished();

protected:
    std::optional<ApiError> m_failure;
};

} // namespace Lineup
