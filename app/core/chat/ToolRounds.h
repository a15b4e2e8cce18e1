#pragma once

#include "chat/ChatMessage.h"
#include "schema/SchemaProblem.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Lineup {

// The rules of a conversation with function tools: every tool call an assistant turn makes is
// answered by one `tool` message with its tool_call_id before anything else is sent (services
// answer 400 otherwise). Shared by the app and `lineup-cli chat --tool-result`.
namespace ToolRounds {

// The calls of the last assistant turn in `history` that no later tool message answers.
QList<ToolCall> unansweredCalls(const QList<ChatMessage> &history);
// `history` with the tool calls that have no result removed (an assistant turn left with
// neither text nor calls is dropped too): "drop the calls".
QList<ChatMessage> withoutUnansweredCalls(const QList<ChatMessage> &history);
// One `tool` message answering `call`.
ChatMessage resultMessage(const ToolCall &call, const QString &result);

// The function named `name` in a `tools` array (the API's format), or an empty object.
QJsonObject findFunction(const QJsonArray &tools, const QString &name);
// The call's arguments checked against that function's `parameters` schema: not JSON, unknown
// tool, or each violation with its JSON pointer. Empty when they match.
SchemaProblems checkArguments(const QJsonArray &tools, const ToolCall &call);

} // namespace ToolRounds

} // namespace Lineup
