#pragma once

// The JSON tokenizer behind ChunkParser::parseFast, kept apart so that the chunk-shape logic
// reads on its own. Internal to lineup_core: included only by ChunkParser.cpp.

#include <QString>
#include <QStringView>

#include <cmath>
#include <optional>

namespace Lineup::ChunkParser::detail {

// A strict JSON reader over UTF-16 text. Every method returns false when the input is not
// exactly what it accepts; the fast path then gives up and QJsonDocument decides.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_pos(text.utf16())
        , m_end(text.utf16() + text.size())
    {}

    // QJsonDocument drops a raw U+FEFF at the start of every string (its UTF-8 decoder takes
    // it for a byte-order mark; fuzz_sse_assembler found the difference): such a string is left
    // to QJsonDocument, so both paths read it alike.
    bool startsWithByteOrderMark() const { return m_pos < m_end && *m_pos == 0xFEFF; }

    bool atEnd()
    {
        skipWhitespace();
        return m_pos == m_end;
    }
    char16_t peek()
    {
        skipWhitespace();
        return m_pos < m_end ? *m_pos : u'\0';
    }
    bool consume(char16_t c)
    {
        if (peek() != c || m_pos == m_end)
            return false;
        ++m_pos;
        return true;
    }

    // A member name without escapes, followed by ':'.
    bool memberName(QStringView *name)
    {
        if (!consume(u'"') || startsWithByteOrderMark())
            return false;
        const char16_t *start = m_pos;
        while (m_pos < m_end && *m_pos != u'"') {
            if (*m_pos == u'\\' || *m_pos < 0x20 || isSurrogate(*m_pos))
                return false;
            ++m_pos;
        }
        if (m_pos == m_end)
            return false;
        *name = QStringView(start, m_pos - start);
        ++m_pos;
        return consume(u':');
    }

    // A string value; out may be null to skip it.
    bool string(QString *out)
    {
        if (!consume(u'"') || startsWithByteOrderMark())
            return false;
        const char16_t *start = m_pos;
        while (m_pos < m_end && *m_pos != u'"' && *m_pos != u'\\' && *m_pos >= 0x20 &&
               !isSurrogate(*m_pos))
            ++m_pos;
        if (m_pos < m_end && *m_pos == u'"') {
            if (out)
                *out = QStringView(start, m_pos - start).toString();
            ++m_pos;
            return true;
        }
        QString text;
        if (out) {
            text.reserve(m_end - start);
            text.append(QStringView(start, m_pos - start));
        }
        while (m_pos < m_end) {
            const char16_t c = *m_pos++;
            if (c == u'"') {
                if (out)
                    *out = text;
                return true;
            }
            if (c < 0x20)
                return false;
            if (QChar::isHighSurrogate(c)) {
                if (m_pos == m_end || !QChar::isLowSurrogate(*m_pos))
                    return false;
                text.append(QChar(c));
                text.append(QChar(*m_pos++));
                continue;
            }
            if (QChar::isLowSurrogate(c))
                return false;
            if (c != u'\\') {
                text.append(QChar(c));
                continue;
            }
            if (m_pos == m_end)
                return false;
            switch (*m_pos++) {
            case u'"':
                text.append(u'"');
                break;
            case u'\\':
                text.append(u'\\');
                break;
            case u'/':
                text.append(u'/');
                break;
            case u'b':
                text.append(u'\b');
                break;
            case u'f':
                text.append(u'\f');
                break;
            case u'n':
                text.append(u'\n');
                break;
            case u'r':
                text.append(u'\r');
                break;
            case u't':
                text.append(u'\t');
                break;
            case u'u': {
                char16_t unit = 0;
                if (!hex4(&unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_end - m_pos < 6 || m_pos[0] != u'\\' || m_pos[1] != u'u')
                        return false;
                    m_pos += 2;
                    if (!hex4(&low) || !QChar::isLowSurrogate(low))
                        return false;
                    text.append(QChar(unit));
                    text.append(QChar(low));
                } else if (QChar::isLowSurrogate(unit)) {
                    return false;
                } else {
                    text.append(QChar(unit));
                }
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    // A JSON number; *integer is set when it is a plain integer literal of at most 15 digits.
    bool number(std::optional<qint64> *integer)
    {
        skipWhitespace();
        const char16_t *start = m_pos;
        bool negative = false;
        if (m_pos < m_end && *m_pos == u'-') {
            negative = true;
            ++m_pos;
        }
        if (m_pos == m_end || !isDigit(*m_pos))
            return false;
        qint64 value = 0;
        int digits = 0;
        if (*m_pos == u'0') {
            ++m_pos;
            digits = 1;
        } else {
            while (m_pos < m_end && isDigit(*m_pos)) {
                if (++digits <= 15)
                    value = value * 10 + (*m_pos - u'0');
                ++m_pos;
            }
        }
        bool plainInteger = digits <= 15;
        if (m_pos < m_end && *m_pos == u'.') {
            plainInteger = false;
            ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return false;
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (m_pos < m_end && (*m_pos == u'e' || *m_pos == u'E')) {
            plainInteger = false;
            ++m_pos;
            if (m_pos < m_end && (*m_pos == u'+' || *m_pos == u'-'))
                ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return false;
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        if (!plainInteger) {
            // QJsonDocument rejects numbers that overflow or underflow a double: so must we.
            bool ok = false;
            QStringView(start, m_pos - start).toLatin1().toDouble(&ok);
            if (!ok)
                return false;
        }
        if (integer) {
            if (plainInteger)
                *integer = negative ? -value : value;
            else
                integer->reset();
        }
        return m_pos > start;
    }

    bool skipValue() { return skipValue(0); }

    // Skips a value and returns its text, for members handed to QJsonDocument.
    bool captureValue(QStringView *text)
    {
        skipWhitespace();
        const char16_t *start = m_pos;
        if (!skipValue(0))
            return false;
        *text = QStringView(start, m_pos - start);
        return true;
    }

    // A string member: kept when it is a string, otherwise skipped (as isString() would).
    bool optionalString(std::optional<QString> *out)
    {
        if (peek() != u'"')
            return skipValue();
        QString text;
        if (!string(&text))
            return false;
        *out = text;
        return true;
    }

private:
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
    static bool isSurrogate(char16_t c) { return (c & 0xF800) == 0xD800; }

    void skipWhitespace()
    {
        while (m_pos < m_end &&
               (*m_pos == u' ' || *m_pos == u'\n' || *m_pos == u'\r' || *m_pos == u'\t'))
            ++m_pos;
    }

    bool hex4(char16_t *unit)
    {
        if (m_end - m_pos < 4)
            return false;
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char16_t c = *m_pos++;
            value <<= 4;
            if (c >= u'0' && c <= u'9')
                value |= c - u'0';
            else if (c >= u'a' && c <= u'f')
                value |= c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                value |= c - u'A' + 10;
            else
                return false;
        }
        *unit = char16_t(value);
        return true;
    }

    bool literal(QLatin1String word)
    {
        if (m_end - m_pos < word.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (m_pos[i] != char16_t(word.at(i).unicode()))
                return false;
        }
        m_pos += word.size();
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > 32)
            return false;
        switch (peek()) {
        case u'"':
            return string(nullptr);
        case u't':
            return literal(QLatin1String("true"));
        case u'f':
            return literal(QLatin1String("false"));
        case u'n':
            return literal(QLatin1String("null"));
        case u'{':
            ++m_pos;
            if (consume(u'}'))
                return true;
            do {
                if (!string(nullptr) || !consume(u':') || !skipValue(depth + 1))
                    return false;
            } while (consume(u','));
            return consume(u'}');
        case u'[':
            ++m_pos;
            if (consume(u']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(u','));
            return consume(u']');
        default:
            return number(nullptr);
        }
    }

    const char16_t *m_pos;
    const char16_t *m_end;
};

} // namespace Lineup::ChunkParser::detail
