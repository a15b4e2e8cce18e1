#include "storage/ConversationImporter.h"

#include "storage/ConversationStore.h"
#include "storage/RecordJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::ConversationImporter", text);
}

std::optional<ConversationData> fromLineup(const QJsonValue &value, const QString &path,
                                           QString *error)
{
    ConversationData data;
    const auto info = RecordJson::conversationFromJson(value, path, &data.messages, error);
    if (!info)
        return std::nullopt;
    data.info = *info;
    for (MessageRecord &record : data.messages) {
        // Nobody streams an imported answer any more.
        if (record.status == MessageStatus::Streaming)
            record.status = MessageStatus::Interrupted;
    }
    return data;
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

std::optional<QList<ConversationData>> ConversationImporter::parse(const QByteArray &data,
                                                                   QString *error)
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
    QList<ConversationData> result;
    if (document.isArray()) {
        const QJsonArray bodies = document.array();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const auto conversation =
                fromOpenAiBody(bodies.at(i), QStringLiteral("$[%1]").arg(i), error);
            if (!conversation)
                return std::nullopt;
            result.append(*conversation);
        }
        return result;
    }
    const QJsonObject root = document.object();
    if (!root.contains(QStringLiteral("format"))) {
        if (root.contains(QStringLiteral("messages"))) {
            const auto conversation = fromOpenAiBody(root, QStringLiteral("$"), error);
            if (!conversation)
                return std::nullopt;
            result.append(*conversation);
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
        const auto conversation =
            fromLineup(array.at(i), QStringLiteral("$.conversations[%1]").arg(i), error);
        if (!conversation)
            return std::nullopt;
        result.append(*conversation);
    }
    return result;
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

std::optional<QList<qint64>>
ConversationImporter::importData(const QByteArray &data, const QString &sourceName, QString *error)
{
    QString parseError;
    const auto conversations = parse(data, &parseError);
    if (!conversations) {
        if (error)
            *error = sourceName + QStringLiteral(": ") + parseError;
        return std::nullopt;
    }
    QList<qint64> ids;
    const bool ok = m_store.inTransaction([&] {
        QStringList taken = m_store.allTitles();
        for (ConversationData conversation : *conversations) {
            for (const MessageRecord &record : std::as_const(conversation.messages)) {
                if (!conversation.info.title.isEmpty())
                    break;
                if (record.message.role == Role::User)
                    conversation.info.title =
                        ConversationStore::titleFromPrompt(record.message.text());
            }
            conversation.info.title = uniqueTitle(conversation.info.title, taken);
            taken.append(conversation.info.title);
            const qint64 id =
                m_store.insertConversationWithMessages(conversation.info, conversation.messages);
            if (id == 0)
                return false;
            ids.append(id);
        }
        return true;
    });
    if (!ok) {
        if (error)
            *error = tr("%1: nothing was imported: the history database refused the write: %2")
                         .arg(sourceName, m_store.lastError());
        return std::nullopt;
    }
    return ids;
}

} // namespace Lineup
