#include "ChatSaver.h"

#include "chat/StreamStatus.h"
#include "chat/ToolRounds.h"

#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

namespace Lineup::Cli {

ChatSaver::ChatSaver() = default;

ChatSaver::~ChatSaver() = default;

int ChatSaver::open(const QString &dataDir, qint64 conversationId, ChatRequest *request,
                    Console &console, const QList<QPair<QString, QString>> &toolResults)
{
    QString error;
    const QString dir = dataDir.isEmpty() ? ConversationStore::defaultDataDir() : dataDir;
    m_store = ConversationStore::open(dir, &error);
    if (!m_store) {
        console.error(
            LineupCli::tr("cannot open the conversation history in %1: %2").arg(dir, error));
        return ExitFailure;
    }
    m_conversationId = conversationId;
    if (conversationId == 0)
        return ExitSuccess;

    const std::optional<ConversationInfo> info = m_store->conversation(conversationId);
    if (!info) {
        console.error(LineupCli::tr("there is no saved conversation %1; `lineup-cli "
                                    "conversations list` shows them.")
                          .arg(conversationId));
        return ExitUsage;
    }
    // The request holds [system?, developer?, user]: the saved history goes before the user.
    // With tool results there is no user turn: the results follow the history instead.
    QList<ChatMessage> leading = request->messages;
    std::optional<ChatMessage> user;
    if (toolResults.isEmpty())
        user = leading.takeLast();
    if (leading.isEmpty() && !info->systemPrompt.isEmpty())
        leading.append(ChatMessage::fromText(info->systemRole, info->systemPrompt));
    const QList<ChatMessage> history = historyOf(m_store->messages(conversationId));
    request->messages = leading + history;
    // Tools persist with the conversation: without --tools, the saved ones are offered again.
    for (const QString &name : {QStringLiteral("tools"), QStringLiteral("tool_choice"),
                                QStringLiteral("parallel_tool_calls")}) {
        if (!request->parameters.contains(name) && info->parameters.contains(name))
            request->parameters.insert(name, info->parameters.value(name));
    }
    const QList<ToolCall> unanswered = ToolRounds::unansweredCalls(history);
    QStringList missing;
    for (const ToolCall &call : unanswered)
        missing.append(call.id);
    if (user) {
        if (!missing.isEmpty()) {
            console.error(LineupCli::tr("the last answer of conversation %1 called tools and "
                                        "waits for their results: give --tool-result ID=TEXT "
                                        "for %2 (and no prompt).")
                              .arg(conversationId)
                              .arg(missing.join(QLatin1String(", "))));
            return ExitUsage;
        }
        request->messages.append(*user);
        return ExitSuccess;
    }
    if (missing.isEmpty()) {
        console.error(LineupCli::tr("the last answer of conversation %1 has no tool call "
                                    "waiting for a result.")
                          .arg(conversationId));
        return ExitUsage;
    }
    for (const auto &[id, result] : toolResults) {
        Q_UNUSED(result)
        if (!missing.contains(id)) {
            console.error(LineupCli::tr("the last answer of conversation %1 has no tool call "
                                        "\"%2\" waiting; it waits for %3.")
                              .arg(conversationId)
                              .arg(id, missing.join(QLatin1String(", "))));
            return ExitUsage;
        }
    }
    QStringList lacking;
    for (const ToolCall &call : unanswered) {
        const auto it = std::find_if(toolResults.begin(), toolResults.end(),
                                     [&call](const auto &pair) { return pair.first == call.id; });
        if (it == toolResults.end())
            lacking.append(call.id);
        else
            request->messages.append(ToolRounds::resultMessage(call, it->second));
    }
    if (!lacking.isEmpty()) {
        console.error(LineupCli::tr("every tool call needs a result (services refuse the "
                                    "request otherwise): missing --tool-result for %1.")
                          .arg(lacking.join(QLatin1String(", "))));
        return ExitUsage;
    }
    // The recorder stores the last one as its turn; the ones before it are stored first.
    m_earlierToolResults =
        request->messages.mid(request->messages.size() - unanswered.size(), unanswered.size() - 1);
    return ExitSuccess;
}

int ChatSaver::begin(const QJsonObject &body, const QString &profileId, ChatStream *stream,
                     Console &console)
{
    m_recorder = std::make_unique<ChatRecorder>(*m_store);
    m_recorder->setPriceBook(m_prices);
    QString error;
    for (const ChatMessage &result : std::as_const(m_earlierToolResults)) {
        MessageRecord record;
        record.message = result;
        record.model = body.value(QStringLiteral("model")).toString();
        record.createdAt = QDateTime::currentDateTimeUtc();
        if (m_store->appendMessage(m_conversationId, record) == 0) {
            console.error(
                LineupCli::tr("cannot save the conversation: %1").arg(m_store->lastError()));
            return ExitFailure;
        }
    }
    const ConversationInfo settings = ChatRecorder::settingsFromRequest(body, profileId);
    const qint64 id = m_recorder->begin(m_conversationId, settings,
                                        ChatRecorder::userTurnFromRequest(body), &error);
    if (id == 0) {
        console.error(LineupCli::tr("cannot save the conversation: %1").arg(error));
        return ExitFailure;
    }
    m_conversationId = id;
    m_recorder->follow(stream);
    return ExitSuccess;
}

int ChatSaver::finish(const ChatStream &stream, Console &console)
{
    if (!m_recorder)
        return ExitSuccess;
    if (!m_recorder->isFinished())
        m_recorder->finish(messageStatusFor(stream.status()), stream.completion(), stream.timings(),
                           stream.error());
    if (!m_recorder->lastError().isEmpty()) {
        console.error(LineupCli::tr("the answer could not be saved completely: %1")
                          .arg(m_recorder->lastError()));
        return ExitFailure;
    }
    console.note(LineupCli::tr("saved in conversation %1.").arg(m_conversationId));
    return ExitSuccess;
}

} // namespace Lineup::Cli
