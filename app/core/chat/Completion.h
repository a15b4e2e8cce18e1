#pragma once

#include "chat/ChatMessage.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Lineup {

// Token counts as the service reported them. Fields the service left out stay nullopt.
struct Usage
{
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> totalTokens;
    std::optional<qint64> cachedTokens;    // prompt_tokens_details.cached_tokens
    std::optional<qint64> reasoningTokens; // completion_tokens_details.reasoning_tokens
    QJsonObject raw;                       // the object exactly as received

    bool isPresent() const { return !raw.isEmpty(); }
    static Usage fromJson(const QJsonObject &object);
    QJsonObject toJson() const; // raw when present, else built from the fields

    friend bool operator==(const Usage &, const Usage &) = default;
};

struct CompletionChoice
{
    int index = 0;
    ChatMessage message{Role::Assistant, {}, {}, {}, {}, {}, {}};
    QString finishReason; // empty while unknown
    QJsonValue logprobs;  // {"content":[...]} merged across chunks, or null

    friend bool operator==(const CompletionChoice &, const CompletionChoice &) = default;
};

// The object a non-streaming call returns; a streamed answer is assembled into the same shape.
struct Completion
{
    QString id;
    QString model;
    QString systemFingerprint;
    QString serviceTier;
    qint64 created = 0;
    QList<CompletionChoice> choices; // sorted by index
    Usage usage;

    const CompletionChoice *choice(int index) const;
    // "chat.completion" JSON shape (choices[].message with content, reasoning_content,
    // refusal, tool_calls; finish_reason; usage; id; model; system_fingerprint).
    QJsonObject toJson() const;
    static Completion fromJson(const QJsonObject &object);

    friend bool operator==(const Completion &, const Completion &) = default;
};

// Per-request timings. Times are milliseconds since the request was first sent.
struct Timings
{
    std::optional<qint64> timeToFirstByteMs;
    std::optional<qint64> timeToFirstTokenMs; // first content, reasoning or tool-call text
    std::optional<qint64> totalMs;
    std::optional<double> tokensPerSecond; // completion tokens / (total - first token)
    int attempts = 0;                      // 1 + retries

    QJsonObject toJson() const;
    static Timings fromJson(const QJsonObject &object);

    friend bool operator==(const Timings &, const Timings &) = default;
};

} // namespace Lineup
