#include "ChatOptions.h"

#include "RequestOptions.h"

namespace Lineup::Cli {

namespace {

// --tool-result CALL_ID=TEXT or CALL_ID=@FILE (the file's UTF-8 text). Returns -1 to go on.
int parseToolResults(const QCommandLineParser &parser, Console &console, ChatInvocation *chat)
{
    const QStringList values = parser.values(QStringLiteral("tool-result"));
    if (values.isEmpty())
        return -1;
    if (!parser.isSet(QStringLiteral("conversation")) || !parser.isSet(QStringLiteral("save"))) {
        console.error(LineupCli::tr("--tool-result needs --conversation ID and --save: it answers "
                                    "the tool calls of a saved conversation's last answer."));
        return ExitUsage;
    }
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(u'=');
        const QString id = value.left(equals).trimmed();
        if (equals <= 0 || id.isEmpty()) {
            console.error(
                LineupCli::tr("--tool-result needs CALL_ID=TEXT or CALL_ID=@FILE (got \"%1\").")
                    .arg(value));
            return ExitUsage;
        }
        QString result = value.mid(equals + 1);
        if (result.startsWith(u'@')) {
            QByteArray data;
            QString error;
            if (!readInputFile(result.mid(1), &data, &error)) {
                console.error(LineupCli::tr("--tool-result %1: cannot read \"%2\": %3")
                                  .arg(id, result.mid(1), error));
                return ExitUsage;
            }
            result = QString::fromUtf8(data);
        }
        for (const auto &[known, text] : std::as_const(chat->toolResults)) {
            Q_UNUSED(text)
            if (known == id) {
                console.error(LineupCli::tr("--tool-result %1 is given twice.").arg(id));
                return ExitUsage;
            }
        }
        chat->toolResults.append({id, result});
    }
    return -1;
}

} // namespace

QString chatUsageLine()
{
    return QStringLiteral(
        "lineup-cli chat [--profile P | --base-url URL] --model M [--system TEXT] "
        "[--developer TEXT] [--param name=value]... [--schema FILE] [--tools FILE] "
        "[--image FILE[:low|high|auto]]... [--no-stream] [--json] [--events FILE|-] "
        "[--no-rules] [--idle-timeout SEC] [--save [--conversation ID]] "
        "PROMPT|- | --save --conversation ID --tool-result CALL_ID=TEXT|@FILE...");
}

int parseChatInvocation(const QStringList &arguments, Console &console, ChatInvocation *chat)
{
    QCommandLineParser parser;
    addTargetOptions(parser);
    const auto add = [&parser](const QString &name, const char *description,
                               const QString &valueName = {}) {
        parser.addOption(QCommandLineOption(name, LineupCli::tr(description), valueName));
    };
    add(QStringLiteral("model"), QT_TRANSLATE_NOOP("LineupCli", "Model id, or profile/model."),
        QStringLiteral("M"));
    add(QStringLiteral("system"), QT_TRANSLATE_NOOP("LineupCli", "System message."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("developer"),
        QT_TRANSLATE_NOOP("LineupCli", "Developer message (o1 and newer models)."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("param"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Request parameter, typed: temperature=0.2, stop=[\"a\"], logprobs=true. "
                          "Repeatable."),
        QStringLiteral("name=value"));
    addPayloadOptions(parser);
    add(QStringLiteral("no-stream"),
        QT_TRANSLATE_NOOP("LineupCli", "Ask for the whole answer at once."));
    add(QStringLiteral("json"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Print the assembled chat.completion JSON (plus done, error, timings, "
                          "warnings) at the end instead of streaming text."));
    add(QStringLiteral("events"),
        QT_TRANSLATE_NOOP("LineupCli", "Write every SSE event as a JSON line (- : stdout)."),
        QStringLiteral("FILE"));
    add(QStringLiteral("no-rules"),
        QT_TRANSLATE_NOOP(
            "LineupCli",
            "Send the parameters exactly as given, without model-family adjustments."));
    add(QStringLiteral("idle-timeout"),
        QT_TRANSLATE_NOOP("LineupCli", "Abort a stream silent for this long (default 60)."),
        QStringLiteral("SEC"));
    add(QStringLiteral("connect-timeout"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Give up when no answer starts within this time (default 30)."),
        QStringLiteral("SEC"));
    add(QStringLiteral("retries"),
        QT_TRANSLATE_NOOP("LineupCli", "Retries for 429, 5xx and connection failures (default 3)."),
        QStringLiteral("N"));
    add(QStringLiteral("save"),
        QT_TRANSLATE_NOOP("LineupCli", "Save the exchange in the conversation history."));
    add(QStringLiteral("conversation"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "With --save: continue this saved conversation (its history is sent)."),
        QStringLiteral("ID"));
    add(QStringLiteral("tool-result"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "With --conversation and --save: the result of the last answer's tool "
                          "call CALL_ID, as text or @FILE; one per call. Repeatable."),
        QStringLiteral("CALL_ID=TEXT|@FILE"));
    parser.addPositionalArgument(QStringLiteral("prompt"),
                                 LineupCli::tr("The prompt, or - to read it from stdin."),
                                 QStringLiteral("PROMPT|-"));

    if (const int code = parseCommandLine(parser, arguments, chatUsageLine(), console); code >= 0)
        return code;

    const auto usageError = [&console](const QString &message) {
        console.error(message);
        return int(ExitUsage);
    };

    chat->target = targetChoiceFrom(parser);
    chat->request.model = parser.value(QStringLiteral("model"));
    chat->target.model = chat->request.model;
    if (chat->request.model.isEmpty())
        return usageError(LineupCli::tr("chat needs --model (e.g. --model gpt-5 or --model "
                                        "cometapi/gpt-5)."));
    const QStringList positional = parser.positionalArguments();
    if (const int code = parseToolResults(parser, console, chat); code >= 0)
        return code;
    if (positional.isEmpty() && chat->toolResults.isEmpty())
        return usageError(LineupCli::tr("chat needs a prompt (or - to read it from stdin); "
                                        "usage: %1")
                              .arg(chatUsageLine()));
    if (positional.size() > 1 && positional.contains(QStringLiteral("-")))
        return usageError(LineupCli::tr("give the prompt either as text or as - (stdin), not "
                                        "both."));

    chat->json = parser.isSet(QStringLiteral("json"));
    chat->eventsPath = parser.value(QStringLiteral("events"));
    chat->save = parser.isSet(QStringLiteral("save"));
    chat->request.stream = !parser.isSet(QStringLiteral("no-stream"));
    chat->request.applyModelRules = !parser.isSet(QStringLiteral("no-rules"));
    if (parser.isSet(QStringLiteral("conversation"))) {
        bool ok = false;
        chat->conversationId = parser.value(QStringLiteral("conversation")).toLongLong(&ok);
        if (!ok || chat->conversationId <= 0)
            return usageError(LineupCli::tr("--conversation needs a conversation id (a positive "
                                            "number; `lineup-cli conversations list` shows "
                                            "them)."));
        if (!chat->save)
            return usageError(LineupCli::tr("--conversation only works together with --save."));
    }
    if (const int code = parseSeconds(parser, QStringLiteral("idle-timeout"), console,
                                      &chat->clientOptions.idleTimeoutMs))
        return code;
    if (const int code = parseSeconds(parser, QStringLiteral("connect-timeout"), console,
                                      &chat->clientOptions.connectTimeoutMs))
        return code;
    if (parser.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        const int retries = parser.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || retries < 0 || retries > 10)
            return usageError(LineupCli::tr("--retries needs a number from 0 to 10."));
        chat->clientOptions.maxRetries = retries;
    }

    if (const int code = loadParameterOptions(parser, console, &chat->request.parameters,
                                              &chat->expectJsonAnswer))
        return code;

    // Messages: system and developer first, then the user's turn with its images.
    chat->systemText = parser.value(QStringLiteral("system"));
    chat->developerText = parser.value(QStringLiteral("developer"));
    if (parser.isSet(QStringLiteral("system")))
        chat->request.messages.append(ChatMessage::fromText(Role::System, chat->systemText));
    if (parser.isSet(QStringLiteral("developer")))
        chat->request.messages.append(ChatMessage::fromText(Role::Developer, chat->developerText));

    if (!chat->toolResults.isEmpty()) {
        if (!positional.isEmpty() || parser.isSet(QStringLiteral("image")))
            return usageError(LineupCli::tr("--tool-result continues the conversation with "
                                            "tool results: give no prompt or image with it."));
        return -1;
    }
    ChatMessage user;
    if (const int code = loadUserTurn(parser, console, &user))
        return code;
    chat->request.messages.append(user);
    return -1;
}

} // namespace Lineup::Cli
