#include "comparison/ComparisonSession.h"

#include "chat/ChatSession.h"

namespace Lineup {

// Destroyed in reverse order: the session (and with it its stream) before the client whose
// network manager carries the stream's reply.
struct ComparisonSession::Pane
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ChatSession> session;
};

ComparisonSession::ComparisonSession(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

ComparisonSession::~ComparisonSession()
{
    for (const auto &pane : m_panes)
        pane->session->disconnect(this);
    m_panes.clear();
}

void ComparisonSession::setEndpointResolver(EndpointResolver resolver)
{
    m_resolveEndpoint = std::move(resolver);
    for (int i = 0; i < paneCount(); ++i)
        refreshEffectiveSettings(i);
}

void ComparisonSession::setPriceBook(const PriceBook *prices)
{
    m_prices = prices;
    for (const auto &pane : m_panes)
        pane->session->setPriceBook(prices);
}

void ComparisonSession::setApplyModelRules(bool apply)
{
    m_applyModelRules = apply;
    for (const auto &pane : m_panes)
        pane->session->setApplyModelRules(apply);
}

ChatSession *ComparisonSession::pane(int index) const
{
    if (index < 0 || index >= paneCount())
        return nullptr;
    return m_panes[size_t(index)]->session.get();
}

int ComparisonSession::indexOf(const ChatSession *pane) const
{
    for (int i = 0; i < paneCount(); ++i) {
        if (m_panes[size_t(i)]->session.get() == pane)
            return i;
    }
    return -1;
}

void ComparisonSession::wirePane(Pane &pane)
{
    ChatSession *session = pane.session.get();
    session->setPriceBook(m_prices);
    session->setApplyModelRules(m_applyModelRules);
    // The index is looked up when a signal arrives: panes move when one before them is removed.
    connect(session, &ChatSession::busyChanged, this, [this] {
        const bool busy = isBusy();
        if (busy == m_busy)
            return;
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    });
    connect(session, &ChatSession::requestStarted, this,
            [this, session](int row, ChatStream *stream) {
                Q_EMIT paneRequestStarted(indexOf(session), row, stream);
            });
    connect(session, &ChatSession::requestFinished, this,
            [this, session](int row) { Q_EMIT paneRequestFinished(indexOf(session), row); });
}

void ComparisonSession::refreshEffectiveSettings(int index)
{
    ComparisonPane &pane = m_comparison.panes[index];
    pane.position = index;
    pane.conversation = effectiveSettings(m_comparison.shared, pane);
    // A pane is titled and pinned with its comparison (as storage keeps it).
    pane.conversation.title = m_comparison.shared.title;
    pane.conversation.pinned = m_comparison.shared.pinned;
    ChatSession *session = m_panes[size_t(index)]->session.get();
    if (m_resolveEndpoint)
        session->setEndpoint(m_resolveEndpoint(pane.conversation.profileId));
    session->setInfo(pane.conversation);
}

void ComparisonSession::load(const Comparison &comparison,
                             const QList<QList<MessageRecord>> &records)
{
    const bool wasBusy = m_busy;
    for (int i = paneCount() - 1; i >= 0; --i) {
        m_panes[size_t(i)]->session->disconnect(this);
        m_panes.erase(m_panes.begin() + i);
        m_comparison.panes.removeAt(i);
        Q_EMIT paneRemoved(i);
    }
    m_busy = false;
    if (wasBusy)
        Q_EMIT busyChanged(false);
    // The list order is the pane order (storage returns panes by position); records[i] are
    // panes[i]'s.
    m_comparison = comparison;
    while (m_comparison.panes.size() > Comparison::MaxPanes)
        m_comparison.panes.removeLast();
    Q_EMIT sharedChanged();
    for (int i = 0; i < m_comparison.panes.size(); ++i) {
        auto pane = std::make_unique<Pane>();
        pane->client = std::make_unique<ApiClient>();
        pane->client->setOptions(m_options);
        pane->session = std::make_unique<ChatSession>(pane->client.get());
        wirePane(*pane);
        m_panes.push_back(std::move(pane));
        refreshEffectiveSettings(i);
        m_panes.back()->session->load(m_comparison.panes[i].conversation,
                                      i < records.size() ? records[i] : QList<MessageRecord>());
        Q_EMIT paneAdded(i);
    }
}

void ComparisonSession::setShared(const ConversationInfo &shared)
{
    m_comparison.shared = shared;
    m_comparison.shared.kind = ConversationKind::Comparison;
    Q_EMIT sharedChanged();
    for (int i = 0; i < paneCount(); ++i) {
        refreshEffectiveSettings(i);
        Q_EMIT paneSettingsChanged(i);
    }
}

void ComparisonSession::setPaneModel(int index, const QString &profileId, const QString &model)
{
    if (!pane(index))
        return;
    m_comparison.panes[index].conversation.profileId = profileId;
    m_comparison.panes[index].conversation.model = model;
    refreshEffectiveSettings(index);
    Q_EMIT paneSettingsChanged(index);
}

void ComparisonSession::setPaneOverrides(int index, const PaneOverrides &overrides)
{
    if (!pane(index))
        return;
    m_comparison.panes[index].overrides = overrides;
    refreshEffectiveSettings(index);
    Q_EMIT paneSettingsChanged(index);
}

int ComparisonSession::addPane(const QString &profileId, const QString &model)
{
    if (paneCount() >= Comparison::MaxPanes)
        return -1;
    ComparisonPane added;
    added.conversation.profileId = profileId;
    added.conversation.model = model;
    added.conversation.comparisonId = m_comparison.shared.id;
    m_comparison.panes.append(added);
    auto pane = std::make_unique<Pane>();
    pane->client = std::make_unique<ApiClient>();
    pane->client->setOptions(m_options);
    pane->session = std::make_unique<ChatSession>(pane->client.get());
    wirePane(*pane);
    m_panes.push_back(std::move(pane));
    const int index = paneCount() - 1;
    refreshEffectiveSettings(index);
    Q_EMIT paneAdded(index);
    return index;
}

bool ComparisonSession::removePane(int index)
{
    if (!pane(index) || paneCount() <= Comparison::MinPanes)
        return false;
    // Disconnected first: its request is dropped with it, and no late signal names an index.
    m_panes[size_t(index)]->session->disconnect(this);
    m_panes.erase(m_panes.begin() + index);
    m_comparison.panes.removeAt(index);
    for (int i = index; i < paneCount(); ++i)
        m_comparison.panes[i].position = i;
    Q_EMIT paneRemoved(index);
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
    return true;
}

void ComparisonSession::setStoredIds(qint64 comparisonId, const QList<qint64> &paneConversationIds)
{
    m_comparison.shared.id = comparisonId;
    for (int i = 0; i < paneCount(); ++i) {
        ComparisonPane &pane = m_comparison.panes[i];
        pane.conversation.comparisonId = comparisonId;
        if (i < paneConversationIds.size())
            pane.conversation.id = paneConversationIds[i];
        refreshEffectiveSettings(i);
    }
}

bool ComparisonSession::isBusy() const
{
    return std::any_of(m_panes.begin(), m_panes.end(),
                       [](const auto &pane) { return pane->session->isBusy(); });
}

void ComparisonSession::send(const ChatMessage &userMessage)
{
    // Every pane gets every turn, so their histories stay the same conversation.
    if (isBusy() || !hasPayload(userMessage))
        return;
    // All requests are posted in this one pass; each manager connects as soon as the event loop
    // runs, none waits for another pane's connection.
    for (int i = 0; i < paneCount(); ++i) {
        if (m_resolveEndpoint)
            pane(i)->setEndpoint(m_resolveEndpoint(m_comparison.panes[i].conversation.profileId));
        pane(i)->send(userMessage);
    }
}

void ComparisonSession::stopAll()
{
    for (const auto &pane : m_panes)
        pane->session->stop();
}

void ComparisonSession::stop(int index)
{
    if (ChatSession *session = pane(index))
        session->stop();
}

void ComparisonSession::regenerate(int index)
{
    if (ChatSession *session = pane(index)) {
        if (m_resolveEndpoint)
            session->setEndpoint(
                m_resolveEndpoint(m_comparison.panes[index].conversation.profileId));
        session->regenerate();
    }
}

void ComparisonSession::retry(int index)
{
    if (ChatSession *session = pane(index)) {
        if (m_resolveEndpoint)
            session->setEndpoint(
                m_resolveEndpoint(m_comparison.panes[index].conversation.profileId));
        session->retry();
    }
}

} // namespace Lineup
