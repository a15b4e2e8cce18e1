#pragma once

#include "chat/MessageRecord.h"
#include "storage/ChatRecorder.h"

#include <QObject>
#include <QPointer>

namespace Lineup {

class ChatSession;
class ChatStream;
class ConversationStore;

// Keeps the open conversation (a ChatSession) and the store in step: opening loads records into
// the session, every exchange is recorded through a ChatRecorder (user turn at once, the answer
// checkpointed while it streams), edits/regenerations/deletes remove the stored rows, and
// settings changes are written to the conversation. A new chat only reaches the store with its
// first message, so empty conversations never pile up.
class ConversationController : public QObject
{
    Q_OBJECT
public:
    ConversationController(ChatSession *session, ConversationStore *store,
                           QObject *parent = nullptr);
    ~ConversationController() override;

    qint64 conversationId() const { return m_conversationId; }
    ChatRecorder *recorder() const { return m_recorder; }

    // Loads a stored conversation into the session. False if it does not exist.
    bool openConversation(qint64 id);
    // An empty, unsaved conversation with the given settings.
    void newConversation(const ConversationInfo &settings);
    // Settings of the open conversation changed (prompt, model, parameters, profile).
    void updateSettings(const ConversationInfo &settings);
    // Writes pending checkpoints now (window closing).
    void flush();

Q_SIGNALS:
    void conversationOpened(qint64 id);
    // The new chat was written for the first time (it now appears in the list).
    void conversationCreated(qint64 id);
    void storageFailed(const QString &message);

private:
    void onRequestStarted(int row, ChatStream *stream);
    void onRecordsRemoved(const QList<qint64> &ids);
    void onRecordChanged(int row);

    ChatSession *m_session;
    ConversationStore *m_store;
    QPointer<ChatRecorder> m_recorder;
    qint64 m_conversationId = 0;
};

} // namespace Lineup
