#pragma once

#include "storage/ConversationExporter.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

// The parsing half of import, with no store behind it (ConversationImporter writes what this
// reads; the import fuzzer compiles only this side). Reads Lineup JSON exports (version 1, and 2
// with comparisons) and OpenAI request bodies (one object or an array of them). Every error
// except a JSON syntax error ("not valid JSON at line L, column C: ...") starts with the JSON
// path of the offending value: "$.conversations[2].messages[5].content[1].image_url.url: ...".
// Answers marked as streaming come in as interrupted: nobody streams an imported answer.
namespace ConversationParser {

// One conversation of a file. A Lineup conversation's messages stay JSON (`json`, with
// `converted` false) until convertMessages() or convertMessage(): converting 10,000 of them is
// a good part of an import, and the importer does it while the rows are being written.
struct PendingConversation
{
    ConversationData data; // settings; the messages once converted
    QJsonArray json;       // the messages while still JSON (Lineup exports)
    QString path;          // JSON path of the conversation, for messages' errors
    bool converted = true;
};

// The document and each conversation's settings, checked; messages of Lineup conversations left
// as JSON.
std::optional<QList<PendingConversation>> parseDocument(const QByteArray &data, QString *error);
// Converts the messages still held as JSON (all cores); the first invalid one is the error.
bool convertMessages(PendingConversation *pending, QString *error);
// Message i of a conversation still held as JSON (json and path of its PendingConversation).
std::optional<MessageRecord> convertMessage(const QJsonArray &json, const QString &path,
                                            qsizetype i, QString *error);
// Everything at once: the document with all its messages.
std::optional<QList<ConversationData>> parse(const QByteArray &data, QString *error);

} // namespace ConversationParser
} // namespace Lineup
