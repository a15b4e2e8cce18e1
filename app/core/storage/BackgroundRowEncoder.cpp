#include "storage/BackgroundRowEncoder.h"

#include "storage/MessageCodec.h"

#include <QCoreApplication>

namespace Lineup {

namespace {
// Entries published at a time: few enough lock round trips, small enough that the writer starts
// almost at once.
constexpr qsizetype Batch = 128;
} // namespace

BackgroundRowEncoder::BackgroundRowEncoder(const ConversationStore &store, MessageSource source)
    : m_source(std::move(source))
    , m_entries(m_source.size())
{
    m_entries.detach(); // from here on the writer only reads, through const access
    m_thread = std::thread([this, &store] { encode(store); });
}

BackgroundRowEncoder::~BackgroundRowEncoder()
{
    m_stop = true;
    m_thread.join();
}

void BackgroundRowEncoder::encode(const ConversationStore &store)
{
    MessageCodec codec(store);
    Entry *const entries = m_entries.data();
    const qsizetype count = m_entries.size();
    bool failed = false;
    for (qsizetype begin = 0; begin < count && !failed && !m_stop; begin += Batch) {
        qsizetype end = std::min(count, begin + Batch);
        for (qsizetype i = begin; i < end; ++i) {
            Entry &entry = entries[i];
            auto record = m_source.read(i, &entry.error);
            if (!record) {
                if (entry.error.isEmpty())
                    entry.error = QCoreApplication::translate("Lineup::BackgroundRowEncoder",
                                                              "message %1 could not be read")
                                      .arg(i);
                failed = true;
                end = i + 1;
                break;
            }
            entry.record = std::move(*record);
            if (!entry.record.message.hasImages())
                codec.values(entry.record, &entry.row);
        }
        {
            const std::lock_guard<std::mutex> locker(m_lock);
            m_ready = end;
        }
        m_progress.notify_one();
    }
}

const BackgroundRowEncoder::Entry &BackgroundRowEncoder::entry(qsizetype i)
{
    {
        std::unique_lock<std::mutex> locker(m_lock);
        m_progress.wait(locker, [this, i] { return m_ready > i; });
    }
    return std::as_const(m_entries).at(i);
}

} // namespace Lineup
