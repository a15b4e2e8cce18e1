#include "chat/MessageRecord.h"

namespace Lineup {

QString messageStatusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Complete:
        return QStringLiteral("complete");
    case MessageStatus::Streaming:
        return QStringLiteral("streaming");
    case MessageStatus::Stopped:
        return QStringLiteral("stopped");
    case MessageStatus::Failed:
        return QStringLiteral("failed");
    case MessageStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("complete");
}

std::optional<MessageStatus> messageStatusFromName(QStringView name)
{
    for (MessageStatus status :
         {MessageStatus::Complete, MessageStatus::Streaming, MessageStatus::Stopped,
          MessageStatus::Failed, MessageStatus::Interrupted}) {
        if (name == messageStatusName(status))
            return status;
    }
    return std::nullopt;
}

void applyCompletion(MessageRecord &record, const Completion &completion)
{
    const CompletionChoice *first = completion.choice(0);
    if (!first && !completion.choices.isEmpty())
        first = &completion.choices.first();
    if (first) {
        record.message = first->message;
        record.finishReason = first->finishReason;
    }
    record.message.role = Role::Assistant;
    record.alternatives.clear();
    for (const CompletionChoice &choice : completion.choices) {
        if (&choice != first)
            record.alternatives.append(choice.message);
    }
    if (!completion.model.isEmpty())
        record.model = completion.model;
    record.usage = completion.usage;
}

bool hasPayload(const ChatMessage &message)
{
    return !message.text().isEmpty() || message.hasImages() || !message.toolCalls.isEmpty() ||
           !message.refusal.isEmpty();
}

bool belongsInHistory(const MessageRecord &record)
{
    switch (record.message.role) {
    case Role::System:
    case Role::Developer:
        return false;
    case Role::User:
    case Role::Tool:
        return true;
    case Role::Assistant:
        break;
    }
    switch (record.status) {
    case MessageStatus::Complete:
    case MessageStatus::Stopped:
    case MessageStatus::Interrupted:
    case MessageStatus::Failed:
        return hasPayload(record.message);
    case MessageStatus::Streaming:
        return false;
    }
    return false;
}

QList<ChatMessage> historyOf(const QList<MessageRecord> &records)
{
    QList<ChatMessage> history;
    for (const MessageRecord &record : records) {
        if (belongsInHistory(record))
            history.append(record.message);
    }
    return history;
}

} // namespace Lineup
