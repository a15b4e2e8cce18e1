#pragma once

#include "chat/MessageRecord.h"
#include "usage/Pricing.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Lineup {

// One request of a conversation: the answer it produced and what it used and cost.
struct UsageTurn
{
    int row = -1; // index of the answer in the conversation
    qint64 messageId = 0;
    QString model;
    TokenCounts tokens; // estimated when the service reported no usage
    Cost cost;
    ModelPrice price;

    QJsonObject toJson() const;

    // One request: its reported usage, or when there is none an estimate (`promptEstimate` for
    // the prompt, the answer's own text for the completion), charged at `price`.
    static UsageTurn of(const Usage &usage, qint64 promptEstimate, const ChatMessage &answer,
                        const ModelPrice &price);
};

// Token use and cost of a whole conversation, added up from its answers. Answers without
// reported usage (Ollama or LM Studio when streaming, a stopped stream) are estimated from their
// text and the history before them (usage/TokenEstimate), and the totals say so.
struct UsageSummary
{
    QList<UsageTurn> turns;
    TokenCounts tokens;
    Cost cost;
    std::optional<qint64> contextLength; // of the last request's model
    qint64 lastPromptTokens = 0;
    bool lastPromptEstimated = false;

    int requests() const { return int(turns.size()); }
    bool estimated() const { return tokens.estimated || cost.estimated; }
    // last prompt / context length, or nullopt when the length is unknown.
    std::optional<double> contextFill() const;
    bool contextWarning() const { return contextFill().value_or(0) >= 0.8; }

    // The `lineup-cli conversations usage --json` shape.
    QJsonObject toJson() const;

    // `prices` is used for the context length, and for the price of answers stored before
    // prices were kept with each message (their snapshot is empty). May be null.
    // The prompt the next request sends before the draft, estimated: system prompt, the history
    // as it is sent (failed or unfinished answers left out), and the tools and response_format
    // among the conversation's parameters. Add TokenEstimate::messageTokens(draft).
    static qint64 nextPromptEstimate(const ConversationInfo &conversation,
                                     const QList<MessageRecord> &records);

    static UsageSummary of(const ConversationInfo &conversation,
                           const QList<MessageRecord> &records, const PriceBook *prices);
    // A comparison's total: the requests, tokens and cost of all its panes (the context fill is
    // each pane's own and stays unset).
    static UsageSummary total(const QList<UsageSummary> &panes);
};

} // namespace Lineup
