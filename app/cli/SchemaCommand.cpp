#include "SchemaCommand.h"

#include "schema/SchemaLint.h"
#include "schema/SchemaTools.h"
#include "schema/SchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lineup::Cli {

namespace {

QString usageLine()
{
    return QStringLiteral("lineup-cli schema check FILE [--strict] [--json] | validate SCHEMA "
                          "INSTANCE [--json] | infer EXAMPLE");
}

// Any JSON value, scalars included (wrapped in an array for QJsonDocument).
int readJsonValue(const QString &path, Console &console, QJsonValue *value)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        console.error(LineupCli::tr("cannot read \"%1\": %2").arg(path, file.errorString()));
        return ExitUsage;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + file.readAll() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        console.error(LineupCli::tr("\"%1\" is not JSON: %2 at offset %3")
                          .arg(path, error.error != QJsonParseError::NoError
                                         ? error.errorString()
                                         : LineupCli::tr("more than one value"))
                          .arg(std::max(0, error.offset - 1)));
        return ExitUsage;
    }
    *value = document.array().first();
    return ExitSuccess;
}

// A file may hold a bare schema, the {name, schema, strict} object the API wants, or a whole
// response_format; *strict is set when the file itself asks for strict mode.
QJsonValue schemaFrom(const QJsonValue &file, bool *strict)
{
    QJsonObject object = file.toObject();
    if (object.value(QStringLiteral("type")) == QJsonValue(QStringLiteral("json_schema")) &&
        object.value(QStringLiteral("json_schema")).isObject())
        object = object.value(QStringLiteral("json_schema")).toObject();
    if (object.value(QStringLiteral("schema")).isObject() &&
        object.contains(QStringLiteral("name"))) {
        *strict = *strict || object.value(QStringLiteral("strict")).toBool();
        return object.value(QStringLiteral("schema"));
    }
    return file;
}

int report(const SchemaProblems &problems, bool json, Console &console)
{
    if (json) {
        const QJsonObject result{{QStringLiteral("valid"), problems.isEmpty()},
                                 {QStringLiteral("errors"), schemaProblemsToJson(problems)}};
        console.out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)));
    } else {
        for (const SchemaProblem &problem : problems)
            console.out(schemaProblemLine(problem) + u'\n');
    }
    return problems.isEmpty() ? int(ExitSuccess) : int(ExitSchemaMismatch);
}

} // namespace

int runSchemaCommand(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(QStringLiteral("strict"),
                           LineupCli::tr("check: also apply the strict structured-output rules.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        LineupCli::tr("Print {\"valid\": bool, \"errors\": [{\"path\", \"message\"}]}.")));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 LineupCli::tr("check, validate or infer."));
    if (const int code = parseCommandLine(parser, arguments, usageLine(), console); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto usage = [&console](const QString &message) {
        console.error(message + u' ' + LineupCli::tr("(usage: %1)").arg(usageLine()));
        return int(ExitUsage);
    };

    if (action == QLatin1String("check")) {
        if (positional.size() != 2)
            return usage(LineupCli::tr("schema check needs one FILE."));
        QJsonValue file;
        if (const int code = readJsonValue(positional.at(1), console, &file))
            return code;
        bool strict = parser.isSet(QStringLiteral("strict"));
        const QJsonValue schema = schemaFrom(file, &strict);
        return report(SchemaLint::lint(schema, strict), json, console);
    }
    if (action == QLatin1String("validate")) {
        if (positional.size() != 3)
            return usage(LineupCli::tr("schema validate needs SCHEMA and INSTANCE."));
        QJsonValue file;
        QJsonValue instance;
        if (const int code = readJsonValue(positional.at(1), console, &file))
            return code;
        if (const int code = readJsonValue(positional.at(2), console, &instance))
            return code;
        bool strict = false;
        QString error;
        const std::optional<SchemaValidator> validator =
            SchemaValidator::compile(schemaFrom(file, &strict), &error);
        if (!validator) {
            console.error(LineupCli::tr("\"%1\": %2").arg(positional.at(1), error));
            return ExitUsage;
        }
        return report(validator->validate(instance), json, console);
    }
    if (action == QLatin1String("infer")) {
        if (positional.size() != 2)
            return usage(LineupCli::tr("schema infer needs one EXAMPLE file."));
        QJsonValue example;
        if (const int code = readJsonValue(positional.at(1), console, &example))
            return code;
        const QJsonValue schema = SchemaTools::inferFromExample(example);
        console.out(QString::fromUtf8(QJsonDocument(schema.toObject()).toJson()));
        return ExitSuccess;
    }
    return usage(action.isEmpty() ? LineupCli::tr("schema needs an action.")
                                  : LineupCli::tr("unknown schema action \"%1\".").arg(action));
}

} // namespace Lineup::Cli
