#include "api/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Lineup;

namespace {

ChatRequest request(const QString &model, const QJsonObject &parameters = {})
{
    ChatRequest result;
    result.model = model;
    result.messages.append(ChatMessage::fromText(Role::User, QStringLiteral("hi")));
    result.parameters = parameters;
    return result;
}

QStringList parametersOf(const QJsonObject &body)
{
    QStringList keys = body.keys();
    for (const char *core : {"model", "messages", "stream", "stream_options"})
        keys.removeAll(QLatin1String(core));
    return keys;
}

const RuleAdjustment *adjustmentFor(const BuiltRequest &built, const QString &parameter)
{
    for (const RuleAdjustment &adjustment : built.adjustments) {
        if (adjustment.parameter == parameter)
            return &adjustment;
    }
    return nullptr;
}

QJsonArray strings(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("s%1").arg(i));
    return list;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void familyDetection_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("family");
        QTest::newRow("claude") << "claude-sonnet-4-5" << int(ModelFamily::Claude);
        QTest::newRow("Claude case") << "Claude-3-7-Sonnet" << int(ModelFamily::Claude);
        QTest::newRow("anthropic prefix") << "anthropic/some-new-model" << int(ModelFamily::Claude);
        QTest::newRow("openrouter claude")
            << "openrouter/anthropic/claude-opus-4" << int(ModelFamily::Claude);
        QTest::newRow("gemini") << "gemini-2.5-pro" << int(ModelFamily::Gemini);
        QTest::newRow("google gemini") << "google/Gemini-2.0-flash" << int(ModelFamily::Gemini);
        QTest::newRow("o1") << "o1" << int(ModelFamily::OpenAiReasoning);
        QTest::newRow("o1-pro") << "o1-pro" << int(ModelFamily::OpenAiReasoning);
        QTest::newRow("o3-mini") << "openai/o3-mini" << int(ModelFamily::OpenAiReasoning);
        QTest::newRow("o4-mini") << "O4-MINI" << int(ModelFamily::OpenAiReasoning);
        QTest::newRow("gpt-5") << "cometapi/gpt-5" << int(ModelFamily::OpenAiGpt);
        QTest::newRow("gpt-4o") << "gpt-4o" << int(ModelFamily::OpenAiGpt);
        QTest::newRow("chatgpt") << "chatgpt-4o-latest" << int(ModelFamily::OpenAiGpt);
        QTest::newRow("omni not o-series") << "omni-moderation" << int(ModelFamily::Other);
        QTest::newRow("llama") << "llama3.2:3b" << int(ModelFamily::Other);
        QTest::newRow("grok") << "x-ai/grok-4" << int(ModelFamily::Other);
    }
    void familyDetection()
    {
        QFETCH(QString, model);
        QFETCH(int, family);
        QCOMPARE(int(ModelCapabilities::forModel(model).family), family);
    }

    void capabilityTable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("maxCompletionTokens");
        QTest::addColumn<bool>("reasoningEffort");
        QTest::addColumn<bool>("logprobs");
        QTest::newRow("gpt-4o") << "gpt-4o" << false << false << true;
        QTest::newRow("gpt-4.1") << "gpt-4.1" << true << false << true;
        QTest::newRow("gpt-4.1-nano") << "openai/gpt-4.1-nano" << true << false << true;
        QTest::newRow("gpt-5") << "gpt-5" << true << false << true;
        QTest::newRow("gpt-5-mini") << "gpt-5-mini" << true << false << true;
        QTest::newRow("gpt-5.1") << "gpt-5.1" << true << true << true;
        QTest::newRow("gpt-5.4-mini") << "gpt-5.4-mini" << true << true << true;
        QTest::newRow("o1") << "o1" << true << true << false;
        QTest::newRow("o3") << "o3" << true << true << false;
        QTest::newRow("claude") << "claude-opus-4" << false << false << false;
        QTest::newRow("gemini") << "gemini-2.5-flash" << false << false << false;
    }
    void capabilityTable()
    {
        QFETCH(QString, model);
        QFETCH(bool, maxCompletionTokens);
        QFETCH(bool, reasoningEffort);
        QFETCH(bool, logprobs);
        const ModelCapabilities caps = ModelCapabilities::forModel(model);
        QCOMPARE(caps.usesMaxCompletionTokens, maxCompletionTokens);
        QCOMPARE(caps.supportsReasoningEffort, reasoningEffort);
        QCOMPARE(caps.supportsLogprobs, logprobs);
    }

    void familyLimits()
    {
        const auto claude = ModelCapabilities::forModel(QStringLiteral("claude-3-5-haiku"));
        QCOMPARE(claude.temperatureMax, 1.0);
        QCOMPARE(claude.nMax, 1);
        QCOMPARE(claude.stopMax, 4);
        QVERIFY(!claude.supportsJsonObject);
        const auto gemini = ModelCapabilities::forModel(QStringLiteral("gemini-2.5-pro"));
        QCOMPARE(gemini.temperatureMax, 2.0);
        QCOMPARE(gemini.nMax, 8);
        QCOMPARE(gemini.stopMax, 5);
        const auto gpt = ModelCapabilities::forModel(QStringLiteral("gpt-4o"));
        QCOMPARE(gpt.nMax, 128);
        QCOMPARE(gpt.stopMax, 4);
    }

    void minimalBodyHasOnlyModelMessagesAndStream()
    {
        const BuiltRequest built = RequestBuilder::build(request(QStringLiteral("gpt-4o")));
        QCOMPARE(built.body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(built.body.value(QLatin1String("stream")), QJsonValue(true));
        QCOMPARE(built.body.value(QLatin1String("stream_options")).toObject(),
                 (QJsonObject{{QStringLiteral("include_usage"), true}}));
        QCOMPARE(parametersOf(built.body), QStringList());
        QVERIFY(built.adjustments.isEmpty());
        QVERIFY(built.problems.isEmpty());
        const QJsonArray messages = built.body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), QStringLiteral("hi")}}));
    }

    void streamOptionsOnlyWithStream()
    {
        ChatRequest plain = request(QStringLiteral("gpt-4o"));
        plain.stream = false;
        BuiltRequest built = RequestBuilder::build(plain);
        QVERIFY(!built.body.contains(QLatin1String("stream")));
        QVERIFY(!built.body.contains(QLatin1String("stream_options")));

        ChatRequest noUsage = request(QStringLiteral("gpt-4o"));
        noUsage.includeUsage = false;
        built = RequestBuilder::build(noUsage);
        QCOMPARE(built.body.value(QLatin1String("stream")), QJsonValue(true));
        QVERIFY(!built.body.contains(QLatin1String("stream_options")));

        // A stray copy among the parameters never overrides the request's own fields.
        ChatRequest stray =
            request(QStringLiteral("gpt-4o"), {{QStringLiteral("stream_options"), QJsonObject()},
                                               {QStringLiteral("model"), QStringLiteral("other")}});
        stray.stream = false;
        built = RequestBuilder::build(stray);
        QVERIFY(!built.body.contains(QLatin1String("stream_options")));
        QCOMPARE(built.body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
        QVERIFY(adjustmentFor(built, QStringLiteral("model")));
    }

    void everySetParameterIsSentUnchangedForAnUnrestrictedModel()
    {
        const QJsonObject tools{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("f")}}}};
        const QJsonObject parameters{
            {QStringLiteral("temperature"), 1.5},
            {QStringLiteral("top_p"), 0.9},
            {QStringLiteral("n"), 2},
            {QStringLiteral("stop"), QJsonArray{QStringLiteral("END")}},
            {QStringLiteral("max_tokens"), 100},
            {QStringLiteral("presence_penalty"), 0.5},
            {QStringLiteral("frequency_penalty"), -0.5},
            {QStringLiteral("logit_bias"), QJsonObject{{QStringLiteral("50256"), -100}}},
            {QStringLiteral("seed"), 7},
            {QStringLiteral("user"), QStringLiteral("u1")},
            {QStringLiteral("response_format"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
            {QStringLiteral("tools"), QJsonArray{tools}},
            {QStringLiteral("tool_choice"), QStringLiteral("required")},
            {QStringLiteral("logprobs"), true},
            {QStringLiteral("top_logprobs"), 3},
            {QStringLiteral("service_tier"), QStringLiteral("flex")},
        };
        const BuiltRequest built =
            RequestBuilder::build(request(QStringLiteral("gpt-4o"), parameters));
        QVERIFY(built.adjustments.isEmpty());
        QVERIFY(built.problems.isEmpty());
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            QCOMPARE(built.body.value(it.key()), it.value());
        QCOMPARE(parametersOf(built.body).size(), parameters.size());
    }

    void unsetParametersAreAbsent()
    {
        const BuiltRequest built =
            RequestBuilder::build(request(QStringLiteral("gpt-4o"), {{QStringLiteral("seed"), 1}}));
        QCOMPARE(parametersOf(built.body), QStringList{QStringLiteral("seed")});
        for (const char *absent : {"temperature", "top_p", "n", "max_tokens", "logprobs"})
            QVERIFY(!built.body.contains(QLatin1String(absent)));
    }

    void claudeTemperatureIsClampedWithAnExplanation()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("claude-sonnet-4-5"), {{QStringLiteral("temperature"), 1.5}}));
        QCOMPARE(built.body.value(QLatin1String("temperature")).toDouble(), 1.0);
        QCOMPARE(built.adjustments.size(), 1);
        QCOMPARE(built.adjustments.first(),
                 (RuleAdjustment{QStringLiteral("temperature"),
                                 QStringLiteral("temperature 1.5 was lowered to 1 because Claude "
                                                "models accept 0 to 1.")}));
        // Within Claude's range: untouched.
        const BuiltRequest fine = RequestBuilder::build(
            request(QStringLiteral("claude-sonnet-4-5"), {{QStringLiteral("temperature"), 0.7}}));
        QCOMPARE(fine.body.value(QLatin1String("temperature")).toDouble(), 0.7);
        QVERIFY(fine.adjustments.isEmpty());
    }

    void claudeForcesSingleChoice()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("anthropic/claude-opus-4"), {{QStringLiteral("n"), 3}}));
        QCOMPARE(built.body.value(QLatin1String("n")).toInt(), 1);
        const RuleAdjustment *note = adjustmentFor(built, QStringLiteral("n"));
        QVERIFY(note);
        QCOMPARE(note->message,
                 QStringLiteral("n 3 was set to 1 because Claude models return only one choice."));
        QCOMPARE(built.body.value(QLatin1String("model")).toString(),
                 QStringLiteral("anthropic/claude-opus-4"));
    }

    void claudeJsonObjectBecomesJsonSchema()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("claude-opus-4"),
                    {{QStringLiteral("response_format"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}}));
        const QJsonObject format = built.body.value(QLatin1String("response_format")).toObject();
        QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
        QCOMPARE(format.value(QLatin1String("json_schema"))
                     .toObject()
                     .value(QLatin1String("schema"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("object"));
        const RuleAdjustment *note = adjustmentFor(built, QStringLiteral("response_format"));
        QVERIFY(note);
        QVERIFY(note->message.contains(QLatin1String("Claude models accept only json_schema")));
        QVERIFY(built.problems.isEmpty());

        // json_schema is what Claude accepts: untouched.
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("json_schema")},
            {QStringLiteral("json_schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("answer")},
                         {QStringLiteral("schema"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}};
        const BuiltRequest kept = RequestBuilder::build(request(
            QStringLiteral("claude-opus-4"), {{QStringLiteral("response_format"), schema}}));
        QCOMPARE(kept.body.value(QLatin1String("response_format")).toObject(), schema);
        QVERIFY(kept.adjustments.isEmpty());
    }

    void geminiLimitsChoicesAndStops()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("gemini-2.5-pro"),
                    {{QStringLiteral("n"), 12}, {QStringLiteral("stop"), strings(7)}}));
        QCOMPARE(built.body.value(QLatin1String("n")).toInt(), 8);
        QCOMPARE(built.body.value(QLatin1String("stop")).toArray(), strings(5));
        QCOMPARE(adjustmentFor(built, QStringLiteral("n"))->message,
                 QStringLiteral("n 12 was lowered to 8 because Gemini models return at most 8 "
                                "choices."));
        QCOMPARE(adjustmentFor(built, QStringLiteral("stop"))->message,
                 QStringLiteral("stop had 7 strings; only the first 5 were sent because Gemini "
                                "models accept up to 5."));

        // Five stops are fine on Gemini, one too many elsewhere.
        const BuiltRequest five = RequestBuilder::build(
            request(QStringLiteral("gemini-2.5-pro"), {{QStringLiteral("stop"), strings(5)}}));
        QCOMPARE(five.body.value(QLatin1String("stop")).toArray().size(), 5);
        QVERIFY(five.adjustments.isEmpty());
        QVERIFY(five.problems.isEmpty());
        const BuiltRequest gpt = RequestBuilder::build(
            request(QStringLiteral("gpt-4o"), {{QStringLiteral("stop"), strings(5)}}));
        QCOMPARE(gpt.body.value(QLatin1String("stop")).toArray(), strings(4));
        QVERIFY(adjustmentFor(gpt, QStringLiteral("stop")));
    }

    void logprobsRemovedWhereUnsupported_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("claude") << "claude-opus-4";
        QTest::newRow("gemini") << "gemini-2.5-pro";
        QTest::newRow("o3") << "o3";
    }
    void logprobsRemovedWhereUnsupported()
    {
        QFETCH(QString, model);
        const BuiltRequest built = RequestBuilder::build(request(
            model, {{QStringLiteral("logprobs"), true}, {QStringLiteral("top_logprobs"), 5}}));
        QVERIFY(!built.body.contains(QLatin1String("logprobs")));
        QVERIFY(!built.body.contains(QLatin1String("top_logprobs")));
        QVERIFY(adjustmentFor(built, QStringLiteral("logprobs")));
        QVERIFY(adjustmentFor(built, QStringLiteral("top_logprobs")));
        QVERIFY(adjustmentFor(built, QStringLiteral("logprobs"))
                    ->message.contains(QLatin1String("do not return log probabilities")));
    }

    void topLogprobsTurnsOnLogprobs()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("gpt-4o"), {{QStringLiteral("top_logprobs"), 2}}));
        QCOMPARE(built.body.value(QLatin1String("logprobs")), QJsonValue(true));
        QCOMPARE(built.body.value(QLatin1String("top_logprobs")).toInt(), 2);
        QCOMPARE(adjustmentFor(built, QStringLiteral("logprobs"))->message,
                 QStringLiteral("logprobs was turned on because top_logprobs needs it."));

        const BuiltRequest disabled = RequestBuilder::build(
            request(QStringLiteral("gpt-4o"),
                    {{QStringLiteral("top_logprobs"), 2}, {QStringLiteral("logprobs"), false}}));
        QCOMPARE(disabled.body.value(QLatin1String("logprobs")), QJsonValue(true));
    }

    void reasoningEffortOnlyWhereSupported()
    {
        const QJsonObject effort{{QStringLiteral("reasoning_effort"), QStringLiteral("high")}};
        for (const char *model : {"o3-mini", "gpt-5.1", "gpt-5.4-nano"}) {
            const BuiltRequest built = RequestBuilder::build(request(QLatin1String(model), effort));
            QCOMPARE(built.body.value(QLatin1String("reasoning_effort")).toString(),
                     QStringLiteral("high"));
            QVERIFY(built.adjustments.isEmpty());
        }
        for (const char *model : {"gpt-4o", "gpt-5", "claude-opus-4", "gemini-2.5-pro"}) {
            const BuiltRequest built = RequestBuilder::build(request(QLatin1String(model), effort));
            QVERIFY2(!built.body.contains(QLatin1String("reasoning_effort")), model);
            const RuleAdjustment *note = adjustmentFor(built, QStringLiteral("reasoning_effort"));
            QVERIFY(note);
            QVERIFY(note->message.contains(QLatin1String(model)));
        }
    }

    void maxTokensRenamedPerFamily()
    {
        BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("gpt-5"), {{QStringLiteral("max_tokens"), 500}}));
        QVERIFY(!built.body.contains(QLatin1String("max_tokens")));
        QCOMPARE(built.body.value(QLatin1String("max_completion_tokens")).toInt(), 500);
        QCOMPARE(adjustmentFor(built, QStringLiteral("max_tokens"))->message,
                 QStringLiteral("max_tokens was sent as max_completion_tokens because gpt-5 "
                                "expects max_completion_tokens."));

        built = RequestBuilder::build(
            request(QStringLiteral("o1"), {{QStringLiteral("max_tokens"), 10},
                                           {QStringLiteral("max_completion_tokens"), 20}}));
        QVERIFY(!built.body.contains(QLatin1String("max_tokens")));
        QCOMPARE(built.body.value(QLatin1String("max_completion_tokens")).toInt(), 20);

        built = RequestBuilder::build(request(QStringLiteral("claude-opus-4"),
                                              {{QStringLiteral("max_completion_tokens"), 300}}));
        QVERIFY(!built.body.contains(QLatin1String("max_completion_tokens")));
        QCOMPARE(built.body.value(QLatin1String("max_tokens")).toInt(), 300);

        built = RequestBuilder::build(
            request(QStringLiteral("gpt-4o"), {{QStringLiteral("max_tokens"), 50}}));
        QCOMPARE(built.body.value(QLatin1String("max_tokens")).toInt(), 50);
        QVERIFY(built.adjustments.isEmpty());
    }

    void toolChoiceWithoutToolsIsRemoved()
    {
        const BuiltRequest built = RequestBuilder::build(request(
            QStringLiteral("gpt-4o"), {{QStringLiteral("tool_choice"), QStringLiteral("auto")}}));
        QVERIFY(!built.body.contains(QLatin1String("tool_choice")));
        QVERIFY(adjustmentFor(built, QStringLiteral("tool_choice")));
    }

    void overrideSendsExactlyWhatWasSet()
    {
        const QJsonObject parameters{
            {QStringLiteral("temperature"), 1.5},
            {QStringLiteral("n"), 3},
            {QStringLiteral("logprobs"), true},
            {QStringLiteral("top_logprobs"), 2},
            {QStringLiteral("reasoning_effort"), QStringLiteral("low")},
            {QStringLiteral("max_completion_tokens"), 100},
            {QStringLiteral("response_format"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
        ChatRequest overridden = request(QStringLiteral("claude-opus-4"), parameters);
        overridden.applyModelRules = false;
        const BuiltRequest built = RequestBuilder::build(overridden);
        QVERIFY(built.adjustments.isEmpty());
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            QCOMPARE(built.body.value(it.key()), it.value());
        QCOMPARE(parametersOf(built.body).size(), parameters.size());
    }

    void outOfRangeValuesAreReportedNotChanged()
    {
        const BuiltRequest built = RequestBuilder::build(
            request(QStringLiteral("claude-opus-4"),
                    {{QStringLiteral("temperature"), 3.0}, {QStringLiteral("top_p"), 1.5}}));
        QCOMPARE(built.body.value(QLatin1String("temperature")).toDouble(), 3.0);
        QCOMPARE(built.body.value(QLatin1String("top_p")).toDouble(), 1.5);
        QVERIFY(built.adjustments.isEmpty());
        QCOMPARE(built.problems.size(), 2);
        QStringList reported;
        for (const RuleAdjustment &problem : built.problems)
            reported.append(problem.parameter);
        reported.sort();
        QCOMPARE(reported, (QStringList{QStringLiteral("temperature"), QStringLiteral("top_p")}));

        ChatRequest overridden =
            request(QStringLiteral("gemini-2.5-pro"), {{QStringLiteral("stop"), strings(6)}});
        overridden.applyModelRules = false;
        const BuiltRequest raw = RequestBuilder::build(overridden);
        QCOMPARE(raw.body.value(QLatin1String("stop")).toArray().size(), 6);
        QCOMPARE(raw.problems.size(), 1);
        QCOMPARE(raw.problems.first().message,
                 QStringLiteral("stop accepts at most 5 strings; 6 were given."));
    }

    void wrongTypesAreReportedNotChanged()
    {
        const BuiltRequest built =
            RequestBuilder::build(request(QStringLiteral("claude-opus-4"),
                                          {{QStringLiteral("temperature"), QStringLiteral("hot")},
                                           {QStringLiteral("n"), QStringLiteral("3")},
                                           {QStringLiteral("top_k"), 40}}));
        QCOMPARE(built.body.value(QLatin1String("temperature")).toString(), QStringLiteral("hot"));
        QCOMPARE(built.body.value(QLatin1String("n")).toString(), QStringLiteral("3"));
        // Parameters Lineup does not know are passed through without judgement.
        QCOMPARE(built.body.value(QLatin1String("top_k")).toInt(), 40);
        QVERIFY(built.adjustments.isEmpty());
        QCOMPARE(built.problems.size(), 2);
        for (const RuleAdjustment &problem : built.problems)
            QVERIFY2(problem.message.startsWith(problem.parameter + QLatin1String(" expects ")),
                     qPrintable(problem.message));
    }

    void messagePartsRolesAndTools()
    {
        ChatRequest chat = request(QStringLiteral("gpt-4o"));
        chat.messages.clear();
        chat.messages.append(ChatMessage::fromText(Role::Developer, QStringLiteral("be brief")));
        ChatMessage user = ChatMessage::fromText(Role::User, QStringLiteral("what is this?"));
        user.parts.append(ContentPart::fromImageUrl(QStringLiteral("https://example.com/a.png"),
                                                    QStringLiteral("low")));
        user.parts.append(
            ContentPart::fromImageData(QByteArray("\x89PNG", 4), QStringLiteral("image/png")));
        chat.messages.append(user);
        ChatMessage assistant;
        assistant.role = Role::Assistant;
        ToolCall call;
        call.id = QStringLiteral("call_1");
        call.name = QStringLiteral("lookup");
        call.arguments = QStringLiteral("{\"q\":\"x\"}");
        assistant.toolCalls.append(call);
        chat.messages.append(assistant);
        ChatMessage tool = ChatMessage::fromText(Role::Tool, QStringLiteral("{\"answer\":1}"));
        tool.toolCallId = QStringLiteral("call_1");
        chat.messages.append(tool);

        const QJsonArray messages =
            RequestBuilder::build(chat).body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("developer"));

        const QJsonArray parts =
            messages.at(1).toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QStringLiteral("what is this?")}}));
        const QJsonObject image = parts.at(1).toObject();
        QCOMPARE(image.value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
        QCOMPARE(image.value(QLatin1String("image_url")).toObject(),
                 (QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/a.png")},
                              {QStringLiteral("detail"), QStringLiteral("low")}}));
        const QJsonObject inlineImage =
            parts.at(2).toObject().value(QLatin1String("image_url")).toObject();
        QCOMPARE(inlineImage.value(QLatin1String("url")).toString(),
                 QStringLiteral("data:image/png;base64,iVBORw=="));
        QVERIFY(!inlineImage.contains(QLatin1String("detail")));

        const QJsonObject assistantJson = messages.at(2).toObject();
        QCOMPARE(assistantJson.value(QLatin1String("role")).toString(),
                 QStringLiteral("assistant"));
        QVERIFY(assistantJson.value(QLatin1String("content")).isNull());
        const QJsonObject callJson =
            assistantJson.value(QLatin1String("tool_calls")).toArray().at(0).toObject();
        QCOMPARE(callJson.value(QLatin1String("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(callJson.value(QLatin1String("type")).toString(), QStringLiteral("function"));
        QCOMPARE(callJson.value(QLatin1String("function")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup")},
                              {QStringLiteral("arguments"), QStringLiteral("{\"q\":\"x\"}")}}));

        const QJsonObject toolJson = messages.at(3).toObject();
        QCOMPARE(toolJson.value(QLatin1String("role")).toString(), QStringLiteral("tool"));
        QCOMPARE(toolJson.value(QLatin1String("tool_call_id")).toString(),
                 QStringLiteral("call_1"));
        QCOMPARE(toolJson.value(QLatin1String("content")).toString(),
                 QStringLiteral("{\"answer\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
