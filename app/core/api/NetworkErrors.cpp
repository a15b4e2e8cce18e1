#include "api/NetworkErrors.h"

namespace Lineup {

ApiError apiErrorOf(ApiError::Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ApiError apiErrorFromNetwork(QNetworkReply::NetworkError error, const QString &detail,
                             bool sslErrorSeen)
{
    using Kind = ApiError::Kind;
    // A certificate problem may surface as a generic error after sslErrors(); never hide it.
    if (sslErrorSeen)
        return apiErrorOf(Kind::TlsError, detail);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return apiErrorOf(Kind::ConnectionRefused, detail);
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return apiErrorOf(Kind::HostNotFound, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return apiErrorOf(Kind::TlsError, detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return apiErrorOf(Kind::Timeout, detail);
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        return apiErrorOf(Kind::ProtocolError, detail);
    default:
        // Connection reset, remote close, temporary failures, proxy trouble: worth a retry.
        return apiErrorOf(Kind::NetworkError, detail);
    }
}

ApiError apiErrorFromSocket(QAbstractSocket::SocketError error, const QString &detail,
                            bool sslErrorSeen)
{
    using Kind = ApiError::Kind;
    if (sslErrorSeen)
        return apiErrorOf(Kind::TlsError, detail);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return apiErrorOf(Kind::ConnectionRefused, detail);
    case QAbstractSocket::HostNotFoundError:
        return apiErrorOf(Kind::HostNotFound, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return apiErrorOf(Kind::TlsError, detail);
    case QAbstractSocket::SocketTimeoutError:
        return apiErrorOf(Kind::Timeout, detail);
    default:
        return apiErrorOf(Kind::NetworkError, detail);
    }
}

} // namespace Lineup
