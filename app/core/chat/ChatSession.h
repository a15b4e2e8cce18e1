#pragma once

#include "api/ApiClient.h"
#include "api/RequestBuilder.h"
#include "chat/ConversationModel.h"
#include "chat/MessageRecord.h"

#include <QObject>
#include <QPointer>

namespace Lineup {

class PriceBook;

// One conversation being chatted in: its settings, its messages and its running request. Knows
// no widgets, so a comparison view is simply several sessions side by side, and the CLI could
// drive one too.
class ChatSession : public QObject
{
    Q_OBJECT
public:
    explicit ChatSession(ApiClient *client, QObject *parent = nullptr);
    ~ChatSession() override;

    ConversationModel *messages() { return &m_messages; }
    const ConversationModel *messages() const { return &m_messages; }

    const ConversationInfo &info() const { return m_info; }
    // The last answer's tool calls that still wait for a result (ToolRounds). A prompt sent
    // while some wait drops them from the request, never sends them unanswered.
    QList<ToolCall> unansweredToolCalls() const;
    // Replaces settings and messages (opening a conversation). Stops a running request.
    void load(const ConversationInfo &info, const QList<MessageRecord> &records);
    void setInfo(const ConversationInfo &info); // settings only; emits settingsChanged
    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const Endpoint &endpoint() const { return m_endpoint; }
    void setApplyModelRules(bool apply);
    // Prices each finished answer is charged at (kept with the message). Not owned; may be null.
    void setPriceBook(const PriceBook *prices) { m_prices = prices; }
    const PriceBook *priceBook() const { return m_prices; }
    bool applyModelRules() const { return m_applyModelRules; }

    // Exactly what the next send would post, with the family-rule adjustments. `pendingUser`
    // is the composer's draft, appended as the last user turn when not empty. With
    // `replacingRow` (edit and resend) the history stops before that row, as editAndResend sends.
    BuiltRequest previewRequest(const ChatMessage &pendingUser = {}, int replacingRow = -1) const;

    bool isBusy() const { return !m_stream.isNull(); }
    ChatStream *currentStream() const { return m_stream; }
    int streamingRow() const { return m_streamingRow; }
    // Storage assigned an id to the record in `row` (no other change).
    void setRecordId(int row, qint64 id);

public Q_SLOTS:
    void send(const Lineup::ChatMessage &userMessage);
    // Appends one `tool` message per result (each with its tool_call_id) and continues. Every
    // call of the last answer needs a result; returns false (sending nothing) otherwise.
    bool sendToolResults(const QList<Lineup::ChatMessage> &results);
    // "Drop calls": the last answer's calls that wait for a result are removed from it, so the
    // conversation goes on without them. The answer itself stays (its text, tokens and cost),
    // even when nothing else is left in it. False (changing nothing) when no call waits.
    bool dropUnansweredToolCalls();
    void stop();
    void regenerate(); // replace the last answer
    void retry();      // resend for a failed last answer
    void editAndResend(int row, const Lineup::ChatMessage &edited); // later messages are dropped
    void deleteMessage(int row);

Q_SIGNALS:
    void settingsChanged();
    void busyChanged(bool busy);
    void requestStarted(int row, Lineup::ChatStream *stream);
    // The answer in `row` reached its final status (complete, stopped, failed, interrupted).
    void requestFinished(int row);
    void retryScheduled(int row, int attempt, int delayMs, const Lineup::ApiError &cause);
    void adjustmentsApplied(const QList<Lineup::RuleAdjustment> &adjustments);
    // Rows changed in a way storage must persist (added, replaced, removed from `row` on).
    void messagesTruncated(int rowCount);
    // Stored records (by storage id) that left the conversation (delete, edit, regenerate).
    void recordsRemoved(const QList<qint64> &ids);
    // The record in `row` was rewritten (its unanswered tool calls dropped): storage updates it.
    void recordChanged(int row);

private:
    void startRequest();
    void onStreamFinished();
    void abandonStream(); // cancels without recording a final status (conversation replaced)
    void removeFrom(int row);
    QList<ChatMessage> history(int endRow = -1) const; // rows before endRow; -1: all

    ApiClient *m_client;
    ConversationModel m_messages;
    ConversationInfo m_info;
    Endpoint m_endpoint;
    bool m_applyModelRules = true;
    const PriceBook *m_prices = nullptr;
    QPointer<ChatStream> m_stream;
    int m_streamingRow = -1;
};

} // namespace Lineup
