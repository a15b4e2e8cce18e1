#include "ChatOutcome.h"

#include "usage/TokenEstimate.h"

#include <QSettings>

namespace Lineup::Cli {

namespace {

int severity(int code)
{
    switch (code) {
    case ExitKey:
        return 6;
    case ExitNetwork:
        return 5;
    case ExitService:
        return 4;
    case ExitFailure:
    case ExitUsage:
        return 3;
    case ExitIncomplete:
        return 2;
    case ExitSchemaMismatch:
        return 1;
    default:
        return code == ExitSuccess ? 0 : 3;
    }
}

} // namespace

int exitCodeForStream(const ChatStream &stream)
{
    switch (stream.status()) {
    case ChatStream::Status::Complete:
        return ExitSuccess;
    case ChatStream::Status::Stopped:
        return ExitIncomplete;
    case ChatStream::Status::Running:
    case ChatStream::Status::Failed:
    case ChatStream::Status::Interrupted:
        break;
    }
    const int code = exitCodeFor(stream.error());
    return code == ExitSuccess ? ExitIncomplete : code;
}

int moreSeriousExitCode(int a, int b)
{
    return severity(b) > severity(a) ? b : a;
}

QStringList reportRequestAdjustments(const BuiltRequest &built, Console &console,
                                     const QString &prefix)
{
    QStringList warnings;
    for (const RuleAdjustment &adjustment : built.adjustments) {
        console.warning(prefix + adjustment.message);
        warnings.append(adjustment.message);
    }
    // Out-of-range values are sent unchanged (the service has the last word), but said.
    for (const RuleAdjustment &problem : built.problems) {
        const QString message = LineupCli::tr("%1 (sent unchanged)").arg(problem.message);
        console.warning(prefix + message);
        warnings.append(message);
    }
    return warnings;
}

AnswerValidation checkAnswer(const ChatStream &stream, const QJsonObject &parameters,
                             Console &console, QStringList *warnings, const QString &prefix)
{
    // A refusal or tool calls are not the answer the schema describes.
    const CompletionChoice *choice = stream.completion().choice(0);
    if (!choice || !choice->message.refusal.isEmpty() || !choice->message.toolCalls.isEmpty())
        return {};
    AnswerValidation validation = AnswerCheck::check(
        parameters, choice->message.text(), stream.status() == ChatStream::Status::Complete);
    if (validation.requested() && !validation.isValid() &&
        validation.state != AnswerValidation::State::Incomplete) {
        for (const SchemaProblem &problem : std::as_const(validation.errors)) {
            const QString message = LineupCli::tr("schema: %1").arg(schemaProblemLine(problem));
            console.warning(prefix + message);
            warnings->append(message);
        }
    }
    return validation;
}

UsageTurn answerUsage(const ChatRequest &request, const ChatStream &stream, const PriceBook &prices)
{
    const CompletionChoice *choice = stream.completion().choice(0);
    return UsageTurn::of(stream.completion().usage,
                         TokenEstimate::promptTokens(
                             request.messages, request.parameters.value(QStringLiteral("tools")),
                             request.parameters.value(QStringLiteral("response_format"))),
                         choice ? choice->message : ChatMessage(),
                         prices.lookup(request.model, stream.completion().model));
}

void loadPriceTable(PriceBook *prices)
{
    QSettings settings;
    prices->loadTable(PriceTable(settings));
}

} // namespace Lineup::Cli
