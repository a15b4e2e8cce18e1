#pragma once

#include "storage/MessageSource.h"

#include <QList>
#include <QVariantList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Lineup {

class ConversationStore;

// Reads a bulk insert's messages from their source and encodes them into `messages` rows
// (MessageCodec::values) on another thread, ahead of the thread that writes them, so that
// converting, encoding and writing overlap. Messages with images are encoded by the writer:
// their bytes go to the database, on the writer's connection.
class BackgroundRowEncoder
{
public:
    struct Entry
    {
        MessageRecord record;
        QVariantList row; // empty for a message with images
        QString error;    // set when the source could not read this message
    };

    BackgroundRowEncoder(const ConversationStore &store, MessageSource source);
    ~BackgroundRowEncoder(); // stops the encoder if the writer gave up early
    BackgroundRowEncoder(const BackgroundRowEncoder &) = delete;
    BackgroundRowEncoder &operator=(const BackgroundRowEncoder &) = delete;

    // Message i, waiting for it if the encoder is behind. Entries are taken in order; after one
    // with an error there are no more.
    const Entry &entry(qsizetype i);

private:
    void encode(const ConversationStore &store);

    const MessageSource m_source;
    QList<Entry> m_entries;
    std::mutex m_lock;
    std::condition_variable m_progress;
    qsizetype m_ready = 0; // entries [0, m_ready) are done; guarded by m_lock
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace Lineup
