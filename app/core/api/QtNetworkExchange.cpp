#include "api/QtNetworkExchange.h"

#include "api/NetworkErrors.h"
#include "api/ServiceRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace Lineup {

namespace {

// Back-pressure only for a reader that fell behind (a paused pager, a busy window): past
// BehindBytes unread, the network layer may hold at most ReadBufferBytes before it stops
// reading the socket. Not always on: a limit makes Qt signal its network thread after every read,
// which cost the app 0.17 s of CPU per 3,000-token answer (bench_app_stream: 0.69 -> 0.52 s).
constexpr qint64 BehindBytes = 1024 * 1024;
constexpr qint64 ReadBufferBytes = 512 * 1024;

} // namespace

QtNetworkExchange::QtNetworkExchange(QNetworkAccessManager *network, const QNetworkRequest &request,
                                     const QByteArray &body, const Endpoint &endpoint,
                                     QObject *parent)
    : HttpExchange(parent)
    , m_reply(network->post(request, body))
{
    QNetworkReply *reply = m_reply;
    ServiceRequest::guardRedirects(reply, endpoint, this, [this](const ApiError &error) {
        m_failure = error;
        abort();
        m_finished = true;
        Q_EMIT finished();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_headersSeen && isFinalResponse()) {
            m_headersSeen = true;
            Q_EMIT headersReceived();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, &QtNetworkExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &QtNetworkExchange::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpExchange::uploadProgress);
    connect(reply, &QNetworkReply::requestSent, this, &HttpExchange::requestSent);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &) {
        m_sslErrorSeen = true; // never ignored: the handshake fails and finished() follows
    });
}

QtNetworkExchange::~QtNetworkExchange()
{
    abort();
}

void QtNetworkExchange::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

bool QtNetworkExchange::isFinalResponse() const
{
    const int code = status();
    return code < 300 || code >= 400; // a redirect being followed: the final answer is to come
}

int QtNetworkExchange::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QByteArray QtNetworkExchange::header(const QByteArray &name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

qint64 QtNetworkExchange::bytesAvailable() const
{
    return m_reply ? m_reply->bytesAvailable() : 0;
}

QByteArray QtNetworkExchange::read(qint64 maxSize)
{
    return m_reply ? m_reply->read(maxSize) : QByteArray();
}

void QtNetworkExchange::onReadyRead()
{
    if (!m_headersSeen) {
        m_headersSeen = true;
        Q_EMIT headersReceived();
        if (!m_reply)
            return;
    }
    const bool behind = m_reply->bytesAvailable() > BehindBytes;
    if (behind != m_limitingReads) {
        m_limitingReads = behind;
        m_reply->setReadBufferSize(behind ? ReadBufferBytes : 0);
    }
    Q_EMIT readyRead();
}

void QtNetworkExchange::onFinished()
{
    if (!m_reply || m_finished)
        return;
    m_finished = true;
    if (m_reply->error() != QNetworkReply::NoError)
        m_failure = apiErrorFromNetwork(m_reply->error(), m_reply->errorString(), m_sslErrorSeen);
    Q_EMIT finished();
}

} // namespace Lineup
