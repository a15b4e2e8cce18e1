#pragma once

#include "api/ChatStream.h"
#include "chat/MessageRecord.h"

namespace Lineup {

// How a request's state is kept on its answer: one mapping for display, storage and the CLI.
inline MessageStatus messageStatusFor(ChatStream::Status status)
{
    switch (status) {
    case ChatStream::Status::Running:
        return MessageStatus::Streaming;
    case ChatStream::Status::Complete:
        return MessageStatus::Complete;
    case ChatStream::Status::Stopped:
        return MessageStatus::Stopped;
    case ChatStream::Status::Failed:
        return MessageStatus::Failed;
    case ChatStream::Status::Interrupted:
        return MessageStatus::Interrupted;
    }
    return MessageStatus::Failed;
}

} // namespace Lineup
