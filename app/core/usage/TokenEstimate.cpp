#include "usage/TokenEstimate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cmath>

namespace Lineup::TokenEstimate {

namespace {

constexpr qint64 MessageFraming = 4;
constexpr qint64 AnswerPriming = 3;

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30ff)       // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4dbf)    // CJK extension A
           || (c >= 0x4e00 && c <= 0x9fff)    // CJK unified ideographs
           || (c >= 0xac00 && c <= 0xd7af)    // Hangul syllables
           || (c >= 0xf900 && c <= 0xfaff)    // compatibility ideographs
           || (c >= 0x20000 && c <= 0x2fa1f); // supplementary ideographs
}

quint32 be32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}
quint16 be16(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}
quint16 le16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

QSize jpegSize(const QByteArray &data)
{
    qsizetype at = 2;
    while (at + 9 < data.size()) {
        if (quint8(data.at(at)) != 0xff)
            return {};
        const quint8 marker = quint8(data.at(at + 1));
        if (marker == 0xff) {
            ++at;
            continue;
        }
        const quint16 length = be16(data, at + 2);
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
            return QSize(be16(data, at + 7), be16(data, at + 5));
        at += 2 + length;
    }
    return {};
}

} // namespace

qint64 textTokens(QStringView text)
{
    // Walks UTF-16 without decoding into a copy: this runs over a whole history at the end of
    // every answer that reported no usage.
    qint64 cjk = 0;
    qint64 other = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            ++i;
        }
        if (c >= 0x3040 && isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return cjk + (other + 3) / 4;
}

qint64 imageTokens(QSize size, QStringView detail)
{
    if (detail == QLatin1String("low"))
        return 85;
    if (size.isEmpty())
        size = QSize(1024, 1024);
    double width = size.width();
    double height = size.height();
    if (width > 2048 || height > 2048) {
        const double scale = 2048.0 / qMax(width, height);
        width *= scale;
        height *= scale;
    }
    if (qMin(width, height) > 768) {
        const double scale = 768.0 / qMin(width, height);
        width *= scale;
        height *= scale;
    }
    const qint64 tiles = qint64(std::ceil(width / 512.0)) * qint64(std::ceil(height / 512.0));
    return 170 * tiles + 85;
}

QSize imageSize(const QByteArray &data)
{
    if (data.size() >= 24 && data.startsWith("\x89PNG\r\n\x1a\n"))
        return QSize(int(be32(data, 16)), int(be32(data, 20)));
    if (data.size() >= 10 && (data.startsWith("GIF87a") || data.startsWith("GIF89a")))
        return QSize(le16(data, 6), le16(data, 8));
    if (data.size() >= 4 && quint8(data.at(0)) == 0xff && quint8(data.at(1)) == 0xd8)
        return jpegSize(data);
    if (data.size() >= 30 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        const QByteArray chunk = data.mid(12, 4);
        if (chunk == "VP8X") {
            const auto u24 = [&data](qsizetype at) {
                return int(quint8(data.at(at))) | int(quint8(data.at(at + 1))) << 8 |
                       int(quint8(data.at(at + 2))) << 16;
            };
            return QSize(u24(24) + 1, u24(27) + 1);
        }
        if (chunk == "VP8 ")
            return QSize(le16(data, 26) & 0x3fff, le16(data, 28) & 0x3fff);
        if (chunk == "VP8L") {
            const quint32 bits = qFromLittleEndian<quint32>(data.constData() + 21);
            return QSize(int(bits & 0x3fff) + 1, int((bits >> 14) & 0x3fff) + 1);
        }
    }
    return {};
}

qint64 imageTokens(const ContentPart &part)
{
    return imageTokens(part.imageData.isEmpty() ? QSize() : imageSize(part.imageData), part.detail);
}

qint64 messageTokens(const ChatMessage &message)
{
    qint64 tokens = MessageFraming;
    for (const ContentPart &part : message.parts)
        tokens += part.type == ContentPart::Type::Text ? textTokens(part.text) : imageTokens(part);
    for (const ToolCall &call : message.toolCalls)
        tokens += textTokens(call.name) + textTokens(call.arguments);
    if (!message.name.isEmpty())
        tokens += textTokens(message.name);
    return tokens;
}

qint64 completionTokens(const ChatMessage &answer)
{
    qint64 tokens =
        textTokens(answer.text()) + textTokens(answer.reasoning) + textTokens(answer.refusal);
    for (const ToolCall &call : answer.toolCalls)
        tokens += textTokens(call.name) + textTokens(call.arguments);
    return tokens;
}

qint64 promptTokens(const QList<ChatMessage> &messages, const QJsonValue &tools,
                    const QJsonValue &responseFormat)
{
    qint64 tokens = AnswerPriming;
    for (const ChatMessage &message : messages)
        tokens += messageTokens(message);
    for (const QJsonValue &extra : {tools, responseFormat}) {
        if (extra.isArray())
            tokens += textTokens(
                QString::fromUtf8(QJsonDocument(extra.toArray()).toJson(QJsonDocument::Compact)));
        else if (extra.isObject())
            tokens += textTokens(
                QString::fromUtf8(QJsonDocument(extra.toObject()).toJson(QJsonDocument::Compact)));
    }
    return tokens;
}

} // namespace Lineup::TokenEstimate
