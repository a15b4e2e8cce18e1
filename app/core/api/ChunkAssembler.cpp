#include "api/ChunkAssembler.h"

#include "api/AnswerLimits.h"
#include "api/ChunkParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Lineup {

namespace {

const QLatin1String ReasoningContentKey("reasoning_content");
const QLatin1String ReasoningKey("reasoning");

QStringView trimmedView(const QString &text)
{
    return QStringView(text).trimmed();
}

// Appends to the message's single text part; creating it on the first string (even an empty
// one) mirrors a non-streaming answer, where content is "" for text and null for tool calls.
void appendContent(ChatMessage &message, const QString &text)
{
    if (message.parts.isEmpty() || message.parts.constLast().type != ContentPart::Type::Text)
        message.parts.append(ContentPart::fromText(text));
    else
        message.parts.last().text.append(text);
}

// Appends the arrays of a chunk's logprobs ("content", "refusal") to the accumulated object
// without copying what was accumulated before: the arrays are taken out, extended while they
// have a single owner, and put back.
void mergeLogprobs(QJsonValue &accumulated, const QJsonObject &incoming)
{
    QJsonObject merged = accumulated.isObject() ? accumulated.toObject() : QJsonObject();
    accumulated = QJsonValue();
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        if (it.value().isArray()) {
            QJsonArray items = merged.take(it.key()).toArray();
            const QJsonArray added = it.value().toArray();
            for (const QJsonValue &item : added)
                items.append(item);
            merged.insert(it.key(), items);
        } else if (!merged.contains(it.key())) {
            merged.insert(it.key(), it.value());
        }
    }
    accumulated = merged;
}

QString tooDeep(int eventNumber)
{
    return QCoreApplication::translate("Lineup::ChunkAssembler",
                                       "event %1 nests JSON deeper than %2 levels")
        .arg(eventNumber)
        .arg(AnswerLimits::MaxJsonDepth);
}

qsizetype textSize(const ChunkParser::ChoiceFields &fields)
{
    auto size = [](const std::optional<QString> &text) { return text ? text->size() : 0; };
    return size(fields.content) + size(fields.reasoningContent) + size(fields.reasoning) +
           size(fields.refusal);
}

} // namespace

void ChunkAssembler::failLimit(const QString &what)
{
    if (!m_error.isError())
        m_error = ApiError::limitExceeded(what);
}

bool ChunkAssembler::admitText(int choiceIndex, qsizetype added)
{
    qsizetype &total = m_textChars[choiceIndex];
    if (total + added > AnswerLimits::MaxAnswerChars) {
        failLimit(QCoreApplication::translate("Lineup::ChunkAssembler",
                                              "choice %1 has more than %2 characters of text")
                      .arg(choiceIndex)
                      .arg(AnswerLimits::MaxAnswerChars));
        return false;
    }
    total += added;
    return true;
}

QList<StreamDelta> ChunkAssembler::addEvent(const SseEvent &event)
{
    QList<StreamDelta> out;
    const int eventNumber = ++m_eventCount;
    const QStringView payload = trimmedView(event.data);

    if (m_error.kind == ApiError::Kind::LimitExceeded)
        return out; // the answer was stopped at a bound: nothing more is taken in
    if (event.type == QLatin1String("error")) {
        ApiError error;
        QJsonParseError parseError;
        const QByteArray utf8 = payload.toUtf8();
        if (AnswerLimits::jsonNestsDeeperThan(utf8.constData(), utf8.size(),
                                              AnswerLimits::MaxJsonDepth)) {
            failLimit(tooDeep(eventNumber));
            return out;
        }
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()) {
            error = ApiError::fromStreamErrorObject(document.object());
        } else {
            error.kind = ApiError::Kind::StreamError;
            error.serviceMessage = payload.left(300).toString();
        }
        if (!m_error.isError())
            m_error = error;
        return out;
    }
    if (payload.isEmpty())
        return out;
    if (payload == QLatin1String("[DONE]")) {
        m_done = true;
        return out;
    }

    ChunkParser::ChunkFields fields;
    ChunkParser::IdentityFields wanted = 0;
    if (m_completion.id.isEmpty())
        wanted |= ChunkParser::Id;
    if (m_completion.model.isEmpty())
        wanted |= ChunkParser::Model;
    if (m_completion.systemFingerprint.isEmpty())
        wanted |= ChunkParser::SystemFingerprint;
    if (m_completion.serviceTier.isEmpty())
        wanted |= ChunkParser::ServiceTier;
    if (m_fastPath && ChunkParser::parseFast(event.data, fields, wanted)) {
        addChunk(fields, out);
        return out;
    }

    const QByteArray utf8 = event.data.toUtf8();
    if (AnswerLimits::jsonNestsDeeperThan(utf8.constData(), utf8.size(),
                                          AnswerLimits::MaxJsonDepth)) {
        failLimit(tooDeep(eventNumber));
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_warnings.append(QCoreApplication::translate("Lineup::ChunkAssembler",
                                                      "event %1: invalid JSON at offset %2: %3")
                              .arg(eventNumber)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return out;
    }
    if (!document.isObject()) {
        m_warnings.append(QCoreApplication::translate("Lineup::ChunkAssembler",
                                                      "event %1: expected a JSON object, skipped")
                              .arg(eventNumber));
        return out;
    }
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        if (!m_error.isError())
            m_error = ApiError::fromStreamErrorObject(chunk);
        if (!chunk.contains(QLatin1String("choices")))
            return out;
    }
    addChunk(ChunkParser::fromJsonObject(chunk), out);
    return out;
}

void ChunkAssembler::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_done && !m_error.isError())
        m_error = ApiError::fromKind(ApiError::Kind::IncompleteStream);
}

CompletionChoice &ChunkAssembler::choiceAt(int index)
{
    QList<CompletionChoice> &choices = m_completion.choices;
    auto it = std::lower_bound(choices.begin(), choices.end(), index,
                               [](const CompletionChoice &c, int i) { return c.index < i; });
    if (it == choices.end() || it->index != index) {
        CompletionChoice choice;
        choice.index = index;
        choice.logprobs = QJsonValue(); // null until the service sends logprobs
        it = choices.insert(it, choice);
    }
    return *it;
}

void ChunkAssembler::addChunk(const ChunkParser::ChunkFields &chunk, QList<StreamDelta> &out)
{
    // Identity fields: the first chunk that carries each one wins.
    auto takeFirst = [](QString &target, const std::optional<QString> &value) {
        if (target.isEmpty() && value)
            target = *value;
    };
    takeFirst(m_completion.id, chunk.id);
    takeFirst(m_completion.model, chunk.model);
    takeFirst(m_completion.systemFingerprint, chunk.systemFingerprint);
    takeFirst(m_completion.serviceTier, chunk.serviceTier);
    if (m_completion.created == 0 && chunk.created)
        m_completion.created = *chunk.created;

    // Usage is cumulative on servers that repeat it: the last one is the total.
    if (!chunk.usage.isEmpty())
        m_completion.usage = Usage::fromJson(chunk.usage);

    for (const ChunkParser::ChoiceFields &fields : chunk.choices) {
        const int index = fields.index;
        if (index < 0 || index >= AnswerLimits::MaxChoices) {
            failLimit(QCoreApplication::translate("Lineup::ChunkAssembler",
                                                  "choice index %1 is outside 0 to %2")
                          .arg(index)
                          .arg(AnswerLimits::MaxChoices - 1));
            return;
        }
        if (!admitText(index, textSize(fields)))
            return;
        CompletionChoice &choice = choiceAt(index);
        StreamDelta delta;
        delta.choiceIndex = index;

        if (fields.content) {
            appendContent(choice.message, *fields.content);
            delta.content = *fields.content;
        }

        // Reasoning: stick to the first field this choice used, so a server that sends the
        // same text as both `reasoning_content` and `reasoning` is not doubled.
        QString &field = m_reasoningField[index];
        if (field.isEmpty()) {
            if (fields.reasoningContent && !fields.reasoningContent->isEmpty())
                field = ReasoningContentKey;
            else if (fields.reasoning && !fields.reasoning->isEmpty())
                field = ReasoningKey;
        }
        if (!field.isEmpty()) {
            const bool usesContentKey = field == ReasoningContentKey;
            const std::optional<QString> &chosen =
                usesContentKey ? fields.reasoningContent : fields.reasoning;
            const std::optional<QString> &other =
                usesContentKey ? fields.reasoning : fields.reasoningContent;
            // A server that switches field mid-stream still gets its text through.
            const QString piece = chosen ? *chosen : other.value_or(QString());
            choice.message.reasoning.append(piece);
            delta.reasoning = piece;
        }

        if (fields.refusal) {
            choice.message.refusal.append(*fields.refusal);
            delta.refusal = *fields.refusal;
        }

        for (const QJsonValue &call : fields.toolCalls) {
            if (!call.isObject())
                continue;
            if (!mergeToolCall(index, choice, call.toObject())) {
                if (delta.toolCallsChanged || !delta.content.isEmpty() ||
                    !delta.reasoning.isEmpty() || !delta.refusal.isEmpty())
                    out.append(delta);
                return;
            }
            delta.toolCallsChanged = true;
        }

        if (fields.logprobs)
            mergeLogprobs(choice.logprobs, *fields.logprobs);

        if (!fields.finishReason.isEmpty()) {
            delta.finished = choice.finishReason.isEmpty();
            choice.finishReason = fields.finishReason;
        }

        const bool hasText = !delta.content.isEmpty() || !delta.reasoning.isEmpty() ||
                             !delta.refusal.isEmpty() || delta.toolCallsChanged;
        if (hasText)
            m_hasOutput = true;
        if (hasText || delta.finished)
            out.append(delta);
    }
}

bool ChunkAssembler::mergeToolCall(int choiceIndex, CompletionChoice &choice,
                                   const QJsonObject &piece)
{
    QList<ToolCall> &calls = choice.message.toolCalls;
    ToolCallKeys &keys = m_toolCallKeys[choiceIndex];
    const QString id = piece.value(QLatin1String("id")).toString();
    const QJsonValue indexValue = piece.value(QLatin1String("index"));
    const bool hasIndex = indexValue.isDouble();
    const double rawIndex = indexValue.toDouble();
    if (hasIndex && !(rawIndex >= 0 && rawIndex < AnswerLimits::MaxToolCalls)) {
        failLimit(QCoreApplication::translate("Lineup::ChunkAssembler",
                                              "tool call index %1 is outside 0 to %2")
                      .arg(rawIndex, 0, 'g', 12)
                      .arg(AnswerLimits::MaxToolCalls - 1));
        return false;
    }
    const int callIndex = hasIndex ? int(rawIndex) : -1;

    int position = -1;
    if (!id.isEmpty()) {
        position = keys.byId.value(id, -1);
        if (position < 0 && hasIndex) {
            // Same index, new id: a server reusing index 0 for every call started a new one.
            // Same index, no id so far: the id arrived late for the call already begun.
            const int atIndex = keys.byIndex.value(callIndex, -1);
            if (atIndex >= 0 && calls.at(atIndex).id.isEmpty())
                position = atIndex;
        }
    } else if (hasIndex) {
        position = keys.byIndex.value(callIndex, -1);
    } else {
        position = keys.lastPosition; // no index and no id: continues the latest call
    }
    if (position < 0 || position >= calls.size()) {
        if (calls.size() >= AnswerLimits::MaxToolCalls) {
            failLimit(QCoreApplication::translate("Lineup::ChunkAssembler",
                                                  "choice %1 has more than %2 tool calls")
                          .arg(choiceIndex)
                          .arg(AnswerLimits::MaxToolCalls));
            return false;
        }
        const int sortKey = hasIndex ? callIndex : AnswerLimits::MaxToolCalls + keys.unindexed++;
        position = int(std::upper_bound(keys.sortKeys.cbegin(), keys.sortKeys.cend(), sortKey) -
                       keys.sortKeys.cbegin());
        keys.sortKeys.insert(position, sortKey);
        calls.insert(position, ToolCall{});
        // Positions at and after the new call moved one place on.
        auto shift = [position](int &value) {
            if (value >= position)
                ++value;
        };
        for (int &value : keys.byIndex)
            shift(value);
        for (int &value : keys.byId)
            shift(value);
        shift(keys.lastPosition);
    }
    if (!id.isEmpty())
        keys.byId.insert(id, position);
    if (hasIndex)
        keys.byIndex.insert(callIndex, position);
    keys.lastPosition = position;

    ToolCall &call = calls[position];
    if (!id.isEmpty() && call.id.isEmpty())
        call.id = id;
    const QString type = piece.value(QLatin1String("type")).toString();
    if (!type.isEmpty())
        call.type = type;
    const QJsonObject function = piece.value(QLatin1String("function")).toObject();
    const QString name = function.value(QLatin1String("name")).toString();
    // Most servers send the name once; some repeat it whole in every piece.
    if (!name.isEmpty() && name != call.name)
        call.name.append(name);
    const QJsonValue arguments = function.value(QLatin1String("arguments"));
    QString added;
    if (arguments.isString())
        added = arguments.toString();
    else if (arguments.isObject() && call.arguments.isEmpty()) {
        // Ollama-style servers send the arguments as an object in one piece.
        added =
            QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
    }
    if (call.arguments.size() + added.size() > AnswerLimits::MaxToolArgumentsChars ||
        call.name.size() > AnswerLimits::MaxToolArgumentsChars) {
        failLimit(QCoreApplication::translate("Lineup::ChunkAssembler",
                                              "tool call %1 has more than %2 characters of "
                                              "arguments")
                      .arg(position)
                      .arg(AnswerLimits::MaxToolArgumentsChars));
        return false;
    }
    call.arguments.append(added);
    return true;
}

} // namespace Lineup
