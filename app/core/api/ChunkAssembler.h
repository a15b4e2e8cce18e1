#pragma once

#include "api/ApiError.h"
#include "chat/Completion.h"
#include "sse/SseDecoder.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Lineup {

namespace ChunkParser {
struct ChunkFields;
}

// What one chunk changed, for live display. Text fields carry only the new text.
struct StreamDelta
{
    int choiceIndex = 0;
    QString content;
    QString reasoning;
    QString refusal;
    bool toolCallsChanged = false;
    bool finished = false; // the choice received its finish_reason in this chunk
};

// Turns decoded chat.completion.chunk events into the Completion a non-streaming call returns.
// Pure logic, no I/O: the network client, the fuzzer and the tests all drive it the same way.
class ChunkAssembler
{
public:
    // Feeds one decoded SSE event. Returns what changed, per choice.
    QList<StreamDelta> addEvent(const SseEvent &event);
    // The transport ended. Records an IncompleteStream error if [DONE] never arrived and no
    // other error was seen. Idempotent.
    void finish();

    const Completion &completion() const { return m_completion; }
    bool isDone() const { return m_done; } // [DONE] received
    const ApiError &streamError() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    // Things skipped but survived, each a sentence: "event 12: invalid JSON at offset 40: ...".
    const QStringList &warnings() const { return m_warnings; }
    int eventCount() const { return m_eventCount; }
    // True once any content, reasoning, refusal or tool-call text has arrived.
    bool hasOutput() const { return m_hasOutput; }
    // Test seam: false forces every chunk through QJsonDocument (the reference path), so tests
    // and the fuzzer can check that the fast parser gives identical results.
    void setFastPathEnabled(bool enabled) { m_fastPath = enabled; }

private:
    void addChunk(const ChunkParser::ChunkFields &chunk, QList<StreamDelta> &out);
    CompletionChoice &choiceAt(int index);
    // False (and the stream error set) when the piece crosses an AnswerLimits bound.
    bool mergeToolCall(int choiceIndex, CompletionChoice &choice, const QJsonObject &piece);
    // Sets the error unless one was already recorded; the answer stops there.
    void failLimit(const QString &what);
    // False (and the error set) when `added` more characters would cross MaxAnswerChars.
    bool admitText(int choiceIndex, qsizetype added);

    Completion m_completion;
    ApiError m_error;
    QStringList m_warnings;
    bool m_done = false;
    bool m_finished = false;
    bool m_hasOutput = false;
    bool m_fastPath = true;
    int m_eventCount = 0;
    // Per choice: tool call position by id and by index, for servers that reuse or omit index.
    // Calls are kept sorted by index (as the official SDKs assemble them), whatever order they
    // arrive in; sortKeys holds each position's index (calls without one sort after, in arrival
    // order).
    struct ToolCallKeys
    {
        QList<int> sortKeys;
        QHash<int, int> byIndex;
        QHash<QString, int> byId;
        int lastPosition = -1;
        int unindexed = 0;
    };
    QHash<int, ToolCallKeys> m_toolCallKeys;
    // Per choice: which reasoning field this stream uses, so a server sending both
    // `reasoning_content` and `reasoning` with the same text is not doubled.
    QHash<int, QString> m_reasoningField;
    // Per choice: characters of content, reasoning and refusal so far (AnswerLimits).
    QHash<int, qsizetype> m_textChars;
};

} // namespace Lineup
