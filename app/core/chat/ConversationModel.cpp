#include "chat/ConversationModel.h"

namespace Lineup {

namespace {

// Appends streamed text to the last text part, so a message stays one part per kind of content
// instead of one part per chunk.
void appendContent(ChatMessage &message, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!message.parts.isEmpty() && message.parts.last().type == ContentPart::Type::Text)
        message.parts.last().text.append(text);
    else
        message.parts.append(ContentPart::fromText(text));
}

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<Lineup::StreamDelta>();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_records.size())
        return {};
    const MessageRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return record.message.text();
    case RoleRole:
        return roleName(record.message.role);
    case StatusRole:
        return messageStatusName(record.status);
    case ModelRole:
        return record.model;
    case RecordRole:
        return {}; // records are large; views read them through record(row)
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RecordRole, QByteArrayLiteral("record"));
    names.insert(RoleRole, QByteArrayLiteral("role"));
    names.insert(TextRole, QByteArrayLiteral("text"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ModelRole, QByteArrayLiteral("model"));
    return names;
}

void ConversationModel::setRecords(QList<MessageRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ConversationModel::append(const MessageRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
    return row;
}

void ConversationModel::replace(int row, const MessageRecord &record)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row] = record;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ConversationModel::remove(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

void ConversationModel::truncate(int rowCount)
{
    rowCount = qMax(0, rowCount);
    if (rowCount >= m_records.size())
        return;
    beginRemoveRows({}, rowCount, int(m_records.size()) - 1);
    m_records.resize(rowCount);
    endRemoveRows();
}

void ConversationModel::appendDelta(int row, const StreamDelta &delta)
{
    if (row < 0 || row >= m_records.size() || delta.choiceIndex < 0)
        return;
    MessageRecord &record = m_records[row];
    ChatMessage *message = &record.message;
    if (delta.choiceIndex > 0) {
        while (record.alternatives.size() < delta.choiceIndex) {
            ChatMessage alternative;
            alternative.role = record.message.role;
            record.alternatives.append(alternative);
        }
        message = &record.alternatives[delta.choiceIndex - 1];
    }
    appendContent(*message, delta.content);
    message->reasoning.append(delta.reasoning);
    message->refusal.append(delta.refusal);
    Q_EMIT deltaAppended(row, delta);
}

void ConversationModel::setToolCalls(int row, int choiceIndex, const QList<ToolCall> &toolCalls)
{
    if (row < 0 || row >= m_records.size() || choiceIndex < 0)
        return;
    MessageRecord &record = m_records[row];
    if (choiceIndex == 0) {
        record.message.toolCalls = toolCalls;
    } else {
        while (record.alternatives.size() < choiceIndex) {
            ChatMessage alternative;
            alternative.role = record.message.role;
            record.alternatives.append(alternative);
        }
        record.alternatives[choiceIndex - 1].toolCalls = toolCalls;
    }
    StreamDelta delta;
    delta.choiceIndex = choiceIndex;
    delta.toolCallsChanged = true;
    Q_EMIT deltaAppended(row, delta);
}

void ConversationModel::applyStreamDelta(int row, const StreamDelta &delta,
                                         const Completion &assembled)
{
    if (!delta.toolCallsChanged) {
        appendDelta(row, delta);
        return;
    }
    StreamDelta text = delta;
    text.toolCallsChanged = false;
    if (!text.content.isEmpty() || !text.reasoning.isEmpty() || !text.refusal.isEmpty() ||
        text.finished)
        appendDelta(row, text);
    if (const CompletionChoice *choice = assembled.choice(delta.choiceIndex))
        setToolCalls(row, delta.choiceIndex, choice->message.toolCalls);
}

} // namespace Lineup
