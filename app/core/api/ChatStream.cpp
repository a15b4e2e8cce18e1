#include "api/ChatStream.h"

#include "api/AnswerLimits.h"
#include "api/NetworkErrors.h"
#include "api/QtNetworkExchange.h"
#include "api/ServiceRequest.h"
#include "api/SocketExchange.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Lineup {

namespace {

// An error page is read for its message; anything past this is not worth keeping in memory.
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;
// A stream is read and assembled in pieces of this size.
constexpr qint64 ReadPieceBytes = 64 * 1024;

} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, bool readsDirectly, const Endpoint &endpoint,
                       const QJsonObject &body, const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_readsDirectly(readsDirectly)
    , m_endpoint(endpoint)
    , m_body(body)
    , m_bodyBytes(QJsonDocument(body).toJson(QJsonDocument::Compact))
    , m_options(options)
    , m_streaming(body.value(QLatin1String("stream")).toBool(false))
{
    m_wholeBody = !m_streaming;
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChatStream::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::send);
    if (network) {
        // The client went away first: its replies die with it without a finished() signal.
        connect(network, &QObject::destroyed, this, [this] {
            abortExchange();
            finishWith(
                hasOutput() ? Status::Interrupted : Status::Failed,
                apiErrorOf(ApiError::Kind::NetworkError, tr("The network client was closed.")));
        });
    }
}

ChatStream::~ChatStream()
{
    if (m_status == Status::Running)
        Q_EMIT discarding();
    // The owner is going away: take the request down without emitting into dead objects.
    abortExchange();
}

void ChatStream::cancel()
{
    finishWith(Status::Stopped, apiErrorOf(ApiError::Kind::Cancelled));
}

bool ChatStream::hasOutput() const
{
    if (m_wholeBody)
        return false;
    return m_assembler.hasOutput();
}

void ChatStream::send()
{
    if (m_status != Status::Running)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    ++m_attempt;
    m_timings.attempts = m_attempt;
    m_plainBody.clear();
    m_contentType.clear();
    m_httpOk = false;
    m_headersSeen = false;
    m_wholeBody = !m_streaming;

    const QUrl url = m_endpoint.urlFor(QStringLiteral("chat/completions"));
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        // Reported from the event loop so the caller has connected its slots by then.
        const ApiError error =
            apiErrorOf(ApiError::Kind::ProtocolError,
                       tr("The base URL \"%1\" is not an http:// or https:// address.")
                           .arg(m_endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
        QMetaObject::invokeMethod(
            this, [this, error] { finishWith(Status::Failed, error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_network) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishWith(Status::Failed, apiErrorOf(ApiError::Kind::NetworkError,
                                                      tr("The network client was closed.")));
            },
            Qt::QueuedConnection);
        return;
    }

    if (const std::optional<ApiError> refused = ServiceRequest::refusal(m_endpoint)) {
        const ApiError error = *refused;
        QMetaObject::invokeMethod(
            this, [this, error] { finishWith(Status::Failed, error); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request = ServiceRequest::build(
        m_endpoint, url,
        m_streaming ? ServiceRequest::Accept::EventStream : ServiceRequest::Accept::Json);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(0); // our own watchdogs below know connect from idle

    HttpExchange *exchange = nullptr;
    if (m_readsDirectly)
        exchange = new SocketExchange(request, m_bodyBytes, m_endpoint,
                                      m_options.streamReadIntervalMs, this);
    else
        exchange = new QtNetworkExchange(m_network, request, m_bodyBytes, m_endpoint, this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::headersReceived, this, &ChatStream::onHeaders);
    connect(exchange, &HttpExchange::readyRead, this, &ChatStream::onReadyRead);
    connect(exchange, &HttpExchange::finished, this, &ChatStream::onReplyFinished);
    connect(exchange, &HttpExchange::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // A large body (images) on a slow uplink is progress, not a dead server.
        if (!m_headersSeen && sent < total)
            m_idleTimer.start(std::max(1, m_options.connectTimeoutMs));
    });
    connect(exchange, &HttpExchange::requestSent, this, [this] {
        if (!m_streaming && !m_headersSeen)
            m_idleTimer.start(std::max(1, m_options.responseTimeoutMs));
    });
    m_idleTimer.start(std::max(1, m_options.connectTimeoutMs));
}

void ChatStream::onHeaders()
{
    if (!m_exchange)
        return;
    const int status = m_exchange->status();
    if (!m_headersSeen) {
        m_headersSeen = true;
        // The service answered: from now on only silence counts, not slowness to start.
        m_idleTimer.start(std::max(1, m_options.idleTimeoutMs));
    }
    m_httpOk = status >= 200 && status < 300;
    m_contentType = m_exchange->header("Content-Type").toLower();
    if (m_streaming && m_httpOk &&
        (m_contentType.contains("json") || m_contentType.contains("html"))) {
        // A server that ignored stream=true (JSON), or a captive portal (HTML): read it whole.
        m_wholeBody = true;
    }
}

void ChatStream::onReadyRead()
{
    if (!m_exchange || m_status != Status::Running)
        return;
    if (!m_headersSeen)
        onHeaders();
    // Bounded pieces: a reader that fell behind (a slow terminal, a busy window) decodes and
    // assembles 64 KiB at a time, not everything buffered at once (which made 216,000 events
    // live together): lineup-cli's peak RSS on a 47 MB stream went from 157 MB to 40-57 MB.
    const QPointer<ChatStream> alive(this);
    while (alive && m_exchange && m_status == Status::Running && m_exchange->bytesAvailable() > 0) {
        const QByteArray bytes = m_exchange->read(ReadPieceBytes);
        if (bytes.isEmpty())
            break;
        consumeBytes(bytes);
    }
}

void ChatStream::consumeBytes(const QByteArray &bytes)
{
    m_idleTimer.start(std::max(1, m_options.idleTimeoutMs));
    if (!m_httpOk) {
        if (m_plainBody.size() < MaxErrorBodyBytes)
            m_plainBody += bytes.left(MaxErrorBodyBytes - m_plainBody.size());
        return;
    }
    if (!m_timings.timeToFirstByteMs)
        m_timings.timeToFirstByteMs = m_clock.elapsed();
    m_receivedBytes = true;
    if (m_wholeBody) {
        if (m_plainBody.size() + bytes.size() > AnswerLimits::MaxBodyBytes) {
            finishWith(
                Status::Failed,
                ApiError::limitExceeded(
                    tr("the answer body is larger than %1 bytes").arg(AnswerLimits::MaxBodyBytes)));
            return;
        }
        m_plainBody += bytes;
        return;
    }
    processStreamBytes(bytes);
}

void ChatStream::processStreamBytes(const QByteArray &bytes)
{
    const QList<SseEvent> events = m_decoder.feed(bytes);
    const QPointer<ChatStream> alive(this);
    for (const SseEvent &event : events) {
        Q_EMIT eventDecoded(event);
        if (!alive || m_status != Status::Running)
            return;
        const QList<StreamDelta> deltas = m_assembler.addEvent(event);
        if (!m_timings.timeToFirstTokenMs && m_assembler.hasOutput())
            m_timings.timeToFirstTokenMs = m_clock.elapsed();
        for (const StreamDelta &change : deltas) {
            if (!change.content.isEmpty() || !change.reasoning.isEmpty() ||
                !change.refusal.isEmpty() || change.toolCallsChanged)
                ++m_textDeltas;
            Q_EMIT delta(change);
            if (!alive || m_status != Status::Running)
                return;
        }
        if (m_assembler.hasError()) {
            finishWith(m_assembler.hasOutput() ? Status::Interrupted : Status::Failed,
                       m_assembler.streamError());
            return;
        }
        if (m_assembler.isDone()) {
            finishStream();
            return;
        }
    }
    if (m_decoder.hasError()) {
        finishWith(hasOutput() ? Status::Interrupted : Status::Failed,
                   m_decoder.limitExceeded()
                       ? ApiError::limitExceeded(m_decoder.errorString())
                       : apiErrorOf(ApiError::Kind::ProtocolError, m_decoder.errorString()));
    }
}

void ChatStream::onReplyFinished()
{
    if (!m_exchange || m_status != Status::Running)
        return;
    const QPointer<ChatStream> alive(this);
    if (m_exchange->bytesAvailable() > 0)
        onReadyRead();
    if (!alive || m_status != Status::Running || !m_exchange)
        return;
    if (!m_headersSeen)
        onHeaders();
    m_idleTimer.stop();

    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    const int status = exchange->status();
    const QByteArray retryAfter = exchange->header("Retry-After");
    const std::optional<ApiError> failure = exchange->failure();
    exchange->deleteLater();

    if (status != 0 && (status < 200 || status >= 300)) {
        failOrRetry(ApiError::fromHttp(status, m_plainBody, retryAfter));
        return;
    }
    if (failure) {
        ApiError error = *failure;
        if (!m_receivedBytes) {
            failOrRetry(error);
            return;
        }
        if (!m_wholeBody) {
            // The body had started: no retry (the answer would repeat); keep what arrived.
            m_decoder.finish();
            m_assembler.finish();
            if (m_assembler.isDone()) {
                finishStream();
                return;
            }
            error.kind = ApiError::Kind::IncompleteStream;
        }
        finishWith(hasOutput() ? Status::Interrupted : Status::Failed, error);
        return;
    }
    if (m_wholeBody)
        finishWholeBody();
    else
        finishStream();
}

void ChatStream::finishStream()
{
    if (m_status != Status::Running)
        return;
    m_decoder.finish();
    m_assembler.finish();
    if (m_assembler.hasError()) {
        finishWith(m_assembler.hasOutput() ? Status::Interrupted : Status::Failed,
                   m_assembler.streamError());
        return;
    }
    finishWith(Status::Complete, ApiError());
}

void ChatStream::finishWholeBody()
{
    if (AnswerLimits::jsonNestsDeeperThan(m_plainBody.constData(), m_plainBody.size(),
                                          AnswerLimits::MaxJsonDepth)) {
        finishWith(
            Status::Failed,
            ApiError::limitExceeded(
                tr("the answer nests JSON deeper than %1 levels").arg(AnswerLimits::MaxJsonDepth)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_plainBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Reuse the HTTP error parser for its HTML/plain-text excerpt, but name it a protocol
        // error: the status was 2xx, the body was not an answer.
        ApiError error = ApiError::fromHttp(200, m_plainBody);
        error.kind = ApiError::Kind::ProtocolError;
        error.httpStatus = 200;
        error.detail = m_plainBody.isEmpty()
                           ? tr("The service sent an empty answer.")
                           : tr("The answer is not a JSON object (%1, content type \"%2\").")
                                 .arg(parseError.errorString(), QString::fromLatin1(m_contentType));
        finishWith(Status::Failed, error);
        return;
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("error")).isObject()) {
        finishWith(Status::Failed, ApiError::fromStreamErrorObject(
                                       object.value(QLatin1String("error")).toObject()));
        return;
    }
    m_wholeCompletion = Completion::fromJson(object);
    finishWith(Status::Complete, ApiError());
}

void ChatStream::onIdleTimeout()
{
    if (m_status != Status::Running || !m_exchange)
        return;
    if (!m_headersSeen) {
        // No answer to the request in time: a connect timeout, which may be retried.
        abortExchange();
        failOrRetry(apiErrorOf(ApiError::Kind::Timeout,
                               tr("No answer within %1 ms.").arg(m_idleTimer.interval())));
        return;
    }
    finishWith(hasOutput() ? Status::Interrupted : Status::Failed,
               ApiError::stalled(m_options.idleTimeoutMs));
}

QStringList ChatStream::warnings() const
{
    QStringList warnings = m_assembler.warnings();
    if (m_streamOptionsDropped)
        warnings.append(tr("The service does not accept stream_options; the request was sent "
                           "again without it, so token usage may be missing (estimated)."));
    return warnings;
}

void ChatStream::failOrRetry(const ApiError &cause)
{
    if (m_status != Status::Running)
        return;
    // Some proxies reject stream_options (usage in the last chunk). Chat still works without
    // it: send once more without, and let the usage be estimated.
    const QString streamOptions = QStringLiteral("stream_options");
    if (cause.httpStatus == 400 && !m_receivedBytes && m_body.contains(streamOptions) &&
        (cause.param == streamOptions || cause.serviceMessage.contains(streamOptions) ||
         QString::fromUtf8(m_plainBody).contains(streamOptions))) {
        m_body.remove(streamOptions);
        m_bodyBytes = QJsonDocument(m_body).toJson(QJsonDocument::Compact);
        m_streamOptionsDropped = true;
        QMetaObject::invokeMethod(this, &ChatStream::send, Qt::QueuedConnection);
        return;
    }
    const int retriesDone = m_attempt - 1;
    if (!cause.isRetryable() || m_receivedBytes || retriesDone >= m_options.maxRetries) {
        finishWith(Status::Failed, cause);
        return;
    }
    scheduleRetry(cause);
}

void ChatStream::scheduleRetry(const ApiError &cause)
{
    const qint64 cap = std::max(0, m_options.retryMaxDelayMs);
    qint64 delay = 0;
    if (cause.retryAfterMs >= 0) {
        delay = std::min<qint64>(cause.retryAfterMs, cap);
    } else {
        const double base = double(std::max(0, m_options.retryBaseDelayMs)) *
                            std::pow(2.0, double(std::max(0, m_attempt - 1)));
        // ±20 % jitter so that many clients hit by the same outage do not retry in lockstep.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        delay = std::min<qint64>(qint64(base * jitter), cap);
    }
    const QPointer<ChatStream> alive(this);
    Q_EMIT retryScheduled(m_attempt, int(delay), cause);
    if (!alive || m_status != Status::Running)
        return;
    m_retryTimer.start(int(delay));
}

void ChatStream::finishWith(Status status, const ApiError &error)
{
    if (m_status != Status::Running)
        return;
    m_status = status;
    m_error = error;
    m_idleTimer.stop();
    m_retryTimer.stop();
    abortExchange();
    if (!m_wholeBody && status != Status::Complete) {
        m_decoder.finish();
        m_assembler.finish();
    }
    m_timings.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_wholeBody && status == Status::Complete)
        m_timings.timeToFirstTokenMs = m_timings.totalMs; // the whole answer shows at once

    const Usage &usage = completion().usage;
    const double tokens =
        usage.completionTokens ? double(*usage.completionTokens) : double(m_textDeltas);
    // Streaming: generation speed after the first token. Whole body: over the whole request.
    const qint64 start = m_wholeBody ? 0 : m_timings.timeToFirstTokenMs.value_or(-1);
    if (start >= 0 && tokens > 0) {
        const qint64 span = *m_timings.totalMs - start;
        if (span > 0)
            m_timings.tokensPerSecond = tokens * 1000.0 / double(span);
    }
    Q_EMIT finished();
}

void ChatStream::abortExchange()
{
    if (!m_exchange)
        return;
    HttpExchange *exchange = m_exchange;
    m_exchange = nullptr;
    disconnect(exchange, nullptr, this, nullptr);
    exchange->abort();
    exchange->deleteLater();
}

} // namespace Lineup
