#include "api/ChunkParser.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>

namespace Lineup::ChunkParser {

namespace {

std::optional<QString> stringMember(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

// Content is a string on every OpenAI-compatible server; a few send a list of text parts.
std::optional<QString> contentText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isArray())
        return std::nullopt;
    QString text;
    const QJsonArray parts = value.toArray();
    for (const QJsonValue &part : parts) {
        if (part.isString())
            text.append(part.toString());
        else
            text.append(part.toObject().value(QLatin1String("text")).toString());
    }
    return text;
}

std::optional<qint64> integralDouble(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number > -9.0e18 && number < 9.0e18)) // also rejects NaN; the cast would be undefined
        return std::nullopt;
    return qint64(number);
}

// A strict JSON reader over UTF-16 text. Every method returns false when the input is not
// exactly what it accepts; the fast path then gives up and QJsonDocument decides.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_pos(text.utf16())
        , m_end(text.utf16() + text.size())
    {}

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
        if (!consume(u'"'))
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
        if (!consume(u'"'))
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

// Compile-time length: QStringView(u"...") would measure the literal at run time.
template <size_t N> bool nameIs(QStringView name, const char16_t (&literal)[N])
{
    return name.size() == qsizetype(N - 1) &&
           std::memcmp(name.utf16(), literal, (N - 1) * sizeof(char16_t)) == 0;
}

// Member names are matched once each; a repeated known member makes the fast path give up,
// leaving the duplicate rules to QJsonDocument.
class SeenMembers
{
public:
    bool first(int bit)
    {
        const quint32 mask = 1u << bit;
        if (m_seen & mask)
            return false;
        m_seen |= mask;
        return true;
    }

private:
    quint32 m_seen = 0;
};

bool parseObjectText(QStringView text, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

bool parseDelta(Scanner &in, ChoiceFields &choice)
{
    if (!in.consume(u'{'))
        return false;
    if (in.consume(u'}'))
        return true;
    SeenMembers seen;
    do {
        QStringView name;
        if (!in.memberName(&name))
            return false;
        bool ok = true;
        if (nameIs(name, u"content")) {
            if (!seen.first(0) || in.peek() == u'[')
                return false; // list-of-parts content: the reference path joins it
            ok = in.optionalString(&choice.content);
        } else if (nameIs(name, u"reasoning_content")) {
            ok = seen.first(1) && in.optionalString(&choice.reasoningContent);
        } else if (nameIs(name, u"reasoning")) {
            ok = seen.first(2) && in.optionalString(&choice.reasoning);
        } else if (nameIs(name, u"refusal")) {
            ok = seen.first(3) && in.optionalString(&choice.refusal);
        } else if (nameIs(name, u"tool_calls")) {
            if (!seen.first(4))
                return false;
            if (in.peek() == u'[') {
                QStringView text;
                if (!in.captureValue(&text))
                    return false;
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !document.isArray())
                    return false;
                choice.toolCalls = document.array();
            } else {
                ok = in.skipValue();
            }
        } else {
            ok = in.skipValue();
        }
        if (!ok)
            return false;
    } while (in.consume(u','));
    return in.consume(u'}');
}

bool parseChoice(Scanner &in, int position, ChoiceFields &choice)
{
    choice.index = position;
    if (!in.consume(u'{'))
        return false;
    if (in.consume(u'}'))
        return true;
    SeenMembers seen;
    do {
        QStringView name;
        if (!in.memberName(&name))
            return false;
        bool ok = true;
        if (nameIs(name, u"index")) {
            if (!seen.first(0))
                return false;
            const char16_t next = in.peek();
            if (next == u'-' || (next >= u'0' && next <= u'9')) {
                std::optional<qint64> value;
                if (!in.number(&value) || !value || *value < 0 || *value > 1'000'000)
                    return false;
                choice.index = int(*value);
            } else {
                ok = in.skipValue();
            }
        } else if (nameIs(name, u"delta")) {
            if (!seen.first(1))
                return false;
            const char16_t next = in.peek();
            if (next == u'{')
                ok = parseDelta(in, choice);
            else if (next == u'n')
                ok = in.skipValue();
            else
                return false;
        } else if (nameIs(name, u"finish_reason")) {
            if (!seen.first(2))
                return false;
            std::optional<QString> reason;
            ok = in.optionalString(&reason);
            choice.finishReason = reason.value_or(QString());
        } else if (nameIs(name, u"logprobs")) {
            if (!seen.first(3))
                return false;
            if (in.peek() == u'{') {
                QStringView text;
                QJsonObject object;
                if (!in.captureValue(&text) || !parseObjectText(text, &object))
                    return false;
                choice.logprobs = object;
            } else {
                ok = in.skipValue();
            }
        } else {
            ok = in.skipValue();
        }
        if (!ok)
            return false;
    } while (in.consume(u','));
    return in.consume(u'}');
}

bool parseChoices(Scanner &in, ChunkFields &fields)
{
    if (in.peek() != u'[')
        return in.skipValue(); // not an array: no choices, as toArray() would give
    in.consume(u'[');
    if (in.consume(u']'))
        return true;
    int position = 0;
    do {
        ChoiceFields choice;
        if (in.peek() != u'{' || !parseChoice(in, position++, choice))
            return false;
        fields.choices.append(std::move(choice));
    } while (in.consume(u','));
    return in.consume(u']');
}

} // namespace

ChunkFields fromJsonObject(const QJsonObject &chunk)
{
    ChunkFields fields;
    fields.id = stringMember(chunk, QLatin1String("id"));
    fields.model = stringMember(chunk, QLatin1String("model"));
    fields.systemFingerprint = stringMember(chunk, QLatin1String("system_fingerprint"));
    fields.serviceTier = stringMember(chunk, QLatin1String("service_tier"));
    fields.created = integralDouble(chunk.value(QLatin1String("created")));
    fields.usage = chunk.value(QLatin1String("usage")).toObject();
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (qsizetype position = 0; position < choices.size(); ++position) {
        const QJsonObject object = choices.at(position).toObject();
        ChoiceFields choice;
        choice.index = object.value(QLatin1String("index")).toInt(int(position));
        const QJsonObject delta = object.value(QLatin1String("delta")).toObject();
        choice.content = contentText(delta.value(QLatin1String("content")));
        choice.reasoningContent = stringMember(delta, QLatin1String("reasoning_content"));
        choice.reasoning = stringMember(delta, QLatin1String("reasoning"));
        choice.refusal = stringMember(delta, QLatin1String("refusal"));
        choice.toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
        const QJsonValue logprobs = object.value(QLatin1String("logprobs"));
        if (logprobs.isObject())
            choice.logprobs = logprobs.toObject();
        choice.finishReason = object.value(QLatin1String("finish_reason")).toString();
        fields.choices.append(std::move(choice));
    }
    return fields;
}

bool parseFast(QStringView json, ChunkFields &fields, IdentityFields wanted)
{
    Scanner in(json);
    if (!in.consume(u'{'))
        return false;
    if (!in.consume(u'}')) {
        SeenMembers seen;
        do {
            QStringView name;
            if (!in.memberName(&name))
                return false;
            bool ok = true;
            if (nameIs(name, u"choices")) {
                ok = seen.first(0) && parseChoices(in, fields);
            } else if (nameIs(name, u"id")) {
                ok =
                    seen.first(1) && (wanted & Id ? in.optionalString(&fields.id) : in.skipValue());
            } else if (nameIs(name, u"model")) {
                ok = seen.first(2) &&
                     (wanted & Model ? in.optionalString(&fields.model) : in.skipValue());
            } else if (nameIs(name, u"system_fingerprint")) {
                ok = seen.first(3) &&
                     (wanted & SystemFingerprint ? in.optionalString(&fields.systemFingerprint)
                                                 : in.skipValue());
            } else if (nameIs(name, u"service_tier")) {
                ok = seen.first(4) && (wanted & ServiceTier ? in.optionalString(&fields.serviceTier)
                                                            : in.skipValue());
            } else if (nameIs(name, u"created")) {
                if (!seen.first(5))
                    return false;
                const char16_t next = in.peek();
                if (next == u'-' || (next >= u'0' && next <= u'9')) {
                    std::optional<qint64> value;
                    ok = in.number(&value) && value.has_value();
                    fields.created = value;
                } else {
                    ok = in.skipValue();
                }
            } else if (nameIs(name, u"usage")) {
                if (!seen.first(6))
                    return false;
                if (in.peek() == u'{') {
                    QStringView text;
                    ok = in.captureValue(&text) && parseObjectText(text, &fields.usage);
                } else {
                    ok = in.skipValue();
                }
            } else if (nameIs(name, u"error")) {
                if (in.peek() != u'n')
                    return false; // the reference path records stream errors
                ok = seen.first(7) && in.skipValue();
            } else {
                ok = in.skipValue();
            }
            if (!ok)
                return false;
        } while (in.consume(u','));
        if (!in.consume(u'}'))
            return false;
    }
    return in.atEnd();
}

} // namespace Lineup::ChunkParser
