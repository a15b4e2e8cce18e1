#include "api/ChunkParser.h"

#include "api/ChunkScanner.h"
#include "util/JsonNumber.h"

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

using detail::Scanner;

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
    fields.created = jsonInteger(chunk.value(QLatin1String("created")));
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
