#include "api/ApiClient.h"

#include "api/AnswerLimits.h"
#include "api/NetworkErrors.h"
#include "api/ServiceRequest.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

namespace Lineup {

namespace {

// QNetworkAccessManager takes one proxy for all its requests, so each distinct endpoint proxy
// gets a manager of its own; this names the proxy for that lookup (password included only as
// part of the in-memory key, never logged).
QString proxyKey(const QNetworkProxy &proxy)
{
    return QString::number(int(proxy.type())) + QLatin1Char('|') + proxy.hostName() +
           QLatin1Char('|') + QString::number(proxy.port()) + QLatin1Char('|') + proxy.user() +
           QLatin1Char('|') + proxy.password();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The user's system proxy applies unless an endpoint names its own.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ApiClient::~ApiClient() = default;

QNetworkAccessManager *ApiClient::networkFor(const Endpoint &endpoint)
{
    // A local server (Ollama, LM Studio, the tests' fake server) is reached directly even when
    // the environment names a proxy that does not exclude localhost.
    const std::optional<QNetworkProxy> proxy =
        endpoint.proxy
            ? endpoint.proxy
            : (endpoint.isLoopback() ? std::optional<QNetworkProxy>(QNetworkProxy::NoProxy)
                                     : std::nullopt);
    if (!proxy)
        return m_network;
    const QString key = proxyKey(*proxy);
    QNetworkAccessManager *&manager = m_proxiedNetworks[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        manager->setProxy(*proxy);
    }
    return manager;
}

bool ApiClient::readsDirectly(const Endpoint &endpoint) const
{
    if (m_options.transport == ClientOptions::Transport::QtNetwork)
        return false;
    if (endpoint.proxy)
        return endpoint.proxy->type() == QNetworkProxy::NoProxy;
    if (endpoint.isLoopback())
        return true;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(endpoint.baseUrl));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

ChatStream *ApiClient::startChat(const Endpoint &endpoint, const QJsonObject &body, QObject *owner)
{
    auto *stream = new ChatStream(networkFor(endpoint), readsDirectly(endpoint), endpoint, body,
                                  m_options, owner);
    stream->send();
    return stream;
}

ModelListRequest *ApiClient::listModels(const Endpoint &endpoint, QObject *owner)
{
    auto *request = new ModelListRequest(owner);
    const QUrl url = endpoint.urlFor(QStringLiteral("models"));
    auto finish = [request](const ApiError &error) {
        if (request->m_finished)
            return;
        request->m_error = error;
        request->m_finished = true;
        Q_EMIT request->finished();
    };
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        const ApiError error =
            apiErrorOf(ApiError::Kind::ProtocolError,
                       tr("The base URL \"%1\" is not an http:// or https:// address.")
                           .arg(endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
        QMetaObject::invokeMethod(
            request, [finish, error] { finish(error); }, Qt::QueuedConnection);
        return request;
    }

    if (const std::optional<ApiError> refused = ServiceRequest::refusal(endpoint)) {
        const ApiError error = *refused;
        QMetaObject::invokeMethod(
            request, [finish, error] { finish(error); }, Qt::QueuedConnection);
        return request;
    }

    QNetworkReply *reply = networkFor(endpoint)->get(
        ServiceRequest::build(endpoint, url, ServiceRequest::Accept::Json));
    ServiceRequest::guardRedirects(reply, endpoint, request,
                                   [reply, finish](const ApiError &error) {
                                       // First: abort() emits finished(), which would
                                       // report the redirect status instead.
                                       finish(error);
                                       reply->abort();
                                   });
    // Owned by the request: deleting the request (or its owner) aborts the download.
    reply->setParent(request);

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto sslErrorSeen = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    auto *watchdog = new QTimer(request);
    watchdog->setSingleShot(true);
    // The whole listing is small: one deadline covers connect and transfer, restarted on data.
    const int timeoutMs = std::max(1, m_options.connectTimeoutMs);
    QObject::connect(watchdog, &QTimer::timeout, request, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, watchdog,
                     [watchdog, timeoutMs] { watchdog->start(timeoutMs); });
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, request, [reply, finish](qint64 received, qint64) {
            if (received <= AnswerLimits::MaxBodyBytes)
                return;
            finish(ApiError::limitExceeded(
                tr("the model list is larger than %1 bytes").arg(AnswerLimits::MaxBodyBytes)));
            reply->abort();
        });
    QObject::connect(reply, &QNetworkReply::sslErrors, request,
                     [sslErrorSeen](const QList<QSslError> &) { *sslErrorSeen = true; });
    QObject::connect(
        reply, &QNetworkReply::finished, request,
        [request, reply, clock, sslErrorSeen, timedOut, watchdog, timeoutMs, finish] {
            watchdog->stop();
            reply->deleteLater();
            request->m_elapsedMs = clock->elapsed();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
            if (*timedOut) {
                finish(apiErrorOf(ApiError::Kind::Timeout,
                                  tr("No answer within %1 ms.").arg(timeoutMs)));
                return;
            }
            if (status != 0 && (status < 200 || status >= 300)) {
                finish(ApiError::fromHttp(status, body, reply->rawHeader("Retry-After")));
                return;
            }
            if (reply->error() != QNetworkReply::NoError) {
                finish(apiErrorFromNetwork(reply->error(), reply->errorString(), *sslErrorSeen));
                return;
            }
            QString parseError;
            request->m_models = ModelInfo::listFromJson(body, &parseError);
            if (!parseError.isEmpty()) {
                ApiError error = ApiError::fromHttp(200, body);
                error.kind = ApiError::Kind::ProtocolError;
                error.httpStatus = status;
                error.detail = parseError;
                finish(error);
                return;
            }
            finish(ApiError());
        });
    watchdog->start(timeoutMs);
    return request;
}

} // namespace Lineup
