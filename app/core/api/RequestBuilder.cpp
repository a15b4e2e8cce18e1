#include "api/RequestBuilder.h"

#include "api/ParameterCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <climits>

namespace Lineup {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

struct GptVersion
{
    int major = -1;
    int minor = 0;
};

// "gpt-5.4-mini" → 5.4, "gpt-4o" → 4.0, "chatgpt-4o-latest" → 4.0.
GptVersion gptVersion(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:chat)?gpt-(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).isEmpty() ? 0 : match.captured(2).toInt()};
}

// Keys the builder sets from ChatRequest's own fields; a copy among the parameters would
// silently contradict them.
const QStringList &reservedKeys()
{
    static const QStringList keys{QStringLiteral("model"), QStringLiteral("messages"),
                                  QStringLiteral("stream"), QStringLiteral("stream_options")};
    return keys;
}

class RuleApplier
{
public:
    RuleApplier(QJsonObject &parameters, const ModelCapabilities &caps, const QString &model,
                const QSet<QString> &invalid, QList<RuleAdjustment> &adjustments)
        : m_params(parameters)
        , m_caps(caps)
        , m_model(model)
        , m_invalid(invalid)
        , m_adjustments(adjustments)
        , m_family(modelFamilyName(caps.family))
    {}

    void apply()
    {
        temperature();
        choices();
        stop();
        logprobs();
        reasoningEffort();
        tokenLimit();
        responseFormat();
        toolChoice();
    }

private:
    bool adjustable(const QString &key) const
    {
        return m_params.contains(key) && !m_invalid.contains(key);
    }
    void note(const QString &parameter, const QString &message)
    {
        m_adjustments.append({parameter, message});
    }

    void temperature()
    {
        const QString key = QStringLiteral("temperature");
        if (!adjustable(key))
            return;
        const double value = m_params.value(key).toDouble();
        if (value <= m_caps.temperatureMax)
            return;
        m_params.insert(key, m_caps.temperatureMax);
        note(key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "temperature %1 was lowered to %2 because %3 models accept 0 to %2.")
                      .arg(number(value), number(m_caps.temperatureMax), m_family));
    }

    void choices()
    {
        const QString key = QStringLiteral("n");
        if (!adjustable(key))
            return;
        const double value = m_params.value(key).toDouble();
        if (value <= m_caps.nMax)
            return;
        m_params.insert(key, m_caps.nMax);
        if (m_caps.nMax == 1)
            note(key, QCoreApplication::translate(
                          "Lineup::RequestBuilder",
                          "n %1 was set to 1 because %2 models return only one choice.")
                          .arg(number(value), m_family));
        else
            note(key, QCoreApplication::translate(
                          "Lineup::RequestBuilder",
                          "n %1 was lowered to %2 because %3 models return at most %2 choices.")
                          .arg(number(value), QString::number(m_caps.nMax), m_family));
    }

    void stop()
    {
        const QString key = QStringLiteral("stop");
        if (!adjustable(key) || !m_params.value(key).isArray())
            return;
        QJsonArray list = m_params.value(key).toArray();
        const qsizetype given = list.size();
        if (given <= m_caps.stopMax)
            return;
        while (list.size() > m_caps.stopMax)
            list.removeLast();
        m_params.insert(key, list);
        note(key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "stop had %1 strings; only the first %2 were sent because %3 models accept "
                      "up to %2.")
                      .arg(QString::number(given), QString::number(m_caps.stopMax), m_family));
    }

    void logprobs()
    {
        const QString logprobsKey = QStringLiteral("logprobs");
        const QString topKey = QStringLiteral("top_logprobs");
        if (!m_caps.supportsLogprobs) {
            for (const QString &key : {logprobsKey, topKey}) {
                if (!m_params.contains(key))
                    continue;
                m_params.remove(key);
                note(key, QCoreApplication::translate(
                              "Lineup::RequestBuilder",
                              "%1 was removed because %2 models do not return log probabilities.")
                              .arg(key, m_family));
            }
            return;
        }
        if (m_params.contains(topKey) && m_params.value(logprobsKey) != QJsonValue(true)) {
            m_params.insert(logprobsKey, true);
            note(logprobsKey, QCoreApplication::translate(
                                  "Lineup::RequestBuilder",
                                  "logprobs was turned on because top_logprobs needs it."));
        }
    }

    void reasoningEffort()
    {
        const QString key = QStringLiteral("reasoning_effort");
        if (m_caps.supportsReasoningEffort || !m_params.contains(key))
            return;
        m_params.remove(key);
        note(key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "reasoning_effort was removed because %1 does not accept it; only o-series "
                      "and GPT-5.1 or newer models do.")
                      .arg(m_model));
    }

    void tokenLimit()
    {
        const QString legacy = QStringLiteral("max_tokens");
        const QString current = QStringLiteral("max_completion_tokens");
        const QString from = m_caps.usesMaxCompletionTokens ? legacy : current;
        const QString to = m_caps.usesMaxCompletionTokens ? current : legacy;
        if (!m_params.contains(from))
            return;
        if (m_params.contains(to)) {
            m_params.remove(from);
            note(from, QCoreApplication::translate(
                           "Lineup::RequestBuilder",
                           "%1 was dropped because %2 is also set and %3 uses %2.")
                           .arg(from, to, m_model));
            return;
        }
        m_params.insert(to, m_params.take(from));
        note(from, QCoreApplication::translate("Lineup::RequestBuilder",
                                               "%1 was sent as %2 because %3 expects %2.")
                       .arg(from, to, m_model));
    }

    void responseFormat()
    {
        const QString key = QStringLiteral("response_format");
        if (m_caps.supportsJsonObject || !adjustable(key))
            return;
        const QJsonObject format = m_params.value(key).toObject();
        if (format.value(QLatin1String("type")).toString() != QLatin1String("json_object"))
            return;
        // The closest json_schema to "any JSON object": keeps the intent, valid for Claude.
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}};
        m_params.insert(
            key, QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                             {QStringLiteral("json_schema"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("json_object")},
                                          {QStringLiteral("schema"), schema}}}});
        note(key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "response_format json_object was replaced by a json_schema that accepts any "
                      "JSON object because %1 models accept only json_schema.")
                      .arg(m_family));
    }

    void toolChoice()
    {
        const QString key = QStringLiteral("tool_choice");
        if (!m_params.contains(key))
            return;
        const QJsonValue tools = m_params.value(QLatin1String("tools"));
        if (tools.isArray() && !tools.toArray().isEmpty())
            return;
        m_params.remove(key);
        note(key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "tool_choice was removed because no tools are set; the API rejects "
                      "tool_choice without tools."));
    }

    QJsonObject &m_params;
    const ModelCapabilities &m_caps;
    const QString &m_model;
    const QSet<QString> &m_invalid;
    QList<RuleAdjustment> &m_adjustments;
    const QString m_family;
};

} // namespace

ModelCapabilities ModelCapabilities::forModel(const QString &model)
{
    // LiteLLM-style ids carry the provider in front ("openai/gpt-4.1", "anthropic/claude-x",
    // "openrouter/google/gemini-2.5-pro"); the family is decided by the last segment, except
    // that an anthropic/ prefix alone is enough to know it is Claude.
    const QStringList segments =
        model.trimmed().toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString id = segments.isEmpty() ? QString() : segments.last();
    const bool anthropicPrefix =
        segments.size() > 1 &&
        segments.mid(0, segments.size() - 1).contains(QLatin1String("anthropic"));
    static const QRegularExpression oSeries(QStringLiteral("^o\\d+($|[-_.:])"));

    ModelCapabilities caps;
    if (anthropicPrefix || id.startsWith(QLatin1String("claude")) ||
        id.contains(QLatin1String("anthropic.claude"))) {
        caps.family = ModelFamily::Claude;
        caps.temperatureMax = 1.0;
        caps.nMax = 1;
        caps.supportsLogprobs = false;
        caps.supportsJsonObject = false;
    } else if (id.startsWith(QLatin1String("gemini"))) {
        caps.family = ModelFamily::Gemini;
        caps.nMax = 8;
        caps.stopMax = 5;
        caps.supportsLogprobs = false;
    } else if (oSeries.match(id).hasMatch()) {
        caps.family = ModelFamily::OpenAiReasoning;
        caps.supportsLogprobs = false;
        caps.supportsReasoningEffort = true;
        caps.usesMaxCompletionTokens = true;
    } else if (const GptVersion version = gptVersion(id); version.major >= 0) {
        caps.family = ModelFamily::OpenAiGpt;
        caps.usesMaxCompletionTokens =
            version.major > 5 || version.major == 5 || (version.major == 4 && version.minor == 1);
        caps.supportsReasoningEffort =
            version.major > 5 || (version.major == 5 && version.minor >= 1);
    } else {
        // Unknown families (Grok, Qwen, local models): Lineup knows no limits, so it does not
        // remove anything the user set.
        caps.family = ModelFamily::Other;
        caps.supportsReasoningEffort = true;
    }
    return caps;
}

QString modelFamilyName(ModelFamily family)
{
    switch (family) {
    case ModelFamily::OpenAiGpt:
        return QCoreApplication::translate("Lineup::RequestBuilder", "OpenAI GPT");
    case ModelFamily::OpenAiReasoning:
        return QCoreApplication::translate("Lineup::RequestBuilder", "OpenAI o-series");
    case ModelFamily::Claude:
        return QCoreApplication::translate("Lineup::RequestBuilder", "Claude");
    case ModelFamily::Gemini:
        return QCoreApplication::translate("Lineup::RequestBuilder", "Gemini");
    case ModelFamily::Other:
        break;
    }
    return QCoreApplication::translate("Lineup::RequestBuilder", "other");
}

BuiltRequest RequestBuilder::build(const ChatRequest &request)
{
    BuiltRequest built;
    QJsonObject &body = built.body;
    body.insert(QStringLiteral("model"), request.model);
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(message.toRequestJson());
    body.insert(QStringLiteral("messages"), messages);
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        if (request.includeUsage)
            body.insert(QStringLiteral("stream_options"),
                        QJsonObject{{QStringLiteral("include_usage"), true}});
    }

    QJsonObject parameters = request.parameters;
    for (const QString &key : reservedKeys()) {
        if (!parameters.contains(key))
            continue;
        parameters.remove(key);
        built.adjustments.append(
            {key, QCoreApplication::translate(
                      "Lineup::RequestBuilder",
                      "%1 among the parameters was ignored because Lineup sets it from the request "
                      "itself.")
                      .arg(key)});
    }

    const ModelCapabilities caps = ModelCapabilities::forModel(request.model);
    // With rules on, too many stop strings is a family rule (trimmed with a note), not a
    // range problem; with rules off the family's real limit is what gets reported.
    const auto validate = [&](const QString &key, const QJsonValue &value, bool rules) {
        const int maxItems = key == QLatin1String("stop") ? (rules ? INT_MAX : caps.stopMax) : -1;
        return ParameterCatalog::validate(key, value, maxItems);
    };
    QSet<QString> invalid;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!validate(it.key(), it.value(), request.applyModelRules).isEmpty())
            invalid.insert(it.key());
    }
    if (request.applyModelRules)
        RuleApplier(parameters, caps, request.model, invalid, built.adjustments).apply();

    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QString problem = validate(it.key(), it.value(), request.applyModelRules);
        if (!problem.isEmpty())
            built.problems.append({it.key(), problem});
        body.insert(it.key(), it.value());
    }
    return built;
}

} // namespace Lineup
