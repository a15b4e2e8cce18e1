#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

enum class Role { System, Developer, User, Assistant, Tool };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

// One part of a message's content. Message content is always a list of parts so that text,
// images (and later audio or files) travel the same way through request building, storage,
// export and display.
struct ContentPart
{
    enum class Type { Text, Image };

    Type type = Type::Text;
    QString text;         // Type::Text
    QString imageUrl;     // Type::Image given by address (http(s) or data: URL)
    QByteArray imageData; // Type::Image held locally (attachment); wins over imageUrl
    QString mimeType;     // of imageData, e.g. "image/png"
    QString detail;       // "", "low", "high" or "auto"; empty means not sent

    static ContentPart fromText(const QString &text);
    static ContentPart fromImageData(const QByteArray &data, const QString &mimeType,
                                     const QString &detail = {});
    static ContentPart fromImageUrl(const QString &url, const QString &detail = {});

    // The URL sent on the wire: a data: URL built from imageData when present.
    QString effectiveImageUrl() const;
    // Wire format: {"type":"text","text":..} or {"type":"image_url","image_url":{..}}.
    QJsonObject toJson() const;
    // Parses the wire format; data: URLs are decoded into imageData. Returns nullopt and sets
    // *error on malformed input.
    static std::optional<ContentPart> fromJson(const QJsonObject &object, QString *error);

    friend bool operator==(const ContentPart &, const ContentPart &) = default;
};

struct ToolCall
{
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments; // JSON text as the model produced it, possibly incomplete

    QJsonObject toJson() const;
    static ToolCall fromJson(const QJsonObject &object);

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

struct ChatMessage
{
    Role role = Role::User;
    QList<ContentPart> parts;
    QString reasoning;
    QString refusal;
    QList<ToolCall> toolCalls; // assistant
    QString toolCallId;        // tool
    QString name;              // optional participant name

    static ChatMessage fromText(Role role, const QString &text);

    // All text parts joined, the way a reader sees the message.
    QString text() const;
    bool hasImages() const;
    // Request wire format. Content is a plain string when the message is a single text part
    // (what every server accepts), else an array of parts. Reasoning is never sent back.
    QJsonObject toRequestJson() const;
    // Parses a request-format message (string or parts content, tool_calls, tool_call_id).
    static std::optional<ChatMessage> fromRequestJson(const QJsonObject &object, QString *error);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace Lineup
