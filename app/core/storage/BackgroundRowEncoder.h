#pragma once

#include "chat/MessageRecord.h"

#include <QList>
#include <QVariantList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Lineup {

class ConversationStore;

// Encodes messages into `messages` rows (MessageCodec::values) on another thread, ahead of the
// thread that writes them, so that encoding and writing overlap in a bulk insert. Messages with
// images are left to the writer: their bytes go to the database, on the writer's connection.
class BackgroundRowEncoder
{
public:
    BackgroundRowEncoder(const ConversationStore &store, const QList<MessageRecord> &messages);
    ~BackgroundRowEncoder(); // stops the encoder if the writer gave up early
    BackgroundRowEncoder(const BackgroundRowEncoder &) = delete;
    BackgroundRowEncoder &operator=(const BackgroundRowEncoder &) = delete;

    // Message i's row, waiting for it if the encoder is behind; null for a message with images.
    // Rows are taken in order, each once.
    const QVariantList *row(qsizetype i);

private:
    void encode(const ConversationStore &store);

    const QList<MessageRecord> m_messages; // shared, not copied: only read
    QList<QVariantList> m_rows;
    std::mutex m_lock;
    std::condition_variable m_progress;
    qsizetype m_ready = 0; // rows [0, m_ready) are encoded; guarded by m_lock
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace Lineup
