#pragma once

#include "api/ApiError.h"
#include "chat/ChatMessage.h"
#include "chat/Completion.h"
#include "usage/Pricing.h"

#include <QDateTime>
#include <QJsonObject>

namespace Lineup {

enum class MessageStatus { Complete, Streaming, Stopped, Failed, Interrupted };

QString messageStatusName(MessageStatus status);
std::optional<MessageStatus> messageStatusFromName(QStringView name);

// One message of a conversation with everything known about how it came to be. Shared by the
// conversation model (display), storage and export.
struct MessageRecord
{
    qint64 id = 0; // storage row id; 0 until saved
    ChatMessage message;
    MessageStatus status = MessageStatus::Complete;
    QString model; // the model that answered (as the service named it) / was asked
    QString profileId;
    QJsonObject parameters; // request parameters used (assistant messages)
    Usage usage;
    Timings timings;
    QString finishReason;
    ApiError error; // why it failed or was interrupted
    QDateTime createdAt;
    QList<ChatMessage> alternatives; // choices 1..n-1 when n > 1
    ModelPrice price;    // what the answer was charged at, and where that price came from
    QJsonValue logprobs; // choice 0's {"content":[...]} when requested, else null

    friend bool operator==(const MessageRecord &a, const MessageRecord &b)
    {
        return a.id == b.id && a.message == b.message && a.status == b.status &&
               a.model == b.model && a.profileId == b.profileId && a.parameters == b.parameters &&
               a.usage == b.usage && a.timings == b.timings && a.finishReason == b.finishReason &&
               a.createdAt == b.createdAt && a.alternatives == b.alternatives &&
               a.price == b.price && a.logprobs == b.logprobs;
    }
};

// Per-conversation settings and metadata (without messages).
struct ConversationInfo
{
    qint64 id = 0;
    QString title;
    QString systemPrompt;
    Role systemRole = Role::System; // System or Developer
    QString profileId;
    QString model;
    QJsonObject parameters;
    bool pinned = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int messageCount = 0;
};

} // namespace Lineup
