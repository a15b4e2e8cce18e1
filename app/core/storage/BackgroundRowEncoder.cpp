#include "storage/BackgroundRowEncoder.h"

#include "storage/MessageCodec.h"

#include <QCoreApplication>

namespace Lineup {

namespace {
// Messages per batch: few enough lock round trips, small enough that the writer starts almost at
// once and that the last batches spread over both threads.
constexpr qsizetype Batch = 128;
} // namespace

BackgroundRowEncoder::BackgroundRowEncoder(const ConversationStore &store, MessageSource source)
    : m_store(store)
    , m_source(std::move(source))
    , m_entries(m_source.size())
{
    m_slots = m_entries.data(); // detached once; each batch is written by one thread only
    m_batches = (m_entries.size() + Batch - 1) / Batch;
    m_done = std::make_unique<std::atomic<bool>[]>(size_t(std::max<qsizetype>(m_batches, 1)));
    m_thread = std::thread([this] { encodeBatches(); });
}

BackgroundRowEncoder::~BackgroundRowEncoder()
{
    m_stop = true;
    m_thread.join();
}

void BackgroundRowEncoder::encodeBatches()
{
    while (!m_stop && claimAndEncode()) {
    }
}

// Batches are claimed in order, by whichever thread comes first.
bool BackgroundRowEncoder::claimAndEncode()
{
    const qsizetype batch = m_nextBatch.fetch_add(1);
    if (batch >= m_batches)
        return false;
    encodeBatch(batch);
    {
        const std::lock_guard<std::mutex> locker(m_lock);
        m_done[size_t(batch)] = true;
    }
    m_progress.notify_all();
    return true;
}

void BackgroundRowEncoder::encodeBatch(qsizetype batch)
{
    MessageCodec codec(m_store); // one per batch: it keeps its last error
    const qsizetype end = std::min(m_entries.size(), (batch + 1) * Batch);
    for (qsizetype i = batch * Batch; i < end; ++i) {
        Entry &entry = m_slots[i];
        auto record = m_source.read(i, &entry.error);
        if (!record) {
            if (entry.error.isEmpty())
                entry.error = QCoreApplication::translate("Lineup::BackgroundRowEncoder",
                                                          "message %1 could not be read")
                                  .arg(i);
            return; // the writer stops here
        }
        entry.record = std::move(*record);
        if (!entry.record.message.hasImages())
            codec.values(entry.record, &entry.row);
    }
}

const BackgroundRowEncoder::Entry &BackgroundRowEncoder::entry(qsizetype i)
{
    const size_t batch = size_t(i / Batch);
    // Rather than wait, the writer encodes the next unclaimed batch itself.
    while (!m_done[batch]) {
        if (claimAndEncode())
            continue;
        std::unique_lock<std::mutex> locker(m_lock);
        m_progress.wait(locker, [this, batch] { return m_done[batch].load(); });
    }
    return std::as_const(m_entries).at(i);
}

} // namespace Lineup
