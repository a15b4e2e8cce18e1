#include "ChatSaver.h"

#include "chat/StreamStatus.h"

#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

namespace Lineup::Cli {

ChatSaver::ChatSaver() = default;

ChatSaver::~ChatSaver() = default;

int ChatSaver::open(const QString &dataDir, qint64 conversationId, ChatRequest *request,
                    Console &console)
{
    QString error;
    const QString dir = dataDir.isEmpty() ? ConversationStore::defaultDataDir() : dataDir;
    m_store = ConversationStore::open(dir, &error);
    if (!m_store) {
        console.error(
            LineupCli::tr("cannot open the conversation history in %1: %2").arg(dir, error));
        return ExitFailure;
    }
    m_conversationId = conversationId;
    if (conversationId == 0)
        return ExitSuccess;

    const std::optional<ConversationInfo> info = m_store->conversation(conversationId);
    if (!info) {
        console.error(LineupCli::tr("there is no saved conversation %1; `lineup-cli "
                                    "conversations list` shows them.")
                          .arg(conversationId));
        return ExitUsage;
    }
    // The request holds [system?, developer?, user]: the saved history goes before the user.
    QList<ChatMessage> leading;
    QList<ChatMessage> messages = request->messages;
    const ChatMessage user = messages.takeLast();
    leading = messages;
    if (leading.isEmpty() && !info->systemPrompt.isEmpty())
        leading.append(ChatMessage::fromText(info->systemRole, info->systemPrompt));
    QList<ChatMessage> history;
    for (const MessageRecord &record : m_store->messages(conversationId)) {
        // A failed answer has nothing the model should see again.
        if (record.status == MessageStatus::Failed || record.status == MessageStatus::Streaming)
            continue;
        if (record.message.role == Role::System || record.message.role == Role::Developer)
            continue;
        history.append(record.message);
    }
    request->messages = leading + history;
    request->messages.append(user);
    return ExitSuccess;
}

int ChatSaver::begin(const QJsonObject &body, const QString &profileId, ChatStream *stream,
                     Console &console)
{
    m_recorder = std::make_unique<ChatRecorder>(*m_store);
    m_recorder->setPriceBook(m_prices);
    QString error;
    const ConversationInfo settings = ChatRecorder::settingsFromRequest(body, profileId);
    const qint64 id = m_recorder->begin(m_conversationId, settings,
                                        ChatRecorder::userTurnFromRequest(body), &error);
    if (id == 0) {
        console.error(LineupCli::tr("cannot save the conversation: %1").arg(error));
        return ExitFailure;
    }
    m_conversationId = id;
    m_recorder->follow(stream);
    return ExitSuccess;
}

int ChatSaver::finish(const ChatStream &stream, Console &console)
{
    if (!m_recorder)
        return ExitSuccess;
    if (!m_recorder->isFinished())
        m_recorder->finish(messageStatusFor(stream.status()), stream.completion(), stream.timings(),
                           stream.error());
    if (!m_recorder->lastError().isEmpty()) {
        console.error(LineupCli::tr("the answer could not be saved completely: %1")
                          .arg(m_recorder->lastError()));
        return ExitFailure;
    }
    console.note(LineupCli::tr("saved in conversation %1.").arg(m_conversationId));
    return ExitSuccess;
}

} // namespace Lineup::Cli
