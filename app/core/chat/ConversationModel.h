#pragma once

#include "api/ChunkAssembler.h"
#include "chat/MessageRecord.h"

#include <QAbstractListModel>

namespace Lineup {

// The messages of one open conversation, for display. One row per message. Streaming goes
// through appendDelta(), which changes the record and announces only the new text, so a view can
// update in O(delta) instead of re-reading the whole message.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        RecordRole = Qt::UserRole + 1, // QVariant holding nothing; use record(row)
        RoleRole,
        TextRole,
        StatusRole,
        ModelRole,
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const MessageRecord &record(int row) const { return m_records.at(row); }
    const QList<MessageRecord> &records() const { return m_records; }

    void setRecords(QList<MessageRecord> records);
    int append(const MessageRecord &record);
    void replace(int row, const MessageRecord &record); // whole record changed
    void remove(int row);
    void truncate(int rowCount); // keep rows [0, rowCount)
    // Appends streamed text to row's message (choice 0 to the message, choice k > 0 to
    // alternatives[k-1]) and emits deltaAppended.
    void appendDelta(int row, const StreamDelta &delta);
    // Sets the tool calls of row's choice while streaming (StreamDelta only flags that they
    // changed) and emits deltaAppended with toolCallsChanged.
    void setToolCalls(int row, int choiceIndex, const QList<ToolCall> &toolCalls);
    // One streamed delta into `row`, as ChatSession and the fuzzer feed it: text through
    // appendDelta(); tool calls, which a delta only flags, copied from the assembled completion.
    void applyStreamDelta(int row, const StreamDelta &delta, const Completion &assembled);

Q_SIGNALS:
    void deltaAppended(int row, const Lineup::StreamDelta &delta);

private:
    QList<MessageRecord> m_records;
};

} // namespace Lineup
