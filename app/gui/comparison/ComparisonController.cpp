#include "ComparisonController.h"

#include "chat/ChatSession.h"
#include "comparison/ComparisonSession.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

namespace Lineup {

ComparisonController::ComparisonController(ComparisonSession *session, ConversationStore *store,
                                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    connect(m_session, &ComparisonSession::paneRequestStarted, this,
            &ComparisonController::onPaneRequestStarted);
    connect(m_session, &ComparisonSession::paneAdded, this, &ComparisonController::onPaneAdded);
    connect(m_session, &ComparisonSession::paneRemoved, this, &ComparisonController::onPaneRemoved);
    connect(m_session, &ComparisonSession::paneSettingsChanged, this,
            &ComparisonController::onPaneSettingsChanged);
    connect(m_session, &ComparisonSession::sharedChanged, this,
            &ComparisonController::onSharedChanged);
}

ComparisonController::~ComparisonController()
{
    flush();
}

bool ComparisonController::open(qint64 id)
{
    if (!m_store)
        return false;
    const std::optional<Comparison> stored = m_store->comparison(id);
    if (!stored)
        return false;
    flush();
    m_recorders.clear();
    QList<QList<MessageRecord>> records;
    QList<qint64> ids;
    for (const ComparisonPane &pane : stored->panes) {
        records.append(m_store->messages(pane.conversation.id));
        ids.append(pane.conversation.id);
    }
    // Known before load(): its signals must not write the panes a second time.
    m_comparisonId = id;
    m_paneIds = ids;
    m_loading = true;
    m_session->load(*stored, records);
    m_loading = false;
    m_paneIds = ids;
    wirePanes();
    return true;
}

void ComparisonController::startNew(const Comparison &comparison)
{
    flush();
    m_recorders.clear();
    m_comparisonId = 0;
    m_paneIds.clear();
    Comparison fresh = comparison;
    fresh.shared.id = 0;
    fresh.shared.kind = ConversationKind::Comparison;
    for (ComparisonPane &pane : fresh.panes)
        pane.conversation.id = 0;
    m_loading = true;
    m_session->load(fresh, {});
    m_loading = false;
    wirePanes();
}

void ComparisonController::flush()
{
    for (const QPointer<ChatRecorder> &recorder : std::as_const(m_recorders)) {
        if (recorder)
            recorder->flush();
    }
}

void ComparisonController::wirePanes()
{
    // Regenerate and retry drop stored answers of one pane.
    for (int i = 0; i < m_session->paneCount(); ++i) {
        ChatSession *pane = m_session->pane(i);
        if (m_wired.contains(pane))
            continue;
        m_wired.append(pane);
        connect(pane, &ChatSession::recordsRemoved, this, [this](const QList<qint64> &ids) {
            if (!m_store)
                return;
            for (qint64 id : ids) {
                if (!m_store->deleteMessage(id))
                    Q_EMIT storageFailed(m_store->lastError());
            }
        });
    }
    m_wired.removeAll(nullptr);
}

bool ComparisonController::createStored(int firstIndex, int row)
{
    Comparison comparison = m_session->comparison();
    if (comparison.shared.title.isEmpty()) {
        const ChatSession *pane = m_session->pane(firstIndex);
        if (row > 0)
            comparison.shared.title = ConversationStore::titleFromPrompt(
                pane->messages()->record(row - 1).message.text());
    }
    comparison.shared.kind = ConversationKind::Comparison;
    const qint64 id = m_store->createComparison(comparison);
    if (id == 0) {
        Q_EMIT storageFailed(m_store->lastError());
        return false;
    }
    m_comparisonId = id;
    m_paneIds.clear();
    for (const ComparisonPane &pane : std::as_const(comparison.panes))
        m_paneIds.append(pane.conversation.id);
    m_session->setStoredIds(id, m_paneIds);
    if (m_session->comparison().shared.title != comparison.shared.title) {
        ConversationInfo shared = m_session->comparison().shared;
        shared.title = comparison.shared.title;
        const qint64 keep = m_comparisonId;
        m_comparisonId = 0; // the title came from the store: no need to write it back
        m_session->setShared(shared);
        m_comparisonId = keep;
    }
    Q_EMIT comparisonCreated(id);
    return true;
}

void ComparisonController::onPaneRequestStarted(int index, int row, ChatStream *stream)
{
    if (!m_store)
        return;
    if (m_comparisonId == 0 && !createStored(index, row))
        return;
    if (index < 0 || index >= m_paneIds.size())
        return;
    ChatSession *pane = m_session->pane(index);
    MessageRecord userTurn; // empty: a regenerate, the user turn is stored already
    if (row > 0) {
        const MessageRecord &previous = pane->messages()->record(row - 1);
        if (previous.id == 0 && previous.message.role == Role::User)
            userTurn = previous;
    }
    auto *recorder = new ChatRecorder(*m_store, this);
    recorder->setPriceBook(pane->priceBook());
    QString error;
    ConversationInfo settings = pane->info();
    settings.id = m_paneIds.at(index);
    if (recorder->begin(m_paneIds.at(index), settings, userTurn, &error) == 0) {
        delete recorder;
        Q_EMIT storageFailed(error);
        return;
    }
    m_recorders.removeAll(nullptr);
    m_recorders.append(recorder);
    connect(recorder, &ChatRecorder::writeFailed, this, &ComparisonController::storageFailed);
    connect(recorder, &ChatRecorder::checkpointed, recorder, [recorder](bool final) {
        if (final)
            recorder->deleteLater();
    });
    if (!userTurn.message.parts.isEmpty())
        pane->setRecordId(row - 1, recorder->userMessageId());
    pane->setRecordId(row, recorder->assistantMessageId());
    recorder->follow(stream);
}

void ComparisonController::onPaneAdded(int index)
{
    wirePanes();
    if (m_loading)
        return;
    if (!m_store || m_comparisonId == 0 || index < 0 || index >= m_session->paneCount() ||
        m_paneIds.size() >= m_session->paneCount())
        return;
    const ComparisonPane pane = m_session->comparison().panes.at(index);
    const qint64 id = m_store->addPane(m_comparisonId, pane);
    if (id == 0) {
        Q_EMIT storageFailed(m_store->lastError());
        return;
    }
    m_paneIds.insert(index, id);
    m_session->setStoredIds(m_comparisonId, m_paneIds);
}

void ComparisonController::onPaneRemoved(int index)
{
    if (m_loading)
        return;
    if (!m_store || m_comparisonId == 0 || index < 0 || index >= m_paneIds.size() ||
        m_paneIds.size() <= m_session->paneCount())
        return;
    const qint64 id = m_paneIds.takeAt(index);
    if (!m_store->removePane(id))
        Q_EMIT storageFailed(m_store->lastError());
    for (int i = index; i < m_session->paneCount(); ++i)
        onPaneSettingsChanged(i); // their positions moved up
}

void ComparisonController::onPaneSettingsChanged(int index)
{
    if (m_loading)
        return;
    if (!m_store || m_comparisonId == 0 || index < 0 || index >= m_session->paneCount() ||
        index >= m_paneIds.size())
        return;
    ComparisonPane pane = m_session->comparison().panes.at(index);
    pane.conversation.id = m_paneIds.at(index);
    pane.conversation.comparisonId = m_comparisonId;
    if (!m_store->updatePane(pane))
        Q_EMIT storageFailed(m_store->lastError());
}

void ComparisonController::onSharedChanged()
{
    if (m_loading)
        return;
    if (!m_store || m_comparisonId == 0)
        return;
    // Title and pin belong to the list (renamed there): keep what is stored.
    std::optional<Comparison> stored = m_store->comparison(m_comparisonId);
    if (!stored)
        return;
    ConversationInfo shared = m_session->comparison().shared;
    shared.id = m_comparisonId;
    shared.title = stored->shared.title;
    shared.pinned = stored->shared.pinned;
    if (shared.systemPrompt == stored->shared.systemPrompt &&
        shared.systemRole == stored->shared.systemRole &&
        shared.parameters == stored->shared.parameters)
        return;
    if (!m_store->updateComparison(shared))
        Q_EMIT storageFailed(m_store->lastError());
    for (int i = 0; i < m_session->paneCount(); ++i)
        onPaneSettingsChanged(i); // their effective settings follow the shared ones
}

} // namespace Lineup
