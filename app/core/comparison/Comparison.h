#pragma once

#include "chat/MessageRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

// What one pane of a comparison sets differently from the comparison's shared settings.
// `parameters` holds only the overridden keys (a null value means "not sent in this pane" even
// when the shared settings send it); `systemPrompt`, when set, replaces the shared prompt.
struct PaneOverrides
{
    QJsonObject parameters;
    std::optional<QString> systemPrompt;

    bool isEmpty() const { return parameters.isEmpty() && !systemPrompt; }
    // {"parameters": {...}, "system_prompt": "..."}; keys left out when not overridden.
    QJsonObject toJson() const;
    static PaneOverrides fromJson(const QJsonObject &object);

    friend bool operator==(const PaneOverrides &, const PaneOverrides &) = default;
};

// One pane: an ordinary conversation (its own profile, model, history; `conversation` carries
// the settings it actually sends, i.e. effectiveSettings()) at a position in the comparison,
// plus what it overrides. Search, usage and export see it as a conversation.
struct ComparisonPane
{
    ConversationInfo conversation; // id 0 until stored; kind Conversation, comparisonId set
    int position = 0;
    PaneOverrides overrides;

    friend bool operator==(const ComparisonPane &, const ComparisonPane &) = default;
};

// A comparison: a titled group of 2-8 panes asked the same turns. `shared` is the comparison's
// own row (title, pinned, dates, the shared system prompt and parameters; its profile and model
// are unused), with kind Comparison.
struct Comparison
{
    static constexpr int MinPanes = 2;
    static constexpr int MaxPanes = 8;

    ConversationInfo shared;
    QList<ComparisonPane> panes; // by position

    qint64 id() const { return shared.id; }
};

// The settings a pane sends: shared system prompt and parameters with the pane's overrides
// applied, the pane's own profile and model, title and ids of the pane's conversation.
ConversationInfo effectiveSettings(const ConversationInfo &shared, const ComparisonPane &pane);
// The parameter keys (and "system_prompt") in which the pane's effective settings differ from the
// shared ones, sorted; for the pane header.
QStringList overriddenKeys(const ConversationInfo &shared, const ComparisonPane &pane);

} // namespace Lineup
