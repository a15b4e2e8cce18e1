#include "ConversationController.h"

#include "chat/ChatSession.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

namespace Lineup {

ConversationController::ConversationController(ChatSession *session, ConversationStore *store,
                                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    connect(m_session, &ChatSession::requestStarted, this,
            &ConversationController::onRequestStarted);
    connect(m_session, &ChatSession::recordsRemoved, this,
            &ConversationController::onRecordsRemoved);
    connect(m_session, &ChatSession::recordChanged, this, &ConversationController::onRecordChanged);
}

ConversationController::~ConversationController()
{
    flush();
}

bool ConversationController::openConversation(qint64 id)
{
    if (!m_store)
        return false;
    const std::optional<ConversationInfo> info = m_store->conversation(id);
    if (!info)
        return false;
    flush();
    m_recorder = nullptr;
    m_conversationId = id;
    m_session->load(*info, m_store->messages(id));
    Q_EMIT conversationOpened(id);
    return true;
}

void ConversationController::newConversation(const ConversationInfo &settings)
{
    flush();
    m_recorder = nullptr;
    m_conversationId = 0;
    ConversationInfo info = settings;
    info.id = 0;
    info.title.clear();
    info.messageCount = 0;
    m_session->load(info, {});
    Q_EMIT conversationOpened(0);
}

void ConversationController::updateSettings(const ConversationInfo &settings)
{
    ConversationInfo info = m_session->info();
    info.systemPrompt = settings.systemPrompt;
    info.systemRole = settings.systemRole;
    info.profileId = settings.profileId;
    info.model = settings.model;
    info.parameters = settings.parameters;
    m_session->setInfo(info);
    if (!m_store || m_conversationId == 0)
        return;
    // Start from what is stored: the title may have been set by the store or renamed meanwhile.
    std::optional<ConversationInfo> stored = m_store->conversation(m_conversationId);
    if (!stored)
        return;
    if (stored->systemPrompt == info.systemPrompt && stored->systemRole == info.systemRole &&
        stored->profileId == info.profileId && stored->model == info.model &&
        stored->parameters == info.parameters)
        return;
    stored->systemPrompt = info.systemPrompt;
    stored->systemRole = info.systemRole;
    stored->profileId = info.profileId;
    stored->model = info.model;
    stored->parameters = info.parameters;
    if (!m_store->updateConversation(*stored))
        Q_EMIT storageFailed(m_store->lastError());
}

void ConversationController::flush()
{
    if (m_recorder)
        m_recorder->flush();
}

void ConversationController::onRequestStarted(int row, ChatStream *stream)
{
    if (!m_store)
        return;
    flush();
    const int userRow = row - 1;
    MessageRecord userTurn; // empty: a regenerate, the user turn is stored already
    if (userRow >= 0) {
        const MessageRecord &previous = m_session->messages()->record(userRow);
        if (previous.id == 0 &&
            (previous.message.role == Role::User || previous.message.role == Role::Tool))
            userTurn = previous;
    }
    // Results of parallel tool calls: the recorder stores the last one, the others go first.
    if (userTurn.message.role == Role::Tool && m_conversationId != 0) {
        int first = userRow;
        while (first > 0 && m_session->messages()->record(first - 1).id == 0 &&
               m_session->messages()->record(first - 1).message.role == Role::Tool)
            --first;
        for (int earlier = first; earlier < userRow; ++earlier) {
            const qint64 stored =
                m_store->appendMessage(m_conversationId, m_session->messages()->record(earlier));
            if (stored == 0) {
                Q_EMIT storageFailed(m_store->lastError());
                return;
            }
            m_session->setRecordId(earlier, stored);
        }
    }

    auto *recorder = new ChatRecorder(*m_store, this);
    recorder->setPriceBook(m_session->priceBook());
    QString error;
    const bool isNew = m_conversationId == 0;
    const qint64 id = recorder->begin(m_conversationId, m_session->info(), userTurn, &error);
    if (id == 0) {
        delete recorder;
        Q_EMIT storageFailed(error);
        return;
    }
    // The previous exchange's recorder has finished; it goes once its last write is done.
    if (m_recorder && m_recorder->isFinished())
        m_recorder->deleteLater();
    m_recorder = recorder;
    connect(recorder, &ChatRecorder::writeFailed, this, &ConversationController::storageFailed);
    connect(recorder, &ChatRecorder::checkpointed, recorder, [recorder](bool final) {
        if (final)
            recorder->deleteLater();
    });

    m_conversationId = id;
    if (userTurn.message.parts.size() > 0 || !userTurn.message.toolCallId.isEmpty())
        m_session->setRecordId(userRow, recorder->userMessageId());
    m_session->setRecordId(row, recorder->assistantMessageId());
    recorder->follow(stream);

    if (isNew) {
        // Pick up the title the store derived from the first prompt.
        if (const std::optional<ConversationInfo> stored = m_store->conversation(id)) {
            ConversationInfo info = m_session->info();
            info.id = id;
            info.title = stored->title;
            info.createdAt = stored->createdAt;
            m_session->setInfo(info);
        }
        Q_EMIT conversationCreated(id);
    }
}

void ConversationController::onRecordChanged(int row)
{
    if (!m_store)
        return;
    flush(); // a recorder still checkpointing this answer must not write it back afterwards
    const MessageRecord &record = m_session->messages()->record(row);
    if (record.id > 0 && !m_store->updateMessage(record))
        Q_EMIT storageFailed(m_store->lastError());
}

void ConversationController::onRecordsRemoved(const QList<qint64> &ids)
{
    if (!m_store)
        return;
    for (qint64 id : ids) {
        if (!m_store->deleteMessage(id))
            Q_EMIT storageFailed(m_store->lastError());
    }
}

} // namespace Lineup
