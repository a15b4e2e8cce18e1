// FakeResponse builders and FakeRequest accessors (the data side of FakeServer).

#include "FakeServer.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace Lineup {

// ---------------------------------------------------------------------------------------------
// FakeResponse

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeResponse &FakeResponse::withHeaderDelay(int ms)
{
    headerDelayMs = ms;
    return *this;
}

QByteArray FakeResponse::bodyBytes() const
{
    if (chunks.isEmpty())
        return body;
    QByteArray all;
    for (const FakeChunk &chunk : chunks)
        all += chunk.bytes;
    return all;
}

FakeResponse &FakeResponse::splitAt(const QList<qsizetype> &offsets, int delayMs)
{
    chunks = split(bodyBytes(), offsets, delayMs);
    body.clear();
    return *this;
}

FakeResponse &FakeResponse::splitEvery(qsizetype size, int delayMs)
{
    const QByteArray all = bodyBytes();
    QList<qsizetype> offsets;
    for (qsizetype at = size; size > 0 && at < all.size(); at += size)
        offsets.append(at);
    return splitAt(offsets, delayMs);
}

QList<FakeChunk> FakeResponse::split(const QByteArray &bytes, const QList<qsizetype> &offsets,
                                     int delayMs)
{
    QList<qsizetype> cuts = offsets;
    std::sort(cuts.begin(), cuts.end());
    QList<FakeChunk> out;
    qsizetype start = 0;
    for (qsizetype cut : std::as_const(cuts)) {
        if (cut <= start || cut >= bytes.size())
            continue;
        out.append(FakeChunk{bytes.mid(start, cut - start), out.isEmpty() ? 0 : delayMs});
        start = cut;
    }
    if (start < bytes.size())
        out.append(FakeChunk{bytes.mid(start), out.isEmpty() ? 0 : delayMs});
    return out;
}

QByteArray FakeResponse::sseFrame(const QByteArray &payload)
{
    return "data: " + payload + "\n\n";
}

FakeResponse FakeResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    return text(status, body, "application/json");
}

FakeResponse FakeResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("Content-Type", contentType);
    return response;
}

FakeResponse FakeResponse::error(int status, const QString &message, const QString &type,
                                 const QString &code, const QString &param)
{
    QJsonObject error{{QStringLiteral("message"), message}};
    error.insert(QStringLiteral("type"), type.isEmpty() ? QJsonValue() : QJsonValue(type));
    error.insert(QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
    error.insert(QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param));
    return json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

FakeResponse FakeResponse::sse(const QList<QByteArray> &events, int delayMs, bool done)
{
    FakeResponse response;
    response.chunked = true;
    response.withHeader("Content-Type", "text/event-stream; charset=utf-8");
    response.withHeader("Cache-Control", "no-cache");
    for (const QByteArray &event : events)
        response.chunks.append(FakeChunk{sseFrame(event), response.chunks.isEmpty() ? 0 : delayMs});
    if (done)
        response.chunks.append(
            FakeChunk{sseFrame("[DONE]"), response.chunks.isEmpty() ? 0 : delayMs});
    return response;
}

FakeResponse FakeResponse::sseRaw(const QByteArray &stream)
{
    FakeResponse response;
    response.chunked = true;
    response.withHeader("Content-Type", "text/event-stream; charset=utf-8");
    response.chunks.append(FakeChunk{stream, 0});
    return response;
}

FakeResponse FakeResponse::silent()
{
    FakeResponse response;
    response.neverRespond = true;
    return response;
}

// ---------------------------------------------------------------------------------------------
// FakeRequest

bool FakeRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonDocument FakeRequest::jsonDocument() const
{
    return QJsonDocument::fromJson(body);
}

QJsonObject FakeRequest::json() const
{
    return jsonDocument().object();
}

} // namespace Lineup
