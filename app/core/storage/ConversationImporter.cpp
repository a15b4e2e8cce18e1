#include "storage/ConversationImporter.h"

#include "storage/ComparisonJson.h"
#include "storage/ConversationStore.h"
#include "storage/RecordJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <atomic>
#include <memory>

namespace Lineup {

namespace {

struct PendingConversation
{
    ConversationData data; // settings; the messages once converted
    QJsonArray json;       // the messages while still JSON (Lineup exports)
    QString path;          // JSON path of the conversation, for messages' errors
    bool converted = true;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::ConversationImporter", text);
}

// Nobody streams an imported answer any more.
MessageRecord imported(MessageRecord record)
{
    if (record.status == MessageStatus::Streaming)
        record.status = MessageStatus::Interrupted;
    return record;
}

// A Lineup conversation's settings, its messages still JSON: converting 10,000 of them is a
// good part of an import, and importData() does it while the rows are being written.
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

// Converts the messages still held as JSON (all cores); errors carry their JSON path.
bool convertAll(PendingConversation *pending, QString *error)
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
            data.info.title = ConversationStore::titleFromPrompt(record.message.text());
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

// The title a conversation without one gets: its first prompt (converted on its own here, the
// rest of the messages come later; a broken one is reported by the conversion proper).
QString titleOf(const PendingConversation &pending)
{
    if (!pending.data.info.title.isEmpty())
        return pending.data.info.title;
    if (pending.data.isComparison()) {
        for (const MessageRecord &record : pending.data.panes.first().messages) {
            if (record.message.role == Role::User)
                return ConversationStore::titleFromPrompt(record.message.text());
        }
        return {};
    }
    if (pending.converted) {
        for (const MessageRecord &record : pending.data.messages) {
            if (record.message.role == Role::User)
                return ConversationStore::titleFromPrompt(record.message.text());
        }
        return {};
    }
    for (qsizetype i = 0; i < pending.json.size(); ++i) {
        QString ignored;
        const auto record = RecordJson::messageFromJson(
            pending.json.at(i), RecordJson::messagePath(pending.path, i), &ignored);
        if (!record)
            return {};
        if (record->message.role == Role::User)
            return ConversationStore::titleFromPrompt(record->message.text());
    }
    return {};
}

// A comparison and its panes' messages, inside the import's transaction. Positions are
// renumbered 0..n-1 in their order; every pane carries the comparison's title.
qint64 insertComparison(ConversationStore &store, const ConversationInfo &shared,
                        const QList<ComparisonPaneData> &panes)
{
    Comparison comparison;
    comparison.shared = shared;
    comparison.shared.id = 0;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        ComparisonPane pane = panes.at(i).pane;
        pane.position = int(i);
        pane.conversation.id = 0;
        pane.conversation.title = shared.title;
        pane.conversation.kind = ConversationKind::Conversation;
        comparison.panes.append(pane);
    }
    const qint64 id = store.createComparison(comparison);
    if (id == 0)
        return 0;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        const qint64 paneId = comparison.panes.at(i).conversation.id;
        for (const MessageRecord &record : panes.at(i).messages) {
            if (store.appendMessage(paneId, record) == 0)
                return 0;
        }
    }
    return id;
}

} // namespace

ConversationImporter::ConversationImporter(ConversationStore &store)
    : m_store(store)
{}

QString ConversationImporter::uniqueTitle(const QString &title, const QStringList &taken)
{
    if (!taken.contains(title))
        return title;
    static const QRegularExpression suffix(QStringLiteral("^(.*) \\(imported \\d+\\)$"));
    const auto match = suffix.match(title);
    const QString base = match.hasMatch() ? match.captured(1) : title;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (imported %2)").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::optional<QList<qint64>> ConversationImporter::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return importData(file.readAll(), path, error);
}

std::optional<QList<ConversationData>> ConversationImporter::parse(const QByteArray &data,
                                                                   QString *error)
{
    auto pending = parseDocument(data, error);
    if (!pending)
        return std::nullopt;
    QList<ConversationData> result;
    for (PendingConversation &conversation : *pending) {
        if (!convertAll(&conversation, error))
            return std::nullopt;
        result.append(conversation.data);
    }
    return result;
}

std::optional<QList<qint64>>
ConversationImporter::importData(const QByteArray &data, const QString &sourceName, QString *error)
{
    QString parseError;
    auto conversations = parseDocument(data, &parseError);
    if (!conversations) {
        if (error)
            *error = sourceName + QStringLiteral(": ") + parseError;
        return std::nullopt;
    }
    // Messages still in JSON are converted on the store's encoder thread while the rows are
    // written; the first one that does not convert stops the import like a parse error.
    auto conversionFailed = std::make_shared<std::atomic<bool>>(false);
    QList<qint64> ids;
    const bool ok = m_store.inTransaction([&] {
        QStringList taken = m_store.allTitles();
        for (const PendingConversation &pending : std::as_const(*conversations)) {
            ConversationInfo info = pending.data.info;
            info.title = uniqueTitle(titleOf(pending), taken);
            taken.append(info.title);
            if (pending.data.isComparison()) {
                const qint64 id = insertComparison(m_store, info, pending.data.panes);
                if (id == 0)
                    return false;
                ids.append(id);
                continue;
            }
            MessageSource source = MessageSource::fromList(pending.data.messages);
            if (!pending.converted) {
                const QJsonArray json = pending.json;
                const QString path = pending.path;
                source = MessageSource::converting(
                    json.size(), [json, path, conversionFailed](qsizetype i, QString *reason) {
                        auto record = RecordJson::messageFromJson(
                            json.at(i), RecordJson::messagePath(path, i), reason);
                        if (!record) {
                            *conversionFailed = true;
                            return record;
                        }
                        return std::optional<MessageRecord>(imported(std::move(*record)));
                    });
            }
            const qint64 id = m_store.insertConversation(info, std::move(source));
            if (id == 0)
                return false;
            ids.append(id);
        }
        return true;
    });
    if (!ok) {
        if (error) {
            // The insert failed at the earliest message that did not convert, with its message.
            *error = *conversionFailed
                         ? sourceName + QStringLiteral(": ") + m_store.lastError()
                         : tr("%1: nothing was imported: the history database refused the "
                              "write: %2")
                               .arg(sourceName, m_store.lastError());
        }
        return std::nullopt;
    }
    return ids;
}

} // namespace Lineup
