#pragma once

#include "api/ApiError.h"
#include "api/ChatStream.h"
#include "chat/Completion.h"
#include "chat/MessageRecord.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Lineup {

class ConversationStore;
class PriceBook;

// Records one exchange into the store: the user turn, then the assistant answer while it streams.
// The answer is written as a 'streaming' placeholder at begin(), checkpointed at most every
// CheckpointIntervalMs while output arrives and once more at the end with its final status, each
// write one small transaction. A killed process therefore leaves everything up to the last
// checkpoint, and the next ConversationStore::open() marks the answer 'interrupted'.
//
// The GUI and `lineup-cli chat --save` both use it:
//     ChatRecorder recorder(store);
//     const qint64 id = recorder.begin(conversationId, settings, userTurn, &error);
//     ChatStream *stream = client.startChat(...);
//     recorder.follow(stream);
// Code that does not drive a ChatStream (tests, drivers) calls progress()/finish() itself.
class ChatRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int CheckpointIntervalMs = 500;

    explicit ChatRecorder(ConversationStore &store, QObject *parent = nullptr);
    ~ChatRecorder() override;

    // Creates the conversation from `settings` when conversationId is 0 (title from the first
    // prompt unless settings.title is set), stores `userTurn` unless it has neither parts nor a
    // tool result (a regenerate), then an empty assistant record with status Streaming, the
    // model, profile and parameters of `settings`. Returns the conversation id, 0 on failure.
    qint64 begin(qint64 conversationId, const ConversationInfo &settings,
                 const MessageRecord &userTurn, QString *error);
    // The clock checkpoints are paced by (tests step a manual one). Not owned; never null.
    void setClock(const Clock &clock) { m_clock = &clock; }
    // Prices the answer is charged at (kept with the message). Not owned; may be null.
    void setPriceBook(const PriceBook *prices) { m_prices = prices; }
    // Checkpoints the answer as `stream` produces it and finishes with the stream's status.
    void follow(ChatStream *stream);

    // Newest state of the answer; written within CheckpointIntervalMs (not at every call).
    void progress(const Completion &completion, const Timings &timings);
    // Writes the final state at once. Further calls are ignored.
    void finish(MessageStatus status, const Completion &completion, const Timings &timings,
                const ApiError &error);
    // Writes pending progress now (e.g. before the application quits).
    void flush();

    qint64 conversationId() const { return m_conversationId; }
    qint64 userMessageId() const { return m_userMessageId; }
    qint64 assistantMessageId() const { return m_assistantMessageId; }
    bool isFinished() const { return m_finished; }
    int checkpointCount() const { return m_checkpoints; }
    QString lastError() const { return m_lastError; }

    // Helpers for callers that hold a request body (`lineup-cli chat --save`): conversation
    // settings (model, parameters other than messages/stream/stream_options, leading
    // system/developer prompt) and the last user (or tool) message of the body as the turn.
    static ConversationInfo settingsFromRequest(const QJsonObject &body, const QString &profileId);
    static MessageRecord userTurnFromRequest(const QJsonObject &body);

Q_SIGNALS:
    // After every successful write of the answer; `final` for the last one.
    void checkpointed(bool final);
    void writeFailed(const QString &error);

private:
    void writeCheckpoint(bool final);
    void scheduleCheckpoint();
    MessageRecord assistantRecord() const;

    ConversationStore &m_store;
    QPointer<ChatStream> m_stream;
    QTimer m_timer;
    const Clock *m_clock = &Clock::steady();
    qint64 m_lastCheckpointMs = 0;
    ConversationInfo m_settings;
    const PriceBook *m_prices = nullptr;
    qint64 m_conversationId = 0;
    qint64 m_userMessageId = 0;
    qint64 m_assistantMessageId = 0;
    QDateTime m_createdAt;
    Completion m_completion;
    Timings m_timings;
    ApiError m_error;
    MessageStatus m_status = MessageStatus::Streaming;
    bool m_dirty = false;
    bool m_finished = false;
    int m_checkpoints = 0;
    QString m_lastError;
};

} // namespace Lineup
