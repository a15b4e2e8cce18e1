#pragma once

#include "chat/MessageRecord.h"

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
    MessageStatus status = MessageStatus::Complete;
    bool hasError = false;

    static PaneFigures of(const MessageRecord &answer);
    // {"time_to_first_token_ms", "tokens_per_second", "total_ms", "prompt_tokens",
    //  "completion_tokens", "reasoning_tokens", "cost_usd", "finish_reason", "status"}; unknown
    // figures are null.
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
};
inline constexpr int FigureCount = 8;

// Indexes of the panes holding the best value of `figure` (ties share it); empty when the figure
// is not ranked or fewer than two panes have a value. Failed answers never win.
QList<int> bestPanes(const QList<PaneFigures> &panes, Figure figure);

// A Markdown table, one row per pane, one column per figure, the best values in bold.
// `paneNames` label the rows and `figureNames` (FigureCount of them, in Figure order) the
// columns, both already translated by the caller; `unknown` stands for a missing value.
QString figuresMarkdown(const QStringList &paneNames, const QList<PaneFigures> &panes,
                        const QStringList &figureNames, const QString &unknown);

} // namespace Lineup
