#include "chat/ChatMessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Lineup {

QString roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::Developer:
        return QStringLiteral("developer");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::System, Role::Developer, Role::User, Role::Assistant, Role::Tool}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

ContentPart ContentPart::fromText(const QString &text)
{
    ContentPart part;
    part.type = Type::Text;
    part.text = text;
    return part;
}

ContentPart ContentPart::fromImageData(const QByteArray &data, const QString &mimeType,
                                       const QString &detail)
{
    ContentPart part;
    part.type = Type::Image;
    part.imageData = data;
    part.mimeType = mimeType;
    part.detail = detail;
    return part;
}

ContentPart ContentPart::fromImageUrl(const QString &url, const QString &detail)
{
    ContentPart part;
    part.type = Type::Image;
    part.imageUrl = url;
    part.detail = detail;
    return part;
}

QString ContentPart::effectiveImageUrl() const
{
    if (imageData.isEmpty())
        return imageUrl;
    const QString mime = mimeType.isEmpty() ? QStringLiteral("image/png") : mimeType;
    return QStringLiteral("data:") + mime + QStringLiteral(";base64,") +
           QString::fromLatin1(imageData.toBase64());
}

QJsonObject ContentPart::toJson() const
{
    if (type == Type::Text)
        return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
    QJsonObject image{{QStringLiteral("url"), effectiveImageUrl()}};
    if (!detail.isEmpty())
        image.insert(QStringLiteral("detail"), detail);
    return {{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), image}};
}

std::optional<ContentPart> ContentPart::fromJson(const QJsonObject &object, QString *error)
{
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text")) {
        if (!object.value(QStringLiteral("text")).isString()) {
            if (error)
                *error = QCoreApplication::translate("Lineup::ContentPart",
                                                     "a text part has no \"text\" string");
            return std::nullopt;
        }
        return fromText(object.value(QStringLiteral("text")).toString());
    }
    if (type == QLatin1String("image_url")) {
        const QJsonValue imageValue = object.value(QStringLiteral("image_url"));
        // Some clients send image_url as a bare string.
        const QJsonObject image = imageValue.isString()
                                      ? QJsonObject{{QStringLiteral("url"), imageValue.toString()}}
                                      : imageValue.toObject();
        const QString url = image.value(QStringLiteral("url")).toString();
        if (url.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Lineup::ContentPart",
                                                     "an image part has no \"image_url.url\"");
            return std::nullopt;
        }
        const QString detail = image.value(QStringLiteral("detail")).toString();
        if (url.startsWith(QLatin1String("data:"))) {
            const qsizetype comma = url.indexOf(QLatin1Char(','));
            const QStringView header = QStringView(url).mid(5, comma < 0 ? 0 : comma - 5);
            if (comma < 0 || !header.endsWith(QLatin1String(";base64"))) {
                if (error)
                    *error = QCoreApplication::translate(
                        "Lineup::ContentPart", "an image data: URL is not base64-encoded");
                return std::nullopt;
            }
            const auto decoded =
                QByteArray::fromBase64Encoding(QStringView(url).mid(comma + 1).toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                if (error)
                    *error = QCoreApplication::translate("Lineup::ContentPart",
                                                         "an image data: URL holds invalid base64");
                return std::nullopt;
            }
            return fromImageData(*decoded, header.chopped(7).toString(), detail);
        }
        return fromImageUrl(url, detail);
    }
    if (error)
        *error =
            QCoreApplication::translate("Lineup::ContentPart", "unknown content part type \"%1\"")
                .arg(type);
    return std::nullopt;
}

QJsonObject ToolCall::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type.isEmpty() ? QStringLiteral("function") : type},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("arguments"), arguments}}}};
}

ToolCall ToolCall::fromJson(const QJsonObject &object)
{
    ToolCall call;
    call.id = object.value(QStringLiteral("id")).toString();
    call.type = object.value(QStringLiteral("type")).toString(QStringLiteral("function"));
    const QJsonObject function = object.value(QStringLiteral("function")).toObject();
    call.name = function.value(QStringLiteral("name")).toString();
    const QJsonValue arguments = function.value(QStringLiteral("arguments"));
    call.arguments =
        arguments.isString()
            ? arguments.toString()
            : QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
    return call;
}

ChatMessage ChatMessage::fromText(Role role, const QString &text)
{
    ChatMessage message;
    message.role = role;
    message.parts.append(ContentPart::fromText(text));
    return message;
}

QString ChatMessage::text() const
{
    QString result;
    for (const ContentPart &part : parts) {
        if (part.type != ContentPart::Type::Text)
            continue;
        if (!result.isEmpty())
            result += QLatin1Char('\n');
        result += part.text;
    }
    return result;
}

bool ChatMessage::hasImages() const
{
    return std::any_of(parts.cbegin(), parts.cend(), [](const ContentPart &part) {
        return part.type == ContentPart::Type::Image;
    });
}

QJsonObject ChatMessage::toRequestJson() const
{
    QJsonObject object{{QStringLiteral("role"), roleName(role)}};
    if (parts.size() == 1 && parts.first().type == ContentPart::Type::Text) {
        object.insert(QStringLiteral("content"), parts.first().text);
    } else if (parts.isEmpty()) {
        // An assistant turn that only called tools has null content.
        object.insert(QStringLiteral("content"),
                      role == Role::Assistant ? QJsonValue() : QJsonValue(QString()));
    } else {
        QJsonArray array;
        for (const ContentPart &part : parts)
            array.append(part.toJson());
        object.insert(QStringLiteral("content"), array);
    }
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : toolCalls)
            calls.append(call.toJson());
        object.insert(QStringLiteral("tool_calls"), calls);
    }
    if (role == Role::Tool)
        object.insert(QStringLiteral("tool_call_id"), toolCallId);
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    return object;
}

std::optional<ChatMessage> ChatMessage::fromRequestJson(const QJsonObject &object, QString *error)
{
    const auto role = roleFromName(object.value(QStringLiteral("role")).toString());
    if (!role) {
        if (error)
            *error = QCoreApplication::translate("Lineup::ChatMessage",
                                                 "\"role\" must be one of system, developer, "
                                                 "user, assistant, tool");
        return std::nullopt;
    }
    ChatMessage message;
    message.role = *role;
    const QJsonValue content = object.value(QStringLiteral("content"));
    if (content.isString()) {
        message.parts.append(ContentPart::fromText(content.toString()));
    } else if (content.isArray()) {
        const QJsonArray array = content.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString partError;
            const auto part = ContentPart::fromJson(array.at(i).toObject(), &partError);
            if (!part) {
                if (error)
                    *error = QStringLiteral("content[%1]: %2").arg(i).arg(partError);
                return std::nullopt;
            }
            message.parts.append(*part);
        }
    } else if (!content.isNull() && !content.isUndefined()) {
        if (error)
            *error = QCoreApplication::translate("Lineup::ChatMessage",
                                                 "\"content\" must be a string or an array of "
                                                 "parts");
        return std::nullopt;
    }
    const QJsonArray calls = object.value(QStringLiteral("tool_calls")).toArray();
    for (const QJsonValue &call : calls)
        message.toolCalls.append(ToolCall::fromJson(call.toObject()));
    message.toolCallId = object.value(QStringLiteral("tool_call_id")).toString();
    message.name = object.value(QStringLiteral("name")).toString();
    message.reasoning = object.value(QStringLiteral("reasoning_content")).toString();
    message.refusal = object.value(QStringLiteral("refusal")).toString();
    return message;
}

} // namespace Lineup
