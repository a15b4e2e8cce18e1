#include "ChatOptions.h"

#include "api/ParameterCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Lineup::Cli {

namespace {

// Parameters that have a dedicated option or are decided by Lineup itself.
bool isReservedParameter(const QString &name, QString *replacement)
{
    if (name == QLatin1String("model"))
        *replacement = QStringLiteral("--model");
    else if (name == QLatin1String("messages"))
        *replacement = QStringLiteral("PROMPT, --system, --developer, --image");
    else if (name == QLatin1String("stream") || name == QLatin1String("stream_options"))
        *replacement = QStringLiteral("--no-stream");
    else
        return false;
    return true;
}

// The formats chat services accept for image input, recognised by their signatures (the file
// name may lie, and a MIME database may be missing on minimal systems).
QString imageMimeType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

int loadImage(const QString &argument, Console &console, QList<ContentPart> *parts)
{
    QString path = argument;
    QString detail;
    static const QRegularExpression detailSuffix(QStringLiteral(":(low|high|auto)$"));
    if (const QRegularExpressionMatch match = detailSuffix.match(argument); match.hasMatch()) {
        detail = match.captured(1);
        path = argument.left(match.capturedStart());
    }
    QByteArray data;
    QString error;
    if (!readFile(path, &data, &error)) {
        console.error(LineupCli::tr("cannot read image \"%1\": %2").arg(path, error));
        return ExitUsage;
    }
    const QString mime = imageMimeType(data);
    if (mime.isEmpty()) {
        console.error(LineupCli::tr("\"%1\" is not a PNG, JPEG, WEBP or GIF image.").arg(path));
        return ExitUsage;
    }
    parts->append(ContentPart::fromImageData(data, mime, detail));
    return ExitSuccess;
}

int loadJsonFile(const QString &option, const QString &path, Console &console,
                 QJsonDocument *document)
{
    QByteArray data;
    QString error;
    if (!readFile(path, &data, &error)) {
        console.error(LineupCli::tr("%1: cannot read \"%2\": %3").arg(option, path, error));
        return ExitUsage;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        console.error(LineupCli::tr("%1: \"%2\" is not valid JSON: %3 at offset %4")
                          .arg(option, path, parseError.errorString())
                          .arg(parseError.offset));
        return ExitUsage;
    }
    return ExitSuccess;
}

// --schema accepts a bare JSON Schema or the whole {"name","schema","strict"} object.
int loadSchema(const QString &path, Console &console, QJsonObject *responseFormat)
{
    QJsonDocument document;
    if (const int code = loadJsonFile(QStringLiteral("--schema"), path, console, &document))
        return code;
    if (!document.isObject()) {
        console.error(
            LineupCli::tr("--schema: \"%1\" must hold a JSON object (a JSON Schema).").arg(path));
        return ExitUsage;
    }
    QJsonObject jsonSchema = document.object();
    if (!jsonSchema.value(QStringLiteral("schema")).isObject()) {
        QString name = QFileInfo(path).completeBaseName();
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
        if (name.isEmpty() || path == QLatin1String("-"))
            name = QStringLiteral("response");
        jsonSchema = QJsonObject{{QStringLiteral("name"), name.left(64)},
                                 {QStringLiteral("strict"), true},
                                 {QStringLiteral("schema"), document.object()}};
    } else if (!jsonSchema.contains(QStringLiteral("name"))) {
        jsonSchema.insert(QStringLiteral("name"), QStringLiteral("response"));
    }
    *responseFormat = QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                  {QStringLiteral("json_schema"), jsonSchema}};
    return ExitSuccess;
}

// --tools accepts an array of tools (or {"tools": [...]}); bare function definitions are wrapped.
int loadTools(const QString &path, Console &console, QJsonArray *tools)
{
    QJsonDocument document;
    if (const int code = loadJsonFile(QStringLiteral("--tools"), path, console, &document))
        return code;
    QJsonArray array = document.array();
    if (document.isObject() && document.object().value(QStringLiteral("tools")).isArray())
        array = document.object().value(QStringLiteral("tools")).toArray();
    else if (!document.isArray()) {
        console.error(LineupCli::tr("--tools: \"%1\" must hold a JSON array of tools.").arg(path));
        return ExitUsage;
    }
    for (const QJsonValue &value : std::as_const(array)) {
        QJsonObject tool = value.toObject();
        if (tool.isEmpty()) {
            console.error(
                LineupCli::tr("--tools: every entry of \"%1\" must be an object.").arg(path));
            return ExitUsage;
        }
        if (!tool.contains(QStringLiteral("type")) && tool.contains(QStringLiteral("name")))
            tool = QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                               {QStringLiteral("function"), tool}};
        tools->append(tool);
    }
    return ExitSuccess;
}

int parseSeconds(const QCommandLineParser &parser, const QString &name, Console &console,
                 int *milliseconds)
{
    if (!parser.isSet(name))
        return ExitSuccess;
    bool ok = false;
    const double seconds = parser.value(name).toDouble(&ok);
    if (!ok || !(seconds > 0) || !std::isfinite(seconds) || seconds > 86400) {
        console.error(LineupCli::tr("--%1 needs a number of seconds above 0 (got \"%2\").")
                          .arg(name, parser.value(name)));
        return ExitUsage;
    }
    *milliseconds = std::max(1, int(std::lround(seconds * 1000)));
    return ExitSuccess;
}

QString readPrompt(const QStringList &positional, bool *fromStdin)
{
    *fromStdin = positional.size() == 1 && positional.constFirst() == QLatin1String("-");
    if (!*fromStdin)
        return positional.join(u' ');
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

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
            if (!readFile(result.mid(1), &data, &error)) {
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
    add(QStringLiteral("schema"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Ask for JSON following this JSON Schema (or {name, schema, strict})."),
        QStringLiteral("FILE"));
    add(QStringLiteral("tools"),
        QT_TRANSLATE_NOOP("LineupCli", "JSON array of tools the model may call."),
        QStringLiteral("FILE"));
    add(QStringLiteral("image"),
        QT_TRANSLATE_NOOP("LineupCli", "Attach an image (PNG, JPEG, WEBP, GIF). Repeatable."),
        QStringLiteral("FILE[:detail]"));
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

    // Parameters, typed by the catalog.
    QJsonObject &parameters = chat->request.parameters;
    const QStringList params = parser.values(QStringLiteral("param"));
    for (const QString &param : params) {
        const qsizetype equals = param.indexOf(u'=');
        const QString name = param.left(equals).trimmed();
        if (equals <= 0 || name.isEmpty())
            return usageError(LineupCli::tr("--param needs name=value (got \"%1\").").arg(param));
        QString replacement;
        if (isReservedParameter(name, &replacement))
            return usageError(LineupCli::tr("--param %1: use %2 instead.").arg(name, replacement));
        QString error;
        const std::optional<QJsonValue> value =
            ParameterCatalog::parse(name, param.mid(equals + 1), &error);
        if (!value)
            return usageError(LineupCli::tr("--param %1: %2").arg(name, error));
        parameters.insert(name, *value);
    }

    if (parser.isSet(QStringLiteral("schema"))) {
        if (parameters.contains(QStringLiteral("response_format")))
            return usageError(LineupCli::tr("use either --schema or --param response_format, "
                                            "not both."));
        QJsonObject responseFormat;
        if (const int code =
                loadSchema(parser.value(QStringLiteral("schema")), console, &responseFormat))
            return code;
        parameters.insert(QStringLiteral("response_format"), responseFormat);
    }
    const QString formatType = parameters.value(QStringLiteral("response_format"))
                                   .toObject()
                                   .value(QStringLiteral("type"))
                                   .toString();
    chat->expectJsonAnswer =
        formatType == QLatin1String("json_schema") || formatType == QLatin1String("json_object");
    if (parser.isSet(QStringLiteral("tools"))) {
        if (parameters.contains(QStringLiteral("tools")))
            return usageError(LineupCli::tr("use either --tools or --param tools, not both."));
        QJsonArray tools;
        if (const int code = loadTools(parser.value(QStringLiteral("tools")), console, &tools))
            return code;
        parameters.insert(QStringLiteral("tools"), tools);
    }

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
    bool fromStdin = false;
    const QString prompt = readPrompt(positional, &fromStdin);
    QList<ContentPart> imageParts;
    const QStringList images = parser.values(QStringLiteral("image"));
    for (const QString &image : images) {
        if (const int code = loadImage(image, console, &imageParts))
            return code;
    }
    if (prompt.trimmed().isEmpty() && imageParts.isEmpty())
        return usageError(fromStdin ? LineupCli::tr("the prompt read from stdin is empty.")
                                    : LineupCli::tr("the prompt is empty."));
    ChatMessage user;
    user.role = Role::User;
    if (!prompt.isEmpty())
        user.parts.append(ContentPart::fromText(prompt));
    user.parts.append(imageParts);
    chat->request.messages.append(user);
    return -1;
}

} // namespace Lineup::Cli
