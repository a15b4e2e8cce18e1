#include "ComparisonWorkspace.h"

#include "ComparisonController.h"
#include "ComparisonSettingsBinding.h"
#include "ComparisonView.h"
#include "EndpointManager.h"
#include "ModelMenu.h"
#include "PaneEndpoints.h"
#include "PaneWidget.h"
#include "SidePanels.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonSession.h"
#include "panels/RequestPanel.h"
#include "storage/ConversationStore.h"
#include "usage/UsageMeter.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Lineup {

ComparisonWorkspace::ComparisonWorkspace(const Dependencies &dependencies, QWidget *viewParent,
                                         QObject *parent)
    : QObject(parent)
    , m_deps(dependencies)
    , m_paneEndpoints(new PaneEndpoints(dependencies.endpoints, dependencies.keys, this))
    , m_catalog(new ModelCatalog(dependencies.client, m_paneEndpoints, this))
    , m_session(new ComparisonSession(dependencies.clientOptions, this))
    , m_controller(new ComparisonController(m_session, dependencies.store, this))
{
    m_session->setPriceBook(dependencies.prices);
    PaneEndpoints *endpoints = m_paneEndpoints;
    m_session->setEndpointResolver(
        [endpoints](const QString &profileId) { return endpoints->endpoint(profileId); });
    m_view = new ComparisonView(m_session, dependencies.endpoints, m_catalog, viewParent);
    m_binding = new ComparisonSettingsBinding(dependencies.carrier, dependencies.panels, m_session,
                                              m_view, this);

    connect(m_session, &ComparisonSession::busyChanged, this, &ComparisonWorkspace::busyChanged);
    connect(m_paneEndpoints, &PaneEndpoints::resolved, this, [this] {
        if (m_pendingSend)
            sendWhenReady();
    });
    connect(m_controller, &ComparisonController::comparisonCreated, this,
            &ComparisonWorkspace::comparisonCreated);
    connect(m_controller, &ComparisonController::storageFailed, this,
            [this](const QString &message) {
                Q_EMIT statusMessage(tr("Could not save the comparison: %1").arg(message));
            });
    connect(m_view, &ComparisonView::statusMessage, this, &ComparisonWorkspace::statusMessage);
    connect(m_view, &ComparisonView::focusedPaneChanged, this, &ComparisonWorkspace::showUsage);
    connect(m_view, &ComparisonView::addPaneRequested, this, &ComparisonWorkspace::addPane);
    connect(m_view, &ComparisonView::continueRequested, this, [this](int index) {
        if (const qint64 id = continueWith(index))
            Q_EMIT conversationContinued(id);
    });
    connect(m_view, &ComparisonView::copyCurlRequested, this, [this](int index) {
        QGuiApplication::clipboard()->setText(curlCommand(index));
        Q_EMIT statusMessage(tr("Copied pane %1's request as a curl command (the key is read "
                                "from the environment).")
                                 .arg(index + 1));
    });
}

ComparisonWorkspace::~ComparisonWorkspace()
{
    // The recorders write to the store as the streams end: the streams go first.
    m_session->stopAll();
    m_controller->flush();
    delete m_view; // its panes show the session's messages
}

void ComparisonWorkspace::showUsage()
{
    if (UsageMeter *usage = m_deps.panels ? m_deps.panels->usageMeter() : nullptr)
        usage->setComparison(m_active ? m_session : nullptr, m_view->focusedPane());
}

ComparisonView *ComparisonWorkspace::view() const
{
    return m_view;
}

void ComparisonWorkspace::setActive(bool active)
{
    m_active = active;
    m_binding->setActive(active);
    showUsage();
    if (!active)
        m_pendingSend.reset();
}

void ComparisonWorkspace::startNew(const QList<QPair<QString, QString>> &panes,
                                   const ConversationInfo &shared)
{
    Comparison comparison;
    comparison.shared = shared;
    comparison.shared.id = 0;
    comparison.shared.title.clear();
    comparison.shared.kind = ConversationKind::Comparison;
    int position = 0;
    for (const auto &[profileId, model] : panes) {
        ComparisonPane pane;
        pane.position = position++;
        pane.conversation.profileId = profileId;
        pane.conversation.model = model;
        comparison.panes.append(pane);
        if (comparison.panes.size() == Comparison::MaxPanes)
            break;
    }
    m_controller->startNew(comparison);
    m_view->clearDiff();
    m_view->setMaximisedPane(-1);
    m_view->syncPanes();
    m_view->setFocusedPane(0);
    m_paneEndpoints->prepare(paneProfiles());
    m_binding->showInPanels();
}

bool ComparisonWorkspace::open(qint64 id)
{
    if (!m_controller->open(id))
        return false;
    m_view->clearDiff();
    m_view->setMaximisedPane(-1);
    m_view->syncPanes();
    m_view->setFocusedPane(0);
    for (int i = 0; i < m_view->paneCount(); ++i)
        m_view->pane(i)->chatView()->scrollToBottom();
    m_paneEndpoints->prepare(paneProfiles());
    m_binding->showInPanels();
    return true;
}

void ComparisonWorkspace::reveal(qint64 paneConversationId, qint64 messageId,
                                 const QString &findText)
{
    const QList<qint64> ids = m_controller->paneConversationIds();
    const int index = int(ids.indexOf(paneConversationId));
    PaneWidget *pane = m_view->pane(index);
    if (!pane)
        return;
    m_view->setFocusedPane(index);
    const ConversationModel *messages = pane->session()->messages();
    for (int row = 0; row < messages->rowCount(); ++row) {
        if (messages->record(row).id == messageId) {
            pane->chatView()->scrollToRow(row);
            break;
        }
    }
    if (!findText.isEmpty())
        pane->chatView()->setFindText(findText);
}

QStringList ComparisonWorkspace::paneProfiles() const
{
    QStringList ids;
    for (const ComparisonPane &pane : m_session->comparison().panes) {
        if (!ids.contains(pane.conversation.profileId))
            ids.append(pane.conversation.profileId);
    }
    return ids;
}

void ComparisonWorkspace::send(const ChatMessage &message)
{
    m_pendingSend = message;
    sendWhenReady();
}

void ComparisonWorkspace::sendWhenReady()
{
    if (!m_pendingSend || !m_paneEndpoints->prepare(paneProfiles()))
        return; // sent once the keys are known (PaneEndpoints::resolved)
    for (const QString &profileId : paneProfiles()) {
        const QString problem = m_paneEndpoints->problem(profileId);
        if (!problem.isEmpty())
            Q_EMIT statusMessage(problem);
    }
    const ChatMessage message = *std::exchange(m_pendingSend, std::nullopt);
    m_session->send(message);
}

std::optional<ChatMessage> ComparisonWorkspace::takePendingSend()
{
    return std::exchange(m_pendingSend, std::nullopt);
}

void ComparisonWorkspace::stopAll()
{
    m_pendingSend.reset();
    m_session->stopAll();
}

bool ComparisonWorkspace::isBusy() const
{
    return m_session->isBusy() || m_pendingSend.has_value();
}

void ComparisonWorkspace::addPane()
{
    const Comparison &comparison = m_session->comparison();
    if (comparison.panes.size() >= Comparison::MaxPanes)
        return;
    // The new pane starts as a copy of the focused one: the user changes its model.
    const ComparisonPane &like =
        comparison.panes.value(qBound(0, m_view->focusedPane(), int(comparison.panes.size()) - 1));
    const int index = m_session->addPane(like.conversation.profileId, like.conversation.model);
    m_view->syncPanes();
    if (index >= 0) {
        m_view->setFocusedPane(index);
        m_paneEndpoints->prepare(paneProfiles());
    }
}

qint64 ComparisonWorkspace::continueWith(int index)
{
    ChatSession *pane = m_session->pane(index);
    if (!pane || !m_deps.store)
        return 0;
    if (pane->isBusy())
        m_session->stop(index);
    m_controller->flush();
    ConversationInfo info = pane->info();
    info.id = 0;
    info.kind = ConversationKind::Conversation;
    info.comparisonId = 0;
    info.paneCount = 0;
    const QString title = m_session->comparison().shared.title;
    info.title = title.isEmpty() ? QString() : tr("%1 (%2)").arg(title, info.model);
    QList<MessageRecord> records;
    const ConversationModel *messages = pane->messages();
    for (int row = 0; row < messages->rowCount(); ++row) {
        MessageRecord record = messages->record(row);
        record.id = 0;
        records.append(record);
    }
    qint64 id = 0;
    m_deps.store->inTransaction([&] {
        id = m_deps.store->insertConversationWithMessages(info, records);
        return id != 0;
    });
    if (id == 0)
        Q_EMIT statusMessage(
            tr("Could not save the conversation: %1").arg(m_deps.store->lastError()));
    return id;
}

QString ComparisonWorkspace::curlCommand(int index) const
{
    ChatSession *pane = m_session->pane(index);
    if (!pane)
        return {};
    const QString profileId = pane->info().profileId;
    const std::optional<ProviderProfile> profile = m_deps.endpoints->findProfile(profileId);
    return RequestPanel::curlCommand(pane->previewRequest().body,
                                     m_paneEndpoints->endpoint(profileId),
                                     profile ? profile->envVar : QString());
}

} // namespace Lineup
