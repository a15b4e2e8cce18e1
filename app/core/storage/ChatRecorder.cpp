#include "storage/ChatRecorder.h"

#include "chat/StreamStatus.h"

#include "storage/ConversationStore.h"
#include "usage/Charges.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Lineup {

ChatRecorder::ChatRecorder(ConversationStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    // The timer only wakes the recorder; whether a checkpoint is due is the clock's to say.
    connect(&m_timer, &QTimer::timeout, this, [this] { scheduleCheckpoint(); });
}

ChatRecorder::~ChatRecorder()
{
    // A recorder that goes away mid-stream leaves its newest state, still 'streaming'; the next
    // open() of the store marks it interrupted.
    if (!m_finished && m_dirty)
        writeCheckpoint(false);
}

qint64 ChatRecorder::begin(qint64 conversationId, const ConversationInfo &settings,
                           const MessageRecord &userTurn, QString *error)
{
    m_settings = settings;
    qint64 id = conversationId;
    const bool ok = m_store.inTransaction([&] {
        if (id == 0) {
            ConversationInfo info = settings;
            if (info.title.isEmpty())
                info.title = ConversationStore::titleFromPrompt(userTurn.message.text());
            id = m_store.createConversation(info);
            if (id == 0)
                return false;
        } else if (!m_store.conversation(id)) {
            return false;
        }
        const ChatMessage &turn = userTurn.message;
        if (!turn.parts.isEmpty() || !turn.toolCallId.isEmpty()) {
            m_userMessageId = m_store.appendMessage(id, userTurn);
            if (m_userMessageId == 0)
                return false;
        }
        MessageRecord placeholder;
        placeholder.message.role = Role::Assistant;
        placeholder.status = MessageStatus::Streaming;
        placeholder.model = settings.model;
        placeholder.profileId = settings.profileId;
        placeholder.parameters = settings.parameters;
        placeholder.createdAt = QDateTime::currentDateTimeUtc();
        m_createdAt = placeholder.createdAt;
        m_assistantMessageId = m_store.appendMessage(id, placeholder);
        return m_assistantMessageId != 0;
    });
    if (!ok) {
        m_lastError =
            conversationId != 0 && !m_store.conversation(conversationId)
                ? QCoreApplication::translate("Lineup::ChatRecorder", "there is no conversation %1")
                      .arg(conversationId)
                : m_store.lastError();
        if (error)
            *error = m_lastError;
        m_userMessageId = m_assistantMessageId = 0;
        return 0;
    }
    m_conversationId = id;
    m_lastCheckpointMs = m_clock->nowMs();
    // The writes above ran in one transaction, which reports only conversationsChanged.
    Q_EMIT m_store.messagesChanged(id);
    return id;
}

void ChatRecorder::follow(ChatStream *stream)
{
    m_stream = stream;
    if (!stream)
        return;
    // The answer is read from the stream when a checkpoint is written, not copied per delta:
    // a copy shares the assembler's text, and its next append would then copy all of it.
    connect(stream, &ChatStream::delta, this, [this] {
        if (m_finished || m_assistantMessageId == 0)
            return;
        m_dirty = true;
        scheduleCheckpoint();
    });
    connect(stream, &ChatStream::finished, this, [this] {
        if (m_stream)
            finish(messageStatusFor(m_stream->status()), m_stream->completion(),
                   m_stream->timings(), m_stream->error());
    });
    connect(stream, &ChatStream::discarding, this, [this] {
        if (m_stream) {
            m_completion = m_stream->completion();
            m_timings = m_stream->timings();
        }
    });
    // A stream deleted while running (its pane closed) never emits finished: keep what arrived.
    connect(stream, &QObject::destroyed, this, [this] {
        if (m_finished)
            return;
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.detail = QCoreApplication::translate("Lineup::ChatRecorder",
                                                   "the request was closed before it finished");
        finish(MessageStatus::Interrupted, m_completion, m_timings, error);
    });
    if (!stream->isRunning())
        finish(messageStatusFor(stream->status()), stream->completion(), stream->timings(),
               stream->error());
}

void ChatRecorder::progress(const Completion &completion, const Timings &timings)
{
    if (m_finished || m_assistantMessageId == 0)
        return;
    m_completion = completion;
    m_timings = timings;
    m_dirty = true;
    scheduleCheckpoint();
}

void ChatRecorder::scheduleCheckpoint()
{
    if (m_finished || !m_dirty)
        return;
    const qint64 wait = CheckpointIntervalMs - (m_clock->nowMs() - m_lastCheckpointMs);
    if (wait <= 0) {
        m_timer.stop();
        writeCheckpoint(false);
    } else if (!m_timer.isActive()) {
        m_timer.start(int(wait));
    }
}

void ChatRecorder::finish(MessageStatus status, const Completion &completion,
                          const Timings &timings, const ApiError &error)
{
    if (m_finished || m_assistantMessageId == 0)
        return;
    m_timer.stop();
    m_completion = completion;
    m_timings = timings;
    m_error = error;
    m_status = status;
    m_finished = true;
    writeCheckpoint(true);
}

void ChatRecorder::flush()
{
    if (!m_finished && m_dirty) {
        m_timer.stop();
        writeCheckpoint(false);
    }
}

MessageRecord ChatRecorder::assistantRecord() const
{
    MessageRecord record;
    record.id = m_assistantMessageId;
    record.model = m_settings.model;
    applyCompletion(record, m_completion);
    record.status = m_finished ? m_status : MessageStatus::Streaming;
    record.profileId = m_settings.profileId;
    record.parameters = m_settings.parameters;
    record.usage = m_completion.usage;
    applyCharges(record, m_completion, m_settings.model, m_prices);
    record.timings = m_timings;
    record.error = m_error;
    record.createdAt = m_createdAt;
    return record;
}

void ChatRecorder::writeCheckpoint(bool final)
{
    m_lastCheckpointMs = m_clock->nowMs();
    m_dirty = false;
    if (!final && m_stream) {
        m_completion = m_stream->completion();
        m_timings = m_stream->timings();
    }
    if (!m_store.updateMessage(assistantRecord())) {
        m_lastError = m_store.lastError();
        Q_EMIT writeFailed(m_lastError);
        return;
    }
    ++m_checkpoints;
    Q_EMIT checkpointed(final);
}

ConversationInfo ChatRecorder::settingsFromRequest(const QJsonObject &body,
                                                   const QString &profileId)
{
    ConversationInfo info;
    info.profileId = profileId;
    info.model = body.value(QStringLiteral("model")).toString();
    info.parameters = body;
    for (const char *key : {"model", "messages", "stream", "stream_options"})
        info.parameters.remove(QLatin1String(key));
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (!messages.isEmpty()) {
        const QJsonObject first = messages.first().toObject();
        const QString role = first.value(QStringLiteral("role")).toString();
        if (role == QLatin1String("system") || role == QLatin1String("developer")) {
            info.systemRole = role == QLatin1String("developer") ? Role::Developer : Role::System;
            if (const auto message = ChatMessage::fromRequestJson(first, nullptr))
                info.systemPrompt = message->text();
        }
    }
    return info;
}

MessageRecord ChatRecorder::userTurnFromRequest(const QJsonObject &body)
{
    MessageRecord record;
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty())
        return record;
    const QJsonObject last = messages.last().toObject();
    const QString role = last.value(QStringLiteral("role")).toString();
    if (role != QLatin1String("user") && role != QLatin1String("tool"))
        return record;
    if (const auto message = ChatMessage::fromRequestJson(last, nullptr))
        record.message = *message;
    record.model = body.value(QStringLiteral("model")).toString();
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace Lineup
