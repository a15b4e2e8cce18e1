#pragma once

#include "CliCommon.h"

#include "api/ChatStream.h"

#include <QFile>
#include <QHash>
#include <QTimer>

#include <memory>

namespace Lineup::Cli {

// Shows a running chat on the terminal: content of the first choice on stdout as it arrives,
// reasoning dimmed on stderr, the other choices and tool calls at the end. With --json it stays
// silent and prints the assembled completion at the end instead; --events writes every SSE
// event as a JSON line.
class ChatPrinter
{
public:
    struct Options
    {
        bool json = false;
        bool streamText = true; // false with --json or --events -
    };

    ChatPrinter(Console &console, const Options &options);
    ~ChatPrinter();

    // Opens the --events destination ("-" is stdout). Returns an error sentence or empty.
    QString openEvents(const QString &path);

    void onDelta(const StreamDelta &delta);
    void onEvent(const SseEvent &event);
    // Prints what the stream did not deliver as deltas (a non-streaming answer), the other
    // choices, tool calls, and with --json the final object.
    // `extra` members are added to the --json object.
    void finish(const ChatStream &stream, const QStringList &warnings,
                const QJsonObject &extra = {});
    // The --json object of a finished stream: the assembled chat.completion plus done, error,
    // timings, warnings and the `extra` members.
    static QJsonObject resultJson(const ChatStream &stream, const QStringList &warnings,
                                  const QJsonObject &extra = {});

private:
    void writeContent(const QString &text);
    void closeReasoning();

    Console &m_console;
    Options m_options;
    std::unique_ptr<QFile> m_events;
    bool m_eventsToStdout = false;
    qsizetype m_contentShown = 0;   // choice 0 content characters already printed
    qsizetype m_reasoningShown = 0; // choice 0 reasoning characters already printed
    qsizetype m_refusalShown = 0;
    bool m_reasoningOpen = false;  // reasoning printed without a closing newline yet
    bool m_endsWithNewline = true; // of what went to stdout
    bool m_wroteText = false;
    // Deltas decoded from one network read are written with one flush: still as they arrive,
    // without a system call per token.
    QTimer m_flushTimer;
};

} // namespace Lineup::Cli
