#pragma once

#include "chat/ChatMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lineup {

enum class ModelFamily { OpenAiGpt, OpenAiReasoning, Claude, Gemini, Other };

// What a model family accepts through the OpenAI-compatible endpoint (chat-completions.md,
// "What each provider accepts").
struct ModelCapabilities
{
    ModelFamily family = ModelFamily::Other;
    double temperatureMax = 2.0;
    int nMax = 128;
    int stopMax = 4;
    bool supportsLogprobs = true;
    bool supportsReasoningEffort = false;
    bool supportsJsonObject = true;       // Claude: json_schema only
    bool usesMaxCompletionTokens = false; // GPT-4.1, GPT-5, o-series

    static ModelCapabilities forModel(const QString &model);
};

QString modelFamilyName(ModelFamily family);

// Everything that goes into one request. `parameters` holds only what the user set, keyed by the
// wire name (temperature, top_p, n, stop, max_tokens, max_completion_tokens, presence_penalty,
// frequency_penalty, logit_bias, seed, user, response_format, tools, tool_choice, logprobs,
// top_logprobs, reasoning_effort, service_tier); anything absent is not sent.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    QJsonObject parameters;
    bool stream = true;
    bool includeUsage = true;    // stream_options.include_usage, only with stream
    bool applyModelRules = true; // false: send exactly what was set (the user's override)
};

// A change the family rules made, in words a person understands, e.g.
// "temperature 1.5 lowered to 1 (Claude accepts 0 to 1)".
struct RuleAdjustment
{
    QString parameter;
    QString message;

    friend bool operator==(const RuleAdjustment &, const RuleAdjustment &) = default;
};

struct BuiltRequest
{
    QJsonObject body;
    QList<RuleAdjustment> adjustments;
    // Values of the wrong type or outside the API's own range: reported, sent unchanged (the
    // service's answer is the authority; Lineup does not silently repair them).
    QList<RuleAdjustment> problems;
};

class RequestBuilder
{
public:
    static BuiltRequest build(const ChatRequest &request);
};

} // namespace Lineup
