#include "chat/Completion.h"

#include "util/JsonNumber.h"

#include <QJsonArray>

#include <algorithm>

namespace Lineup {

namespace {

std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1String key)
{
    return jsonInteger(object.value(key));
}

void insertOptional(QJsonObject &object, QLatin1String key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, static_cast<double>(*value));
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

} // namespace

Usage Usage::fromJson(const QJsonObject &object)
{
    Usage usage;
    usage.raw = object;
    usage.promptTokens = optionalInteger(object, QLatin1String("prompt_tokens"));
    usage.completionTokens = optionalInteger(object, QLatin1String("completion_tokens"));
    usage.totalTokens = optionalInteger(object, QLatin1String("total_tokens"));
    usage.cachedTokens =
        optionalInteger(object.value(QLatin1String("prompt_tokens_details")).toObject(),
                        QLatin1String("cached_tokens"));
    usage.reasoningTokens =
        optionalInteger(object.value(QLatin1String("completion_tokens_details")).toObject(),
                        QLatin1String("reasoning_tokens"));
    return usage;
}

QJsonObject Usage::toJson() const
{
    if (!raw.isEmpty())
        return raw;
    QJsonObject object;
    insertOptional(object, QLatin1String("prompt_tokens"), promptTokens);
    insertOptional(object, QLatin1String("completion_tokens"), completionTokens);
    insertOptional(object, QLatin1String("total_tokens"), totalTokens);
    if (cachedTokens) {
        object.insert(QLatin1String("prompt_tokens_details"),
                      QJsonObject{{QLatin1String("cached_tokens"), double(*cachedTokens)}});
    }
    if (reasoningTokens) {
        object.insert(QLatin1String("completion_tokens_details"),
                      QJsonObject{{QLatin1String("reasoning_tokens"), double(*reasoningTokens)}});
    }
    return object;
}

const CompletionChoice *Completion::choice(int index) const
{
    for (const CompletionChoice &candidate : choices) {
        if (candidate.index == index)
            return &candidate;
    }
    return nullptr;
}

QJsonObject Completion::toJson() const
{
    QJsonArray choiceArray;
    for (const CompletionChoice &choice : choices) {
        QJsonObject message{{QLatin1String("role"), QLatin1String("assistant")}};
        const QString text = choice.message.text();
        message.insert(QLatin1String("content"), text.isEmpty() && choice.message.parts.isEmpty()
                                                     ? QJsonValue()
                                                     : QJsonValue(text));
        if (!choice.message.reasoning.isEmpty())
            message.insert(QLatin1String("reasoning_content"), choice.message.reasoning);
        message.insert(QLatin1String("refusal"), choice.message.refusal.isEmpty()
                                                     ? QJsonValue()
                                                     : QJsonValue(choice.message.refusal));
        if (!choice.message.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &call : choice.message.toolCalls)
                calls.append(call.toJson());
            message.insert(QLatin1String("tool_calls"), calls);
        }
        choiceArray.append(QJsonObject{
            {QLatin1String("index"), choice.index},
            {QLatin1String("message"), message},
            {QLatin1String("logprobs"),
             choice.logprobs.isUndefined() ? QJsonValue() : choice.logprobs},
            {QLatin1String("finish_reason"),
             choice.finishReason.isEmpty() ? QJsonValue() : QJsonValue(choice.finishReason)}});
    }
    QJsonObject object{{QLatin1String("id"), stringOrNull(id)},
                       {QLatin1String("object"), QLatin1String("chat.completion")},
                       {QLatin1String("created"), double(created)},
                       {QLatin1String("model"), stringOrNull(model)},
                       {QLatin1String("choices"), choiceArray},
                       {QLatin1String("usage"), usage.isPresent() || usage.promptTokens
                                                    ? QJsonValue(usage.toJson())
                                                    : QJsonValue()},
                       {QLatin1String("system_fingerprint"), stringOrNull(systemFingerprint)}};
    if (!serviceTier.isEmpty())
        object.insert(QLatin1String("service_tier"), serviceTier);
    return object;
}

Completion Completion::fromJson(const QJsonObject &object)
{
    Completion completion;
    completion.id = object.value(QLatin1String("id")).toString();
    completion.model = object.value(QLatin1String("model")).toString();
    completion.systemFingerprint = object.value(QLatin1String("system_fingerprint")).toString();
    completion.serviceTier = object.value(QLatin1String("service_tier")).toString();
    completion.created = jsonInteger(object.value(QLatin1String("created"))).value_or(0);
    const QJsonArray choiceArray = object.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &value : choiceArray) {
        const QJsonObject choiceObject = value.toObject();
        CompletionChoice choice;
        choice.index =
            choiceObject.value(QLatin1String("index")).toInt(int(completion.choices.size()));
        const QJsonObject message = choiceObject.value(QLatin1String("message")).toObject();
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString())
            choice.message.parts.append(ContentPart::fromText(content.toString()));
        choice.message.reasoning = message.value(QLatin1String("reasoning_content")).toString();
        if (choice.message.reasoning.isEmpty())
            choice.message.reasoning = message.value(QLatin1String("reasoning")).toString();
        choice.message.refusal = message.value(QLatin1String("refusal")).toString();
        const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &call : calls)
            choice.message.toolCalls.append(ToolCall::fromJson(call.toObject()));
        choice.finishReason = choiceObject.value(QLatin1String("finish_reason")).toString();
        choice.logprobs = choiceObject.value(QLatin1String("logprobs"));
        if (choice.logprobs.isUndefined())
            choice.logprobs = QJsonValue();
        completion.choices.append(choice);
    }
    std::sort(
        completion.choices.begin(), completion.choices.end(),
        [](const CompletionChoice &a, const CompletionChoice &b) { return a.index < b.index; });
    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject())
        completion.usage = Usage::fromJson(usage.toObject());
    return completion;
}

QJsonObject Timings::toJson() const
{
    QJsonObject object;
    auto put = [&object](QLatin1String key, const auto &value) {
        object.insert(key, value ? QJsonValue(double(*value)) : QJsonValue());
    };
    put(QLatin1String("time_to_first_byte_ms"), timeToFirstByteMs);
    put(QLatin1String("time_to_first_token_ms"), timeToFirstTokenMs);
    put(QLatin1String("total_ms"), totalMs);
    put(QLatin1String("tokens_per_second"), tokensPerSecond);
    object.insert(QLatin1String("attempts"), attempts);
    return object;
}

Timings Timings::fromJson(const QJsonObject &object)
{
    Timings timings;
    auto get = [&object](QLatin1String key) { return jsonInteger(object.value(key)); };
    timings.timeToFirstByteMs = get(QLatin1String("time_to_first_byte_ms"));
    timings.timeToFirstTokenMs = get(QLatin1String("time_to_first_token_ms"));
    timings.totalMs = get(QLatin1String("total_ms"));
    const QJsonValue tps = object.value(QLatin1String("tokens_per_second"));
    if (tps.isDouble())
        timings.tokensPerSecond = tps.toDouble();
    timings.attempts = object.value(QLatin1String("attempts")).toInt();
    return timings;
}

} // namespace Lineup
