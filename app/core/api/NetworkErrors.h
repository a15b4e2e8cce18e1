#pragma once

#include "api/ApiError.h"

#include <QAbstractSocket>
#include <QNetworkReply>

namespace Lineup {

// Maps what QNetworkReply reports to the client's error kinds. Shared by ChatStream and the
// model list so both name the same failure the same way.
ApiError apiErrorFromNetwork(QNetworkReply::NetworkError error, const QString &detail,
                             bool sslErrorSeen);
// The same for a socket Lineup reads itself (SocketExchange).
ApiError apiErrorFromSocket(QAbstractSocket::SocketError error, const QString &detail,
                            bool sslErrorSeen);
// An error of the given kind with a low-level detail and no HTTP status.
ApiError apiErrorOf(ApiError::Kind kind, const QString &detail = {});

} // namespace Lineup
