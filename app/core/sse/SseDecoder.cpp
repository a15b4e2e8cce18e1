#include "sse/SseDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Lineup {

// Design note: the standard decodes the whole byte stream as UTF-8 and then splits it into
// lines. CR, LF and ':' are ASCII and can never occur inside a UTF-8 multi-byte sequence, and
// the WHATWG decoder resynchronises on every ASCII byte (an unfinished sequence before it becomes
// exactly one U+FFFD). Splitting the raw bytes into lines first and decoding each field value on
// its own therefore yields exactly the same text, without a per-byte stateful decoder: partial
// lines (and so partial characters) wait in m_line until their line end arrives.

namespace {

template <qsizetype N> bool fieldIs(QByteArrayView name, const char (&literal)[N])
{
    return name.size() == N - 1 && std::memcmp(name.data(), literal, N - 1) == 0;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (codePoint > 0xFFFF) {
        out.append(QChar::highSurrogate(codePoint));
        out.append(QChar::lowSurrogate(codePoint));
    } else {
        out.append(QChar(char16_t(codePoint)));
    }
}

// The WHATWG "UTF-8 decode without BOM" algorithm, byte for byte (one U+FFFD per maximal
// subpart of an invalid sequence). Only used for input that is not valid UTF-8.
QString whatwgDecode(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    char32_t codePoint = 0;
    int needed = 0;
    int seen = 0;
    unsigned lower = 0x80;
    unsigned upper = 0xBF;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned byte = static_cast<unsigned char>(bytes[i]);
        if (needed == 0) {
            ++i;
            if (byte <= 0x7F) {
                out.append(QChar(char16_t(byte)));
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                needed = 1;
                codePoint = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                if (byte == 0xE0)
                    lower = 0xA0;
                if (byte == 0xED)
                    upper = 0x9F;
                needed = 2;
                codePoint = byte & 0x0F;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                if (byte == 0xF0)
                    lower = 0x90;
                if (byte == 0xF4)
                    upper = 0x8F;
                needed = 3;
                codePoint = byte & 0x07;
            } else {
                out.append(QChar::ReplacementCharacter);
            }
            continue;
        }
        if (byte < lower || byte > upper) {
            // Not a continuation byte: the sequence so far is one error, and this byte is
            // processed again from scratch (no ++i).
            codePoint = 0;
            needed = seen = 0;
            lower = 0x80;
            upper = 0xBF;
            out.append(QChar::ReplacementCharacter);
            continue;
        }
        ++i;
        lower = 0x80;
        upper = 0xBF;
        codePoint = (codePoint << 6) | (byte & 0x3F);
        if (++seen == needed) {
            appendCodePoint(out, codePoint);
            codePoint = 0;
            needed = seen = 0;
        }
    }
    if (needed != 0)
        out.append(QChar::ReplacementCharacter);
    return out;
}

QString decodeUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString(); // not null-vs-empty sensitive: QString compares them equal
    // ConvertInitialBom: only the stream's first BOM is stripped (by feed()); one at the start
    // of a value is content.
    // Invalid input takes the byte-exact path: Qt's count of U+FFFD differs from the
    // standard's for truncated sequences. Valid input (nearly always) is decoded by Qt.
    if (!bytes.isValidUtf8())
        return whatwgDecode(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

qsizetype findByte(const char *data, qsizetype from, qsizetype size, char byte)
{
    const void *hit = std::memchr(data + from, byte, size_t(size - from));
    return hit ? static_cast<const char *>(hit) - data : size;
}

} // namespace

SseDecoder::SseDecoder(qsizetype maxLineBytes, qsizetype maxEventBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : DefaultMaxLineBytes)
    , m_maxEventBytes(maxEventBytes > 0 ? maxEventBytes : AnswerLimits::MaxEventBytes)
{}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (!m_error.isEmpty() || bytes.isEmpty())
        return out;
    m_bytesConsumed += bytes.size();
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;

    if (m_lastWasCR) {
        // A CR ended the previous feed; an LF opening this one belongs to the same line end.
        m_lastWasCR = false;
        if (data[0] == '\n')
            pos = 1;
    }

    if (!m_bomChecked) {
        // Until three bytes have arrived, m_line holds only a proper prefix of the BOM.
        static constexpr char Bom[] = "\xEF\xBB\xBF";
        while (m_line.size() < 3 && pos < size && data[pos] == Bom[m_line.size()])
            m_line.append(data[pos++]);
        if (m_line.size() == 3) {
            m_line.truncate(0);
            m_bomChecked = true;
        } else if (pos < size) {
            m_bomChecked = true; // m_line keeps the bytes: they were content, not a BOM
        } else {
            return out;
        }
    }

    // Next LF and CR at or after pos, each found once per occurrence: linear even for streams
    // that use only one kind of line end.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    while (pos < size) {
        if (nextLf < pos)
            nextLf = findByte(data, pos, size, '\n');
        if (nextCr < pos)
            nextCr = findByte(data, pos, size, '\r');
        const qsizetype end = std::min(nextLf, nextCr);
        if (end == size)
            break;
        if (m_line.size() + (end - pos) > m_maxLineBytes) {
            failLineTooLong();
            return out;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(data + pos, end - pos), out);
        } else {
            m_line.append(data + pos, end - pos);
            processLine(m_line, out);
            m_line.truncate(0);
        }
        if (!m_error.isEmpty())
            return out;
        pos = end + 1;
        if (data[end] == '\r') {
            if (pos < size) {
                if (data[pos] == '\n')
                    ++pos;
            } else {
                m_lastWasCR = true;
            }
        }
    }

    if (pos < size) {
        if (m_line.size() + (size - pos) > m_maxLineBytes) {
            failLineTooLong();
            return out;
        }
        m_line.append(data + pos, size - pos);
    }
    return out;
}

bool SseDecoder::finish()
{
    const bool partialLine = m_bomChecked && !m_line.isEmpty() && m_line.front() != ':';
    const bool dropped = m_error.isEmpty() && (m_pendingFields || partialLine);
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_pendingFields = false;
    m_lastWasCR = false;
    return dropped;
}

void SseDecoder::failEventTooLarge()
{
    m_error = QCoreApplication::translate("Lineup::SseDecoder",
                                          "one event of the stream is larger than %1 bytes")
                  .arg(m_maxEventBytes);
    m_limitExceeded = true;
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_pendingFields = false;
}

void SseDecoder::failLineTooLong()
{
    m_error = QCoreApplication::translate("Lineup::SseDecoder",
                                          "A line of the event stream is longer than %1 bytes, "
                                          "so decoding stopped. The server is probably not "
                                          "sending server-sent events.")
                  .arg(m_maxLineBytes);
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_pendingFields = false;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment, often a keep-alive
    QByteArrayView name = line;
    QByteArrayView value;
    if (const void *colon = std::memchr(line.data(), ':', size_t(line.size()))) {
        const qsizetype colonAt = static_cast<const char *>(colon) - line.data();
        name = line.first(colonAt);
        value = line.sliced(colonAt + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    m_pendingFields = true;
    if (fieldIs(name, "data")) {
        if (m_data.size() + value.size() + 1 > m_maxEventBytes) {
            failEventTooLarge();
            return;
        }
        m_data.append(value);
        m_data.append('\n');
    } else if (fieldIs(name, "event")) {
        m_eventType = decodeUtf8(value);
    } else if (fieldIs(name, "id")) {
        if (value.isEmpty() || !std::memchr(value.data(), '\0', size_t(value.size())))
            m_lastEventId = decodeUtf8(value);
    } else if (fieldIs(name, "retry")) {
        if (value.isEmpty())
            return;
        qint64 milliseconds = 0;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return;
            milliseconds =
                std::min<qint64>(milliseconds * 10 + (c - '0'), std::numeric_limits<int>::max());
        }
        m_retryMs = int(milliseconds);
    }
    // Any other field is ignored, as the standard says.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    m_pendingFields = false;
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the LF appended after the last data line
    SseEvent event;
    if (!m_eventType.isEmpty())
        event.type = m_eventType;
    event.data = decodeUtf8(m_data);
    event.lastEventId = m_lastEventId;
    out.append(std::move(event));
    m_data.truncate(0);
    m_eventType.clear();
}

} // namespace Lineup
