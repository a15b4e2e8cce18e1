#include "FiguresText.h"

#include <QLocale>

namespace Lineup {

namespace {

QString seconds(qint64 ms)
{
    return FiguresText::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

QString count(qint64 value, bool estimated)
{
    const QString text = QLocale().toString(value);
    return estimated ? FiguresText::tr("~%1").arg(text) : text;
}

} // namespace

QStringList FiguresText::figureNames()
{
    return {tr("First token"),       tr("Tokens/s"),         tr("Total time"), tr("Prompt tokens"),
            tr("Completion tokens"), tr("Reasoning tokens"), tr("Cost"),       tr("Finish")};
}

QString FiguresText::unknown()
{
    return tr("–");
}

QString FiguresText::value(const PaneFigures &figures, Figure figure)
{
    switch (figure) {
    case Figure::TimeToFirstToken:
        return figures.timeToFirstTokenMs ? seconds(*figures.timeToFirstTokenMs) : unknown();
    case Figure::TokensPerSecond:
        return figures.tokensPerSecond
                   ? tr("%1 tok/s").arg(QLocale().toString(*figures.tokensPerSecond, 'f', 1))
                   : unknown();
    case Figure::TotalTime:
        return figures.totalMs ? seconds(*figures.totalMs) : unknown();
    case Figure::PromptTokens:
        return figures.promptTokens ? count(*figures.promptTokens, figures.tokensEstimated)
                                    : unknown();
    case Figure::CompletionTokens:
        return figures.completionTokens ? count(*figures.completionTokens, figures.tokensEstimated)
                                        : unknown();
    case Figure::ReasoningTokens:
        return figures.reasoningTokens ? count(*figures.reasoningTokens, figures.tokensEstimated)
                                       : unknown();
    case Figure::Cost:
        if (!figures.costUsd)
            return unknown();
        return (figures.costEstimated ? tr("~$%1") : tr("$%1"))
            .arg(QLocale().toString(*figures.costUsd, 'f', *figures.costUsd < 0.01 ? 5 : 3));
    case Figure::FinishReason:
        if (figures.hasError)
            return tr("failed");
        if (figures.status == MessageStatus::Streaming)
            return tr("streaming");
        if (figures.status == MessageStatus::Stopped)
            return tr("stopped");
        return figures.finishReason.isEmpty() ? unknown() : figures.finishReason;
    }
    return unknown();
}

QString FiguresText::line(const PaneFigures &figures)
{
    QStringList parts;
    if (figures.timeToFirstTokenMs)
        parts.append(tr("first token %1").arg(value(figures, Figure::TimeToFirstToken)));
    if (figures.tokensPerSecond)
        parts.append(value(figures, Figure::TokensPerSecond));
    if (figures.totalMs)
        parts.append(value(figures, Figure::TotalTime));
    if (figures.completionTokens) {
        parts.append(figures.promptTokens
                         ? tr("%1 → %2 tokens")
                               .arg(value(figures, Figure::PromptTokens),
                                    value(figures, Figure::CompletionTokens))
                         : tr("%1 tokens").arg(value(figures, Figure::CompletionTokens)));
    }
    if (figures.reasoningTokens)
        parts.append(tr("%1 reasoning").arg(value(figures, Figure::ReasoningTokens)));
    const QString finish = value(figures, Figure::FinishReason);
    if (finish != unknown())
        parts.append(finish);
    if (figures.costUsd)
        parts.append(value(figures, Figure::Cost));
    if (parts.isEmpty())
        return tr("No answer yet");
    // A narrow pane wraps the line between figures, never inside one ("0.31 | s").
    for (QString &part : parts)
        part.replace(QLatin1Char(' '), QChar(0x00A0));
    return parts.join(QStringLiteral(" · "));
}

} // namespace Lineup
