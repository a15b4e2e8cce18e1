#include "api/SocketExchange.h"

#include "api/NetworkErrors.h"
#include "api/ServiceRequest.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <limits>

namespace Lineup {

namespace {

// One socket read; a read drains the socket in pieces of this size.
constexpr qsizetype ReadPieceBytes = 64 * 1024;
// At most this much is read per wake-up, so one frame never decodes more than a few
// milliseconds' worth; the rest is read on the next one.
constexpr qint64 MaxBytesPerWake = 256 * 1024;
// Decoded body bytes the reader has not taken: past this the socket is left unread (the
// kernel's window then slows the sender) until the reader catches up.
constexpr qsizetype MaxUnreadBytes = 1024 * 1024;
// What the TLS socket may buffer decrypted while reads are paced.
constexpr qint64 TlsReadBufferBytes = 1024 * 1024;
constexpr int MaxRedirects = 10;

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

} // namespace

SocketExchange::SocketExchange(const QNetworkRequest &request, const QByteArray &body,
                               const Endpoint &endpoint, int readIntervalMs, QObject *parent)
    : HttpExchange(parent)
    , m_request(request)
    , m_body(body)
    , m_endpoint(endpoint)
    , m_readIntervalMs(std::max(0, readIntervalMs))
{
    m_readBuffer.resize(ReadPieceBytes);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &SocketExchange::readSocket);
    // Started from the event loop, like a QNetworkReply: the caller connects its slots first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_done)
                connectTo(m_request.url());
        },
        Qt::QueuedConnection);
}

SocketExchange::~SocketExchange()
{
    abort();
}

void SocketExchange::abort()
{
    m_done = true;
    m_paceTimer.stop();
    closeSocket();
}

QByteArray SocketExchange::header(const QByteArray &name) const
{
    return m_finalHead ? m_parser.header(name) : QByteArray();
}

QByteArray SocketExchange::read(qint64 maxSize)
{
    QByteArray piece = m_parser.takeBody(qsizetype(maxSize));
    if (m_readsHeld && m_parser.bodyBytesAvailable() < MaxUnreadBytes / 2) {
        // The reader caught up after reads were held back: read again (unpaced, it waited).
        m_readsHeld = false;
        if (m_socket && !m_done)
            m_paceTimer.start(0);
    }
    return piece;
}

void SocketExchange::closeSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void SocketExchange::connectTo(const QUrl &url)
{
    closeSocket();
    m_url = url;
    m_parser = HttpResponseParser();
    m_finalHead = false;
    m_requestBytes = 0;
    m_requestSent = false;
    m_sinceRead.invalidate();
    const QString host = url.host();
    const quint16 port = quint16(url.port(defaultPort(url)));
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        auto *tls = new QSslSocket(this);
        m_socket = tls;
        tls->setProxy(QNetworkProxy::NoProxy);
        tls->setReadBufferSize(TlsReadBufferBytes);
        connect(tls, &QSslSocket::sslErrors, this, [this] {
            m_sslErrorSeen = true; // never ignored: the handshake fails and an error follows
        });
        connect(tls, &QSslSocket::encrypted, this, &SocketExchange::writeRequest);
        tls->connectToHostEncrypted(host, port);
    } else {
        auto *tcp = new QTcpSocket(this);
        m_socket = tcp;
        tcp->setProxy(QNetworkProxy::NoProxy);
        connect(tcp, &QTcpSocket::connected, this, &SocketExchange::writeRequest);
        // Unbuffered: Qt then reads nothing itself and stops watching the socket until
        // readSocket() reads it, which is what lets the reads be paced.
        tcp->connectToHost(host, port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
    connect(m_socket, &QAbstractSocket::readyRead, this, &SocketExchange::onSocketReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SocketExchange::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] { connectionEnded(); });
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &SocketExchange::reportWritten);
}

void SocketExchange::reportWritten()
{
    // Counted from what is still queued: an unbuffered socket writes what it can at once and
    // signals only what it had to queue.
    if (!m_socket || m_requestBytes == 0 || m_requestSent)
        return;
    const qint64 sent = m_requestBytes - m_socket->bytesToWrite();
    Q_EMIT uploadProgress(sent, m_requestBytes);
    if (sent >= m_requestBytes) {
        m_requestSent = true;
        Q_EMIT requestSent();
    }
}

void SocketExchange::writeRequest()
{
    if (!m_socket)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = "POST " + target + " HTTP/1.1\r\nHost: " +
                      m_url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() +
                      "\r\n";
    const QList<QByteArray> names = m_request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray value = m_request.rawHeader(name);
        if (value.contains('\r') || value.contains('\n') || name.contains('\r') ||
            name.contains('\n')) {
            // A pasted key with a line break would otherwise add headers of its own.
            finishWith(apiErrorOf(ApiError::Kind::ProtocolError,
                                  tr("The request header \"%1\" contains a line break (check "
                                     "the API key for stray characters).")
                                      .arg(QString::fromLatin1(name))));
            return;
        }
        head += name + ": " + value + "\r\n";
    }
    if (!m_request.hasRawHeader("Accept-Encoding"))
        head += "Accept-Encoding: identity\r\n";
    if (!m_request.hasRawHeader("User-Agent"))
        head += "User-Agent: Lineup\r\n";
    head +=
        "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n";
    m_requestBytes = head.size() + m_body.size();
    m_socket->write(head);
    m_socket->write(m_body);
    reportWritten();
}

void SocketExchange::onSocketReadyRead()
{
    if (m_done || m_paceTimer.isActive())
        return; // a read is already due
    if (m_readIntervalMs > 0 && m_sinceRead.isValid()) {
        const qint64 wait = m_readIntervalMs - m_sinceRead.elapsed();
        if (wait > 0) {
            m_paceTimer.start(int(wait));
            return;
        }
    }
    readSocket();
}

void SocketExchange::readSocket()
{
    if (m_done || !m_socket)
        return;
    if (m_parser.bodyBytesAvailable() >= MaxUnreadBytes) {
        m_readsHeld = true; // read() starts reading again once the reader caught up
        return;
    }
    m_sinceRead.start();
    qint64 readNow = 0;
    bool ended = false;
    if (!feedFromSocket(MaxBytesPerWake, &readNow, &ended) || !deliver())
        return;
    if (ended) {
        connectionEnded();
        return;
    }
    if (readNow >= MaxBytesPerWake) {
        // More is waiting: read on after the events queued meanwhile (paint, input), not a frame
        // later, or a fast service would be throttled. A buffered socket would not say so again.
        m_paceTimer.start(0);
    }
}

bool SocketExchange::feedFromSocket(qint64 limit, qint64 *readNow, bool *ended)
{
    const QPointer<SocketExchange> alive(this);
    QAbstractSocket *socket = m_socket;
    while (*readNow < limit && (m_parser.state() == HttpResponseParser::State::Head ||
                                m_parser.state() == HttpResponseParser::State::Body)) {
        const qint64 count = socket->read(m_readBuffer.data(), m_readBuffer.size());
        if (count <= 0) {
            // -1 from an unbuffered socket: the peer closed (or reset) the connection.
            *ended = count < 0 && socket->state() != QAbstractSocket::ConnectedState;
            break;
        }
        *readNow += count;
        m_parser.feed(m_readBuffer.constData(), count);
        if (!m_finalHead && m_parser.hasHead() && !settleHead())
            return false; // redirected or refused: this connection is done
        if (!alive || m_done)
            return false;
    }
    return true;
}

bool SocketExchange::deliver(const std::optional<ApiError> &cutOff)
{
    if (m_parser.state() == HttpResponseParser::State::Failed && !cutOff) {
        finishWith(apiErrorOf(ApiError::Kind::ProtocolError, m_parser.errorString()));
        return false;
    }
    if (m_finalHead && m_parser.bodyBytesAvailable() > 0) {
        const QPointer<SocketExchange> alive(this);
        Q_EMIT readyRead();
        if (!alive || m_done)
            return false;
    }
    if (m_parser.state() == HttpResponseParser::State::Complete) {
        finishWith(std::nullopt);
        return false;
    }
    if (cutOff) {
        finishWith(*cutOff);
        return false;
    }
    return true;
}

bool SocketExchange::settleHead()
{
    const int code = m_parser.status();
    const QByteArray location = m_parser.header("Location");
    if ((code == 301 || code == 302 || code == 303 || code == 307 || code == 308) &&
        !location.isEmpty()) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        if (!ServiceRequest::sameOrigin(m_endpoint.baseUrl, target)) {
            finishWith(ServiceRequest::redirectRefusal(m_endpoint.baseUrl, target));
        } else if (code != 307 && code != 308) {
            finishWith(apiErrorOf(
                ApiError::Kind::ProtocolError,
                tr("The service answered %1, which moves a request to %2 as a GET without its "
                   "body. If that address is right, use it as the base URL.")
                    .arg(code)
                    .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        } else if (++m_redirects > MaxRedirects) {
            finishWith(apiErrorOf(
                ApiError::Kind::ProtocolError,
                tr("The service redirected the request more than %1 times.").arg(MaxRedirects)));
        } else {
            connectTo(target);
        }
        return false;
    }
    const QByteArray coding = m_parser.header("Content-Encoding").trimmed().toLower();
    if (!coding.isEmpty() && coding != "identity") {
        finishWith(apiErrorOf(ApiError::Kind::ProtocolError,
                              tr("The service compressed its answer (\"%1\") although Lineup "
                                 "asked for it uncompressed.")
                                  .arg(QString::fromLatin1(coding.left(40)))));
        return false;
    }
    m_finalHead = true;
    const QPointer<SocketExchange> alive(this);
    Q_EMIT headersReceived();
    return alive && !m_done;
}

void SocketExchange::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        connectionEnded(); // what arrived before the close is the answer, or part of it
        return;
    }
    const ApiError cause = apiErrorFromSocket(error, m_socket->errorString(), m_sslErrorSeen);
    if (m_finalHead)
        connectionEnded(cause);
    else
        finishWith(cause);
}

void SocketExchange::connectionEnded(const std::optional<ApiError> &cause)
{
    if (m_done || !m_socket)
        return;
    // Whatever a buffered (TLS) socket still holds is part of the response.
    qint64 readNow = 0;
    bool ended = false;
    if (!feedFromSocket(std::numeric_limits<qint64>::max(), &readNow, &ended))
        return;
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        deliver(); // malformed before the close: a protocol error
        return;
    }
    m_parser.finish();
    // Cut off: worth a retry before the answer started, kept as far as it got after.
    std::optional<ApiError> cutOff;
    if (m_parser.state() == HttpResponseParser::State::Failed)
        cutOff = cause ? *cause : apiErrorOf(ApiError::Kind::NetworkError, m_parser.errorString());
    deliver(cutOff);
}

void SocketExchange::finishWith(const std::optional<ApiError> &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    if (!m_finalHead)
        m_parser = HttpResponseParser(); // a refused response's body is not the answer
    m_paceTimer.stop();
    closeSocket();
    Q_EMIT finished();
}

} // namespace Lineup
