#pragma once

#include "chat/MessageRecord.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Lineup {

// The messages of a bulk insert, read in batches by BackgroundRowEncoder's threads:
// a list already in memory, or records converted on the way, as an import does from its JSON, so
// that converting overlaps with writing. A conversion that fails stops the insert with its
// message, and the insert's savepoint undoes what was written.
class MessageSource
{
public:
    // Called once per index, from two threads at once (for different indexes): it must not
    // write to anything shared without a lock.
    using Convert = std::function<std::optional<MessageRecord>(qsizetype index, QString *error)>;

    static MessageSource fromList(const QList<MessageRecord> &messages)
    {
        MessageSource source;
        source.m_count = messages.size();
        source.m_convert = [messages](qsizetype index, QString *) {
            return std::optional<MessageRecord>(messages.at(index));
        };
        return source;
    }
    static MessageSource converting(qsizetype count, Convert convert)
    {
        MessageSource source;
        source.m_count = count;
        source.m_convert = std::move(convert);
        return source;
    }

    qsizetype size() const { return m_count; }
    std::optional<MessageRecord> read(qsizetype index, QString *error) const
    {
        return m_convert(index, error);
    }

private:
    qsizetype m_count = 0;
    Convert m_convert;
};

} // namespace Lineup
