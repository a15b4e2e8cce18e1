#include "storage/BackgroundRowEncoder.h"

#include "storage/MessageCodec.h"

namespace Lineup {

namespace {
// Rows published at a time: few enough lock round trips, small enough that the writer starts
// almost at once.
constexpr qsizetype Batch = 128;
} // namespace

BackgroundRowEncoder::BackgroundRowEncoder(const ConversationStore &store,
                                           const QList<MessageRecord> &messages)
    : m_messages(messages)
    , m_rows(messages.size())
{
    m_rows.detach(); // the writer reads through const access only from here on
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
    QVariantList *const rows = m_rows.data();
    const qsizetype count = m_messages.size();
    for (qsizetype begin = 0; begin < count && !m_stop; begin += Batch) {
        const qsizetype end = std::min(count, begin + Batch);
        for (qsizetype i = begin; i < end; ++i) {
            const MessageRecord &record = m_messages.at(i);
            if (!record.message.hasImages())
                codec.values(record, &rows[i]);
        }
        {
            const std::lock_guard<std::mutex> locker(m_lock);
            m_ready = end;
        }
        m_progress.notify_one();
    }
}

const QVariantList *BackgroundRowEncoder::row(qsizetype i)
{
    {
        std::unique_lock<std::mutex> locker(m_lock);
        m_progress.wait(locker, [this, i] { return m_ready > i; });
    }
    const QVariantList &row = std::as_const(m_rows).at(i);
    return row.isEmpty() ? nullptr : &row;
}

} // namespace Lineup
