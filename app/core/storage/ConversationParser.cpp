#include "storage/ConversationParser.h"

#include "chat/ConversationTitle.h"
#include "storage/ComparisonJson.h"
#include "storage/RecordJson.h"
#include "util/TranslateInContexts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lineup::ConversationParser {

namespace {

// These strings were the importer's before parsing moved here: their translations are filed
// under its contexts (lupdate files them under this namespace from now on).
QString tr(const char *text)
{
    return translateInContexts(
        {"Lineup::ConversationImporter", "Lineup", "Lineup::ConversationParser"}, text);
}

// Nobody streams an imported answer any more.
MessageRecord imported(MessageRecord record)
{
    if (record.status == MessageStatus::Streaming)
        record.status = MessageStatus::Interrupted;
    return record;
}

// A Lineup conversation's settings, its messages still JSON: converting 10,000 of them is a
// good part of an import, and the importer does it while the rows are being written.
std::optional<PendingConversation> fromLineup(const QJsonValue &value, const QString &path,
                                              QString *error)
{
    PendingConversation pending;
    const QJsonValue kind = value.toObject().value(QStringLiteral("kind"));
    if (ComparisonJson::isComparison(value.toObject())) {
        const auto shared = ComparisonJson::fromJson(value, path, &pending.data.panes, error);
        if (!shared)
            return std::nullopt;
        pending.data.info = *shared;
        for (ComparisonPaneData &pane : pending.data.panes) {
            for (MessageRecord &record : pane.messages)
                record = imported(record);
        }
        return pending;
    }
    if (!kind.isUndefined() && kind.toString() != QLatin1String("conversation")) {
        if (error)
            *error =
                path + QStringLiteral(".kind: ") + tr("must be \"conversation\" or \"comparison\"");
        return std::nullopt;
    }
    const auto info = RecordJson::conversationHeadFromJson(value, path, &pending.json, error);
    if (!info)
        return std::nullopt;
    pending.data.info = *info;
    pending.path = path;
    pending.converted = false;
    return pending;
}

std::optional<ConversationData> fromOpenAiBody(const QJsonValue &value, const QString &path,
                                               QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = path + QStringLiteral(": ") + tr("must be a request body object");
        return std::nullopt;
    }
    const QJsonObject body = value.toObject();
    const QJsonValue model = body.value(QStringLiteral("model"));
    if (!model.isUndefined() && !model.isString()) {
        if (error)
            *error = path + QStringLiteral(".model: ") + tr("must be a string");
        return std::nullopt;
    }
    const QJsonValue messages = body.value(QStringLiteral("messages"));
    if (!messages.isArray()) {
        if (error)
            *error = path + QStringLiteral(".messages: ") +
                     (messages.isUndefined() ? tr("is required") : tr("must be an array"));
        return std::nullopt;
    }
    ConversationData data;
    data.info.model = model.toString();
    data.info.parameters = body;
    for (const char *key : {"model", "messages", "stream", "stream_options"})
        data.info.parameters.remove(QLatin1String(key));
    const QJsonArray array = messages.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString messagePath = path + QStringLiteral(".messages[%1]").arg(i);
        const auto message = RecordJson::requestMessageFromJson(array.at(i), messagePath, error);
        if (!message)
            return std::nullopt;
        const bool leadingInstruction =
            i == 0 && (message->role == Role::System || message->role == Role::Developer) &&
            !message->hasImages();
        if (leadingInstruction) {
            data.info.systemPrompt = message->text();
            data.info.systemRole = message->role;
            continue;
        }
        MessageRecord record;
        record.message = *message;
        if (message->role == Role::Assistant)
            record.model = data.info.model;
        data.messages.append(record);
    }
    for (const MessageRecord &record : std::as_const(data.messages)) {
        if (record.message.role == Role::User) {
            data.info.title = conversationTitleFromPrompt(record.message.text());
            break;
        }
    }
    return data;
}

QString lineColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<QList<PendingConversation>> parseDocument(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            // Qt's offset points just past the offending character.
            *error = tr("not valid JSON at %1: %2")
                         .arg(lineColumn(data, qMax(0, parseError.offset - 1)),
                              parseError.errorString());
        return std::nullopt;
    }
    QList<PendingConversation> result;
    if (document.isArray()) {
        const QJsonArray bodies = document.array();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const auto conversation =
                fromOpenAiBody(bodies.at(i), QStringLiteral("$[%1]").arg(i), error);
            if (!conversation)
                return std::nullopt;
            result.append({*conversation, {}, {}, true});
        }
        return result;
    }
    const QJsonObject root = document.object();
    if (!root.contains(QStringLiteral("format"))) {
        if (root.contains(QStringLiteral("messages"))) {
            const auto conversation = fromOpenAiBody(root, QStringLiteral("$"), error);
            if (!conversation)
                return std::nullopt;
            result.append({*conversation, {}, {}, true});
            return result;
        }
        if (error)
            *error = QStringLiteral("$: ") +
                     tr("neither a Lineup export (no \"format\") nor an OpenAI request body (no "
                        "\"messages\")");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("format")).toString() != ConversationExporter::formatName()) {
        if (error)
            *error = QStringLiteral("$.format: ") +
                     tr("must be \"%1\"").arg(ConversationExporter::formatName());
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) ||
        version.toInt() < 1) {
        if (error)
            *error = QStringLiteral("$.version: ") + tr("must be a positive integer");
        return std::nullopt;
    }
    if (version.toInt() > ConversationExporter::FormatVersion) {
        if (error)
            *error = QStringLiteral("$.version: ") +
                     tr("version %1 is newer than this Lineup reads (%2); update Lineup")
                         .arg(version.toInt())
                         .arg(ConversationExporter::FormatVersion);
        return std::nullopt;
    }
    const QJsonValue conversations = root.value(QStringLiteral("conversations"));
    if (!conversations.isArray()) {
        if (error)
            *error = QStringLiteral("$.conversations: ") +
                     (conversations.isUndefined() ? tr("is required") : tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray array = conversations.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto conversation =
            fromLineup(array.at(i), QStringLiteral("$.conversations[%1]").arg(i), error);
        if (!conversation)
            return std::nullopt;
        result.append(std::move(*conversation));
    }
    return result;
}

bool convertMessages(PendingConversation *pending, QString *error)
{
    if (pending->converted)
        return true;
    const auto messages = RecordJson::messagesFromJson(pending->json, pending->path, error);
    if (!messages)
        return false;
    pending->data.messages.clear();
    pending->data.messages.reserve(messages->size());
    for (const MessageRecord &record : *messages)
        pending->data.messages.append(imported(record));
    pending->json = {};
    pending->converted = true;
    return true;
}

std::optional<MessageRecord> convertMessage(const QJsonArray &json, const QString &path,
                                            qsizetype i, QString *error)
{
    auto record = RecordJson::messageFromJson(json.at(i), RecordJson::messagePath(path, i), error);
    if (!record)
        return std::nullopt;
    return imported(std::move(*record));
}

std::optional<QList<ConversationData>> parse(const QByteArray &data, QString *error)
{
    auto pending = parseDocument(data, error);
    if (!pending)
        return std::nullopt;
    QList<ConversationData> result;
    for (PendingConversation &conversation : *pending) {
        if (!convertMessages(&conversation, error))
            return std::nullopt;
        result.append(conversation.data);
    }
    return result;
}

} // namespace Lineup::ConversationParser
