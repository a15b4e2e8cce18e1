#pragma once

#include "comparison/Comparison.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Lineup {

// A comparison with the messages of each of its panes, as export, import and `lineup-cli
// conversations show` carry it.
struct ComparisonPaneData
{
    ComparisonPane pane; // conversation: the settings the pane sends; position; overrides
    QList<MessageRecord> messages;
};

// JSON of a whole comparison (Lineup JSON version 2, docs/lineup-json-format.md): the shared
// settings as a conversation's (title, system prompt, parameters, pinned, dates), "kind":
// "comparison" and "panes": each pane's conversation (profile, model, parameters, messages) with
// its "position" and "overrides". Validated strictly like RecordJson, errors as "<path>: <what>".
namespace ComparisonJson {

QJsonObject toJson(const ConversationInfo &shared, const QList<ComparisonPaneData> &panes,
                   bool withIds);
// True when the entry of a "conversations" array is a comparison ("kind": "comparison").
bool isComparison(const QJsonObject &entry);
// Returns the shared settings (kind Comparison) and fills *panes, sorted by position.
std::optional<ConversationInfo> fromJson(const QJsonValue &value, const QString &path,
                                         QList<ComparisonPaneData> *panes, QString *error);

} // namespace ComparisonJson
} // namespace Lineup
