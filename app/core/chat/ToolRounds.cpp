#include "ToolRounds.h"

#include "schema/SchemaValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace Lineup::ToolRounds {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::ToolRounds", text);
}

QSet<QString> answeredIds(const QList<ChatMessage> &history, qsizetype from)
{
    QSet<QString> ids;
    for (qsizetype i = from; i < history.size(); ++i) {
        if (history.at(i).role == Role::Tool)
            ids.insert(history.at(i).toolCallId);
    }
    return ids;
}

} // namespace

QList<ToolCall> unansweredCalls(const QList<ChatMessage> &history)
{
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const ChatMessage &message = history.at(i);
        if (message.role != Role::Assistant)
            continue;
        const QSet<QString> answered = answeredIds(history, i + 1);
        QList<ToolCall> missing;
        for (const ToolCall &call : message.toolCalls) {
            if (!answered.contains(call.id))
                missing.append(call);
        }
        return missing;
    }
    return {};
}

QList<ChatMessage> withoutUnansweredCalls(const QList<ChatMessage> &history)
{
    QList<ChatMessage> result;
    for (qsizetype i = 0; i < history.size(); ++i) {
        ChatMessage message = history.at(i);
        if (message.role == Role::Assistant && !message.toolCalls.isEmpty()) {
            const QSet<QString> answered = answeredIds(history, i + 1);
            message.toolCalls.removeIf(
                [&answered](const ToolCall &call) { return !answered.contains(call.id); });
            if (message.toolCalls.isEmpty() && message.text().isEmpty() &&
                message.refusal.isEmpty())
                continue;
        }
        result.append(message);
    }
    return result;
}

ChatMessage resultMessage(const ToolCall &call, const QString &result)
{
    ChatMessage message = ChatMessage::fromText(Role::Tool, result);
    message.toolCallId = call.id;
    return message;
}

QJsonObject findFunction(const QJsonArray &tools, const QString &name)
{
    for (const QJsonValue &tool : tools) {
        const QJsonObject function = tool.toObject().value(QStringLiteral("function")).toObject();
        if (function.value(QStringLiteral("name")).toString() == name)
            return function;
    }
    return {};
}

SchemaProblems checkArguments(const QJsonArray &tools, const ToolCall &call)
{
    SchemaProblems problems;
    const QJsonObject function = findFunction(tools, call.name);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems.append({QString(), tr("the arguments are not a JSON object: %1")
                                        .arg(parseError.error != QJsonParseError::NoError
                                                 ? parseError.errorString()
                                                 : tr("another JSON value"))});
        return problems;
    }
    if (function.isEmpty()) {
        problems.append(
            {QString(),
             tr("no tool named \"%1\" is offered in this conversation.").arg(call.name)});
        return problems;
    }
    const QJsonValue parameters = function.value(QStringLiteral("parameters"));
    if (!parameters.isObject())
        return problems;
    QString error;
    const std::optional<SchemaValidator> validator = SchemaValidator::compile(parameters, &error);
    if (!validator) {
        problems.append({QString(), error});
        return problems;
    }
    return validator->validate(document.object());
}

} // namespace Lineup::ToolRounds
