#include "storage/MessageCodec.h"

#include "storage/ConversationStore.h"
#include "storage/RecordJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QVariant>

namespace Lineup {

namespace {

// Most of these are empty: skip the serializer for those.
// Usage and timings are flat objects of numbers: written here directly, in the form
// QJsonDocument writes them, for a fraction of its cost (~2 us each, twice per answer in a bulk
// import). Anything else (strings, nesting, unusual keys) goes through QJsonDocument.
std::optional<QString> compactFlatNumbers(const QJsonObject &object)
{
    QString out;
    out.reserve(24 * object.size());
    out += u'{';
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        for (const QChar ch : key) {
            if (ch.unicode() < 0x20 || ch.unicode() > 0x7e || ch == u'"' || ch == u'\\')
                return std::nullopt;
        }
        if (it != object.constBegin())
            out += u',';
        out += u'"' % key % u"\":";
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Null:
            out += u"null";
            break;
        case QJsonValue::Bool:
            out += value.toBool() ? u"true" : u"false";
            break;
        case QJsonValue::Double:
            if (value.toVariant().typeId() == QMetaType::LongLong) {
                out += QString::number(value.toInteger());
            } else if (const double number = value.toDouble(); qIsFinite(number)) {
                out += QString::fromLatin1(
                    QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
            } else {
                out += u"null";
            }
            break;
        default:
            return std::nullopt;
        }
    }
    out += u'}';
    return out;
}

QString compact(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    if (auto flat = compactFlatNumbers(object))
        return *flat;
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    if (array.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Most columns hold their default: skip the parser for those.
QJsonObject objectFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() <= 2)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() <= 2)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QVariant optionalCount(const std::optional<qint64> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QStringList MessageCodec::columns()
{
    return {QStringLiteral("role"),
            QStringLiteral("content"),
            QStringLiteral("text"),
            QStringLiteral("reasoning"),
            QStringLiteral("refusal"),
            QStringLiteral("tool_calls"),
            QStringLiteral("tool_call_id"),
            QStringLiteral("name"),
            QStringLiteral("model"),
            QStringLiteral("profile_id"),
            QStringLiteral("parameters"),
            QStringLiteral("usage"),
            QStringLiteral("prompt_tokens"),
            QStringLiteral("completion_tokens"),
            QStringLiteral("total_tokens"),
            QStringLiteral("cached_tokens"),
            QStringLiteral("reasoning_tokens"),
            QStringLiteral("timings"),
            QStringLiteral("finish_reason"),
            QStringLiteral("status"),
            QStringLiteral("error"),
            QStringLiteral("created_at"),
            QStringLiteral("alternatives"),
            QStringLiteral("price"),
            QStringLiteral("logprobs")};
}

QStringList MessageCodec::columnDefaults()
{
    const QString empty = QStringLiteral("");
    const QString array = QStringLiteral("[]");
    const QString object = QStringLiteral("{}");
    return {QString(), // role
            array,     // content
            empty,     // text
            empty,     // reasoning
            empty,     // refusal
            array,     // tool_calls
            empty,     // tool_call_id
            empty,     // name
            empty,     // model
            empty,     // profile_id
            object,    // parameters
            object,    // usage
            QString(), // prompt_tokens
            QString(), // completion_tokens
            QString(), // total_tokens
            QString(), // cached_tokens
            QString(), // reasoning_tokens
            object,    // timings
            empty,     // finish_reason
            QStringLiteral("complete"),
            object,    // error
            QString(), // created_at
            array,     // alternatives
            object,    // price
            empty};    // logprobs
}

QJsonArray MessageCodec::storeParts(const QList<ContentPart> &parts, QStringList *keys, bool *ok)
{
    QJsonArray array;
    for (const ContentPart &part : parts) {
        if (part.type == ContentPart::Type::Text) {
            array.append(part.toJson());
            continue;
        }
        QJsonObject object;
        if (!part.imageData.isEmpty()) {
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(part.imageData, QCryptographicHash::Sha256).toHex());
            QSqlQuery &insert = m_store.preparedQuery(
                QStringLiteral("INSERT OR IGNORE INTO attachments (sha256, mime_type, size, data)"
                               " VALUES (:sha, :mime, :size, :data)"));
            insert.bindValue(QStringLiteral(":sha"), notNull(sha));
            insert.bindValue(QStringLiteral(":mime"), notNull(part.mimeType));
            insert.bindValue(QStringLiteral(":size"), qint64(part.imageData.size()));
            insert.bindValue(QStringLiteral(":data"), part.imageData);
            if (!insert.exec()) {
                m_error = insert.lastError().text();
                *ok = false;
            }
            if (!keys->contains(sha))
                keys->append(sha);
            object.insert(QStringLiteral("type"), QStringLiteral("image"));
            object.insert(QStringLiteral("sha256"), sha);
            object.insert(QStringLiteral("mime_type"), part.mimeType);
        } else {
            object.insert(QStringLiteral("type"), QStringLiteral("image_url"));
            object.insert(QStringLiteral("url"), part.imageUrl);
        }
        if (!part.detail.isEmpty())
            object.insert(QStringLiteral("detail"), part.detail);
        array.append(object);
    }
    return array;
}

std::optional<QStringList> MessageCodec::values(const MessageRecord &record, QVariantList *out)
{
    const ChatMessage &message = record.message;
    QStringList keys;
    bool ok = true;
    const bool singleText =
        message.parts.size() == 1 && message.parts.first().type == ContentPart::Type::Text;
    const QJsonArray content = singleText ? QJsonArray() : storeParts(message.parts, &keys, &ok);
    if (!ok)
        return std::nullopt;
    QJsonArray alternatives;
    for (const ChatMessage &alternative : record.alternatives) {
        QJsonObject json = alternative.toRequestJson();
        if (!alternative.reasoning.isEmpty())
            json.insert(QStringLiteral("reasoning_content"), alternative.reasoning);
        if (!alternative.refusal.isEmpty())
            json.insert(QStringLiteral("refusal"), alternative.refusal);
        alternatives.append(json);
    }
    const QDateTime created =
        record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc();
    // Same order as columns().
    out->clear();
    out->reserve(ColumnCount);
    out->append(roleName(message.role));
    out->append(singleText ? QStringLiteral("") : compact(content));
    out->append(notNull(message.text()));
    out->append(notNull(message.reasoning));
    out->append(notNull(message.refusal));
    out->append(message.toolCalls.isEmpty()
                    ? QStringLiteral("[]")
                    : compact(RecordJson::toolCallsToJson(message.toolCalls)));
    out->append(notNull(message.toolCallId));
    out->append(notNull(message.name));
    out->append(notNull(record.model));
    out->append(notNull(record.profileId));
    out->append(compact(record.parameters));
    out->append(compact(record.usage.toJson()));
    out->append(optionalCount(record.usage.promptTokens));
    out->append(optionalCount(record.usage.completionTokens));
    out->append(optionalCount(record.usage.totalTokens));
    out->append(optionalCount(record.usage.cachedTokens));
    out->append(optionalCount(record.usage.reasoningTokens));
    out->append(record.timings == Timings() ? QStringLiteral("{}")
                                            : compact(record.timings.toJson()));
    out->append(notNull(record.finishReason));
    out->append(messageStatusName(record.status));
    out->append(compact(RecordJson::errorToJson(record.error)));
    out->append(created.toMSecsSinceEpoch());
    out->append(compact(alternatives));
    out->append(compact(record.price.toJson()));
    out->append(record.logprobs.isObject()
                    ? compact(record.logprobs.toObject())
                    : (record.logprobs.isArray() ? compact(record.logprobs.toArray())
                                                 : QStringLiteral("")));
    Q_ASSERT(out->size() == ColumnCount);
    return keys;
}

std::optional<QStringList> MessageCodec::bind(QSqlQuery &query, const MessageRecord &record)
{
    static const QStringList placeholders = [] {
        QStringList names = columns();
        for (QString &name : names)
            name.prepend(QLatin1Char(':'));
        return names;
    }();
    QVariantList row;
    const auto keys = values(record, &row);
    if (!keys)
        return std::nullopt;
    for (qsizetype i = 0; i < row.size(); ++i)
        query.bindValue(placeholders.at(i), row.at(i));
    return keys;
}

bool MessageCodec::linkAttachments(qint64 messageId, const QStringList &keys, bool replace)
{
    if (replace) {
        QSqlQuery &query = m_store.preparedQuery(
            QStringLiteral("DELETE FROM message_attachments WHERE message_id = :id"));
        query.bindValue(QStringLiteral(":id"), messageId);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
    }
    for (const QString &key : keys) {
        QSqlQuery &query = m_store.preparedQuery(
            QStringLiteral("INSERT OR IGNORE INTO message_attachments (message_id, sha256)"
                           " VALUES (:id, :sha)"));
        query.bindValue(QStringLiteral(":id"), messageId);
        query.bindValue(QStringLiteral(":sha"), notNull(key));
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString MessageCodec::selectList()
{
    return QStringLiteral("id, conversation_id, ") + columns().join(QStringLiteral(", "));
}

MessageRecord MessageCodec::read(const QSqlQuery &query,
                                 const QHash<QString, QPair<QString, QByteArray>> &attachments)
{
    // Column order: id, conversation_id, then columns().
    MessageRecord record;
    record.id = query.value(0).toLongLong();
    ChatMessage &message = record.message;
    message.role = roleFromName(query.value(2).toString()).value_or(Role::User);
    const QString contentText = query.value(3).toString();
    if (contentText.isEmpty())
        message.parts.append(ContentPart::fromText(query.value(4).toString()));
    const QJsonArray content = arrayFrom(contentText);
    for (const QJsonValue &value : content) {
        const QJsonObject part = value.toObject();
        const QString type = part.value(QStringLiteral("type")).toString();
        const QString detail = part.value(QStringLiteral("detail")).toString();
        if (type == QLatin1String("image")) {
            const auto found =
                attachments.constFind(part.value(QStringLiteral("sha256")).toString());
            const QString mime = part.value(QStringLiteral("mime_type")).toString();
            message.parts.append(ContentPart::fromImageData(
                found == attachments.constEnd() ? QByteArray() : found->second, mime, detail));
        } else if (type == QLatin1String("image_url")) {
            message.parts.append(
                ContentPart::fromImageUrl(part.value(QStringLiteral("url")).toString(), detail));
        } else {
            message.parts.append(
                ContentPart::fromText(part.value(QStringLiteral("text")).toString()));
        }
    }
    message.reasoning = query.value(5).toString();
    message.refusal = query.value(6).toString();
    const QJsonArray calls = arrayFrom(query.value(7));
    for (const QJsonValue &call : calls)
        message.toolCalls.append(ToolCall::fromJson(call.toObject()));
    message.toolCallId = query.value(8).toString();
    message.name = query.value(9).toString();
    record.model = query.value(10).toString();
    record.profileId = query.value(11).toString();
    record.parameters = objectFrom(query.value(12));
    const QJsonObject usage = objectFrom(query.value(13));
    if (!usage.isEmpty())
        record.usage = Usage::fromJson(usage);
    record.timings = Timings::fromJson(objectFrom(query.value(19)));
    record.finishReason = query.value(20).toString();
    record.status =
        messageStatusFromName(query.value(21).toString()).value_or(MessageStatus::Complete);
    record.error = RecordJson::errorFromJson(objectFrom(query.value(22)));
    record.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(23).toLongLong(), Qt::UTC);
    const QJsonArray alternatives = arrayFrom(query.value(24));
    for (const QJsonValue &value : alternatives) {
        if (auto alternative = ChatMessage::fromRequestJson(value.toObject(), nullptr))
            record.alternatives.append(*alternative);
    }
    record.price = ModelPrice::fromJson(objectFrom(query.value(25)));
    if (const QString logprobs = query.value(26).toString(); !logprobs.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(logprobs.toUtf8());
        if (document.isObject())
            record.logprobs = document.object();
        else if (document.isArray())
            record.logprobs = document.array();
    }
    return record;
}

QHash<QString, QPair<QString, QByteArray>> MessageCodec::loadAttachments(qint64 conversationId,
                                                                         qint64 messageId) const
{
    QHash<QString, QPair<QString, QByteArray>> result;
    QSqlQuery query(m_store.database());
    if (messageId != 0) {
        query.prepare(QStringLiteral("SELECT a.sha256, a.mime_type, a.data FROM attachments a"
                                     " JOIN message_attachments ma ON ma.sha256 = a.sha256"
                                     " WHERE ma.message_id = :id"));
        query.bindValue(QStringLiteral(":id"), messageId);
    } else {
        query.prepare(QStringLiteral("SELECT DISTINCT a.sha256, a.mime_type, a.data"
                                     " FROM attachments a"
                                     " JOIN message_attachments ma ON ma.sha256 = a.sha256"
                                     " JOIN messages m ON m.id = ma.message_id"
                                     " WHERE m.conversation_id = :id"));
        query.bindValue(QStringLiteral(":id"), conversationId);
    }
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toString(),
                      {query.value(1).toString(), query.value(2).toByteArray()});
    return result;
}

} // namespace Lineup
