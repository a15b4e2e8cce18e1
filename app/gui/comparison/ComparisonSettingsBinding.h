#pragma once

#include "comparison/Comparison.h"

#include <QObject>

namespace Lineup {

class ChatSession;
class ComparisonSession;
class ComparisonView;
class SidePanels;

// Lets the window's side panels edit a comparison. The panels stay bound to the window's own
// ChatSession (a blank, unsaved chat while a comparison is shown), which carries the settings
// they show: the shared settings with the focused pane's model, or, with "this pane only", the
// focused pane's effective settings. Edits coming back are turned into shared settings, a pane's
// model, or the pane's overrides (what differs from the shared settings). The Request panel
// previews the focused pane.
class ComparisonSettingsBinding : public QObject
{
    Q_OBJECT
public:
    ComparisonSettingsBinding(ChatSession *carrier, SidePanels *panels,
                              ComparisonSession *comparison, ComparisonView *view,
                              QObject *parent = nullptr);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Shows the focused pane (or the shared settings) in the panels again.
    void showInPanels();

    // What `edited` sets differently from `shared`, as a pane's overrides.
    static PaneOverrides overridesFrom(const ConversationInfo &shared,
                                       const ConversationInfo &edited);

private:
    void onCarrierEdited();

    ChatSession *m_carrier;
    SidePanels *m_panels;
    ComparisonSession *m_comparison;
    ComparisonView *m_view;
    bool m_active = false;
    bool m_applying = false;
};

} // namespace Lineup
