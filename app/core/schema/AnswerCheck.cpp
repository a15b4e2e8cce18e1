#include "AnswerCheck.h"

#include "schema/SchemaValidator.h"
#include "util/TranslateInContexts.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Lineup {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return translateInContexts({"Lineup::AnswerCheck", "Lineup::AnswerValidation"}, text,
                               disambiguation, n);
}

} // namespace

QJsonObject AnswerValidation::toJson() const
{
    return QJsonObject{{QStringLiteral("valid"), isValid()},
                       {QStringLiteral("errors"), schemaProblemsToJson(errors)}};
}

QString AnswerValidation::summary() const
{
    switch (state) {
    case State::NotRequested:
        return {};
    case State::Valid:
        return tr("matches the schema");
    case State::Invalid:
        // Spelled out for English too (there is no English catalogue for "%n error(s)").
        return errors.size() == 1 ? tr("1 schema error")
                                  : tr("%n schema errors", nullptr, int(errors.size()));
    case State::NotJson:
        return tr("not JSON");
    case State::Incomplete:
        return tr("incomplete JSON");
    case State::BadSchema:
        return tr("the schema cannot be used");
    }
    return {};
}

namespace AnswerCheck {

QString formatType(const QJsonObject &parameters)
{
    const QString type = parameters.value(QStringLiteral("response_format"))
                             .toObject()
                             .value(QStringLiteral("type"))
                             .toString();
    if (type == QLatin1String("json_object") || type == QLatin1String("json_schema"))
        return type;
    return {};
}

QJsonValue schemaOf(const QJsonObject &responseFormat)
{
    return responseFormat.value(QStringLiteral("json_schema"))
        .toObject()
        .value(QStringLiteral("schema"));
}

AnswerValidation check(const QJsonObject &parameters, const QString &text, bool complete)
{
    AnswerValidation result;
    const QString type = formatType(parameters);
    if (type.isEmpty())
        return result;
    if (!complete) {
        result.state = AnswerValidation::State::Incomplete;
        result.errors.append(
            {QString(), tr("incomplete JSON: the answer stopped before it ended.")});
        return result;
    }
    // Wrapped in an array so that a bare string or number (valid JSON) parses too.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        result.state = AnswerValidation::State::NotJson;
        const int offset = std::max(0, parseError.offset - 1);
        result.errors.append({QString(), tr("the answer is not valid JSON: %1 at offset %2")
                                             .arg(parseError.error != QJsonParseError::NoError
                                                      ? parseError.errorString()
                                                      : tr("more than one value"))
                                             .arg(offset)});
        return result;
    }
    result.value = document.array().first();
    const QJsonValue schema =
        schemaOf(parameters.value(QStringLiteral("response_format")).toObject());
    if (type == QLatin1String("json_object") || schema.isUndefined()) {
        result.state = AnswerValidation::State::Valid;
        return result;
    }
    QString error;
    const std::optional<SchemaValidator> validator = SchemaValidator::compile(schema, &error);
    if (!validator) {
        result.state = AnswerValidation::State::BadSchema;
        result.errors.append({QString(), error});
        return result;
    }
    result.errors = validator->validate(result.value);
    result.state =
        result.errors.isEmpty() ? AnswerValidation::State::Valid : AnswerValidation::State::Invalid;
    return result;
}

} // namespace AnswerCheck

} // namespace Lineup
