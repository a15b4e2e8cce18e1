#include "api/ParameterCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Lineup {

namespace {

// JSON numbers are doubles; beyond 2^53 integers lose precision, so that is the widest
// integer range a JSON client can promise.
constexpr double kMaxSafeInteger = 9007199254740991.0;
constexpr double kMaxTokens = 2147483647.0;
// The API's own limit for `stop`; families with another limit pass theirs to validate().
constexpr int kStopMax = 4;

ParameterSpec spec(const char *name, ParameterSpec::Type type, double minimum, double maximum,
                   double step, QStringList choices, const char *description)
{
    ParameterSpec result;
    result.name = QLatin1String(name);
    result.type = type;
    result.minimum = minimum;
    result.maximum = maximum;
    result.step = step;
    result.choices = std::move(choices);
    result.description = QCoreApplication::translate("Lineup::ParameterCatalog", description);
    return result;
}

QList<ParameterSpec> buildCatalog()
{
    using T = ParameterSpec::Type;
    const auto s = [](const char *text) { return QLatin1String(text); };
    return {
        spec("temperature", T::Number, 0, 2, 0.1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Sampling temperature: higher values make the answer more varied, "
                               "lower values more focused; change this or top_p, not both.")),
        spec("top_p", T::Number, 0, 1, 0.05, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Nucleus sampling: only tokens within this cumulative probability "
                               "mass are considered.")),
        spec("n", T::Integer, 1, 128, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "How many alternative answers (choices) to generate.")),
        spec("stop", T::StringOrList, 0, kStopMax, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Up to 4 sequences at which the model stops generating; a single "
                               "string or a list of strings.")),
        spec("max_tokens", T::Integer, 1, kMaxTokens, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Legacy upper limit on generated tokens; newer OpenAI models use "
                               "max_completion_tokens instead.")),
        spec("max_completion_tokens", T::Integer, 1, kMaxTokens, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Upper limit on generated tokens, counting visible output and "
                               "reasoning tokens (GPT-4.1, GPT-5 and o-series).")),
        spec("presence_penalty", T::Number, -2, 2, 0.1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Positive values penalise tokens that already appeared, nudging "
                               "the model towards new topics.")),
        spec("frequency_penalty", T::Number, -2, 2, 0.1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Positive values penalise tokens by how often they already "
                               "appeared, reducing verbatim repetition.")),
        spec("logit_bias", T::JsonObject, -100, 100, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Maps token ids to a bias from -100 (ban) to 100 (force) added to "
                               "their likelihood.")),
        spec("seed", T::Integer, -kMaxSafeInteger, kMaxSafeInteger, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Best-effort determinism: repeated requests with the same seed "
                               "should return the same answer (compare system_fingerprint).")),
        spec("user", T::String, 0, 0, 0, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "An id for your end user that helps the service detect abuse.")),
        spec("response_format", T::JsonObject, 0, 0, 0, {s("json_object"), s("json_schema")},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Forces JSON output: json_object guarantees valid JSON, a strict "
                               "json_schema guarantees the given schema.")),
        spec("tools", T::JsonArray, 0, 0, 0, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Functions the model may call, each with a name, a description "
                               "and a JSON Schema for its arguments.")),
        spec("tool_choice", T::JsonValue, 0, 0, 0, {s("auto"), s("none"), s("required")},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Whether the model may call tools (auto), must not (none), must "
                               "call one (required), or must call a named function.")),
        spec("logprobs", T::Boolean, 0, 1, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Return the log probability of each generated token.")),
        spec("top_logprobs", T::Integer, 0, 20, 1, {},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "How many most likely alternatives to return for each token "
                               "position; needs logprobs.")),
        spec("reasoning_effort", T::Enum, 0, 0, 0, {s("low"), s("medium"), s("high")},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "How much a reasoning model thinks before answering (o-series and "
                               "GPT-5.1 or newer).")),
        spec("service_tier", T::Enum, 0, 0, 0, {s("auto"), s("default"), s("flex"), s("priority")},
             QT_TRANSLATE_NOOP("Lineup::ParameterCatalog",
                               "Processing tier: flex is cheaper and slower, priority faster and "
                               "dearer, auto lets the service decide.")),
    };
}

QString typeDescription(const ParameterSpec &spec)
{
    using T = ParameterSpec::Type;
    const QString min = QString::number(spec.minimum, 'g', 17);
    const QString max = QString::number(spec.maximum, 'g', 17);
    switch (spec.type) {
    case T::Number:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "a number from %1 to %2")
            .arg(min, max);
    case T::Integer:
        return QCoreApplication::translate("Lineup::ParameterCatalog",
                                           "a whole number from %1 to %2")
            .arg(min, max);
    case T::Boolean:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "true or false");
    case T::Enum:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "one of %1")
            .arg(spec.choices.join(QLatin1String(", ")));
    case T::StringOrList:
        return QCoreApplication::translate("Lineup::ParameterCatalog",
                                           "a string or a JSON array of up to %1 strings")
            .arg(max);
    case T::String:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "a string");
    case T::JsonObject:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "a JSON object");
    case T::JsonArray:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "a JSON array");
    case T::JsonValue:
        return QCoreApplication::translate("Lineup::ParameterCatalog", "%1, or a JSON object")
            .arg(spec.choices.join(QLatin1String(", ")));
    }
    return {};
}

// Qt 6.4's QJsonDocument only parses objects and arrays; wrapping lets it read any JSON value.
std::optional<QJsonValue> parseJsonValue(const QString &text, QString *parseError = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(1, '[') + text.toUtf8() + QByteArray(1, ']'), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1) {
        if (parseError)
            *parseError = error.error != QJsonParseError::NoError
                              ? error.errorString()
                              : QCoreApplication::translate("Lineup::ParameterCatalog",
                                                            "not a single JSON value");
        return std::nullopt;
    }
    return document.array().at(0);
}

QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return message;
}

QString typeError(const ParameterSpec &spec, const QString &got)
{
    return QCoreApplication::translate("Lineup::ParameterCatalog", "%1 expects %2, got \"%3\".")
        .arg(spec.name, typeDescription(spec), got);
}

// Parses `trimmed` as JSON and keeps it when `accepts` it; otherwise says whether the JSON did
// not parse or was of the wrong kind.
template <typename Accepts>
std::optional<QJsonValue> parseJsonOfKind(const ParameterSpec &spec, const QString &value,
                                          const QString &trimmed, Accepts accepts, QString *error)
{
    QString parseError;
    const auto json = parseJsonValue(trimmed, &parseError);
    if (json && accepts(*json))
        return json;
    fail(error, json ? typeError(spec, value)
                     : QCoreApplication::translate("Lineup::ParameterCatalog",
                                                   "%1 expects %2; the JSON does not parse: %3.")
                           .arg(spec.name, typeDescription(spec), parseError));
    return std::nullopt;
}

QString describeValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isUndefined())
        return QString();
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    if (text.size() > 60)
        text = text.left(57) + QLatin1String("...");
    return text;
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

QString validateResponseFormat(const QJsonObject &object)
{
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("json_object") || type == QLatin1String("text"))
        return {};
    if (type == QLatin1String("json_schema")) {
        const QJsonValue schema = object.value(QLatin1String("json_schema"));
        if (!schema.isObject() || !schema.toObject().value(QLatin1String("name")).isString() ||
            schema.toObject().value(QLatin1String("name")).toString().isEmpty())
            return QCoreApplication::translate(
                "Lineup::ParameterCatalog",
                "response_format of type json_schema needs a \"json_schema\" object with "
                "a \"name\" and a \"schema\".");
        const QJsonValue inner = schema.toObject().value(QLatin1String("schema"));
        if (!inner.isUndefined() && !inner.isObject())
            return QCoreApplication::translate(
                "Lineup::ParameterCatalog",
                "response_format.json_schema.schema must be a JSON object (a JSON "
                "Schema).");
        return {};
    }
    return QCoreApplication::translate(
               "Lineup::ParameterCatalog",
               "response_format.type must be json_object or json_schema, got \"%1\".")
        .arg(describeValue(object.value(QLatin1String("type"))));
}

QString validateLogitBias(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isId = false;
        const qlonglong id = it.key().toLongLong(&isId);
        if (!isId || id < 0)
            return QCoreApplication::translate(
                       "Lineup::ParameterCatalog",
                       "logit_bias keys must be token ids (whole numbers), got \"%1\".")
                .arg(it.key());
        const double bias = it.value().toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!it.value().isDouble() || bias < -100 || bias > 100)
            return QCoreApplication::translate(
                       "Lineup::ParameterCatalog",
                       "logit_bias for token %1 must be a number from -100 to 100, got \"%2\".")
                .arg(it.key(), describeValue(it.value()));
    }
    return {};
}

bool isNamedFunction(const QJsonObject &object)
{
    return object.value(QLatin1String("type")).toString() == QLatin1String("function") &&
           !object.value(QLatin1String("function"))
                .toObject()
                .value(QLatin1String("name"))
                .toString()
                .isEmpty();
}

QString validateTools(const QJsonArray &tools)
{
    for (qsizetype i = 0; i < tools.size(); ++i) {
        if (!tools.at(i).isObject() || !isNamedFunction(tools.at(i).toObject()))
            return QCoreApplication::translate(
                       "Lineup::ParameterCatalog",
                       "tools[%1] must be {\"type\":\"function\",\"function\":{\"name\":...}}.")
                .arg(i);
    }
    return {};
}

} // namespace

const QList<ParameterSpec> &ParameterCatalog::all()
{
    // Built lazily; when the translation of a probe string changes, descriptions are refreshed
    // in place, so they follow a language switch and pointers from find() stay valid.
    static QList<ParameterSpec> catalog;
    static QString probe;
    const QString current =
        QCoreApplication::translate("Lineup::ParameterCatalog", "a JSON object");
    if (catalog.isEmpty()) {
        catalog = buildCatalog();
    } else if (current != probe) {
        const QList<ParameterSpec> fresh = buildCatalog();
        for (qsizetype i = 0; i < catalog.size(); ++i)
            catalog[i].description = fresh.at(i).description;
    }
    probe = current;
    return catalog;
}

const ParameterSpec *ParameterCatalog::find(QStringView name)
{
    for (const ParameterSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

std::optional<QJsonValue> ParameterCatalog::parse(const QString &name, const QString &value,
                                                  QString *error)
{
    using T = ParameterSpec::Type;
    const ParameterSpec *found = find(name);
    const QString trimmed = value.trimmed();
    if (!found) {
        // Unknown to Lineup: send valid JSON as JSON, anything else as a string.
        if (const auto json = parseJsonValue(trimmed))
            return json;
        return QJsonValue(value);
    }
    const ParameterSpec &spec = *found;
    switch (spec.type) {
    case T::Number: {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            fail(error, typeError(spec, value));
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case T::Integer: {
        bool ok = false;
        const qlonglong whole = trimmed.toLongLong(&ok);
        if (ok)
            return QJsonValue(whole);
        const double number = trimmed.toDouble(&ok);
        if (!ok || !isWholeNumber(number)) {
            fail(error, typeError(spec, value));
            return std::nullopt;
        }
        return QJsonValue(number);
    }
    case T::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") ||
            lower == QLatin1String("yes") || lower == QLatin1String("on"))
            return QJsonValue(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("0") ||
            lower == QLatin1String("no") || lower == QLatin1String("off"))
            return QJsonValue(false);
        fail(error, typeError(spec, value));
        return std::nullopt;
    }
    case T::Enum: {
        QString text = trimmed;
        if (text.startsWith(QLatin1Char('"')))
            text = parseJsonValue(text).value_or(QJsonValue(text)).toString();
        for (const QString &choice : spec.choices) {
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return QJsonValue(choice);
        }
        fail(error, typeError(spec, value));
        return std::nullopt;
    }
    case T::StringOrList: {
        if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('"'))) {
            QString parseError;
            const auto json = parseJsonValue(trimmed, &parseError);
            const QJsonArray items = json ? json->toArray() : QJsonArray();
            const bool listOfStrings =
                json && json->isArray() &&
                std::all_of(items.begin(), items.end(),
                            [](const QJsonValue &item) { return item.isString(); });
            if (json && (json->isString() || listOfStrings))
                return json;
            fail(error,
                 json ? typeError(spec, value)
                      : QCoreApplication::translate("Lineup::ParameterCatalog",
                                                    "%1 expects %2; the JSON does not parse: %3.")
                            .arg(spec.name, typeDescription(spec), parseError));
            return std::nullopt;
        }
        // A plain word is taken literally, so `stop=END` needs no quoting.
        return QJsonValue(value);
    }
    case T::String: {
        if (trimmed.startsWith(QLatin1Char('"'))) {
            if (const auto json = parseJsonValue(trimmed); json && json->isString())
                return json;
        }
        return QJsonValue(value);
    }
    case T::JsonObject: {
        // Shorthand for the common case: `response_format=json_object`.
        if (spec.name == QLatin1String("response_format") &&
            trimmed == QLatin1String("json_object"))
            return QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
        return parseJsonOfKind(
            spec, value, trimmed, [](const QJsonValue &json) { return json.isObject(); }, error);
    }
    case T::JsonArray: {
        return parseJsonOfKind(
            spec, value, trimmed, [](const QJsonValue &json) { return json.isArray(); }, error);
    }
    case T::JsonValue: {
        for (const QString &choice : spec.choices) {
            if (choice.compare(trimmed, Qt::CaseInsensitive) == 0)
                return QJsonValue(choice);
        }
        if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('"'))) {
            return parseJsonOfKind(
                spec, value, trimmed,
                [](const QJsonValue &json) { return json.isObject() || json.isString(); }, error);
        }
        // `tool_choice=get_weather` names a function, the way people say it.
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
        if (spec.name == QLatin1String("tool_choice") && identifier.match(trimmed).hasMatch())
            return QJsonValue(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), trimmed}}}});
        fail(error, typeError(spec, value));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString ParameterCatalog::validate(const QString &name, const QJsonValue &value)
{
    return validate(name, value, -1);
}

QString ParameterCatalog::validate(const QString &name, const QJsonValue &value, int maxItems)
{
    using T = ParameterSpec::Type;
    const ParameterSpec *found = find(name);
    if (!found)
        return {};
    const ParameterSpec &spec = *found;
    const auto outside = [&spec, &value]() {
        return QCoreApplication::translate(
                   "Lineup::ParameterCatalog",
                   "%1 must be from %2 to %3; %4 is outside the range the API accepts.")
            .arg(spec.name, QString::number(spec.minimum, 'g', 17),
                 QString::number(spec.maximum, 'g', 17), describeValue(value));
    };
    switch (spec.type) {
    case T::Number:
        if (!value.isDouble())
            return typeError(spec, describeValue(value));
        if (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum)
            return outside();
        return {};
    case T::Integer:
        if (!value.isDouble() || !isWholeNumber(value.toDouble()))
            return typeError(spec, describeValue(value));
        if (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum)
            return outside();
        return {};
    case T::Boolean:
        return value.isBool() ? QString() : typeError(spec, describeValue(value));
    case T::Enum:
        return value.isString() && spec.choices.contains(value.toString())
                   ? QString()
                   : typeError(spec, describeValue(value));
    case T::StringOrList: {
        if (value.isString())
            return {};
        const int limit = maxItems >= 0 ? maxItems : int(spec.maximum);
        if (!value.isArray())
            return typeError(spec, describeValue(value));
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return typeError(spec, describeValue(value));
        }
        if (array.size() > limit)
            return QCoreApplication::translate("Lineup::ParameterCatalog",
                                               "%1 accepts at most %2 strings; %3 were given.")
                .arg(spec.name)
                .arg(limit)
                .arg(array.size());
        return {};
    }
    case T::String:
        return value.isString() ? QString() : typeError(spec, describeValue(value));
    case T::JsonObject:
        if (!value.isObject())
            return typeError(spec, describeValue(value));
        if (spec.name == QLatin1String("response_format"))
            return validateResponseFormat(value.toObject());
        if (spec.name == QLatin1String("logit_bias"))
            return validateLogitBias(value.toObject());
        return {};
    case T::JsonArray:
        if (!value.isArray())
            return typeError(spec, describeValue(value));
        if (spec.name == QLatin1String("tools"))
            return validateTools(value.toArray());
        return {};
    case T::JsonValue:
        if (value.isString() && spec.choices.contains(value.toString()))
            return {};
        if (value.isObject() && isNamedFunction(value.toObject()))
            return {};
        return typeError(spec, describeValue(value));
    }
    return {};
}

QString ParameterCatalog::expectedType(const ParameterSpec &spec)
{
    return typeDescription(spec);
}

} // namespace Lineup
