#include "chat/ChatSession.h"

#include "usage/Charges.h"

#include "chat/StreamStatus.h"
#include "chat/ToolRounds.h"

#include <QTimer>

namespace Lineup {

ChatSession::ChatSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ChatSession::~ChatSession()
{
    // The stream is our child and dies with us; make sure it cannot call back half-destroyed.
    if (m_stream)
        m_stream->disconnect(this);
}

void ChatSession::load(const ConversationInfo &info, const QList<MessageRecord> &records)
{
    abandonStream();
    m_info = info;
    QList<MessageRecord> cleaned = records;
    // A record still marked streaming was cut off when the app last closed.
    for (MessageRecord &record : cleaned) {
        if (record.status == MessageStatus::Streaming)
            record.status = MessageStatus::Interrupted;
    }
    m_messages.setRecords(cleaned);
    Q_EMIT settingsChanged();
}

void ChatSession::setInfo(const ConversationInfo &info)
{
    m_info = info;
    Q_EMIT settingsChanged();
}

void ChatSession::setApplyModelRules(bool apply)
{
    if (m_applyModelRules == apply)
        return;
    m_applyModelRules = apply;
    Q_EMIT settingsChanged();
}

QList<ChatMessage> ChatSession::history(int endRow) const
{
    QList<ChatMessage> result;
    if (!m_info.systemPrompt.trimmed().isEmpty()) {
        const Role role = m_info.systemRole == Role::Developer ? Role::Developer : Role::System;
        result.append(ChatMessage::fromText(role, m_info.systemPrompt));
    }
    const QList<MessageRecord> &records = m_messages.records();
    const qsizetype end = endRow < 0 ? records.size() : qMin<qsizetype>(endRow, records.size());
    result.append(historyOf(records.mid(0, end)));
    // Services answer 400 to a tool call without its result: unanswered calls are not sent.
    return ToolRounds::withoutUnansweredCalls(result);
}

QList<ToolCall> ChatSession::unansweredToolCalls() const
{
    return ToolRounds::unansweredCalls(historyOf(m_messages.records()));
}

bool ChatSession::sendToolResults(const QList<ChatMessage> &results)
{
    const QList<ToolCall> waiting = unansweredToolCalls();
    if (isBusy() || waiting.isEmpty() || results.size() != waiting.size())
        return false;
    for (const ToolCall &call : waiting) {
        if (std::none_of(results.begin(), results.end(), [&call](const ChatMessage &result) {
                return result.role == Role::Tool && result.toolCallId == call.id;
            }))
            return false;
    }
    for (const ChatMessage &result : results) {
        MessageRecord record;
        record.message = result;
        record.status = MessageStatus::Complete;
        record.profileId = m_info.profileId;
        record.model = m_info.model;
        record.createdAt = QDateTime::currentDateTimeUtc();
        m_messages.append(record);
    }
    startRequest();
    return true;
}

bool ChatSession::dropUnansweredToolCalls()
{
    const QList<ToolCall> waiting = unansweredToolCalls();
    if (isBusy() || waiting.isEmpty())
        return false;
    int row = m_messages.rowCount() - 1;
    while (row >= 0 && m_messages.record(row).message.role != Role::Assistant)
        --row;
    if (row < 0)
        return false;
    MessageRecord record = m_messages.record(row);
    record.message.toolCalls.removeIf([&waiting](const ToolCall &call) {
        return std::any_of(waiting.begin(), waiting.end(),
                           [&call](const ToolCall &w) { return w.id == call.id; });
    });
    m_messages.replace(row, record);
    Q_EMIT recordChanged(row);
    return true;
}

BuiltRequest ChatSession::previewRequest(const ChatMessage &pendingUser, int replacingRow) const
{
    ChatRequest request;
    request.model = m_info.model;
    request.messages = history(replacingRow);
    if (hasPayload(pendingUser))
        request.messages.append(pendingUser);
    request.parameters = m_info.parameters;
    request.applyModelRules = m_applyModelRules;
    return RequestBuilder::build(request);
}

void ChatSession::send(const ChatMessage &userMessage)
{
    if (isBusy() || !hasPayload(userMessage))
        return;
    MessageRecord record;
    record.message = userMessage;
    record.message.role = Role::User;
    record.status = MessageStatus::Complete;
    record.profileId = m_info.profileId;
    record.model = m_info.model;
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_messages.append(record);
    startRequest();
}

void ChatSession::startRequest()
{
    const BuiltRequest built = previewRequest();
    if (!built.adjustments.isEmpty())
        Q_EMIT adjustmentsApplied(built.adjustments);

    MessageRecord answer;
    answer.message.role = Role::Assistant;
    answer.status = MessageStatus::Streaming;
    answer.model = m_info.model;
    answer.profileId = m_info.profileId;
    answer.parameters = m_info.parameters;
    answer.createdAt = QDateTime::currentDateTimeUtc();
    const int row = m_messages.append(answer);
    m_streamingRow = row;

    ChatStream *stream = m_client->startChat(m_endpoint, built.body, this);
    m_stream = stream;
    connect(stream, &ChatStream::delta, this, [this, stream](const StreamDelta &delta) {
        if (stream != m_stream || m_streamingRow < 0)
            return;
        m_messages.applyStreamDelta(m_streamingRow, delta, stream->completion());
    });
    connect(stream, &ChatStream::retryScheduled, this,
            [this, stream](int attempt, int delayMs, const ApiError &cause) {
                if (stream == m_stream)
                    Q_EMIT retryScheduled(m_streamingRow, attempt, delayMs, cause);
            });
    connect(stream, &ChatStream::finished, this, [this, stream] {
        if (stream == m_stream)
            onStreamFinished();
    });

    Q_EMIT busyChanged(true);
    Q_EMIT requestStarted(row, stream);

    // A request that could not even start (bad URL) may have finished before we connected.
    if (!stream->isRunning()) {
        QTimer::singleShot(0, this, [this, stream] {
            if (stream == m_stream)
                onStreamFinished();
        });
    }
}

void ChatSession::onStreamFinished()
{
    ChatStream *stream = m_stream;
    const int row = m_streamingRow;
    m_stream = nullptr;
    m_streamingRow = -1;
    if (!stream)
        return;
    stream->disconnect(this);
    stream->deleteLater();
    if (row < 0 || row >= m_messages.rowCount()) {
        Q_EMIT busyChanged(false);
        return;
    }

    MessageRecord record = m_messages.record(row);
    const QString requestModel = record.model;
    applyCompletion(record, stream->completion());
    applyCharges(record, stream->completion(), requestModel, m_prices);
    record.timings = stream->timings();
    record.status = messageStatusFor(stream->status());
    record.error = stream->error();
    m_messages.replace(row, record);

    Q_EMIT busyChanged(false);
    Q_EMIT requestFinished(row);
}

void ChatSession::abandonStream()
{
    ChatStream *stream = m_stream;
    if (!stream)
        return;
    m_stream = nullptr;
    m_streamingRow = -1;
    stream->disconnect(this);
    stream->cancel();
    stream->deleteLater();
    Q_EMIT busyChanged(false);
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->cancel();
}

void ChatSession::removeFrom(int row)
{
    if (row < 0 || row >= m_messages.rowCount())
        return;
    QList<qint64> ids;
    for (int i = row; i < m_messages.rowCount(); ++i) {
        if (m_messages.record(i).id > 0)
            ids.append(m_messages.record(i).id);
    }
    m_messages.truncate(row);
    if (!ids.isEmpty())
        Q_EMIT recordsRemoved(ids);
    Q_EMIT messagesTruncated(row);
}

void ChatSession::regenerate()
{
    if (isBusy())
        return;
    const int count = m_messages.rowCount();
    if (count == 0)
        return;
    // Drop the last answer (if any) so the model answers the same last user turn again.
    int keep = count;
    while (keep > 0 && m_messages.record(keep - 1).message.role == Role::Assistant)
        --keep;
    if (keep == 0)
        return;
    removeFrom(keep);
    startRequest();
}

void ChatSession::retry()
{
    regenerate();
}

void ChatSession::editAndResend(int row, const ChatMessage &edited)
{
    if (row < 0 || row >= m_messages.rowCount() || !hasPayload(edited))
        return;
    if (m_messages.record(row).message.role != Role::User)
        return;
    abandonStream();
    const MessageRecord original = m_messages.record(row);
    // Storage sees the edited turn as new: everything from `row` on is replaced.
    removeFrom(row);
    MessageRecord record = original;
    record.id = 0;
    record.message = edited;
    record.message.role = Role::User;
    record.profileId = m_info.profileId;
    record.model = m_info.model;
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_messages.append(record);
    startRequest();
}

void ChatSession::deleteMessage(int row)
{
    if (row < 0 || row >= m_messages.rowCount())
        return;
    if (row == m_streamingRow)
        abandonStream();
    else if (m_streamingRow > row) {
        // Rows shift under a running answer; its row index must follow.
        --m_streamingRow;
    }
    const qint64 id = m_messages.record(row).id;
    m_messages.remove(row);
    if (id > 0)
        Q_EMIT recordsRemoved({id});
}

void ChatSession::setRecordId(int row, qint64 id)
{
    if (row < 0 || row >= m_messages.rowCount() || m_messages.record(row).id == id)
        return;
    MessageRecord record = m_messages.record(row);
    record.id = id;
    m_messages.replace(row, record);
}

} // namespace Lineup
