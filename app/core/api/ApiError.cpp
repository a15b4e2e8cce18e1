#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace Lineup {

namespace {

constexpr qsizetype BodyExcerptChars = 300;
constexpr qint64 MaxRetryAfterMs = 24LL * 3600 * 1000;

// error.code arrives as a string from OpenAI and as a number from several proxies.
QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject()) {
        // FastAPI-style {"detail": [...]}: compact JSON is still more useful than nothing.
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    return codeText(value);
}

// Fills the service fields from an error object in any of the shapes servers use:
// {"error":{message,type,code,param}}, {"error":"text"}, {"message":..}, {"detail":..}.
bool fillFromErrorJson(ApiError &error, const QJsonObject &object)
{
    const QJsonValue inner = object.value(QLatin1String("error"));
    if (inner.isObject()) {
        const QJsonObject details = inner.toObject();
        error.serviceMessage = textOf(details.value(QLatin1String("message"))).trimmed();
        error.type = textOf(details.value(QLatin1String("type")));
        error.code = codeText(details.value(QLatin1String("code")));
        error.param = textOf(details.value(QLatin1String("param")));
        if (error.serviceMessage.isEmpty())
            error.serviceMessage = textOf(details.value(QLatin1String("detail"))).trimmed();
        return true;
    }
    if (inner.isString()) {
        error.serviceMessage = inner.toString().trimmed();
        if (error.serviceMessage.isEmpty())
            error.serviceMessage = textOf(object.value(QLatin1String("message"))).trimmed();
        error.type = textOf(object.value(QLatin1String("type")));
        error.code = codeText(object.value(QLatin1String("code")));
        return true;
    }
    for (const char *key : {"message", "detail", "msg"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            error.serviceMessage = textOf(value).trimmed();
            error.type = textOf(object.value(QLatin1String("type")));
            error.code = codeText(object.value(QLatin1String("code")));
            error.param = textOf(object.value(QLatin1String("param")));
            return true;
        }
    }
    return false;
}

QString decodeBasicEntities(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html") || head.contains("<html");
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype contentStart = lower.indexOf('>', open);
    if (contentStart < 0)
        return {};
    const qsizetype close = lower.indexOf("</title", contentStart);
    if (close < 0)
        return {};
    const QString title =
        decodeBasicEntities(QString::fromUtf8(body.mid(contentStart + 1, close - contentStart - 1)))
            .simplified();
    return title.left(200);
}

QString excerpt(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).simplified();
    if (text.size() <= BodyExcerptChars)
        return text;
    return text.left(BodyExcerptChars).trimmed() +
           QCoreApplication::translate("Lineup::ApiError", "… (truncated)");
}

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    if (status == 401 || status == 403)
        return Kind::Unauthorized;
    if (status == 404)
        return Kind::NotFound;
    if (status == 400 || status == 422)
        return Kind::BadRequest;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500 && status <= 599)
        return Kind::ServerError;
    return Kind::HttpError;
}

// The service's words, without a final period, so they sit inside our own sentence.
QString quoted(const ApiError &error)
{
    QString text = error.serviceMessage;
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// ": <service message>" or nothing.
QString serviceSuffix(const ApiError &error)
{
    const QString text = quoted(error);
    return text.isEmpty() ? QString() : QStringLiteral(": ") + text;
}

// " (<detail>)" or nothing.
QString detailSuffix(const ApiError &error)
{
    return error.detail.isEmpty() ? QString()
                                  : QStringLiteral(" (") + error.detail + QLatin1Char(')');
}

QString wrongEndpointMessage(const ApiError &error)
{
    return QCoreApplication::translate("Lineup::ApiError",
                                       "The server at this address does not look like an "
                                       "OpenAI-compatible API (HTTP %1)%2. Check the base URL "
                                       "and its path: it usually ends in /v1.")
        .arg(QString::number(error.httpStatus), serviceSuffix(error));
}

} // namespace

bool ApiError::looksLikeWrongEndpoint() const
{
    return httpStatus == 501 || httpStatus == 405;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::ServerError:
        // Not implemented, HTTP version, variant, loop, extension, network authentication
        // (a captive portal): the same request gets the same answer.
        return httpStatus != 501 && httpStatus != 505 && httpStatus != 506 && httpStatus != 508 &&
               httpStatus != 510 && httpStatus != 511;
    case Kind::RateLimited:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::NetworkError:
        return true;
    default:
        // DNS failures, TLS failures and client errors will not fix themselves by retrying.
        return false;
    }
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::HttpError:
        return QStringLiteral("http_error");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::TlsError:
        return QStringLiteral("tls_error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Stalled:
        return QStringLiteral("stalled");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::StreamError:
        return QStringLiteral("stream_error");
    case Kind::IncompleteStream:
        return QStringLiteral("incomplete_stream");
    case Kind::ProtocolError:
        return QStringLiteral("protocol_error");
    case Kind::NetworkError:
        return QStringLiteral("network_error");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::LimitExceeded:
        return QStringLiteral("limit_exceeded");
    }
    return QStringLiteral("unknown");
}

QString ApiError::humanMessage() const
{
    const QString status = QString::number(httpStatus);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service rejected the API key (HTTP %1)%2. Check "
                                           "the key in the provider settings.")
            .arg(status, serviceSuffix(*this));
    case Kind::NotFound:
        return QCoreApplication::translate(
                   "Lineup::ApiError", "The service did not find the model or endpoint (HTTP "
                                       "%1)%2. Check the model name and the provider's base URL.")
            .arg(status, serviceSuffix(*this));
    case Kind::BadRequest:
        if (!param.isEmpty()) {
            return QCoreApplication::translate("Lineup::ApiError",
                                               "The service rejected the parameter \"%1\" (HTTP "
                                               "%2)%3. Change or remove that parameter.")
                .arg(param, status, serviceSuffix(*this));
        }
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service rejected the request (HTTP %1)%2. Check "
                                           "the request parameters.")
            .arg(status, serviceSuffix(*this));
    case Kind::RateLimited:
        if (retryAfterMs >= 0) {
            return QCoreApplication::translate("Lineup::ApiError",
                                               "The service is limiting the request rate (HTTP "
                                               "%1)%2. It asks to retry after %3 s.")
                .arg(status, serviceSuffix(*this),
                     QString::number(std::ceil(retryAfterMs / 100.0) / 10.0));
        }
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service is limiting the request rate (HTTP %1)%2. "
                                           "Wait a moment and try again.")
            .arg(status, serviceSuffix(*this));
    case Kind::ServerError:
        if (looksLikeWrongEndpoint())
            return wrongEndpointMessage(*this);
        if (!isRetryable()) {
            return QCoreApplication::translate("Lineup::ApiError",
                                               "The server refused the request for good (HTTP "
                                               "%1)%2; trying again will not help. Check the "
                                               "provider's base URL and network.")
                .arg(status, serviceSuffix(*this));
        }
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service had an internal error (HTTP %1)%2. Try "
                                           "again later.")
            .arg(status, serviceSuffix(*this));
    case Kind::HttpError:
        if (looksLikeWrongEndpoint())
            return wrongEndpointMessage(*this);
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service answered with HTTP %1%2.")
            .arg(status, serviceSuffix(*this));
    case Kind::ConnectionRefused:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The connection was refused%1. Check that the server "
                                           "is running and that the base URL and port are right.")
            .arg(detailSuffix(*this));
    case Kind::HostNotFound:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The server's host name could not be found%1. Check "
                                           "the base URL and the network connection.")
            .arg(detailSuffix(*this));
    case Kind::TlsError:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The connection is not secure and was refused%1. Check "
                                           "the server's certificate and the base URL.")
            .arg(detailSuffix(*this));
    case Kind::Timeout:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service did not answer in time%1. Check the "
                                           "network connection or try again.")
            .arg(detailSuffix(*this));
    case Kind::Stalled:
        if (stalledAfterMs >= 0) {
            return QCoreApplication::translate("Lineup::ApiError",
                                               "No data for %1 s; the partial answer was kept.")
                .arg(QString::number(std::round(stalledAfterMs / 100.0) / 10.0));
        }
        return QCoreApplication::translate("Lineup::ApiError",
                                           "No data arrived for too long; the partial answer was "
                                           "kept.");
    case Kind::Cancelled:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The request was cancelled; the partial answer was "
                                           "kept.");
    case Kind::StreamError: {
        const QString text = quoted(*this);
        if (text.isEmpty()) {
            return QCoreApplication::translate("Lineup::ApiError",
                                               "The service reported an error in the middle of "
                                               "the answer; the partial answer was kept.");
        }
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service reported an error in the middle of the "
                                           "answer: %1. The partial answer was kept.")
            .arg(text);
    }
    case Kind::IncompleteStream:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The connection closed before the answer was "
                                           "complete; the partial answer was kept.");
    case Kind::ProtocolError:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service's answer could not be read%1. Check that "
                                           "the base URL points to an OpenAI-compatible API.")
            .arg(detailSuffix(*this));
    case Kind::NetworkError:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The network connection failed%1. Check the network "
                                           "and try again.")
            .arg(detailSuffix(*this));
    case Kind::Refused:
        // detail is a whole sentence saying what was refused and how to allow it.
        return detail.isEmpty() ? QCoreApplication::translate("Lineup::ApiError",
                                                              "Lineup refused to send the request.")
                                : detail;
    case Kind::LimitExceeded:
        return QCoreApplication::translate("Lineup::ApiError",
                                           "The service sent more than Lineup accepts for one "
                                           "answer (%1), so the answer was stopped; what arrived "
                                           "was kept.")
            .arg(detail);
    }
    return {};
}

QJsonObject ApiError::toJson() const
{
    auto stringOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QLatin1String("status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {QLatin1String("type"), stringOrNull(type)},
        {QLatin1String("code"), stringOrNull(code)},
        {QLatin1String("message"), humanMessage()},
        {QLatin1String("kind"), kindName()}};
}

int ApiError::parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return -1;
        return int(std::min<double>(seconds * 1000.0, double(MaxRetryAfterMs)));
    }
    const QString dateText = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(dateText, Qt::RFC2822Date);
    if (!when.isValid()) {
        const QDateTime local =
            QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (local.isValid())
            when = QDateTime(local.date(), local.time(), Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(std::clamp<qint64>(delta, 0, MaxRetryAfterMs));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.retryAfterMs = parseRetryAfterMs(retryAfter);

    const QByteArray trimmed = body.trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    bool understood = false;
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            understood = fillFromErrorJson(error, document.object());
        } else if (document.isArray() && !document.array().isEmpty() &&
                   document.array().first().isObject()) {
            // Some proxies (Gemini-style) wrap the error object in an array.
            understood = fillFromErrorJson(error, document.array().first().toObject());
        }
    }
    if (!understood && !trimmed.isEmpty()) {
        if (looksLikeHtml(trimmed)) {
            // A proxy or captive portal answered; its markup would only bury the message.
            const QString title = htmlTitle(trimmed);
            error.serviceMessage =
                title.isEmpty()
                    ? QCoreApplication::translate("Lineup::ApiError",
                                                  "the server returned an HTML page")
                    : QCoreApplication::translate("Lineup::ApiError",
                                                  "the server returned an HTML page (title: %1)")
                          .arg(title);
        } else {
            error.serviceMessage = excerpt(trimmed);
        }
    }
    return error;
}

ApiError ApiError::fromStreamErrorObject(const QJsonObject &errorObject)
{
    ApiError error;
    error.kind = Kind::StreamError;
    if (!fillFromErrorJson(error, errorObject)) {
        // The inner object itself ({message, type, code}) or something unknown.
        fillFromErrorJson(error, QJsonObject{{QLatin1String("error"), errorObject}});
    }
    if (error.serviceMessage.isEmpty() && !errorObject.isEmpty()) {
        error.detail =
            QString::fromUtf8(QJsonDocument(errorObject).toJson(QJsonDocument::Compact)).left(300);
    }
    return error;
}

ApiError ApiError::stalled(int idleTimeoutMs, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Stalled;
    error.stalledAfterMs = idleTimeoutMs;
    error.detail = detail;
    return error;
}

ApiError ApiError::fromKind(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ApiError ApiError::limitExceeded(const QString &what)
{
    return fromKind(Kind::LimitExceeded, what);
}

} // namespace Lineup
