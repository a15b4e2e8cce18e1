#include "usage/UsageSummary.h"

#include "usage/TokenEstimate.h"

#include <QJsonArray>

namespace Lineup {

namespace {

QJsonObject tokensJson(const TokenCounts &tokens)
{
    return {{QStringLiteral("prompt_tokens"), tokens.prompt},
            {QStringLiteral("cached_tokens"), tokens.cached},
            {QStringLiteral("completion_tokens"), tokens.completion},
            {QStringLiteral("reasoning_tokens"), tokens.reasoning},
            {QStringLiteral("total_tokens"), tokens.total()}};
}

// An answer that failed before producing anything, and reported nothing, was not charged.
bool isRequest(const MessageRecord &record)
{
    if (record.message.role != Role::Assistant || record.status == MessageStatus::Streaming)
        return false;
    if (record.usage.promptTokens || record.usage.completionTokens || record.usage.totalTokens)
        return true;
    const ChatMessage &m = record.message;
    return !m.text().isEmpty() || !m.reasoning.isEmpty() || !m.refusal.isEmpty() ||
           !m.toolCalls.isEmpty();
}

} // namespace

QJsonObject UsageTurn::toJson() const
{
    QJsonObject object = tokensJson(tokens);
    if (messageId > 0)
        object.insert(QStringLiteral("message_id"), messageId);
    object.insert(QStringLiteral("model"), model);
    object.insert(QStringLiteral("cost"), cost.toJson());
    object.insert(QStringLiteral("estimated"), tokens.estimated);
    if (price.isKnown())
        object.insert(QStringLiteral("price"), price.toJson());
    return object;
}

UsageTurn UsageTurn::of(const Usage &usage, qint64 promptEstimate, const ChatMessage &answer,
                        const ModelPrice &price)
{
    UsageTurn turn;
    if (usage.promptTokens || usage.completionTokens || usage.totalTokens) {
        turn.tokens = TokenCounts::fromUsage(usage);
    } else {
        turn.tokens.prompt = promptEstimate;
        turn.tokens.completion = TokenEstimate::completionTokens(answer);
        turn.tokens.reasoning = TokenEstimate::textTokens(answer.reasoning);
        turn.tokens.estimated = true;
    }
    turn.price = price;
    turn.cost = costOf(turn.tokens, price);
    return turn;
}

std::optional<double> UsageSummary::contextFill() const
{
    if (!contextLength || *contextLength <= 0 || turns.isEmpty())
        return std::nullopt;
    return double(lastPromptTokens) / double(*contextLength);
}

QJsonObject UsageSummary::toJson() const
{
    QJsonObject object = tokensJson(tokens);
    object.insert(QStringLiteral("requests"), requests());
    object.insert(QStringLiteral("cost"), cost.toJson());
    object.insert(QStringLiteral("estimated"), estimated());
    const std::optional<double> fill = contextFill();
    object.insert(QStringLiteral("context"),
                  QJsonObject{{QStringLiteral("last_prompt_tokens"), lastPromptTokens},
                              {QStringLiteral("estimated"), lastPromptEstimated},
                              {QStringLiteral("context_length"),
                               contextLength ? QJsonValue(*contextLength) : QJsonValue()},
                              {QStringLiteral("fill"), fill ? QJsonValue(*fill) : QJsonValue()}});
    QJsonArray turnArray;
    for (const UsageTurn &turn : turns)
        turnArray.append(turn.toJson());
    object.insert(QStringLiteral("turns"), turnArray);
    return object;
}

qint64 UsageSummary::nextPromptEstimate(const ConversationInfo &conversation,
                                        const QList<MessageRecord> &records)
{
    QList<ChatMessage> messages;
    if (!conversation.systemPrompt.isEmpty())
        messages.append(ChatMessage::fromText(conversation.systemRole, conversation.systemPrompt));
    for (const MessageRecord &record : records) {
        if (record.status == MessageStatus::Failed || record.status == MessageStatus::Streaming)
            continue;
        messages.append(record.message);
    }
    return TokenEstimate::promptTokens(
        messages, conversation.parameters.value(QStringLiteral("tools")),
        conversation.parameters.value(QStringLiteral("response_format")));
}

UsageSummary UsageSummary::of(const ConversationInfo &conversation,
                              const QList<MessageRecord> &records, const PriceBook *prices)
{
    UsageSummary summary;
    // The estimate of each request's prompt grows with the history before it.
    qint64 historyEstimate = 3;
    if (!conversation.systemPrompt.isEmpty())
        historyEstimate += TokenEstimate::messageTokens(
            ChatMessage::fromText(conversation.systemRole, conversation.systemPrompt));
    QString lastModel;
    for (int row = 0; row < records.size(); ++row) {
        const MessageRecord &record = records.at(row);
        if (isRequest(record)) {
            ModelPrice price = record.price;
            if (!price.isKnown() && prices)
                price = prices->lookup(conversation.model, record.model);
            UsageTurn turn = UsageTurn::of(record.usage, historyEstimate, record.message, price);
            turn.row = row;
            turn.messageId = record.id;
            turn.model = record.model;
            summary.tokens += turn.tokens;
            summary.cost += turn.cost;
            summary.lastPromptTokens = turn.tokens.prompt;
            summary.lastPromptEstimated = turn.tokens.estimated;
            lastModel = record.model;
            summary.turns.append(turn);
        }
        if (record.message.role != Role::Assistant || record.status != MessageStatus::Streaming)
            historyEstimate += TokenEstimate::messageTokens(record.message);
    }
    if (prices) {
        summary.contextLength = prices->contextLength(conversation.model);
        if (!summary.contextLength && !lastModel.isEmpty())
            summary.contextLength = prices->contextLength(lastModel);
    }
    return summary;
}

UsageSummary UsageSummary::total(const QList<UsageSummary> &panes)
{
    UsageSummary total;
    for (const UsageSummary &pane : panes) {
        total.turns += pane.turns;
        total.tokens += pane.tokens;
        total.cost += pane.cost;
    }
    return total;
}

} // namespace Lineup
