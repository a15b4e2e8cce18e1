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
    int open(const QString &dataDir, qint64 conversationId, ChatRequest *request, Console &console);
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
    const PriceBook *m_prices = nullptr;
    qint64 m_conversationId = 0;
};

} // namespace Lineup::Cli
