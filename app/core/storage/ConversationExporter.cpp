#include "storage/ConversationExporter.h"

#include "storage/ComparisonJson.h"
#include "storage/RecordJson.h"
#include "util/ParallelFor.h"
#include "util/TranslateInContexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return translateInContexts({"Lineup::ConversationExporter", "Lineup"}, text);
}

QString generator()
{
#ifdef LINEUP_VERSION
    return QStringLiteral("Lineup ") + QStringLiteral(LINEUP_VERSION);
#else
    return QStringLiteral("Lineup");
#endif
}

// A message worth sending back to a model: failed or empty placeholders are left out.
bool belongsInRequest(const MessageRecord &record)
{
    const ChatMessage &message = record.message;
    const bool empty =
        message.parts.isEmpty() && message.toolCalls.isEmpty() && message.text().isEmpty();
    if (record.status == MessageStatus::Failed || record.status == MessageStatus::Streaming)
        return !empty;
    return !(empty && message.role == Role::Assistant);
}

QString fence(const QString &text, const QString &language = {})
{
    QString marker = QStringLiteral("```");
    while (text.contains(marker))
        marker += QLatin1Char('`');
    return marker + language + QLatin1Char('\n') + text + QLatin1Char('\n') + marker +
           QLatin1Char('\n');
}

// A role as a Markdown heading names it, in the reader's language.
QString roleHeading(Role role)
{
    switch (role) {
    case Role::System:
        return tr("System");
    case Role::Developer:
        return tr("Developer");
    case Role::User:
        return tr("User");
    case Role::Assistant:
        return tr("Assistant");
    case Role::Tool:
        return tr("Tool");
    }
    return roleName(role);
}

QString usageSummary(const MessageRecord &record)
{
    QStringList parts;
    if (!record.model.isEmpty())
        parts.append(record.model);
    const Usage &usage = record.usage;
    if (usage.promptTokens || usage.completionTokens) {
        parts.append(tr("%1 prompt + %2 completion tokens")
                         .arg(usage.promptTokens.value_or(0))
                         .arg(usage.completionTokens.value_or(0)));
    }
    if (usage.cachedTokens && *usage.cachedTokens > 0)
        parts.append(tr("%1 cached").arg(*usage.cachedTokens));
    if (usage.reasoningTokens && *usage.reasoningTokens > 0)
        parts.append(tr("%1 reasoning").arg(*usage.reasoningTokens));
    if (record.timings.totalMs)
        parts.append(tr("%1 ms").arg(*record.timings.totalMs));
    if (!record.finishReason.isEmpty())
        parts.append(tr("finish: %1").arg(record.finishReason));
    if (record.status != MessageStatus::Complete)
        parts.append(messageStatusName(record.status));
    return parts.join(QStringLiteral(" · "));
}

QString markdownHead(const ConversationInfo &info)
{
    return QStringLiteral("# ") + (info.title.isEmpty() ? tr("Untitled") : info.title) +
           QStringLiteral("\n\n");
}

// The facts list: the caller's first, then creation time and parameters.
QString markdownFacts(const ConversationInfo &info, QStringList facts)
{
    if (info.createdAt.isValid())
        facts.append(tr("Created: %1").arg(RecordJson::timeToString(info.createdAt)));
    if (!info.parameters.isEmpty())
        facts.append(tr("Parameters: `%1`")
                         .arg(QString::fromUtf8(
                             QJsonDocument(info.parameters).toJson(QJsonDocument::Compact))));
    QString out;
    for (const QString &fact : std::as_const(facts))
        out += QStringLiteral("- ") + fact + QLatin1Char('\n');
    if (!facts.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

// One message under `heading` (a Markdown heading line without its newline).
QString messageMarkdown(const MessageRecord &record, const QString &heading)
{
    const ChatMessage &message = record.message;
    QString out = heading + QStringLiteral("\n\n");
    if (!message.toolCallId.isEmpty())
        out += tr("Result of tool call `%1`:").arg(message.toolCallId) + QStringLiteral("\n\n");
    if (!message.reasoning.isEmpty())
        out += QStringLiteral("<details><summary>") + tr("Reasoning") +
               QStringLiteral("</summary>\n\n") + message.reasoning +
               QStringLiteral("\n\n</details>\n\n");
    for (const ContentPart &part : message.parts) {
        if (part.type == ContentPart::Type::Text)
            out += part.text + QStringLiteral("\n\n");
        else
            out += QStringLiteral("![") + tr("image") + QStringLiteral("](") +
                   part.effectiveImageUrl() + QStringLiteral(")\n\n");
    }
    if (!message.refusal.isEmpty())
        out +=
            QStringLiteral("> ") + tr("Refused: %1").arg(message.refusal) + QStringLiteral("\n\n");
    for (const ToolCall &call : message.toolCalls)
        out += tr("Tool call `%1` (%2):").arg(call.name, call.id) + QLatin1Char('\n') +
               fence(call.arguments, QStringLiteral("json")) + QLatin1Char('\n');
    if (record.error.isError())
        out += QStringLiteral("> ") + tr("Error: %1").arg(record.error.humanMessage()) +
               QStringLiteral("\n\n");
    return out;
}

QString paneName(const ComparisonPane &pane)
{
    const ConversationInfo &info = pane.conversation;
    return info.profileId.isEmpty() ? info.model
                                    : QStringLiteral("%1 (%2)").arg(info.model, info.profileId);
}

// A pane's messages cut into turns: each user message starts one (what comes before the first
// belongs to turn 0).
QList<QList<MessageRecord>> turnsOf(const QList<MessageRecord> &messages)
{
    QList<QList<MessageRecord>> turns;
    for (const MessageRecord &record : messages) {
        if (turns.isEmpty() || record.message.role == Role::User)
            turns.append(QList<MessageRecord>());
        turns.last().append(record);
    }
    return turns;
}

// A comparison for reading: the shared settings and each pane's, then per turn the user's
// message once and every pane's answer under the pane's model.
QString comparisonMarkdown(const ConversationData &comparison)
{
    const ConversationInfo &info = comparison.info;
    QString out = markdownHead(info);
    QStringList facts{QCoreApplication::translate("Lineup::ConversationExporter",
                                                  "Comparison of %n models", nullptr,
                                                  int(comparison.panes.size()))};
    for (const ComparisonPaneData &pane : comparison.panes) {
        QString fact = tr("Pane %1: %2").arg(pane.pane.position + 1).arg(paneName(pane.pane));
        if (!pane.pane.overrides.isEmpty())
            fact += QStringLiteral(", ") +
                    tr("overrides `%1`")
                        .arg(QString::fromUtf8(QJsonDocument(pane.pane.overrides.toJson())
                                                   .toJson(QJsonDocument::Compact)));
        facts.append(fact);
    }
    out += markdownFacts(info, facts);
    if (!info.systemPrompt.isEmpty())
        out += QStringLiteral("## ") + roleHeading(info.systemRole) + QStringLiteral("\n\n") +
               info.systemPrompt + QStringLiteral("\n\n");
    QList<QList<QList<MessageRecord>>> turns; // [pane][turn][message]
    qsizetype turnCount = 0;
    for (const ComparisonPaneData &pane : comparison.panes) {
        turns.append(turnsOf(pane.messages));
        turnCount = std::max(turnCount, turns.last().size());
    }
    for (qsizetype t = 0; t < turnCount; ++t) {
        // The same turn went to every pane: shown once, from the first pane that has it.
        for (const auto &pane : std::as_const(turns)) {
            if (t < pane.size() && pane.at(t).first().message.role == Role::User) {
                out += messageMarkdown(pane.at(t).first(),
                                       QStringLiteral("## ") + tr("User (turn %1)").arg(t + 1));
                break;
            }
        }
        for (qsizetype p = 0; p < turns.size(); ++p) {
            if (t >= turns.at(p).size())
                continue;
            for (const MessageRecord &record : turns.at(p).at(t)) {
                if (record.message.role == Role::User)
                    continue;
                QString heading = QStringLiteral("### ") + paneName(comparison.panes.at(p).pane);
                if (record.message.role != Role::Assistant)
                    heading += QStringLiteral(" · ") + roleHeading(record.message.role);
                const QString summary =
                    record.message.role == Role::Assistant ? usageSummary(record) : QString();
                if (!summary.isEmpty())
                    heading += QStringLiteral(" (") + summary + QLatin1Char(')');
                out += messageMarkdown(record, heading);
            }
        }
    }
    return out;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name == QLatin1String("lineup") || name == QLatin1String("json"))
        return ExportFormat::Lineup;
    if (name == QLatin1String("openai"))
        return ExportFormat::OpenAi;
    if (name == QLatin1String("markdown") || name == QLatin1String("md"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Lineup:
        return QStringLiteral("lineup");
    case ExportFormat::OpenAi:
        return QStringLiteral("openai");
    case ExportFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return QStringLiteral("lineup");
}

QByteArray ConversationExporter::render(const QList<ConversationData> &conversations,
                                        ExportFormat format)
{
    switch (format) {
    case ExportFormat::Lineup:
        return lineupBytes(conversations);
    case ExportFormat::OpenAi: {
        const QJsonArray bodies = openAiRequestBodies(conversations);
        if (bodies.size() == 1)
            return QJsonDocument(bodies.first().toObject()).toJson(QJsonDocument::Indented);
        return QJsonDocument(bodies).toJson(QJsonDocument::Indented);
    }
    case ExportFormat::Markdown: {
        QStringList documents;
        for (const ConversationData &conversation : conversations)
            documents.append(markdown(conversation));
        return documents.join(QStringLiteral("\n---\n\n")).toUtf8();
    }
    }
    return {};
}

QByteArray ConversationExporter::lineupBytes(const QList<ConversationData> &conversations)
{
    // Same document as lineupDocument(), written piece by piece: one QJsonObject holding 10,000
    // messages costs twice as much to build as to write. Compact: it is a machine format.
    QJsonObject head = lineupDocument({});
    QByteArray headBytes = QJsonDocument(head).toJson(QJsonDocument::Compact);
    const QByteArray emptyList = QByteArrayLiteral("\"conversations\":[]");
    const qsizetype listAt = headBytes.indexOf(emptyList);
    QByteArray out = headBytes.left(listAt + emptyList.size() - 1);
    for (qsizetype c = 0; c < conversations.size(); ++c) {
        const ConversationData &conversation = conversations.at(c);
        if (c > 0)
            out += ',';
        if (conversation.isComparison()) {
            // A few panes of a few turns: one object is fine here.
            out +=
                QJsonDocument(ComparisonJson::toJson(conversation.info, conversation.panes, false))
                    .toJson(QJsonDocument::Compact);
            continue;
        }
        const QByteArray shell =
            QJsonDocument(RecordJson::conversationToJson(conversation.info, {}, false))
                .toJson(QJsonDocument::Compact);
        // Keys are written sorted, so the first "messages":[] is the key, never text inside a
        // string (quotes there are escaped).
        const QByteArray emptyMessages = QByteArrayLiteral("\"messages\":[]");
        const qsizetype at = shell.indexOf(emptyMessages);
        out += QByteArrayView(shell).first(at + emptyMessages.size() - 1);
        // Messages render independently: on all cores, then joined in order.
        const QList<MessageRecord> &messages = conversation.messages;
        QList<QByteArray> rendered(messages.size());
        QByteArray *const renderedMessages = rendered.data(); // detached once, before the threads
        parallelFor(messages.size(), 2000, [&](qsizetype begin, qsizetype end) {
            for (qsizetype m = begin; m < end; ++m)
                renderedMessages[m] =
                    QJsonDocument(RecordJson::messageToJson(messages.at(m), false))
                        .toJson(QJsonDocument::Compact);
        });
        for (qsizetype m = 0; m < rendered.size(); ++m) {
            if (m > 0)
                out += ',';
            out += rendered.at(m);
        }
        out += QByteArrayView(shell).sliced(at + emptyMessages.size() - 1);
    }
    out += QByteArrayView(headBytes).sliced(listAt + emptyList.size() - 1);
    return out;
}

QJsonObject ConversationExporter::lineupDocument(const QList<ConversationData> &conversations)
{
    QJsonArray array;
    for (const ConversationData &conversation : conversations)
        array.append(
            conversation.isComparison()
                ? ComparisonJson::toJson(conversation.info, conversation.panes, false)
                : RecordJson::conversationToJson(conversation.info, conversation.messages, false));
    return {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("generator"), generator()},
        {QStringLiteral("exported_at"), RecordJson::timeToString(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("conversations"), array}};
}

QJsonArray ConversationExporter::openAiRequestBodies(const QList<ConversationData> &conversations)
{
    QJsonArray bodies;
    for (const ConversationData &conversation : conversations) {
        if (!conversation.isComparison()) {
            bodies.append(openAiRequestBody(conversation));
            continue;
        }
        for (const ComparisonPaneData &pane : conversation.panes)
            bodies.append(openAiRequestBody({pane.pane.conversation, pane.messages, {}}));
    }
    return bodies;
}

QJsonObject ConversationExporter::openAiRequestBody(const ConversationData &conversation)
{
    if (conversation.isComparison() && !conversation.panes.isEmpty()) {
        const ComparisonPaneData &first = conversation.panes.first();
        return openAiRequestBody({first.pane.conversation, first.messages, {}});
    }
    const ConversationInfo &info = conversation.info;
    QJsonObject body = info.parameters;
    for (const char *key : {"messages", "stream", "stream_options"})
        body.remove(QLatin1String(key));
    QString model = info.model;
    QJsonArray messages;
    if (!info.systemPrompt.isEmpty())
        messages.append(ChatMessage::fromText(info.systemRole, info.systemPrompt).toRequestJson());
    for (const MessageRecord &record : conversation.messages) {
        if (!belongsInRequest(record))
            continue;
        messages.append(record.message.toRequestJson());
        if (model.isEmpty() && !record.model.isEmpty())
            model = record.model;
    }
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), messages);
    return body;
}

QString ConversationExporter::markdown(const ConversationData &conversation)
{
    if (conversation.isComparison())
        return comparisonMarkdown(conversation);
    const ConversationInfo &info = conversation.info;
    QString out = markdownHead(info);
    QStringList facts;
    if (!info.model.isEmpty())
        facts.append(tr("Model: %1").arg(info.model));
    if (!info.profileId.isEmpty())
        facts.append(tr("Provider: %1").arg(info.profileId));
    out += markdownFacts(info, facts);
    if (!info.systemPrompt.isEmpty())
        out += QStringLiteral("## ") + roleHeading(info.systemRole) + QStringLiteral("\n\n") +
               info.systemPrompt + QStringLiteral("\n\n");
    for (const MessageRecord &record : conversation.messages) {
        const QString summary =
            record.message.role == Role::Assistant ? usageSummary(record) : QString();
        out += messageMarkdown(
            record, QStringLiteral("## ") + roleHeading(record.message.role) +
                        (summary.isEmpty() ? QString()
                                           : QStringLiteral(" (") + summary + QLatin1Char(')')));
    }
    return out;
}

} // namespace Lineup
