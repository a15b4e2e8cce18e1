// Core schema logic: lint (meta-schema and each strict rule), Make strict, schema from example,
// answer checks and the tool-round rules.
#include "chat/ToolRounds.h"
#include "schema/AnswerCheck.h"
#include "schema/SchemaLint.h"
#include "schema/SchemaTools.h"
#include "schema/SchemaValidator.h"
#include "schema/StrictSchemaRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lineup;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList pointers(const SchemaProblems &problems)
{
    QStringList result;
    for (const SchemaProblem &problem : problems)
        result.append(problem.pointer);
    return result;
}

QJsonObject nestedObjects(int depth)
{
    QJsonObject schema = json(R"({"type":"object","properties":{},"required":[],)"
                              R"("additionalProperties":false})");
    for (int i = 1; i < depth; ++i)
        schema =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("x"), schema}}},
                        {QStringLiteral("required"), QJsonArray{QStringLiteral("x")}},
                        {QStringLiteral("additionalProperties"), false}};
    return schema;
}

ChatMessage assistantCalling(const QStringList &ids)
{
    ChatMessage message;
    message.role = Role::Assistant;
    for (const QString &id : ids)
        message.toolCalls.append({id, QStringLiteral("function"), QStringLiteral("get_weather"),
                                  QStringLiteral("{\"city\":\"Paris\"}")});
    return message;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lintAcceptsAStrictSchema()
    {
        const QJsonObject schema =
            json(R"({"type":"object","properties":{"a":{"type":["string","null"]},)"
                 R"("list":{"type":"array","items":{"type":"object","properties":{"n":)"
                 R"({"type":"integer"}},"required":["n"],"additionalProperties":false}}},)"
                 R"("required":["a","list"],"additionalProperties":false})");
        QCOMPARE(SchemaLint::lint(schema, true), SchemaProblems());
    }

    void lintChecksAgainstTheMetaSchema()
    {
        const SchemaProblems problems = SchemaLint::lint(json(R"({"type":"strin"})"), false);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().pointer, QStringLiteral("/type"));
        QVERIFY(problems.first().message.startsWith(QLatin1String("not valid JSON Schema")));
        QVERIFY(!SchemaLint::lint(json(R"({"required":"a"})"), false).isEmpty());
        QVERIFY(!SchemaLint::lint(json(R"({"minLength":-1})"), false).isEmpty());
        // A reference to nowhere compiles to a clear problem, never a crash.
        const SchemaProblems unresolved =
            SchemaLint::lint(json("{\"$ref\":\"https://example.com/x.json\"}"), false);
        QCOMPARE(unresolved.size(), 1);
        QVERIFY(unresolved.first().message.contains(QLatin1String("cannot be resolved")));
    }

    void strictRules_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("words");
        QTest::newRow("root not object")
            << QByteArray(R"({"type":"array","items":{"type":"string"}})") << QString()
            << QStringLiteral("root");
        QTest::newRow("additionalProperties missing")
            << QByteArray(R"({"type":"object","properties":{},"required":[]})") << QString()
            << QStringLiteral("additionalProperties");
        QTest::newRow("property not required")
            << QByteArray(R"({"type":"object","properties":{"a":{"type":"string"}},)"
                          R"("required":[],"additionalProperties":false})")
            << QStringLiteral("/properties/a") << QStringLiteral("required");
        QTest::newRow("nested object")
            << QByteArray(
                   R"({"type":"object","properties":{"a":{"type":"object","properties":{}}},)"
                   R"("required":["a"],"additionalProperties":false})")
            << QStringLiteral("/properties/a") << QStringLiteral("additionalProperties");
        for (const char *keyword : {"allOf", "not", "if", "then", "else", "dependentRequired",
                                    "dependentSchemas", "patternProperties", "oneOf"}) {
            QJsonObject schema = json(R"({"type":"object","properties":{},"required":[],)"
                                      R"("additionalProperties":false})");
            schema.insert(QLatin1String(keyword), QJsonObject());
            QTest::newRow(keyword)
                << QJsonDocument(schema).toJson() << QStringLiteral("/") + QLatin1String(keyword)
                << QStringLiteral("not supported");
        }
    }

    void strictRules()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, pointer);
        QFETCH(QString, words);
        const SchemaProblems problems =
            StrictSchemaRules::check(QJsonDocument::fromJson(schema).object());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, pointer);
        QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));
    }

    void strictLimits()
    {
        QCOMPARE(StrictSchemaRules::check(nestedObjects(10)), SchemaProblems());
        const SchemaProblems deep = StrictSchemaRules::check(nestedObjects(11));
        QCOMPARE(deep.size(), 1);
        QVERIFY(deep.first().message.contains(QLatin1String("10 levels")));
        QCOMPARE(deep.first().pointer.count(QLatin1String("/properties/x")), 10);

        const auto withEnum = [](int values) {
            QJsonArray array;
            for (int i = 0; i < values; ++i)
                array.append(i);
            return QJsonObject{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("e"), QJsonObject{{QStringLiteral("enum"), array}}}}},
                {QStringLiteral("required"), QJsonArray{QStringLiteral("e")}},
                {QStringLiteral("additionalProperties"), false}};
        };
        QCOMPARE(StrictSchemaRules::check(withEnum(1000)), SchemaProblems());
        QCOMPARE(pointers(StrictSchemaRules::check(withEnum(1001))),
                 QStringList{QStringLiteral("/properties/e/enum")});

        const auto withProperties = [](int count) {
            QJsonObject properties;
            QJsonArray required;
            for (int i = 0; i < count; ++i) {
                properties.insert(QString::number(i),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}});
                required.append(QString::number(i));
            }
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"), properties},
                               {QStringLiteral("required"), required},
                               {QStringLiteral("additionalProperties"), false}};
        };
        QCOMPARE(StrictSchemaRules::check(withProperties(5000)), SchemaProblems());
        const SchemaProblems many = StrictSchemaRules::check(withProperties(5001));
        QCOMPARE(many.size(), 1);
        QVERIFY(many.first().message.contains(QLatin1String("5000")));
    }

    void makeStrictFixesWhatIsMechanical()
    {
        const QJsonObject loose =
            json(R"({"type":"object","properties":{"name":{"type":"string","minLength":1},)"
                 R"("age":{"type":"integer"},"tags":{"type":"array","items":{"type":"object",)"
                 R"("properties":{"t":{"enum":["a","b"]}}}}},"required":["name"],"allOf":[]})");
        QStringList changes;
        const QJsonObject strict = SchemaTools::makeStrict(loose, &changes).toObject();
        QVERIFY(!changes.isEmpty());
        // allOf needs a person: it stays, and is the only problem left.
        QCOMPARE(pointers(StrictSchemaRules::check(strict)), QStringList{QStringLiteral("/allOf")});
        QCOMPARE(strict[QStringLiteral("properties")][QStringLiteral("age")][QStringLiteral("type")]
                     .toArray(),
                 (QJsonArray{QStringLiteral("integer"), QStringLiteral("null")}));
        QVERIFY(!strict[QStringLiteral("properties")][QStringLiteral("name")].toObject().contains(
            QStringLiteral("minLength")));
        const QJsonObject item =
            strict[QStringLiteral("properties")][QStringLiteral("tags")][QStringLiteral("items")]
                .toObject();
        QCOMPARE(item[QStringLiteral("properties")][QStringLiteral("t")][QStringLiteral("anyOf")]
                     .toArray()
                     .size(),
                 2);
        // Make strict keeps what the example meant: a value without "age" is now {"age": null}.
        QString error;
        const auto validator =
            SchemaValidator::compile(strict.value(QStringLiteral("properties")), &error);
        QVERIFY(validator);
    }

    void inferredSchemaIsStrictAndAcceptsTheExample_data()
    {
        QTest::addColumn<QByteArray>("example");
        QTest::newRow("flat") << QByteArray(R"({"a":"x","b":1,"c":1.5,"d":true,"e":null})");
        QTest::newRow("nested") << QByteArray(R"({"p":{"q":{"r":[1,2.5]}},"s":[]})");
        QTest::newRow("mixed array")
            << QByteArray(R"({"items":[{"id":1},{"id":2,"note":"x"},"plain",3]})");
    }

    void inferredSchemaIsStrictAndAcceptsTheExample()
    {
        QFETCH(QByteArray, example);
        const QJsonObject value = QJsonDocument::fromJson(example).object();
        const QJsonValue schema = SchemaTools::inferFromExample(value);
        QCOMPARE(SchemaLint::lint(schema, true), SchemaProblems());
        QString error;
        const auto validator = SchemaValidator::compile(schema, &error);
        QVERIFY2(validator, qPrintable(error));
        QCOMPARE(validator->validate(value), SchemaProblems());
        QJsonObject extra = value;
        extra.insert(QStringLiteral("unexpected"), 1);
        QVERIFY(!validator->accepts(extra));
    }

    void answersAreChecked()
    {
        const QJsonObject parameters{
            {QStringLiteral("response_format"),
             json(R"({"type":"json_schema","json_schema":{"name":"p","strict":true,"schema":)"
                  R"({"type":"object","properties":{"n":{"type":"integer"},"tags":{"type":)"
                  R"("array","items":{"type":"string"}}},"required":["n","tags"],)"
                  R"("additionalProperties":false}}})")}};
        AnswerValidation result =
            AnswerCheck::check(parameters, QStringLiteral("{\"n\":1,\"tags\":[\"a\"]}"), true);
        QCOMPARE(result.state, AnswerValidation::State::Valid);
        QCOMPARE(result.summary(), QStringLiteral("matches the schema"));

        result = AnswerCheck::check(parameters, QStringLiteral("{\"n\":\"1\",\"tags\":[\"a\",2]}"),
                                    true);
        QCOMPARE(result.state, AnswerValidation::State::Invalid);
        QCOMPARE(pointers(result.errors),
                 (QStringList{QStringLiteral("/n"), QStringLiteral("/tags/1")}));
        QCOMPARE(result.toJson().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(result.toJson().value(QStringLiteral("errors")).toArray().size(), 2);

        result = AnswerCheck::check(parameters, QStringLiteral("{\"n\":1,\"ta"), false);
        QCOMPARE(result.state, AnswerValidation::State::Incomplete);
        QCOMPARE(result.summary(), QStringLiteral("incomplete JSON"));
        QVERIFY(!result.isValid());

        result = AnswerCheck::check(parameters, QStringLiteral("Sure! {\"n\":1}"), true);
        QCOMPARE(result.state, AnswerValidation::State::NotJson);

        const QJsonObject jsonObject{
            {QStringLiteral("response_format"), json(R"({"type":"json_object"})")}};
        QCOMPARE(AnswerCheck::check(jsonObject, QStringLiteral("{\"any\":1}"), true).state,
                 AnswerValidation::State::Valid);
        QCOMPARE(AnswerCheck::check(jsonObject, QStringLiteral("nope"), true).state,
                 AnswerValidation::State::NotJson);
        QCOMPARE(AnswerCheck::check({}, QStringLiteral("text"), true).state,
                 AnswerValidation::State::NotRequested);
    }

    void toolRounds()
    {
        QList<ChatMessage> history{ChatMessage::fromText(Role::User, QStringLiteral("hi")),
                                   assistantCalling({QStringLiteral("a"), QStringLiteral("b")})};
        QCOMPARE(ToolRounds::unansweredCalls(history).size(), 2);
        history.append(
            ToolRounds::resultMessage(history.last().toolCalls.first(), QStringLiteral("sunny")));
        QCOMPARE(history.last().toolCallId, QStringLiteral("a"));
        QCOMPARE(history.last().toRequestJson().value(QStringLiteral("tool_call_id")).toString(),
                 QStringLiteral("a"));
        const QList<ToolCall> missing = ToolRounds::unansweredCalls(history);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().id, QStringLiteral("b"));

        // Dropping the calls keeps the answered one and its result.
        const QList<ChatMessage> dropped = ToolRounds::withoutUnansweredCalls(history);
        QCOMPARE(dropped.size(), 3);
        QCOMPARE(dropped.at(1).toolCalls.size(), 1);
        QVERIFY(ToolRounds::unansweredCalls(dropped).isEmpty());
        const QList<ChatMessage> none = ToolRounds::withoutUnansweredCalls(
            {ChatMessage::fromText(Role::User, QStringLiteral("hi")),
             assistantCalling({QStringLiteral("c")})});
        QCOMPARE(none.size(), 1);
    }

    void toolArgumentsAreChecked()
    {
        const QJsonArray tools{json(
            R"({"type":"function","function":{"name":"get_weather","parameters":{"type":"object",)"
            R"("properties":{"city":{"type":"string"}},"required":["city"],)"
            R"("additionalProperties":false}}})")};
        ToolCall call{QStringLiteral("1"), QStringLiteral("function"),
                      QStringLiteral("get_weather"), QStringLiteral("{\"city\":\"Paris\"}")};
        QCOMPARE(ToolRounds::checkArguments(tools, call), SchemaProblems());
        call.arguments = QStringLiteral("{\"city\":3}");
        QCOMPARE(pointers(ToolRounds::checkArguments(tools, call)),
                 QStringList{QStringLiteral("/city")});
        call.arguments = QStringLiteral("{\"city\":");
        QVERIFY(ToolRounds::checkArguments(tools, call)
                    .first()
                    .message.contains(QLatin1String("not a JSON object")));
        call.name = QStringLiteral("other");
        call.arguments = QStringLiteral("{}");
        QVERIFY(ToolRounds::checkArguments(tools, call)
                    .first()
                    .message.contains(QLatin1String("no tool named")));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
