#pragma once

#include "CliCommon.h"

#include "api/RequestBuilder.h"

#include <memory>

namespace Lineup {
class ChatRecorder;
class PriceBook;
class ChatStream;
class ConversationStore;
} // namespace Lineup

namespace Lineup::Cli {

// `chat --save [--conversation ID]`: records the exchange through ChatRecorder into the same
// history the app shows, and continues a saved conversation by sending its history first.
class ChatSaver
{
public:
    ChatSaver();
    ~ChatSaver();

    // Opens the store (dataDir empty: the app's). With a conversation id, puts the saved
    // history (and its system prompt unless --system/--developer were given) before the new
    // user turn. Returns ExitSuccess or the printed failure's code.
    // With `toolResults` (no user turn in the request), they answer the tool calls of the
    // conversation's last answer: one for each call, none for another. A conversation whose last
    // answer has unanswered calls cannot go on with a prompt (services answer 400).
    int open(const QString &dataDir, qint64 conversationId, ChatRequest *request, Console &console,
             const QList<QPair<QString, QString>> &toolResults = {});
    // Stores the user turn and a 'streaming' answer, then checkpoints it as `stream` runs.
    void setPriceBook(const PriceBook *prices) { m_prices = prices; }
    int begin(const QJsonObject &body, const QString &profileId, ChatStream *stream,
              Console &console);
    // Makes sure the final state is written. Returns ExitSuccess or ExitFailure (printed).
    int finish(const ChatStream &stream, Console &console);

    qint64 conversationId() const { return m_conversationId; }

private:
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ChatRecorder> m_recorder;
    QList<ChatMessage> m_earlierToolResults; // stored before the recorder's own (last) turn
    const PriceBook *m_prices = nullptr;
    qint64 m_conversationId = 0;
};

} // namespace Lineup::Cli
