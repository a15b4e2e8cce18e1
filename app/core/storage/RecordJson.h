#pragma once

#include "chat/MessageRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Lineup {

// JSON forms of stored records, shared by the Lineup JSON export/import, `lineup-cli
// conversations show --json` and the store's own columns. Images travel as data URLs.
// The parsers validate strictly and report the first problem as "<JSON path>: <what is wrong>",
// e.g. "$.conversations[2].messages[5].content[1].image_url.url: not a base64 data: URL".
namespace RecordJson {

QString timeToString(const QDateTime &time); // ISO 8601 UTC with milliseconds
std::optional<QDateTime> timeFromString(const QString &text);

QJsonObject errorToJson(const ApiError &error); // {} when there is no error
ApiError errorFromJson(const QJsonObject &object);

QJsonArray partsToJson(const QList<ContentPart> &parts);
QJsonArray toolCallsToJson(const QList<ToolCall> &calls);

// Every stored field; `withId` adds "id" (show --json), export leaves ids out.
QJsonObject messageToJson(const MessageRecord &record, bool withId);
QJsonObject conversationToJson(const ConversationInfo &info, const QList<MessageRecord> &messages,
                               bool withIds);

std::optional<MessageRecord> messageFromJson(const QJsonValue &value, const QString &path,
                                             QString *error);
// Returns the settings and fills *messages.
std::optional<ConversationInfo> conversationFromJson(const QJsonValue &value, const QString &path,
                                                     QList<MessageRecord> *messages,
                                                     QString *error);
// The settings alone, with the messages left as JSON in *messages (checked to be an array) for
// the caller to convert one by one with messageFromJson(messages[i], messagePath(path, i)).
std::optional<ConversationInfo> conversationHeadFromJson(const QJsonValue &value,
                                                         const QString &path, QJsonArray *messages,
                                                         QString *error);
QString messagePath(const QString &conversationPath, qsizetype i);
// All of them at once, on every core; the first invalid message (by index) is reported.
std::optional<QList<MessageRecord>>
messagesFromJson(const QJsonArray &messages, const QString &conversationPath, QString *error);
// Content as a string, an array of parts or null (OpenAI wire format), validated with paths.
std::optional<QList<ContentPart>> partsFromJson(const QJsonValue &value, const QString &path,
                                                QString *error);
// An OpenAI request-format message (role, content, tool_calls, tool_call_id, name).
std::optional<ChatMessage> requestMessageFromJson(const QJsonValue &value, const QString &path,
                                                  QString *error);

} // namespace RecordJson
} // namespace Lineup
