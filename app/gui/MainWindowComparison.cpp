// The window's side of comparisons: starting, opening and leaving one, routing the composer to
// it, and the central page it shows. The comparison itself lives in comparison/.
#include "MainWindow.h"

#include "Composer.h"
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "EmptyState.h"
#include "EndpointManager.h"
#include "FindBar.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "arena/ArenaController.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonController.h"
#include "comparison/ComparisonSession.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "storage/ConversationStore.h"
#include "usage/TokensDock.h"
#include "usage/UsageMeter.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>

namespace Lineup {

bool MainWindow::isComparing() const
{
    return m_comparison && m_comparison->isActive();
}

ComparisonWorkspace *MainWindow::ensureComparison()
{
    if (m_comparison)
        return m_comparison;
    ComparisonWorkspace::Dependencies deps;
    deps.endpoints = m_endpoints;
    deps.keys = m_keys;
    deps.client = m_client;
    deps.store = m_store.get();
    deps.carrier = m_session;
    deps.panels = m_panels;
    deps.prices = m_panels->usageMeter() ? &m_panels->usageMeter()->prices() : nullptr;
    deps.clientOptions = m_client->options();
    m_comparison = new ComparisonWorkspace(deps, m_centreStack, this);
    m_centreStack->addWidget(m_comparison->view());
    // A pane's Tokens action shows that pane's answer (not while a blind round hides the models).
    connect(m_comparison->view(), &ComparisonView::tokensRequested, this,
            [this](int index, int row) {
                ComparisonSession *session = m_comparison->session();
                if (m_comparison->view()->isBlind() || index < 0 || index >= session->paneCount())
                    return;
                m_tokensDock->toggleRow(session->pane(index)->messages(), row);
            });
    connect(m_comparison, &ComparisonWorkspace::busyChanged, this, [this](bool busy) {
        if (isComparing())
            m_composer->setBusy(busy);
        if (auto *stop = findChild<QAction *>(QStringLiteral("actionStop")))
            stop->setEnabled(busy || m_session->isBusy());
    });
    connect(m_comparison, &ComparisonWorkspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_comparison, &ComparisonWorkspace::comparisonCreated, this, [this](qint64 id) {
        m_list->reload();
        m_list->setCurrentConversation(id);
        updateWindowTitle();
    });
    if (m_store) {
        // A rename in the list shows in the window title.
        connect(m_store.get(), &ConversationStore::conversationsChanged, this, [this] {
            if (isComparing())
                updateWindowTitle();
        });
    }
    connect(m_comparison, &ComparisonWorkspace::conversationContinued, this, [this](qint64 id) {
        m_list->reload();
        openConversation(id);
        statusBar()->showMessage(tr("The pane's history is now a conversation of its own."), 8000);
    });
    return m_comparison;
}

QList<QPair<QString, QString>> MainWindow::comparisonPanes(const QStringList &models) const
{
    QList<QPair<QString, QString>> panes;
    const QString current = m_endpoints->profile().id;
    for (const QString &given : models) {
        const QString spec = given.trimmed();
        if (spec.isEmpty())
            continue;
        // "profile/model" names a service; model ids contain slashes too (anthropic/claude-…),
        // so only a known profile's id counts. With --base-url every pane uses that service.
        const int slash = int(spec.indexOf(QLatin1Char('/')));
        const QString prefix = slash > 0 ? spec.left(slash) : QString();
        if (!m_endpoints->hasAdHocProfile() && !prefix.isEmpty() &&
            m_endpoints->findProfile(prefix))
            panes.append({m_endpoints->findProfile(prefix)->id, spec.mid(slash + 1)});
        else
            panes.append({current, spec});
    }
    if (!panes.isEmpty()) {
        while (panes.size() < Comparison::MinPanes)
            panes.append(panes.first());
        return panes;
    }
    // The last two models chatted with, else the current model twice.
    const QList<ConversationInfo> recent =
        m_store ? m_store->conversations() : QList<ConversationInfo>();
    for (const ConversationInfo &info : recent) {
        if (info.kind != ConversationKind::Conversation || info.model.isEmpty() ||
            !m_endpoints->findProfile(info.profileId))
            continue;
        const QPair<QString, QString> pane{info.profileId, info.model};
        if (!panes.contains(pane))
            panes.append(pane);
        if (panes.size() == Comparison::MinPanes)
            return panes;
    }
    const QString model = m_session->info().model.isEmpty() ? m_panels->lastModelFor(current)
                                                            : m_session->info().model;
    panes = {{current, model}, {current, model}};
    return panes;
}

void MainWindow::newComparison(const QStringList &models)
{
    newComparisonWith(comparisonPanes(models));
}

void MainWindow::newComparisonWith(const QList<QPair<QString, QString>> &panes)
{
    leaveComparison(); // a running one stops and is saved as such
    m_panels->flush();
    if (m_editingRow >= 0) {
        m_composer->endEdit();
        m_editingRow = -1;
        m_panels->setEditingRow(-1);
    }
    ConversationInfo shared;
    shared.systemPrompt = m_session->info().systemPrompt;
    shared.systemRole = m_session->info().systemRole;
    shared.parameters = m_panels->defaultParameters();
    // The window's own chat becomes a blank, unsaved one: the side panels edit the comparison
    // through it (ComparisonSettingsBinding).
    ConversationInfo carrier = shared;
    carrier.profileId = m_endpoints->profile().id;
    m_controller->newConversation(carrier);
    ensureComparison()->startNew(panes, shared);
    m_comparison->setActive(true);
    m_list->setCurrentConversation(0);
    updateEmptyState();
    updateWindowTitle();
    focusComposer();
}

bool MainWindow::openComparison(qint64 id)
{
    if (isComparing() && m_comparison->controller()->comparisonId() == id)
        return true;
    if (m_arena && m_arena->blind())
        m_arena->blind()->leave(); // another comparison: the round ends unvoted
    m_panels->flush();
    m_controller->newConversation(m_session->info());
    if (!ensureComparison()->open(id)) {
        leaveComparison();
        return false;
    }
    m_comparison->setActive(true);
    // A blind round not voted on yet stays blind, and its vote opens again.
    if (m_arena && m_arena->blind() && m_store->hidesModels(id))
        m_arena->blind()->resume(m_comparison);
    m_list->setCurrentConversation(id);
    updateEmptyState();
    updateWindowTitle();
    return true;
}

void MainWindow::leaveComparison()
{
    if (!isComparing())
        return;
    if (m_arena && m_arena->blind())
        m_arena->blind()->leave();
    m_comparison->stopAll();
    m_comparison->controller()->flush();
    m_comparison->setActive(false);
    if (m_findBar)
        m_findBar->setView(nullptr); // the chat view again
    m_composer->setBusy(m_session->isBusy());
}

void MainWindow::sendToComparison(const ChatMessage &message)
{
    if (m_comparison->isBusy()) {
        m_composer->setText(message.text());
        statusBar()->showMessage(tr("Some panes are still answering: stop them (Esc) or wait."),
                                 8000);
        return;
    }
    m_composer->setBusy(true);
    m_comparison->send(message);
    if (!m_comparison->isBusy())
        m_composer->setBusy(false);
}

void MainWindow::onSearchHit(qint64 conversationId, qint64 messageId, const QString &query)
{
    const QString first = query.simplified().section(QLatin1Char(' '), 0, 0);
    const std::optional<ConversationInfo> stored =
        m_store ? m_store->conversation(conversationId) : std::nullopt;
    if (stored && stored->kind == ConversationKind::Comparison) {
        // The hit is in one pane: open the comparison there.
        if (!openComparison(conversationId))
            return;
        m_comparison->reveal(m_store->conversationOf(messageId), messageId, first);
        return;
    }
    if (!openConversation(conversationId))
        return;
    const ConversationModel *messages = m_session->messages();
    for (int row = 0; row < messages->rowCount(); ++row) {
        if (messages->record(row).id == messageId) {
            m_view->scrollToRow(row);
            break;
        }
    }
    // Highlight the words searched for, without taking the focus from the search field.
    if (!first.isEmpty())
        m_view->setFindText(first);
}

void MainWindow::updateEmptyState()
{
    if (isComparing()) {
        m_centreStack->setCurrentWidget(m_comparison->view());
        return;
    }
    const bool empty = m_session->messages()->rowCount() == 0;
    m_centreStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
    const ProviderProfile &profile = m_endpoints->profile();
    const QString name = profile.name.isEmpty() ? profile.id : profile.name;
    m_emptyState->setService(name, m_session->info().model, serviceProblem());
}

void MainWindow::updateWindowTitle()
{
    QString title = m_session->info().title;
    if (isComparing()) {
        const qint64 id = m_comparison->controller()->comparisonId();
        const std::optional<ConversationInfo> stored =
            id && m_store ? m_store->conversation(id) : std::nullopt;
        title = stored ? stored->title : QString();
        if (title.isEmpty())
            title = tr("New comparison");
    }
    setWindowTitle(title.isEmpty() ? tr("Lineup") : tr("%1 — Lineup").arg(title));
}

} // namespace Lineup
