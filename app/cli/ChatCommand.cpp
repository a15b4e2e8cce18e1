#include "ChatCommand.h"

#include "ChatOptions.h"
#include "ChatPrinter.h"
#include "ChatSaver.h"
#include "ServicePrices.h"
#include "SigintNotifier.h"

#include "ChatOutcome.h"

#include "api/ApiClient.h"

#include <QEventLoop>

namespace Lineup::Cli {

int runChatCommand(const QStringList &arguments, const GlobalOptions &global, Console &console)
{
    ChatInvocation chat;
    if (const int code = parseChatInvocation(arguments, console, &chat); code >= 0)
        return code;
    Target target;
    if (const int code = prepareTarget(chat.target, console, &target); code != ExitSuccess)
        return code;
    chat.request.model = target.model;
    ServicePrices servicePrices;
    const PriceBook &prices = servicePrices.book(target.profile ? target.profile->id : QString());
    ChatSaver saver;
    saver.setPriceBook(&prices);
    if (chat.save) {
        if (const int code = saver.open(global.dataDir, chat.conversationId, &chat.request, console,
                                        chat.toolResults))
            return code;
    }

    const BuiltRequest built = RequestBuilder::build(chat.request);
    QStringList warnings = reportRequestAdjustments(built, console);

    ChatPrinter::Options printOptions;
    printOptions.json = chat.json;
    printOptions.streamText = !chat.json && chat.eventsPath != QLatin1String("-");
    ChatPrinter printer(console, printOptions);
    if (const QString error = printer.openEvents(chat.eventsPath); !error.isEmpty()) {
        console.error(error);
        return ExitFailure;
    }

    ApiClient client;
    client.setOptions(chat.clientOptions);
    QEventLoop loop;
    // Only when the cost is printed or saved.
    if (chat.json || chat.save)
        servicePrices.fetch(client, target, &loop);
    ChatStream *stream = client.startChat(target.endpoint, built.body, &loop);
    QObject::connect(stream, &ChatStream::delta, &loop,
                     [&printer](const StreamDelta &delta) { printer.onDelta(delta); });
    QObject::connect(stream, &ChatStream::eventDecoded, &loop,
                     [&printer](const SseEvent &event) { printer.onEvent(event); });
    QObject::connect(stream, &ChatStream::retryScheduled, &loop,
                     [&console](int attempt, int delayMs, const ApiError &cause) {
                         console.note(LineupCli::tr("%1 Retrying in %2 s (retry %3).")
                                          .arg(cause.humanMessage())
                                          .arg(delayMs / 1000.0, 0, 'f', 1)
                                          .arg(attempt));
                     });
    QObject::connect(stream, &ChatStream::finished, &loop, &QEventLoop::quit);
    if (chat.save) {
        const QString profileId = target.profile ? target.profile->id : QString();
        if (const int code = saver.begin(built.body, profileId, stream, console)) {
            stream->cancel();
            return code;
        }
    }
    {
        // Ctrl+C stops the stream; the partial answer is printed below (exit status 5).
        const SigintNotifier sigint(&loop, [stream] { stream->cancel(); });
        if (stream->isRunning())
            loop.exec();
    }

    servicePrices.waitBriefly();
    console.flushOut(); // what streamed so far comes before any warning
    for (const QString &warning : stream->warnings()) {
        console.warning(warning);
        warnings.append(warning);
    }
    AnswerValidation validation;
    if (chat.expectJsonAnswer)
        validation = checkAnswer(*stream, chat.request.parameters, console, &warnings);
    const int saveCode = chat.save ? saver.finish(*stream, console) : int(ExitSuccess);
    QJsonObject extra;
    if (chat.save)
        extra.insert(QStringLiteral("conversation_id"), saver.conversationId());
    if (validation.requested())
        extra.insert(QStringLiteral("schema_validation"), validation.toJson());
    extra.insert(QStringLiteral("cost"), answerUsage(chat.request, *stream, prices).cost.toJson());
    printer.finish(*stream, warnings, extra);

    const int code = exitCodeForStream(*stream);
    if (code != ExitSuccess) {
        const ApiError &error = stream->error();
        console.error(error.isError() ? error.humanMessage()
                                      : LineupCli::tr("the answer was stopped before it ended."));
    }
    if (code != ExitSuccess)
        return code;
    if (saveCode != ExitSuccess)
        return saveCode;
    if (validation.requested() && !validation.isValid()) {
        console.error(LineupCli::tr("the answer does not match the requested format (%1).")
                          .arg(validation.summary()));
        return ExitSchemaMismatch;
    }
    return ExitSuccess;
}

} // namespace Lineup::Cli
