#include "api/ServiceRequest.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Lineup::ServiceRequest {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")  ? 443
                    : scheme == QLatin1String("http") ? 80
                                                      : -1);
}

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b);
}

QNetworkRequest build(const Endpoint &endpoint, const QUrl &url, Accept accept)
{
    QNetworkRequest request(url);
    if (!endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    if (accept == Accept::EventStream) {
        request.setRawHeader("Accept", "text/event-stream");
        // A compressed stream may be buffered by proxies and decoders: ask for raw bytes.
        request.setRawHeader("Accept-Encoding", "identity");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
    } else {
        request.setRawHeader("Accept", "application/json");
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Each redirect is checked by guardRedirects(): Qt's own policies would carry the
    // Authorization header to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

std::optional<ApiError> refusal(const Endpoint &endpoint)
{
    if (endpoint.apiKey.isEmpty() || endpoint.allowPlainHttpKey ||
        endpoint.insecureTransportWarning().isEmpty())
        return std::nullopt;
    return ApiError::fromKind(
        ApiError::Kind::Refused,
        QCoreApplication::translate(
            "Lineup::ServiceRequest",
            "Lineup did not send the request: %1 is plain http:// to another computer, so the "
            "API key would travel unencrypted. Use https://, or allow sending the key over http "
            "in the provider settings (lineup-cli: --allow-http-key).")
            .arg(endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
}

ApiError redirectRefusal(const QUrl &origin, const QUrl &target)
{
    return ApiError::fromKind(
        ApiError::Kind::Refused,
        QCoreApplication::translate("Lineup::ServiceRequest",
                                    "The service redirected the request to %1, another server than "
                                    "%2. Lineup did not follow it, so the API key and the "
                                    "conversation were not sent there. If that address is right, "
                                    "use it as the base URL.")
            .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                 origin.toDisplayString(QUrl::RemoveUserInfo)));
}

void guardRedirects(QNetworkReply *reply, const Endpoint &endpoint, QObject *context,
                    std::function<void(const ApiError &)> refused)
{
    const QUrl origin = endpoint.baseUrl;
    QObject::connect(reply, &QNetworkReply::redirected, context,
                     [reply, origin, refused](const QUrl &target) {
                         if (sameOrigin(origin, target)) {
                             Q_EMIT reply->redirectAllowed();
                             return;
                         }
                         refused(redirectRefusal(origin, target));
                     });
}

} // namespace Lineup::ServiceRequest
