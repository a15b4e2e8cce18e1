#include "comparison/PaneFigures.h"

#include "schema/AnswerCheck.h"
#include "usage/UsageSummary.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Lineup {

namespace {

template <typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

bool hasOutput(const MessageRecord &answer)
{
    return !answer.message.text().isEmpty() || !answer.message.reasoning.isEmpty() ||
           !answer.message.refusal.isEmpty() || !answer.message.toolCalls.isEmpty();
}

enum class Better { Lower, Higher, NotRanked };

Better directionOf(Figure figure)
{
    switch (figure) {
    case Figure::TimeToFirstToken:
    case Figure::TotalTime:
    case Figure::Cost:
        return Better::Lower;
    case Figure::TokensPerSecond:
        return Better::Higher;
    case Figure::PromptTokens:
    case Figure::CompletionTokens:
    case Figure::ReasoningTokens:
    case Figure::FinishReason:
    case Figure::Schema:
        return Better::NotRanked;
    }
    return Better::NotRanked;
}

// The value a pane competes with, or nullopt when it does not compete for `figure`.
std::optional<double> rankedValue(const PaneFigures &pane, Figure figure)
{
    if (pane.hasError || pane.status == MessageStatus::Failed)
        return std::nullopt;
    const bool complete = pane.status == MessageStatus::Complete;
    switch (figure) {
    case Figure::TimeToFirstToken:
        return pane.timeToFirstTokenMs ? std::optional<double>(double(*pane.timeToFirstTokenMs))
                                       : std::nullopt;
    case Figure::TokensPerSecond:
        return pane.tokensPerSecond;
    case Figure::TotalTime:
        return complete && pane.totalMs ? std::optional<double>(double(*pane.totalMs))
                                        : std::nullopt;
    case Figure::Cost:
        return complete ? pane.costUsd : std::nullopt;
    default:
        return std::nullopt;
    }
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

QString cellText(const PaneFigures &pane, Figure figure, const QString &unknown)
{
    const QString tokensPrefix = pane.tokensEstimated ? QStringLiteral("~") : QString();
    const auto count = [&](const std::optional<qint64> &value) {
        return value ? tokensPrefix + QString::number(*value) : unknown;
    };
    switch (figure) {
    case Figure::TimeToFirstToken:
        return pane.timeToFirstTokenMs ? QString::number(*pane.timeToFirstTokenMs) : unknown;
    case Figure::TokensPerSecond:
        return pane.tokensPerSecond ? QString::number(*pane.tokensPerSecond, 'f', 1) : unknown;
    case Figure::TotalTime:
        return pane.totalMs ? QString::number(*pane.totalMs) : unknown;
    case Figure::PromptTokens:
        return count(pane.promptTokens);
    case Figure::CompletionTokens:
        return count(pane.completionTokens);
    case Figure::ReasoningTokens:
        return count(pane.reasoningTokens);
    case Figure::Cost:
        return pane.costUsd ? (pane.costEstimated ? QStringLiteral("~") : QString()) +
                                  formatUsd(*pane.costUsd)
                            : unknown;
    case Figure::FinishReason:
        if (!pane.finishReason.isEmpty())
            return pane.finishReason;
        return pane.status == MessageStatus::Complete ? unknown : messageStatusName(pane.status);
    case Figure::Schema:
        return pane.schema.isEmpty() ? unknown : pane.schema;
    }
    return unknown;
}

// A table cell must not end the cell or the row early.
QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

PaneFigures PaneFigures::of(const MessageRecord &answer, std::optional<qint64> promptEstimate)
{
    PaneFigures figures;
    figures.timeToFirstTokenMs = answer.timings.timeToFirstTokenMs;
    figures.tokensPerSecond = answer.timings.tokensPerSecond;
    figures.totalMs = answer.timings.totalMs;
    figures.finishReason = answer.finishReason;
    figures.status = answer.status;
    figures.hasError = answer.error.isError() && answer.status != MessageStatus::Stopped;
    // Only a finished answer is parsed: while it streams the check says "incomplete" at once.
    const AnswerValidation check = AnswerCheck::check(answer.parameters, answer.message.text(),
                                                      answer.status == MessageStatus::Complete);
    figures.schema = check.summary();
    figures.schemaValid = check.isValid();

    const Usage &usage = answer.usage;
    const bool reported = usage.promptTokens || usage.completionTokens || usage.totalTokens;
    if (!reported && !hasOutput(answer))
        return figures; // nothing to count, nothing to estimate
    const UsageTurn turn =
        UsageTurn::of(usage, promptEstimate.value_or(0), answer.message, answer.price);
    if (reported) {
        figures.promptTokens = usage.promptTokens;
        figures.completionTokens = usage.completionTokens;
        figures.reasoningTokens = usage.reasoningTokens;
    } else {
        figures.tokensEstimated = true;
        if (promptEstimate)
            figures.promptTokens = turn.tokens.prompt;
        figures.completionTokens = turn.tokens.completion;
        if (!answer.message.reasoning.isEmpty())
            figures.reasoningTokens = turn.tokens.reasoning;
    }
    if (answer.price.isKnown()) {
        figures.costUsd = turn.cost.total();
        figures.costEstimated = turn.cost.estimated;
    }
    return figures;
}

PaneFigures PaneFigures::streaming(const MessageRecord &shown, const Timings &live,
                                   qint64 elapsedMs, std::optional<qint64> promptEstimate)
{
    MessageRecord record = shown;
    record.timings = live;
    record.timings.totalMs = elapsedMs;
    PaneFigures figures = of(record, promptEstimate);
    if (!figures.tokensPerSecond && figures.timeToFirstTokenMs && figures.completionTokens &&
        elapsedMs > *figures.timeToFirstTokenMs)
        figures.tokensPerSecond = double(*figures.completionTokens) * 1000.0 /
                                  double(elapsedMs - *figures.timeToFirstTokenMs);
    return figures;
}

PaneFigures PaneFigures::ofLatest(const ConversationInfo &pane, const QList<MessageRecord> &records)
{
    for (qsizetype row = records.size() - 1; row >= 0; --row) {
        if (records.at(row).message.role != Role::Assistant)
            continue;
        const MessageRecord &answer = records.at(row);
        const bool reported =
            answer.usage.promptTokens || answer.usage.completionTokens || answer.usage.totalTokens;
        std::optional<qint64> prompt;
        if (!reported)
            prompt = UsageSummary::nextPromptEstimate(pane, records.mid(0, row));
        return of(answer, prompt);
    }
    return {};
}

QJsonObject PaneFigures::toJson() const
{
    return QJsonObject{
        {QStringLiteral("time_to_first_token_ms"), orNull(timeToFirstTokenMs)},
        {QStringLiteral("tokens_per_second"), orNull(tokensPerSecond)},
        {QStringLiteral("total_ms"), orNull(totalMs)},
        {QStringLiteral("prompt_tokens"), orNull(promptTokens)},
        {QStringLiteral("completion_tokens"), orNull(completionTokens)},
        {QStringLiteral("reasoning_tokens"), orNull(reasoningTokens)},
        {QStringLiteral("cost_usd"), orNull(costUsd)},
        {QStringLiteral("finish_reason"),
         finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason)},
        {QStringLiteral("status"), messageStatusName(status)},
        {QStringLiteral("tokens_estimated"), tokensEstimated},
        {QStringLiteral("cost_estimated"), costEstimated},
        {QStringLiteral("schema"), schema.isEmpty() ? QJsonValue() : QJsonValue(schema)},
    };
}

QList<int> bestPanes(const QList<PaneFigures> &panes, Figure figure)
{
    const Better better = directionOf(figure);
    if (better == Better::NotRanked)
        return {};
    std::optional<double> best;
    int competitors = 0;
    for (const PaneFigures &pane : panes) {
        const std::optional<double> value = rankedValue(pane, figure);
        if (!value)
            continue;
        ++competitors;
        if (!best || (better == Better::Lower ? *value < *best : *value > *best))
            best = value;
    }
    if (competitors < 2)
        return {};
    QList<int> winners;
    for (int i = 0; i < panes.size(); ++i) {
        const std::optional<double> value = rankedValue(panes.at(i), figure);
        if (value && sameValue(*value, *best))
            winners.append(i);
    }
    return winners;
}

bool anyPaneHas(const QList<PaneFigures> &panes, Figure figure)
{
    if (figure != Figure::Schema)
        return true;
    return std::any_of(panes.cbegin(), panes.cend(),
                       [](const PaneFigures &pane) { return !pane.schema.isEmpty(); });
}

QString figuresMarkdown(const QStringList &paneNames, const QList<PaneFigures> &panes,
                        const QStringList &figureNames, const QString &unknown)
{
    QList<QList<int>> best;
    QString header = QStringLiteral("| |");
    QString rule = QStringLiteral("|---|");
    for (int f = 0; f < FigureCount; ++f) {
        best.append(bestPanes(panes, Figure(f)));
        if (!anyPaneHas(panes, Figure(f)))
            continue;
        header += QLatin1Char(' ') + markdownCell(figureNames.value(f)) + QStringLiteral(" |");
        // Numbers right-aligned, the finish reason (a word) left.
        const bool words = Figure(f) == Figure::FinishReason || Figure(f) == Figure::Schema;
        rule += words ? QStringLiteral("---|") : QStringLiteral("---:|");
    }
    QString table = header + QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (int p = 0; p < panes.size(); ++p) {
        QString row =
            QStringLiteral("| ") + markdownCell(paneNames.value(p)) + QStringLiteral(" |");
        for (int f = 0; f < FigureCount; ++f) {
            if (!anyPaneHas(panes, Figure(f)))
                continue;
            const QString text = markdownCell(cellText(panes.at(p), Figure(f), unknown));
            row += QLatin1Char(' ') +
                   (best.at(f).contains(p) ? QStringLiteral("**") + text + QStringLiteral("**")
                                           : text) +
                   QStringLiteral(" |");
        }
        table += row + QLatin1Char('\n');
    }
    return table;
}

} // namespace Lineup
