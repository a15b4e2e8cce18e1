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

} // namespace Lineup
