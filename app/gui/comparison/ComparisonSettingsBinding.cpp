#include "ComparisonSettingsBinding.h"

#include "ComparisonView.h"
#include "SidePanels.h"
#include "chat/ChatSession.h"
#include "comparison/ComparisonSession.h"

#include <QSet>

namespace Lineup {

ComparisonSettingsBinding::ComparisonSettingsBinding(ChatSession *carrier, SidePanels *panels,
                                                     ComparisonSession *comparison,
                                                     ComparisonView *view, QObject *parent)
    : QObject(parent)
    , m_carrier(carrier)
    , m_panels(panels)
    , m_comparison(comparison)
    , m_view(view)
{
    connect(m_carrier, &ChatSession::settingsChanged, this,
            &ComparisonSettingsBinding::onCarrierEdited);
    connect(m_view, &ComparisonView::focusedPaneChanged, this,
            &ComparisonSettingsBinding::showInPanels);
    connect(m_view, &ComparisonView::thisPaneOnlyChanged, this,
            &ComparisonSettingsBinding::showInPanels);
    connect(m_comparison, &ComparisonSession::paneSettingsChanged, this, [this](int index) {
        if (m_active && !m_applying && index == m_view->focusedPane())
            showInPanels();
    });
}

void ComparisonSettingsBinding::setActive(bool active)
{
    m_active = active;
    if (active)
        showInPanels();
    else
        m_panels->setPreviewSession(nullptr);
}

void ComparisonSettingsBinding::showInPanels()
{
    if (!m_active || m_comparison->paneCount() == 0)
        return;
    const int focused = qBound(0, m_view->focusedPane(), m_comparison->paneCount() - 1);
    const Comparison &comparison = m_comparison->comparison();
    const ComparisonPane &pane = comparison.panes.at(focused);
    ConversationInfo info =
        m_view->thisPaneOnly() ? effectiveSettings(comparison.shared, pane) : comparison.shared;
    info.profileId = pane.conversation.profileId;
    info.model = pane.conversation.model;
    info.id = 0; // the carrier is never stored
    info.kind = ConversationKind::Conversation;
    info.comparisonId = 0;
    info.title = comparison.shared.title;
    m_applying = true;
    m_carrier->setInfo(info);
    m_panels->showConversationSettings();
    m_panels->setPreviewSession(m_comparison->pane(focused));
    m_applying = false;
}

PaneOverrides ComparisonSettingsBinding::overridesFrom(const ConversationInfo &shared,
                                                       const ConversationInfo &edited)
{
    PaneOverrides overrides;
    QSet<QString> keys;
    for (auto it = shared.parameters.begin(); it != shared.parameters.end(); ++it)
        keys.insert(it.key());
    for (auto it = edited.parameters.begin(); it != edited.parameters.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const bool inShared = shared.parameters.contains(key);
        const bool inEdited = edited.parameters.contains(key);
        if (inEdited && (!inShared || shared.parameters.value(key) != edited.parameters.value(key)))
            overrides.parameters.insert(key, edited.parameters.value(key));
        else if (inShared && !inEdited)
            overrides.parameters.insert(key, QJsonValue::Null); // not sent in this pane
    }
    if (edited.systemPrompt != shared.systemPrompt)
        overrides.systemPrompt = edited.systemPrompt;
    return overrides;
}

void ComparisonSettingsBinding::onCarrierEdited()
{
    if (!m_active || m_applying || m_comparison->paneCount() == 0)
        return;
    m_applying = true;
    const int focused = qBound(0, m_view->focusedPane(), m_comparison->paneCount() - 1);
    const ConversationInfo edited = m_carrier->info();
    const Comparison &comparison = m_comparison->comparison();
    const ComparisonPane pane = comparison.panes.at(focused);
    if (edited.model != pane.conversation.model || edited.profileId != pane.conversation.profileId)
        m_comparison->setPaneModel(focused, edited.profileId, edited.model);
    if (m_view->thisPaneOnly()) {
        const PaneOverrides overrides = overridesFrom(m_comparison->comparison().shared, edited);
        if (!(overrides == pane.overrides))
            m_comparison->setPaneOverrides(focused, overrides);
    } else {
        ConversationInfo shared = m_comparison->comparison().shared;
        if (shared.systemPrompt != edited.systemPrompt || shared.systemRole != edited.systemRole ||
            shared.parameters != edited.parameters) {
            shared.systemPrompt = edited.systemPrompt;
            shared.systemRole = edited.systemRole;
            shared.parameters = edited.parameters;
            m_comparison->setShared(shared);
        }
    }
    m_applying = false;
    m_panels->scheduleRequestPreview();
}

} // namespace Lineup
