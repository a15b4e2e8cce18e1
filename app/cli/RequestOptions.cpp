#include "RequestOptions.h"

#include "api/ParameterCatalog.h"

#include <QFile>
#include <QFileInfo>
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

int loadJsonFile(const QString &option, const QString &path, Console &console,
                 QJsonDocument *document)
{
    QByteArray data;
    QString error;
    if (!readInputFile(path, &data, &error)) {
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

} // namespace

bool readInputFile(const QString &path, QByteArray *data, QString *error)
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
    if (!readInputFile(path, &data, &error)) {
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

int parseParameter(const QString &option, const QString &argument, Console &console, QString *name,
                   QJsonValue *value, bool allowNull)
{
    const auto usageError = [&console](const QString &message) {
        console.error(message);
        return int(ExitUsage);
    };
    const qsizetype equals = argument.indexOf(u'=');
    *name = argument.left(equals).trimmed();
    if (equals <= 0 || name->isEmpty())
        return usageError(LineupCli::tr("%1 needs name=value (got \"%2\").").arg(option, argument));
    QString replacement;
    if (isReservedParameter(*name, &replacement))
        return usageError(LineupCli::tr("%1 %2: use %3 instead.").arg(option, *name, replacement));
    if (allowNull && argument.mid(equals + 1).trimmed() == QLatin1String("null")) {
        *value = QJsonValue(QJsonValue::Null);
        return ExitSuccess;
    }
    QString error;
    const std::optional<QJsonValue> parsed =
        ParameterCatalog::parse(*name, argument.mid(equals + 1), &error);
    if (!parsed)
        return usageError(LineupCli::tr("%1 %2: %3").arg(option, *name, error));
    *value = *parsed;
    return ExitSuccess;
}

int loadParameterOptions(const QCommandLineParser &parser, Console &console,
                         QJsonObject *parameters, bool *expectJsonAnswer)
{
    const auto usageError = [&console](const QString &message) {
        console.error(message);
        return int(ExitUsage);
    };
    const QStringList params = parser.values(QStringLiteral("param"));
    for (const QString &param : params) {
        QString name;
        QJsonValue value;
        if (const int code =
                parseParameter(QStringLiteral("--param"), param, console, &name, &value))
            return code;
        parameters->insert(name, value);
    }
    if (parser.isSet(QStringLiteral("schema"))) {
        if (parameters->contains(QStringLiteral("response_format")))
            return usageError(LineupCli::tr("use either --schema or --param response_format, "
                                            "not both."));
        QJsonObject responseFormat;
        if (const int code =
                loadSchema(parser.value(QStringLiteral("schema")), console, &responseFormat))
            return code;
        parameters->insert(QStringLiteral("response_format"), responseFormat);
    }
    const QString formatType = parameters->value(QStringLiteral("response_format"))
                                   .toObject()
                                   .value(QStringLiteral("type"))
                                   .toString();
    *expectJsonAnswer =
        formatType == QLatin1String("json_schema") || formatType == QLatin1String("json_object");
    if (parser.isSet(QStringLiteral("tools"))) {
        if (parameters->contains(QStringLiteral("tools")))
            return usageError(LineupCli::tr("use either --tools or --param tools, not both."));
        QJsonArray tools;
        if (const int code = loadTools(parser.value(QStringLiteral("tools")), console, &tools))
            return code;
        parameters->insert(QStringLiteral("tools"), tools);
    }
    return ExitSuccess;
}

int loadUserTurn(const QCommandLineParser &parser, Console &console, ChatMessage *user)
{
    bool fromStdin = false;
    const QString prompt = readPrompt(parser.positionalArguments(), &fromStdin);
    QList<ContentPart> imageParts;
    const QStringList images = parser.values(QStringLiteral("image"));
    for (const QString &image : images) {
        if (const int code = loadImage(image, console, &imageParts))
            return code;
    }
    if (prompt.trimmed().isEmpty() && imageParts.isEmpty()) {
        console.error(fromStdin ? LineupCli::tr("the prompt read from stdin is empty.")
                                : LineupCli::tr("the prompt is empty."));
        return ExitUsage;
    }
    user->role = Role::User;
    user->parts.clear();
    if (!prompt.isEmpty())
        user->parts.append(ContentPart::fromText(prompt));
    user->parts.append(imageParts);
    return ExitSuccess;
}

void addPayloadOptions(QCommandLineParser &parser)
{
    const auto add = [&parser](const QString &name, const char *description,
                               const QString &valueName) {
        parser.addOption(QCommandLineOption(name, LineupCli::tr(description), valueName));
    };
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
}

} // namespace Lineup::Cli
