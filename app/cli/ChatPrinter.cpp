#include "ChatPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lineup::Cli {

namespace {

QString toolCallLine(const ToolCall &call)
{
    QJsonParseError error;
    QJsonDocument::fromJson(call.arguments.toUtf8(), &error);
    QString line = LineupCli::tr("tool call %1(%2)").arg(call.name, call.arguments);
    if (!call.id.isEmpty())
        line += QStringLiteral("  ") % LineupCli::tr("[id %1]").arg(call.id);
    if (error.error != QJsonParseError::NoError && !call.arguments.isEmpty())
        line += QStringLiteral("  ") % LineupCli::tr("(arguments are not valid JSON)");
    return line % u'\n';
}

} // namespace

ChatPrinter::ChatPrinter(Console &console, const Options &options)
    : m_console(console)
    , m_options(options)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_flushTimer,
                     [this] { m_console.flushOut(); });
}

ChatPrinter::~ChatPrinter() = default;

QString ChatPrinter::openEvents(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path == QLatin1String("-")) {
        m_eventsToStdout = true;
        return {};
    }
    m_events = std::make_unique<QFile>(path);
    if (!m_events->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString error = m_events->errorString();
        m_events.reset();
        return LineupCli::tr("--events: cannot write \"%1\": %2").arg(path, error);
    }
    return {};
}

void ChatPrinter::onEvent(const SseEvent &event)
{
    if (!m_events && !m_eventsToStdout)
        return;
    const QJsonObject line{{QStringLiteral("event"), event.type},
                           {QStringLiteral("data"), event.data},
                           {QStringLiteral("id"), event.lastEventId.isEmpty()
                                                      ? QJsonValue()
                                                      : QJsonValue(event.lastEventId)}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_eventsToStdout) {
        m_console.out(QString::fromUtf8(bytes));
    } else {
        m_events->write(bytes);
        m_events->flush(); // lets `tail -f` follow a running stream
    }
}

void ChatPrinter::writeContent(const QString &text)
{
    if (text.isEmpty())
        return;
    m_console.outQueued(text);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    m_wroteText = true;
    m_endsWithNewline = text.endsWith(u'\n');
}

void ChatPrinter::closeReasoning()
{
    if (m_reasoningOpen)
        m_console.errRaw(QStringLiteral("\n"));
    m_reasoningOpen = false;
}

void ChatPrinter::onDelta(const StreamDelta &delta)
{
    if (!m_options.streamText || delta.choiceIndex != 0)
        return;
    if (!delta.reasoning.isEmpty()) {
        m_console.flushOut(); // keep stdout and stderr in the order they were produced
        m_console.dimmed(delta.reasoning);
        m_reasoningShown += delta.reasoning.size();
        m_reasoningOpen = !delta.reasoning.endsWith(u'\n');
    }
    if (!delta.content.isEmpty()) {
        closeReasoning();
        writeContent(delta.content);
        m_contentShown += delta.content.size();
    }
    if (!delta.refusal.isEmpty()) {
        closeReasoning();
        writeContent(delta.refusal);
        m_refusalShown += delta.refusal.size();
    }
}

QJsonObject ChatPrinter::resultJson(const ChatStream &stream, const QStringList &warnings,
                                    const QJsonObject &extra)
{
    QJsonObject object = stream.completion().toJson();
    // "done": [DONE] arrived; a non-streaming answer is done when it arrived whole.
    const bool streaming = stream.requestBody().value(QStringLiteral("stream")).toBool();
    const bool done =
        streaming ? stream.doneReceived() : stream.status() == ChatStream::Status::Complete;
    object.insert(QStringLiteral("done"), done);
    object.insert(QStringLiteral("error"),
                  stream.error().isError() ? QJsonValue(stream.error().toJson()) : QJsonValue());
    object.insert(QStringLiteral("timings"), stream.timings().toJson());
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void ChatPrinter::finish(const ChatStream &stream, const QStringList &warnings,
                         const QJsonObject &extra)
{
    const Completion &completion = stream.completion();
    if (m_options.streamText) {
        for (const CompletionChoice &choice : completion.choices) {
            const ChatMessage &message = choice.message;
            if (choice.index == 0) {
                // Whatever arrived without a delta (a non-streaming answer) is shown now.
                if (message.reasoning.size() > m_reasoningShown) {
                    m_console.flushOut();
                    m_console.dimmed(message.reasoning.mid(m_reasoningShown));
                    m_reasoningOpen = !message.reasoning.endsWith(u'\n');
                }
                closeReasoning();
                writeContent(message.text().mid(m_contentShown));
                writeContent(message.refusal.mid(m_refusalShown));
            } else {
                if (m_wroteText && !m_endsWithNewline)
                    writeContent(QStringLiteral("\n"));
                writeContent(LineupCli::tr("--- choice %1 ---").arg(choice.index) % u'\n');
                if (!message.reasoning.isEmpty()) {
                    m_console.flushOut();
                    m_console.dimmed(message.reasoning % u'\n');
                }
                writeContent(message.text());
                writeContent(message.refusal);
            }
            if (!message.toolCalls.isEmpty()) {
                if (m_wroteText && !m_endsWithNewline)
                    writeContent(QStringLiteral("\n"));
                for (const ToolCall &call : message.toolCalls)
                    writeContent(toolCallLine(call));
            }
        }
        if (m_wroteText && !m_endsWithNewline)
            writeContent(QStringLiteral("\n"));
    }
    closeReasoning();
    m_flushTimer.stop();
    m_console.flushOut();

    if (m_options.json)
        m_console.out(QString::fromUtf8(
            QJsonDocument(resultJson(stream, warnings, extra)).toJson(QJsonDocument::Indented)));
    if (m_events)
        m_events->close();
}

} // namespace Lineup::Cli
