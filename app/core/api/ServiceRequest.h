#pragma once

#include "api/ApiError.h"
#include "api/Endpoint.h"

#include <QNetworkRequest>

#include <functional>
#include <optional>

class QNetworkReply;
class QObject;

namespace Lineup::ServiceRequest {

enum class Accept { EventStream, Json };

// The one place a request to a service is made (chat and /models alike): the key as a bearer
// token, what the answer may be, HTTP/2 where TLS allows it, and redirects left to
// guardRedirects().
QNetworkRequest build(const Endpoint &endpoint, const QUrl &url, Accept accept);

// Why the request must not be sent at all, or nullopt: a key would travel over plain http:// to
// a host that is not this machine and the profile has not allowed that.
std::optional<ApiError> refusal(const Endpoint &endpoint);

// Follows a redirect only within the origin (scheme, host, port) of the endpoint's base URL, so
// the key never reaches another server. Any other redirect is refused: the reply is aborted and
// `refused` is called (in `context`'s thread, while `context` lives) with an error naming the
// target. Call right after the request was sent.
void guardRedirects(QNetworkReply *reply, const Endpoint &endpoint, QObject *context,
                    std::function<void(const ApiError &)> refused);

// The error for a redirect from the endpoint at `origin` to `target` on another origin.
ApiError redirectRefusal(const QUrl &origin, const QUrl &target);

bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace Lineup::ServiceRequest
