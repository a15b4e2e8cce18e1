#include "api/ModelInfo.h"

#include "api/AnswerLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Lineup {

namespace {

// Numbers arrive as JSON numbers or as strings ("128000", "0.0000025"), depending on the service.
std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> positiveInteger(const QJsonValue &value)
{
    const std::optional<double> number = numberOf(value);
    if (!number || !std::isfinite(*number) || *number <= 0)
        return std::nullopt;
    return qint64(*number);
}

// USD per token → USD per million tokens, rounded so 0.000003 reads 3 and not 3.0000000000000004.
// Negative prices mean "variable" on OpenRouter (e.g. openrouter/auto): unknown.
std::optional<double> perMillion(const QJsonValue &perToken)
{
    const std::optional<double> price = numberOf(perToken);
    if (!price || !std::isfinite(*price) || *price < 0)
        return std::nullopt;
    return std::round(*price * 1e6 * 1e9) / 1e9;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::ModelInfo", text);
}

} // namespace

ModelInfo ModelInfo::fromJson(const QJsonObject &object)
{
    ModelInfo info;
    info.raw = object;
    // Ollama's native /api/tags shape names models with "name"/"model" instead of "id".
    for (const char *key : {"id", "model", "name"}) {
        const QString id = object.value(QLatin1String(key)).toString();
        if (!id.isEmpty()) {
            info.id = id;
            break;
        }
    }
    info.ownedBy = object.value(QLatin1String("owned_by")).toString();
    if (const std::optional<double> created = numberOf(object.value(QLatin1String("created"))))
        info.created = qint64(*created);

    // LiteLLM nests its extras under model_info; OpenRouter keeps them at the top level.
    const QJsonObject modelInfo = object.value(QLatin1String("model_info")).toObject();
    const QJsonObject topProvider = object.value(QLatin1String("top_provider")).toObject();
    const QList<QJsonValue> contextCandidates = {
        object.value(QLatin1String("context_length")),
        object.value(QLatin1String("context_window")),
        object.value(QLatin1String("max_context_length")),
        topProvider.value(QLatin1String("context_length")),
        modelInfo.value(QLatin1String("max_input_tokens")),
        object.value(QLatin1String("max_input_tokens")),
    };
    for (const QJsonValue &candidate : contextCandidates) {
        if (const std::optional<qint64> length = positiveInteger(candidate)) {
            info.contextLength = length;
            break;
        }
    }

    const QJsonObject pricing = object.value(QLatin1String("pricing")).toObject();
    info.promptPricePerMillion = perMillion(pricing.value(QLatin1String("prompt")));
    info.completionPricePerMillion = perMillion(pricing.value(QLatin1String("completion")));
    info.cachedPromptPricePerMillion = perMillion(pricing.value(QLatin1String("input_cache_read")));
    for (const QJsonObject &source : {object, modelInfo}) {
        if (!info.cachedPromptPricePerMillion)
            info.cachedPromptPricePerMillion =
                perMillion(source.value(QLatin1String("cache_read_input_token_cost")));
        if (!info.promptPricePerMillion)
            info.promptPricePerMillion =
                perMillion(source.value(QLatin1String("input_cost_per_token")));
        if (!info.completionPricePerMillion)
            info.completionPricePerMillion =
                perMillion(source.value(QLatin1String("output_cost_per_token")));
    }
    return info;
}

QList<ModelInfo> ModelInfo::listFromJson(const QByteArray &body, QString *error)
{
    if (AnswerLimits::jsonNestsDeeperThan(body.constData(), body.size(),
                                          AnswerLimits::MaxJsonDepth)) {
        if (error)
            *error = tr("The model list nests JSON deeper than %1 levels.")
                         .arg(AnswerLimits::MaxJsonDepth);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("The model list is not valid JSON (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return {};
    }
    QJsonArray entries;
    if (document.isArray()) {
        entries = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue data = root.value(QLatin1String("data"));
        const QJsonValue models = root.value(QLatin1String("models"));
        if (data.isArray()) {
            entries = data.toArray();
        } else if (models.isArray()) {
            entries = models.toArray();
        } else {
            if (error) {
                *error = tr("The model list has neither a \"data\" nor a \"models\" array: the "
                            "base URL may not point at an OpenAI-compatible service.");
            }
            return {};
        }
    }
    QList<ModelInfo> models;
    models.reserve(entries.size());
    for (const QJsonValue &entry : std::as_const(entries)) {
        ModelInfo info;
        if (entry.isString())
            info.id = entry.toString();
        else if (entry.isObject())
            info = fromJson(entry.toObject());
        if (!info.id.isEmpty())
            models.append(info);
    }
    if (error)
        error->clear();
    return models;
}

} // namespace Lineup
