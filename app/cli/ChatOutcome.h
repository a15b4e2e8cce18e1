#pragma once

#include "CliCommon.h"

#include "api/ChatStream.h"
#include "api/RequestBuilder.h"
#include "schema/AnswerCheck.h"
#include "usage/UsageSummary.h"

namespace Lineup::Cli {

// What `chat` and `compare` make of a finished stream, shared so both report an answer alike.

// The exit status of a finished stream (ExitSuccess, or the failure's code; a stopped or cut
// answer is ExitIncomplete).
int exitCodeForStream(const ChatStream &stream);
// The most serious of two exit statuses: key > network > service > storage > incomplete >
// schema mismatch > success. `compare` exits with the worst of its answers.
int moreSeriousExitCode(int a, int b);

// Prints the request builder's adjustments and out-of-range values as warnings; returns them.
// `prefix` goes before each one ("gpt-5: ").
QStringList reportRequestAdjustments(const BuiltRequest &built, Console &console,
                                     const QString &prefix = {});
// With --schema (or a json_* response_format): the answer checked against the schema it was
// sent with. Schema problems are printed and appended to *warnings.
AnswerValidation checkAnswer(const ChatStream &stream, const QJsonObject &parameters,
                             Console &console, QStringList *warnings, const QString &prefix = {});
// The answer's usage and cost (estimated from the request when the service sent no usage).
UsageTurn answerUsage(const ChatRequest &request, const ChatStream &stream,
                      const PriceBook &prices);
// The user's price table (the CLI does not fetch the service's model list per chat).
void loadPriceTable(PriceBook *prices);

} // namespace Lineup::Cli
