#pragma once

#include "api/Endpoint.h"
#include "api/HttpExchange.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Lineup {

// An HttpExchange carried by QNetworkAccessManager (a proxy, HTTP/2). Redirects are followed
// only within the endpoint's origin (ServiceRequest::guardRedirects).
class QtNetworkExchange : public HttpExchange
{
    Q_OBJECT
public:
    QtNetworkExchange(QNetworkAccessManager *network, const QNetworkRequest &request,
                      const QByteArray &body, const Endpoint &endpoint, QObject *parent);
    ~QtNetworkExchange() override;

    void abort() override;
    int status() const override;
    QByteArray header(const QByteArray &name) const override;
    qint64 bytesAvailable() const override;
    QByteArray read(qint64 maxSize) override;

private:
    void onReadyRead();
    void onFinished();
    bool isFinalResponse() const;

    QPointer<QNetworkReply> m_reply;
    bool m_headersSeen = false;
    bool m_sslErrorSeen = false;
    bool m_limitingReads = false;
    bool m_finished = false;
};

} // namespace Lineup
