#include "api/ParameterCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Lineup;

namespace {

QJsonValue parseOk(const QString &name, const QString &value)
{
    QString error;
    const auto parsed = ParameterCatalog::parse(name, value, &error);
    if (!parsed)
        qWarning("parse(%s, %s) failed: %s", qPrintable(name), qPrintable(value),
                 qPrintable(error));
    return parsed.value_or(QJsonValue(QJsonValue::Undefined));
}

QString parseError(const QString &name, const QString &value)
{
    QString error;
    const auto parsed = ParameterCatalog::parse(name, value, &error);
    return parsed ? QString() : error;
}

} // namespace

class TestParameterCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogListsEveryReferenceParameter()
    {
        const QStringList expected{QStringLiteral("temperature"),
                                   QStringLiteral("top_p"),
                                   QStringLiteral("n"),
                                   QStringLiteral("stop"),
                                   QStringLiteral("max_tokens"),
                                   QStringLiteral("max_completion_tokens"),
                                   QStringLiteral("presence_penalty"),
                                   QStringLiteral("frequency_penalty"),
                                   QStringLiteral("logit_bias"),
                                   QStringLiteral("seed"),
                                   QStringLiteral("user"),
                                   QStringLiteral("response_format"),
                                   QStringLiteral("tools"),
                                   QStringLiteral("tool_choice"),
                                   QStringLiteral("logprobs"),
                                   QStringLiteral("top_logprobs"),
                                   QStringLiteral("reasoning_effort"),
                                   QStringLiteral("service_tier")};
        QCOMPARE(ParameterCatalog::all().size(), expected.size());
        for (const QString &name : expected) {
            const ParameterSpec *spec = ParameterCatalog::find(name);
            QVERIFY2(spec, qPrintable(name));
            QCOMPARE(spec->name, name);
            QVERIFY2(spec->description.endsWith(QLatin1Char('.')), qPrintable(name));
            QVERIFY(!ParameterCatalog::expectedType(*spec).isEmpty());
        }
        QVERIFY(!ParameterCatalog::find(u"stream"));
    }

    void rangesMatchTheReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        using T = ParameterSpec::Type;
        QTest::newRow("temperature") << "temperature" << int(T::Number) << 0.0 << 2.0;
        QTest::newRow("top_p") << "top_p" << int(T::Number) << 0.0 << 1.0;
        QTest::newRow("n") << "n" << int(T::Integer) << 1.0 << 128.0;
        QTest::newRow("presence") << "presence_penalty" << int(T::Number) << -2.0 << 2.0;
        QTest::newRow("frequency") << "frequency_penalty" << int(T::Number) << -2.0 << 2.0;
        QTest::newRow("top_logprobs") << "top_logprobs" << int(T::Integer) << 0.0 << 20.0;
        QTest::newRow("logit_bias") << "logit_bias" << int(T::JsonObject) << -100.0 << 100.0;
    }
    void rangesMatchTheReference()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        const ParameterSpec *spec = ParameterCatalog::find(name);
        QVERIFY(spec);
        QCOMPARE(int(spec->type), type);
        QCOMPARE(spec->minimum, minimum);
        QCOMPARE(spec->maximum, maximum);
        QVERIFY(spec->step > 0);
    }

    void enumChoices()
    {
        QCOMPARE(
            ParameterCatalog::find(u"reasoning_effort")->choices,
            (QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}));
        QCOMPARE(ParameterCatalog::find(u"service_tier")->choices,
                 (QStringList{QStringLiteral("auto"), QStringLiteral("default"),
                              QStringLiteral("flex"), QStringLiteral("priority")}));
        QCOMPARE(ParameterCatalog::find(u"tool_choice")->choices,
                 (QStringList{QStringLiteral("auto"), QStringLiteral("none"),
                              QStringLiteral("required")}));
        QCOMPARE(ParameterCatalog::find(u"logprobs")->type, ParameterSpec::Type::Boolean);
        QCOMPARE(ParameterCatalog::find(u"stop")->type, ParameterSpec::Type::StringOrList);
    }

    void parsesNumbersAndIntegers()
    {
        QCOMPARE(parseOk(QStringLiteral("temperature"), QStringLiteral("0.2")), QJsonValue(0.2));
        QCOMPARE(parseOk(QStringLiteral("presence_penalty"), QStringLiteral(" -1.5 ")),
                 QJsonValue(-1.5));
        QCOMPARE(parseOk(QStringLiteral("n"), QStringLiteral("3")).toInteger(), 3);
        QCOMPARE(parseOk(QStringLiteral("seed"), QStringLiteral("123456789012")).toInteger(),
                 Q_INT64_C(123456789012));
        QCOMPARE(parseOk(QStringLiteral("max_tokens"), QStringLiteral("2.0")).toInteger(), 2);
        // Ranges are validate()'s job: parse keeps an out-of-range value so it can be sent on
        // purpose and reported.
        QCOMPARE(parseOk(QStringLiteral("temperature"), QStringLiteral("3")), QJsonValue(3.0));
    }

    void parseErrorsNameParameterAndExpectation()
    {
        const QString temperature =
            parseError(QStringLiteral("temperature"), QStringLiteral("hot"));
        QVERIFY(temperature.contains(QLatin1String("temperature")));
        QVERIFY2(temperature.contains(QLatin1String("a number from 0 to 2")),
                 qPrintable(temperature));
        QVERIFY(temperature.contains(QLatin1String("hot")));

        const QString n = parseError(QStringLiteral("n"), QStringLiteral("2.5"));
        QVERIFY2(n.contains(QLatin1String("whole number from 1 to 128")), qPrintable(n));

        const QString logprobs = parseError(QStringLiteral("logprobs"), QStringLiteral("maybe"));
        QVERIFY2(logprobs.contains(QLatin1String("true or false")), qPrintable(logprobs));

        const QString effort =
            parseError(QStringLiteral("reasoning_effort"), QStringLiteral("extreme"));
        QVERIFY2(effort.contains(QLatin1String("one of low, medium, high")), qPrintable(effort));

        const QString format =
            parseError(QStringLiteral("response_format"), QStringLiteral("{\"type\":"));
        QVERIFY2(format.startsWith(QLatin1String("response_format expects a JSON object")),
                 qPrintable(format));
        QVERIFY(!parseError(QStringLiteral("tools"), QStringLiteral("{}")).isEmpty());
        QVERIFY(!parseError(QStringLiteral("stop"), QStringLiteral("[1,2]")).isEmpty());
        QVERIFY(!parseError(QStringLiteral("tool_choice"), QStringLiteral("[]")).isEmpty());
    }

    void parsesBooleansAndEnums()
    {
        QCOMPARE(parseOk(QStringLiteral("logprobs"), QStringLiteral("true")), QJsonValue(true));
        QCOMPARE(parseOk(QStringLiteral("logprobs"), QStringLiteral("False")), QJsonValue(false));
        QCOMPARE(parseOk(QStringLiteral("reasoning_effort"), QStringLiteral("HIGH")),
                 QJsonValue(QStringLiteral("high")));
        QCOMPARE(parseOk(QStringLiteral("service_tier"), QStringLiteral("\"flex\"")),
                 QJsonValue(QStringLiteral("flex")));
    }

    void parsesStopAsStringOrList()
    {
        QCOMPARE(parseOk(QStringLiteral("stop"), QStringLiteral("a")),
                 QJsonValue(QStringLiteral("a")));
        QCOMPARE(parseOk(QStringLiteral("stop"), QStringLiteral("\"\\n\\n\"")),
                 QJsonValue(QStringLiteral("\n\n")));
        QCOMPARE(parseOk(QStringLiteral("stop"), QStringLiteral("[\"a\",\"b\"]")),
                 QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void parsesJsonObjectsArraysAndStrings()
    {
        const QJsonValue format = parseOk(QStringLiteral("response_format"),
                                          QStringLiteral("{\"type\":\"json_object\"}"));
        QCOMPARE(format.toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("json_object"));
        QCOMPARE(parseOk(QStringLiteral("response_format"), QStringLiteral("json_object")), format);

        const QJsonValue bias =
            parseOk(QStringLiteral("logit_bias"), QStringLiteral("{\"50256\": -100}"));
        QCOMPARE(bias.toObject().value(QLatin1String("50256")).toDouble(), -100.0);

        const QJsonValue tools =
            parseOk(QStringLiteral("tools"),
                    QStringLiteral("[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}]"));
        QCOMPARE(tools.toArray().size(), 1);

        QCOMPARE(parseOk(QStringLiteral("user"), QStringLiteral("alice 42")),
                 QJsonValue(QStringLiteral("alice 42")));
        QCOMPARE(parseOk(QStringLiteral("tool_choice"), QStringLiteral("required")),
                 QJsonValue(QStringLiteral("required")));
        const QJsonObject named =
            parseOk(QStringLiteral("tool_choice"), QStringLiteral("get_weather")).toObject();
        QCOMPARE(named.value(QLatin1String("function")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("get_weather")));
    }

    void unknownNamesAreSentAsJsonOrString()
    {
        QCOMPARE(parseOk(QStringLiteral("top_k"), QStringLiteral("40")), QJsonValue(40));
        QCOMPARE(parseOk(QStringLiteral("cache"), QStringLiteral("false")), QJsonValue(false));
        QCOMPARE(parseOk(QStringLiteral("provider"), QStringLiteral("{\"order\":[\"x\"]}"))
                     .toObject()
                     .value(QLatin1String("order"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(parseOk(QStringLiteral("verbosity"), QStringLiteral("low")),
                 QJsonValue(QStringLiteral("low")));
        QVERIFY(ParameterCatalog::validate(QStringLiteral("top_k"), QJsonValue(40)).isEmpty());
    }

    void validateChecksRanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("temp 0") << "temperature" << QJsonValue(0) << true;
        QTest::newRow("temp 2") << "temperature" << QJsonValue(2) << true;
        QTest::newRow("temp 2.1") << "temperature" << QJsonValue(2.1) << false;
        QTest::newRow("temp -0.1") << "temperature" << QJsonValue(-0.1) << false;
        QTest::newRow("temp string") << "temperature" << QJsonValue(QStringLiteral("1")) << false;
        QTest::newRow("top_p 1.01") << "top_p" << QJsonValue(1.01) << false;
        QTest::newRow("n 0") << "n" << QJsonValue(0) << false;
        QTest::newRow("n 128") << "n" << QJsonValue(128) << true;
        QTest::newRow("n 129") << "n" << QJsonValue(129) << false;
        QTest::newRow("n 1.5") << "n" << QJsonValue(1.5) << false;
        QTest::newRow("presence -2") << "presence_penalty" << QJsonValue(-2) << true;
        QTest::newRow("frequency 2.5") << "frequency_penalty" << QJsonValue(2.5) << false;
        QTest::newRow("top_logprobs 20") << "top_logprobs" << QJsonValue(20) << true;
        QTest::newRow("top_logprobs 21") << "top_logprobs" << QJsonValue(21) << false;
        QTest::newRow("max_tokens 0") << "max_tokens" << QJsonValue(0) << false;
        QTest::newRow("seed negative") << "seed" << QJsonValue(-5) << true;
        QTest::newRow("logprobs bool") << "logprobs" << QJsonValue(true) << true;
        QTest::newRow("logprobs 1") << "logprobs" << QJsonValue(1) << false;
        QTest::newRow("effort minimal")
            << "reasoning_effort" << QJsonValue(QStringLiteral("minimal")) << false;
        QTest::newRow("tier flex") << "service_tier" << QJsonValue(QStringLiteral("flex")) << true;
        QTest::newRow("stop string") << "stop" << QJsonValue(QStringLiteral("x")) << true;
        QJsonArray four{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                        QStringLiteral("d")};
        QTest::newRow("stop 4") << "stop" << QJsonValue(four) << true;
        QJsonArray five = four;
        five.append(QStringLiteral("e"));
        QTest::newRow("stop 5") << "stop" << QJsonValue(five) << false;
        QTest::newRow("bias ok") << "logit_bias"
                                 << QJsonValue(QJsonObject{{QStringLiteral("123"), 100}}) << true;
        QTest::newRow("bias 101") << "logit_bias"
                                  << QJsonValue(QJsonObject{{QStringLiteral("123"), 101}}) << false;
        QTest::newRow("bias word")
            << "logit_bias" << QJsonValue(QJsonObject{{QStringLiteral("hello"), 1}}) << false;
        QTest::newRow("format schema")
            << "response_format"
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                      {QStringLiteral("json_schema"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                   {QStringLiteral("strict"), true},
                                                   {QStringLiteral("schema"),
                                                    QJsonObject{{QStringLiteral("type"),
                                                                 QStringLiteral("object")}}}}}})
            << true;
        QTest::newRow("format schema without name")
            << "response_format"
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")}})
            << false;
        QTest::newRow("format yaml")
            << "response_format"
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("yaml")}}) << false;
        QTest::newRow("tools bad") << "tools" << QJsonValue(QJsonArray{1}) << false;
        QTest::newRow("tool_choice named")
            << "tool_choice"
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                      {QStringLiteral("function"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("f")}}}})
            << true;
        QTest::newRow("tool_choice maybe")
            << "tool_choice" << QJsonValue(QStringLiteral("maybe")) << false;
        QTest::newRow("user number") << "user" << QJsonValue(5) << false;
    }
    void validateChecksRanges()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const QString error = ParameterCatalog::validate(name, value);
        QVERIFY2(error.isEmpty() == valid, qPrintable(error));
        if (!valid)
            QVERIFY2(error.contains(name.section(QLatin1Char('_'), 0, 0)), qPrintable(error));
    }

    void validateRangeMessageSaysWhatIsAllowed()
    {
        const QString error =
            ParameterCatalog::validate(QStringLiteral("temperature"), QJsonValue(3.5));
        QCOMPARE(error,
                 QStringLiteral("temperature must be from 0 to 2; 3.5 is outside the range the "
                                "API accepts."));
    }

    void stopLimitFollowsTheFamily()
    {
        QJsonArray five;
        for (const char *word : {"a", "b", "c", "d", "e"})
            five.append(QLatin1String(word));
        QVERIFY(ParameterCatalog::validate(QStringLiteral("stop"), five, 5).isEmpty());
        const QString error = ParameterCatalog::validate(QStringLiteral("stop"), five, 4);
        QCOMPARE(error, QStringLiteral("stop accepts at most 4 strings; 5 were given."));
    }
};

QTEST_GUILESS_MAIN(TestParameterCatalog)
#include "tst_parametercatalog.moc"
