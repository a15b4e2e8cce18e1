#pragma once

#include "chat/MessageRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lineup {

// The numbers that decide a comparison, for one pane's latest answer (live while it streams:
// build from the record the view shows, whose timings and usage fill in as the stream goes).
struct PaneFigures
{
    std::optional<qint64> timeToFirstTokenMs;
    std::optional<double> tokensPerSecond;
    std::optional<qint64> totalMs;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> reasoningTokens;
    bool tokensEstimated = false; // the service reported no usage
    std::optional<double> costUsd;
    bool costEstimated = false;
    QString finishReason;
    // An answer asked for JSON (response_format), checked as its message is: "matches the
    // schema", "3 schema errors", "incomplete JSON"…; empty when no JSON was asked for.
    QString schema;
    bool schemaValid = false;
    MessageStatus status = MessageStatus::Complete;
    bool hasError = false;

    // When the service reported no usage the tokens are estimated (usage/TokenEstimate): the
    // answer's from its text, the prompt's from `promptEstimate` (unknown without it), and the
    // cost from those at the answer's price, all marked estimated.
    static PaneFigures of(const MessageRecord &answer,
                          std::optional<qint64> promptEstimate = std::nullopt);
    // While the answer streams (the timings of a record fill in only at its end): the record the
    // view shows, the stream's timings so far (ChatStream::timings()) and the time since the
    // request started, which stands for the total; the speed is the answer's tokens so far
    // (estimated unless usage arrived) over the time since its first token.
    static PaneFigures streaming(const MessageRecord &shown, const Timings &live, qint64 elapsedMs,
                                 std::optional<qint64> promptEstimate = std::nullopt);
    // The figures of the pane's latest answer (its last assistant record), the prompt estimated
    // from the history before it; empty figures (status Complete, nothing known) without one.
    static PaneFigures ofLatest(const ConversationInfo &pane, const QList<MessageRecord> &records);
    // {"time_to_first_token_ms", "tokens_per_second", "total_ms", "prompt_tokens",
    //  "completion_tokens", "reasoning_tokens", "cost_usd", "finish_reason", "status",
    //  "tokens_estimated", "cost_estimated"}; unknown figures are null.
    QJsonObject toJson() const;
};

enum class Figure {
    TimeToFirstToken, // lower is better
    TokensPerSecond,  // higher is better
    TotalTime,        // lower is better
    PromptTokens,     // not ranked
    CompletionTokens, // not ranked
    ReasoningTokens,  // not ranked
    Cost,             // lower is better
    FinishReason,     // not ranked
    Schema,           // not ranked; only answers asked for JSON have one
};
inline constexpr int FigureCount = 9;
// Whether any pane has the figure (the Schema column is shown only then).
bool anyPaneHas(const QList<PaneFigures> &panes, Figure figure);

// Indexes of the panes holding the best value of `figure` (ties share it); empty when the figure
// is not ranked or fewer than two panes have a value. Failed answers never win; total time and
// cost rank complete answers only (a stopped answer is short and cheap, not better).
QList<int> bestPanes(const QList<PaneFigures> &panes, Figure figure);

// A Markdown table, one row per pane, one column per figure, the best values in bold. Times are
// in ms, speed in tokens/s (one decimal), cost in USD (formatUsd), so `figureNames` should name
// the units; an estimate starts with "~".
// `paneNames` label the rows and `figureNames` (FigureCount of them, in Figure order) the
// columns, both already translated by the caller; `unknown` stands for a missing value.
QString figuresMarkdown(const QStringList &paneNames, const QList<PaneFigures> &panes,
                        const QStringList &figureNames, const QString &unknown);

} // namespace Lineup
