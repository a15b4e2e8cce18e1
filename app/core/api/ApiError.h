#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Lineup {

// Every failure the client can report, as a value with enough detail for a specific message.
struct ApiError
{
    enum class Kind {
        None,
        Unauthorized, // 401/403: wrong or missing key
        NotFound,     // 404: usually an unknown model or a wrong base URL
        BadRequest,   // 400/422: a parameter the model does not accept (param names it)
        RateLimited,  // 429
        ServerError,  // 5xx
        HttpError,    // any other non-2xx
        ConnectionRefused,
        HostNotFound,     // DNS
        TlsError,         // certificate or handshake; never ignored
        Timeout,          // no connection / no first byte in time
        Stalled,          // idle watchdog fired mid-stream
        Cancelled,        // the user stopped it
        StreamError,      // {"error": ...} object or `event: error` mid-stream
        IncompleteStream, // connection ended without [DONE]
        ProtocolError,    // not an SSE/JSON answer, line too long, ...
        NetworkError,     // anything else the network layer reports
        Refused,          // Lineup refused for safety (redirect to another origin, key over http)
        LimitExceeded,    // the answer crossed one of AnswerLimits (detail names it)
    };
    static constexpr Kind LastKind = Kind::LimitExceeded;

    Kind kind = Kind::None;
    int httpStatus = 0;      // 0 when no HTTP status was received
    QString type;            // error.type from the service
    QString code;            // error.code from the service (string or number as text)
    QString param;           // error.param from the service
    QString serviceMessage;  // error.message from the service, or a cleaned-up body excerpt
    QString detail;          // low-level detail (Qt's error string, the offending position)
    int retryAfterMs = -1;   // from Retry-After, when the service sent one
    int stalledAfterMs = -1; // Stalled: the idle timeout that fired (for "No data for N s")

    bool isError() const { return kind != Kind::None; }
    // 429, 5xx and connection-level failures may be retried before the first byte arrives;
    // not the 5xx statuses that say the server cannot ever do this (501, 505, 506, 508, 510, 511).
    bool isRetryable() const;
    // 501 Not Implemented or 405 Method Not Allowed: what a web server that is not an API says to
    // a POST; the base URL (its path) is wrong, not the service busy.
    bool looksLikeWrongEndpoint() const;
    // One clear sentence for a person: what went wrong and, where known, what fixes it.
    QString humanMessage() const;
    // Stable machine name of the kind: "unauthorized", "rate_limited", ...
    QString kindName() const;
    // {status, type, code, message} as `lineup-cli chat --json` prints it.
    QJsonObject toJson() const;

    // Builds an error from an HTTP status and the body the service sent (JSON error object,
    // HTML page from a proxy, plain text).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    // Builds an error from an {"error": {...}} object received mid-stream (the whole object or
    // just its inner value).
    static ApiError fromStreamErrorObject(const QJsonObject &errorObject);
    // The idle watchdog fired after idleTimeoutMs without a byte; detail says where it stopped.
    static ApiError stalled(int idleTimeoutMs, const QString &detail = {});
    // A transport-level failure (refused, DNS, TLS, timeout, ...) with Qt's error text as detail.
    static ApiError fromKind(Kind kind, const QString &detail = {});
    // A bound of AnswerLimits was crossed; `what` names it ("choice index 2000000000 is above
    // the limit of 127").
    static ApiError limitExceeded(const QString &what);
    // Parses a Retry-After header value (delta-seconds or HTTP-date); -1 when absent or invalid.
    static int parseRetryAfterMs(const QByteArray &value);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace Lineup

Q_DECLARE_METATYPE(Lineup::ApiError)
