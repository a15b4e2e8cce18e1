#pragma once

#include "storage/MessageSource.h"

#include <QList>
#include <QVariantList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Lineup {

class ConversationStore;

// Reads a bulk insert's messages from their source and encodes them into `messages` rows
// (MessageCodec::values) in batches, on another thread and on the writer's own thread whenever
// the writer would otherwise wait: converting, encoding and writing overlap and share the cores.
// Messages with images are encoded by the writer, as their bytes go to the database on the
// writer's connection.
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

    // Message i; called from the writer's thread, in order. After an entry with an error the
    // later ones may be empty.
    const Entry &entry(qsizetype i);

private:
    void encodeBatches(); // the helper thread
    bool claimAndEncode();
    void encodeBatch(qsizetype batch);

    const ConversationStore &m_store;
    const MessageSource m_source;
    QList<Entry> m_entries;
    Entry *m_slots = nullptr;
    qsizetype m_batches = 0;
    std::atomic<qsizetype> m_nextBatch{0};
    std::unique_ptr<std::atomic<bool>[]> m_done; // per batch
    std::mutex m_lock;
    std::condition_variable m_progress;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace Lineup
