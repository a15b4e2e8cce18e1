#include "StorageFixtures.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

namespace Lineup::Test {

QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                                  "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

MessageRecord sampleUserTurn(const QString &text, bool withImage)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(Role::User, text);
    if (withImage)
        record.message.parts.append(ContentPart::fromImageData(
            tinyPng(), QStringLiteral("image/png"), QStringLiteral("high")));
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1'770'000'000'123, Qt::UTC);
    return record;
}

MessageRecord sampleAssistant(const QString &text)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(Role::Assistant, text);
    record.message.reasoning = QStringLiteral("Thinking about \"%1\" step by step.").arg(text);
    record.message.refusal = QStringLiteral("partly refused");
    ToolCall call;
    call.id = QStringLiteral("call_1");
    call.name = QStringLiteral("get_weather");
    call.arguments = QStringLiteral("{\"city\":\"Zürich\"}");
    record.message.toolCalls.append(call);
    record.model = QStringLiteral("gpt-4.1-nano-2025-04-14");
    record.profileId = QStringLiteral("cometapi");
    record.parameters = QJsonObject{{QStringLiteral("temperature"), 0.7},
                                    {QStringLiteral("max_completion_tokens"), 256}};
    record.usage =
        Usage::fromJson(QJsonObject{{QStringLiteral("prompt_tokens"), 29},
                                    {QStringLiteral("completion_tokens"), 12},
                                    {QStringLiteral("total_tokens"), 41},
                                    {QStringLiteral("prompt_tokens_details"),
                                     QJsonObject{{QStringLiteral("cached_tokens"), 8}}},
                                    {QStringLiteral("completion_tokens_details"),
                                     QJsonObject{{QStringLiteral("reasoning_tokens"), 5}}}});
    record.timings.timeToFirstByteMs = 120;
    record.timings.timeToFirstTokenMs = 180;
    record.timings.totalMs = 950;
    record.timings.tokensPerSecond = 15.5;
    record.timings.attempts = 2;
    record.finishReason = QStringLiteral("tool_calls");
    record.status = MessageStatus::Stopped;
    record.error.kind = ApiError::Kind::Cancelled;
    record.error.detail = QStringLiteral("stopped by the user");
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1'770'000'001'456, Qt::UTC);
    record.alternatives.append(
        ChatMessage::fromText(Role::Assistant, text + QStringLiteral(" (2)")));
    record.price.input = 2.5;
    record.price.cachedInput = 1.25;
    record.price.output = 10;
    record.price.source = PriceSource::Service;
    record.logprobs =
        QJsonObject{{QStringLiteral("content"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("token"), QStringLiteral("Fo")},
                         {QStringLiteral("logprob"), -0.01},
                         {QStringLiteral("top_logprobs"),
                          QJsonArray{QJsonObject{{QStringLiteral("token"), QStringLiteral("Fo")},
                                                 {QStringLiteral("logprob"), -0.01}},
                                     QJsonObject{{QStringLiteral("token"), QStringLiteral("Ba")},
                                                 {QStringLiteral("logprob"), -4.6}}}}}}}};
    return record;
}

MessageRecord sampleToolResult(const QString &toolCallId, const QString &text)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(Role::Tool, text);
    record.message.toolCallId = toolCallId;
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1'770'000'002'000, Qt::UTC);
    return record;
}

ConversationInfo sampleConversation(const QString &title)
{
    ConversationInfo info;
    info.title = title;
    info.systemPrompt = QStringLiteral("You are terse.");
    info.systemRole = Role::Developer;
    info.profileId = QStringLiteral("cometapi");
    info.model = QStringLiteral("gpt-4.1-nano");
    info.parameters =
        QJsonObject{{QStringLiteral("temperature"), 0.7}, {QStringLiteral("seed"), 42}};
    info.createdAt = QDateTime::fromMSecsSinceEpoch(1'769'999'999'000, Qt::UTC);
    info.updatedAt = info.createdAt;
    return info;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace Lineup::Test
