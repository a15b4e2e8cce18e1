#include "storage/RecordJson.h"

#include "util/ParallelFor.h"

#include <QCoreApplication>
#include <QMutex>
#include <QUrl>

#include <map>

namespace Lineup::RecordJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::RecordJson", text);
}

bool fail(QString *error, const QString &path, const QString &what)
{
    if (error)
        *error = path + QStringLiteral(": ") + what;
    return false;
}

QString key(const QString &path, const char *name)
{
    return path + QLatin1Char('.') + QLatin1String(name);
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Optional string member: absent or null gives `fallback`.
bool readString(const QJsonObject &object, const char *name, const QString &path, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error, key(path, name), tr("must be a string"));
    *out = value.toString();
    return true;
}

bool readObject(const QJsonObject &object, const char *name, const QString &path, QJsonObject *out,
                QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(error, key(path, name), tr("must be an object"));
    *out = value.toObject();
    return true;
}

bool readTime(const QJsonObject &object, const char *name, const QString &path, QDateTime *out,
              QString *error)
{
    QString text;
    if (!readString(object, name, path, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    const auto time = timeFromString(text);
    if (!time)
        return fail(
            error, key(path, name),
            tr("\"%1\" is not an ISO 8601 date-time (e.g. 2026-01-31T12:00:00.000Z)").arg(text));
    *out = *time;
    return true;
}

std::optional<ContentPart> imagePartFromJson(const QJsonObject &object, const QString &path,
                                             QString *error)
{
    const QJsonValue imageValue = object.value(QStringLiteral("image_url"));
    const QString imagePath = key(path, "image_url");
    if (!imageValue.isObject()) {
        fail(error, imagePath, tr("must be an object with a \"url\""));
        return std::nullopt;
    }
    const QJsonObject image = imageValue.toObject();
    const QString urlPath = key(imagePath, "url");
    const QJsonValue urlValue = image.value(QStringLiteral("url"));
    if (!urlValue.isString() || urlValue.toString().isEmpty()) {
        fail(error, urlPath, tr("must be a non-empty string"));
        return std::nullopt;
    }
    QString detail;
    if (!readString(image, "detail", imagePath, &detail, error))
        return std::nullopt;
    if (!detail.isEmpty() && detail != QLatin1String("low") && detail != QLatin1String("high") &&
        detail != QLatin1String("auto")) {
        fail(error, key(imagePath, "detail"), tr("must be \"low\", \"high\" or \"auto\""));
        return std::nullopt;
    }
    const QString url = urlValue.toString();
    if (url.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        const QStringView header = QStringView(url).mid(5, comma < 0 ? 0 : comma - 5);
        if (comma < 0 || !header.endsWith(QLatin1String(";base64"))) {
            fail(error, urlPath, tr("not a base64 data: URL (expected data:<type>;base64,...)"));
            return std::nullopt;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            QStringView(url).mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            fail(error, urlPath, tr("the data: URL holds invalid or empty base64"));
            return std::nullopt;
        }
        // No media type: keep the one the URL is written back with (effectiveImageUrl()), so an
        // exported import reads the same.
        const QString mimeType = header.chopped(7).toString();
        return ContentPart::fromImageData(
            *decoded, mimeType.isEmpty() ? QStringLiteral("image/png") : mimeType, detail);
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        fail(error, urlPath, tr("must be an http(s) URL or a base64 data: URL"));
        return std::nullopt;
    }
    return ContentPart::fromImageUrl(url, detail);
}

std::optional<QList<ToolCall>> toolCallsFromJson(const QJsonObject &object, const QString &path,
                                                 QString *error)
{
    QList<ToolCall> calls;
    const QJsonValue value = object.value(QStringLiteral("tool_calls"));
    if (value.isUndefined() || value.isNull())
        return calls;
    const QString callsPath = key(path, "tool_calls");
    if (!value.isArray()) {
        fail(error, callsPath, tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString callPath = index(callsPath, i);
        if (!array.at(i).isObject()) {
            fail(error, callPath, tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject call = array.at(i).toObject();
        ToolCall parsed;
        QString type;
        if (!readString(call, "id", callPath, &parsed.id, error) ||
            !readString(call, "type", callPath, &type, error))
            return std::nullopt;
        if (!type.isEmpty())
            parsed.type = type;
        const QJsonValue function = call.value(QStringLiteral("function"));
        if (!function.isObject()) {
            fail(error, key(callPath, "function"), tr("must be an object with \"name\""));
            return std::nullopt;
        }
        const QString functionPath = key(callPath, "function");
        const QJsonObject functionObject = function.toObject();
        if (!functionObject.value(QStringLiteral("name")).isString()) {
            fail(error, key(functionPath, "name"), tr("must be a string"));
            return std::nullopt;
        }
        parsed.name = functionObject.value(QStringLiteral("name")).toString();
        if (!readString(functionObject, "arguments", functionPath, &parsed.arguments, error))
            return std::nullopt;
        calls.append(parsed);
    }
    return calls;
}

std::optional<Role> roleFrom(const QJsonObject &object, const QString &path, QString *error)
{
    const QJsonValue value = object.value(QStringLiteral("role"));
    if (value.isUndefined()) {
        fail(error, key(path, "role"), tr("is required"));
        return std::nullopt;
    }
    const auto role = roleFromName(value.toString());
    if (!role) {
        fail(error, key(path, "role"),
             tr("must be one of \"system\", \"developer\", \"user\", \"assistant\", \"tool\""));
        return std::nullopt;
    }
    return role;
}

} // namespace

QString timeToString(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<QDateTime> timeFromString(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    // Exports write UTC as ISO 8601, which has years 1 to 9999 only: a time outside them (say
    // 0001-01-01T00:00:00+01:00) would be written as nothing and lost on the way back.
    time = time.toUTC();
    if (time.date().year() < 1 || time.date().year() > 9999)
        return std::nullopt;
    return time;
}

QJsonObject errorToJson(const ApiError &error)
{
    if (!error.isError())
        return {};
    QJsonObject object{{QStringLiteral("kind"), error.kindName()}};
    auto put = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    if (error.httpStatus != 0)
        object.insert(QStringLiteral("http_status"), error.httpStatus);
    put("type", error.type);
    put("code", error.code);
    put("param", error.param);
    put("message", error.serviceMessage);
    put("detail", error.detail);
    return object;
}

ApiError errorFromJson(const QJsonObject &object)
{
    ApiError error;
    if (object.isEmpty())
        return error;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    error.kind = ApiError::Kind::NetworkError; // an unknown name still is an error
    for (int k = int(ApiError::Kind::None); k <= int(ApiError::LastKind); ++k) {
        ApiError probe;
        probe.kind = ApiError::Kind(k);
        if (probe.kindName() == kind) {
            error.kind = probe.kind;
            break;
        }
    }
    // "kind": "none" is no error, whatever else the object says (errorToJson() writes nothing
    // for it, so keeping the rest would not survive an export).
    if (error.kind == ApiError::Kind::None)
        return ApiError();
    error.httpStatus = object.value(QStringLiteral("http_status")).toInt();
    error.type = object.value(QStringLiteral("type")).toString();
    error.code = object.value(QStringLiteral("code")).toString();
    error.param = object.value(QStringLiteral("param")).toString();
    error.serviceMessage = object.value(QStringLiteral("message")).toString();
    error.detail = object.value(QStringLiteral("detail")).toString();
    return error;
}

QJsonArray partsToJson(const QList<ContentPart> &parts)
{
    QJsonArray array;
    for (const ContentPart &part : parts)
        array.append(part.toJson());
    return array;
}

QJsonArray toolCallsToJson(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls)
        array.append(call.toJson());
    return array;
}

QJsonObject messageToJson(const MessageRecord &record, bool withId)
{
    const ChatMessage &message = record.message;
    QJsonObject object;
    if (withId)
        object.insert(QStringLiteral("id"), double(record.id));
    object.insert(QStringLiteral("role"), roleName(message.role));
    object.insert(QStringLiteral("content"), partsToJson(message.parts));
    auto put = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    put("reasoning", message.reasoning);
    put("refusal", message.refusal);
    if (!message.toolCalls.isEmpty())
        object.insert(QStringLiteral("tool_calls"), toolCallsToJson(message.toolCalls));
    put("tool_call_id", message.toolCallId);
    put("name", message.name);
    put("model", record.model);
    put("profile_id", record.profileId);
    if (!record.parameters.isEmpty())
        object.insert(QStringLiteral("parameters"), record.parameters);
    const QJsonObject usage = record.usage.toJson();
    if (!usage.isEmpty())
        object.insert(QStringLiteral("usage"), usage);
    if (record.timings != Timings())
        object.insert(QStringLiteral("timings"), record.timings.toJson());
    put("finish_reason", record.finishReason);
    object.insert(QStringLiteral("status"), messageStatusName(record.status));
    const QJsonObject error = errorToJson(record.error);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    put("created_at", timeToString(record.createdAt));
    if (!record.alternatives.isEmpty()) {
        QJsonArray alternatives;
        for (const ChatMessage &alternative : record.alternatives) {
            MessageRecord wrapper;
            wrapper.message = alternative;
            QJsonObject json = messageToJson(wrapper, false);
            json.remove(QStringLiteral("status"));
            alternatives.append(json);
        }
        object.insert(QStringLiteral("alternatives"), alternatives);
    }
    if (record.price.isKnown())
        object.insert(QStringLiteral("price"), record.price.toJson());
    if (record.logprobs.isObject() || record.logprobs.isArray())
        object.insert(QStringLiteral("logprobs"), record.logprobs);
    return object;
}

QJsonObject conversationToJson(const ConversationInfo &info, const QList<MessageRecord> &messages,
                               bool withIds)
{
    QJsonObject object;
    if (withIds)
        object.insert(QStringLiteral("id"), double(info.id));
    object.insert(QStringLiteral("title"), info.title);
    object.insert(QStringLiteral("system_prompt"), info.systemPrompt);
    object.insert(QStringLiteral("system_role"), roleName(info.systemRole));
    object.insert(QStringLiteral("profile_id"), info.profileId);
    object.insert(QStringLiteral("model"), info.model);
    object.insert(QStringLiteral("parameters"), info.parameters);
    object.insert(QStringLiteral("pinned"), info.pinned);
    object.insert(QStringLiteral("created_at"), timeToString(info.createdAt));
    object.insert(QStringLiteral("updated_at"), timeToString(info.updatedAt));
    QJsonArray array;
    for (const MessageRecord &record : messages)
        array.append(messageToJson(record, withIds));
    object.insert(QStringLiteral("messages"), array);
    return object;
}

std::optional<QList<ContentPart>> partsFromJson(const QJsonValue &value, const QString &path,
                                                QString *error)
{
    QList<ContentPart> parts;
    if (value.isNull() || value.isUndefined())
        return parts;
    if (value.isString()) {
        parts.append(ContentPart::fromText(value.toString()));
        return parts;
    }
    if (!value.isArray()) {
        fail(error, path, tr("must be a string, an array of parts or null"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString partPath = index(path, i);
        if (!array.at(i).isObject()) {
            fail(error, partPath, tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject part = array.at(i).toObject();
        const QString type = part.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("text")) {
            if (!part.value(QStringLiteral("text")).isString()) {
                fail(error, key(partPath, "text"), tr("must be a string"));
                return std::nullopt;
            }
            parts.append(ContentPart::fromText(part.value(QStringLiteral("text")).toString()));
        } else if (type == QLatin1String("image_url")) {
            const auto image = imagePartFromJson(part, partPath, error);
            if (!image)
                return std::nullopt;
            parts.append(*image);
        } else {
            fail(error, key(partPath, "type"), tr("must be \"text\" or \"image_url\""));
            return std::nullopt;
        }
    }
    return parts;
}

std::optional<ChatMessage> requestMessageFromJson(const QJsonValue &value, const QString &path,
                                                  QString *error)
{
    if (!value.isObject()) {
        fail(error, path, tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ChatMessage message;
    const auto role = roleFrom(object, path, error);
    if (!role)
        return std::nullopt;
    message.role = *role;
    const auto parts =
        partsFromJson(object.value(QStringLiteral("content")), key(path, "content"), error);
    if (!parts)
        return std::nullopt;
    message.parts = *parts;
    const auto calls = toolCallsFromJson(object, path, error);
    if (!calls)
        return std::nullopt;
    message.toolCalls = *calls;
    if (!readString(object, "tool_call_id", path, &message.toolCallId, error) ||
        !readString(object, "name", path, &message.name, error) ||
        !readString(object, "refusal", path, &message.refusal, error))
        return std::nullopt;
    if (!readString(object, "reasoning_content", path, &message.reasoning, error) ||
        !readString(object, "reasoning", path, &message.reasoning, error))
        return std::nullopt;
    return message;
}

std::optional<MessageRecord> messageFromJson(const QJsonValue &value, const QString &path,
                                             QString *error)
{
    const auto message = requestMessageFromJson(value, path, error);
    if (!message)
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (!object.contains(QStringLiteral("content"))) {
        fail(error, key(path, "content"), tr("is required"));
        return std::nullopt;
    }
    MessageRecord record;
    record.message = *message;
    QJsonObject usage;
    QJsonObject timings;
    QJsonObject errorObject;
    QJsonObject price;
    QString status;
    if (!readString(object, "model", path, &record.model, error) ||
        !readObject(object, "price", path, &price, error) ||
        !readString(object, "profile_id", path, &record.profileId, error) ||
        !readObject(object, "parameters", path, &record.parameters, error) ||
        !readObject(object, "usage", path, &usage, error) ||
        !readObject(object, "timings", path, &timings, error) ||
        !readString(object, "finish_reason", path, &record.finishReason, error) ||
        !readObject(object, "error", path, &errorObject, error) ||
        !readString(object, "status", path, &status, error) ||
        !readTime(object, "created_at", path, &record.createdAt, error))
        return std::nullopt;
    for (const char *name : {"prompt_tokens", "completion_tokens", "total_tokens"}) {
        const QJsonValue count = usage.value(QLatin1String(name));
        if (!count.isUndefined() && !count.isNull() && !count.isDouble()) {
            fail(error, key(key(path, "usage"), name), tr("must be a number"));
            return std::nullopt;
        }
    }
    if (!usage.isEmpty())
        record.usage = Usage::fromJson(usage);
    record.timings = Timings::fromJson(timings);
    record.error = errorFromJson(errorObject);
    record.price = ModelPrice::fromJson(price);
    const QJsonValue logprobs = object.value(QStringLiteral("logprobs"));
    if (logprobs.isObject() || logprobs.isArray()) {
        record.logprobs = logprobs;
    } else if (!logprobs.isUndefined() && !logprobs.isNull()) {
        fail(error, key(path, "logprobs"), tr("must be an object"));
        return std::nullopt;
    }
    if (!status.isEmpty()) {
        const auto parsed = messageStatusFromName(status);
        if (!parsed) {
            fail(error, key(path, "status"),
                 tr("must be one of \"complete\", \"streaming\", \"stopped\", \"failed\", "
                    "\"interrupted\""));
            return std::nullopt;
        }
        record.status = *parsed;
    }
    const QJsonValue alternatives = object.value(QStringLiteral("alternatives"));
    if (!alternatives.isUndefined() && !alternatives.isNull()) {
        if (!alternatives.isArray()) {
            fail(error, key(path, "alternatives"), tr("must be an array"));
            return std::nullopt;
        }
        const QJsonArray array = alternatives.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto alternative =
                requestMessageFromJson(array.at(i), index(key(path, "alternatives"), i), error);
            if (!alternative)
                return std::nullopt;
            record.alternatives.append(*alternative);
        }
    }
    return record;
}

std::optional<ConversationInfo> conversationHeadFromJson(const QJsonValue &value,
                                                         const QString &path, QJsonArray *messages,
                                                         QString *error)
{
    if (!value.isObject()) {
        fail(error, path, tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ConversationInfo info;
    if (!object.value(QStringLiteral("title")).isString()) {
        fail(error, key(path, "title"),
             object.contains(QStringLiteral("title")) ? tr("must be a string") : tr("is required"));
        return std::nullopt;
    }
    info.title = object.value(QStringLiteral("title")).toString();
    QString systemRole;
    if (!readString(object, "system_prompt", path, &info.systemPrompt, error) ||
        !readString(object, "system_role", path, &systemRole, error) ||
        !readString(object, "profile_id", path, &info.profileId, error) ||
        !readString(object, "model", path, &info.model, error) ||
        !readObject(object, "parameters", path, &info.parameters, error) ||
        !readTime(object, "created_at", path, &info.createdAt, error) ||
        !readTime(object, "updated_at", path, &info.updatedAt, error))
        return std::nullopt;
    if (systemRole == QLatin1String("developer")) {
        info.systemRole = Role::Developer;
    } else if (!systemRole.isEmpty() && systemRole != QLatin1String("system")) {
        fail(error, key(path, "system_role"), tr("must be \"system\" or \"developer\""));
        return std::nullopt;
    }
    const QJsonValue pinned = object.value(QStringLiteral("pinned"));
    if (!pinned.isUndefined() && !pinned.isNull() && !pinned.isBool()) {
        fail(error, key(path, "pinned"), tr("must be true or false"));
        return std::nullopt;
    }
    info.pinned = pinned.toBool();
    const QJsonValue messageValue = object.value(QStringLiteral("messages"));
    if (!messageValue.isArray()) {
        fail(error, key(path, "messages"),
             messageValue.isUndefined() ? tr("is required") : tr("must be an array"));
        return std::nullopt;
    }
    *messages = messageValue.toArray();
    return info;
}

QString messagePath(const QString &conversationPath, qsizetype i)
{
    return index(key(conversationPath, "messages"), i);
}

std::optional<QList<MessageRecord>>
messagesFromJson(const QJsonArray &array, const QString &conversationPath, QString *error)
{
    // Long conversations spend most of their parsing here: split it across cores. Each chunk
    // stops at its first invalid message; the earliest one is reported.
    const QString messagesPath = key(conversationPath, "messages");
    QList<MessageRecord> records(array.size());
    MessageRecord *const converted = records.data(); // detached once, before the threads
    std::map<qsizetype, QString> failures;
    QMutex failuresLock;
    parallelFor(array.size(), 2000, [&](qsizetype begin, qsizetype end) {
        const QJsonArray items = array; // each thread reads through its own instance
        for (qsizetype i = begin; i < end; ++i) {
            QString reason;
            auto record = messageFromJson(items.at(i), index(messagesPath, i), &reason);
            if (!record) {
                const QMutexLocker locker(&failuresLock);
                failures.emplace(i, reason);
                return;
            }
            converted[i] = std::move(*record);
        }
    });
    if (!failures.empty()) {
        if (error)
            *error = failures.begin()->second;
        return std::nullopt;
    }
    return records;
}

std::optional<ConversationInfo> conversationFromJson(const QJsonValue &value, const QString &path,
                                                     QList<MessageRecord> *messages, QString *error)
{
    QJsonArray array;
    const auto info = conversationHeadFromJson(value, path, &array, error);
    if (!info)
        return std::nullopt;
    auto records = messagesFromJson(array, path, error);
    if (!records)
        return std::nullopt;
    *messages = std::move(*records);
    return info;
}

} // namespace Lineup::RecordJson
