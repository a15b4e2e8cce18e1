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
               a.error == b.error && a.createdAt == b.createdAt &&
               a.alternatives == b.alternatives && a.price == b.price && a.logprobs == b.logprobs;
    }
};

// The one place an answer's content comes from its Completion (the view's model at the end of a
// stream, the recorder's checkpoints, the CLI's saved exchange): choice 0, or the lowest choice
// when a service sent no choice 0, becomes the message; the other choices, in index order, the
// alternatives; the finish reason, usage and the model the service named (when it named one)
// are taken over. Status, timings and error stay the caller's.
void applyCompletion(MessageRecord &record, const Completion &completion);

// True when the message carries something a service accepts: text, images, tool calls or a
// refusal.
bool hasPayload(const ChatMessage &message);

// The history rule, for the app and lineup-cli alike: which stored messages the model sees again.
// An answer does when the user saw it as one (complete, stopped or cut off, with some payload);
// a failure without output or a request still running would send an empty assistant turn, which
// services reject. System and developer records are left out: the conversation's prompt
// (ConversationInfo) is sent in their place.
bool belongsInHistory(const MessageRecord &record);
QList<ChatMessage> historyOf(const QList<MessageRecord> &records);

enum class ConversationKind { Conversation, Comparison };

// A comparison made by a blind arena round: Unvoted until its vote, and while it is, nothing may
// name its models (the GUI keeps the panes "Model A", "Model B"…, exports refuse it).
enum class BlindState { None, Unvoted, Voted };

// Per-conversation settings and metadata (without messages). A comparison (comparison/
// Comparison.h) is a row of kind Comparison holding the shared settings; each of its panes is
// an ordinary conversation whose comparisonId names it.
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
    int messageCount = 0; // a comparison: the messages of all its panes
    ConversationKind kind = ConversationKind::Conversation;
    int paneCount = 0;                   // a comparison: its panes
    qint64 comparisonId = 0;             // a pane: the comparison it belongs to; 0 otherwise
    BlindState blind = BlindState::None; // a comparison: from a blind round, voted or not

    friend bool operator==(const ConversationInfo &, const ConversationInfo &) = default;
};

} // namespace Lineup
