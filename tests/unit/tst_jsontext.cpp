// JSON as text: a JSON pointer mapped to the part of an answer it names (what a click on a
// schema violation highlights), and the pretty view that changes nothing but whitespace.
#include "schema/AnswerCheck.h"
#include "schema/JsonText.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lineup;

namespace {

QString slice(const QString &text, JsonText::Range range)
{
    return range.isEmpty() ? QStringLiteral("<empty>")
                           : text.mid(range.start, range.end - range.start);
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointerRange_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected");
        const QString answer =
            QStringLiteral("{\"n\": \"three\", \"m\": [1, {\"x\": 2}], \"s\": \"a, } ] \\\" {\", "
                           "\"t\": true}");
        QTest::newRow("root, without the surrounding space")
            << QStringLiteral("  {\"a\": 1}\n") << QString() << QStringLiteral("{\"a\": 1}");
        QTest::newRow("member: key to value")
            << answer << QStringLiteral("/n") << QStringLiteral("\"n\": \"three\"");
        QTest::newRow("array element") << answer << QStringLiteral("/m/0") << QStringLiteral("1");
        QTest::newRow("nested") << answer << QStringLiteral("/m/1/x") << QStringLiteral("\"x\": 2");
        QTest::newRow("after a string holding brackets and quotes")
            << answer << QStringLiteral("/t") << QStringLiteral("\"t\": true");
        QTest::newRow("missing property: the object that lacks it")
            << answer << QStringLiteral("/m/1/y") << QStringLiteral("{\"x\": 2}");
        QTest::newRow("index past the end: the array member")
            << answer << QStringLiteral("/m/7") << QStringLiteral("\"m\": [1, {\"x\": 2}]");
        QTest::newRow("escaped tokens ~1 and ~0")
            << QStringLiteral(R"({"a/b": 1, "c~d": 2})") << QStringLiteral("/c~0d")
            << QStringLiteral("\"c~d\": 2");
        QTest::newRow("slash in a key") << QStringLiteral(R"({"a/b": 1, "c~d": 2})")
                                        << QStringLiteral("/a~1b") << QStringLiteral("\"a/b\": 1");
        QTest::newRow("key written with \\u escapes")
            << QStringLiteral(R"({"caf\u00e9": [true]})") << QStringLiteral("/café/0")
            << QStringLiteral("true");
        QTest::newRow("a bare value")
            << QStringLiteral("42") << QStringLiteral("/x") << QStringLiteral("42");
        QTest::newRow("no value") << QStringLiteral("   ") << QString()
                                  << QStringLiteral("<empty>");
        QTest::newRow("cut off") << QStringLiteral(R"({"a": [1, 2)") << QStringLiteral("/a")
                                 << QStringLiteral("<empty>");
    }

    void pointerRange()
    {
        QFETCH(QString, json);
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        QCOMPARE(slice(json, JsonText::pointerRange(json, pointer)), expected);
    }

    void indentedKeepsEveryTokenAndItsOrder()
    {
        const QString raw =
            QStringLiteral("{\"b\":1.50,\"a\":[1,2,{},[]],\"c\":{\"d\":\"x, {y}: \\\"z\\\"\"},"
                           "\"e\":null}");
        const QString pretty = JsonText::indented(raw);
        QCOMPARE(pretty, QStringLiteral("{\n"
                                        "  \"b\": 1.50,\n"
                                        "  \"a\": [\n"
                                        "    1,\n"
                                        "    2,\n"
                                        "    {},\n"
                                        "    []\n"
                                        "  ],\n"
                                        "  \"c\": {\n"
                                        "    \"d\": \"x, {y}: \\\"z\\\"\"\n"
                                        "  },\n"
                                        "  \"e\": null\n"
                                        "}"));
        // Only whitespace changed: the same value, and the same text without it.
        QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()), QJsonDocument::fromJson(raw.toUtf8()));
        QCOMPARE(JsonText::indented(pretty), pretty);
        // A pointer finds the same part in either view.
        QCOMPARE(slice(pretty, JsonText::pointerRange(pretty, QStringLiteral("/c/d"))),
                 slice(raw, JsonText::pointerRange(raw, QStringLiteral("/c/d")))
                     .replace(QStringLiteral("\":\""), QStringLiteral("\": \"")));
    }

    void indentedLeavesWhatIsNotOneValue()
    {
        for (const QString &text : {QStringLiteral("{\"a\": 1} trailing"), QStringLiteral("[1, 2"),
                                    QStringLiteral("]"), QStringLiteral("Here you go")})
            QCOMPARE(JsonText::indented(text), text);
        QCOMPARE(JsonText::indented(QStringLiteral("  \"s\"  ")), QStringLiteral("\"s\""));
    }

    void schemaViolationsPointIntoTheAnswer()
    {
        const QJsonObject parameters =
            QJsonDocument::fromJson(
                R"({"response_format":{"type":"json_schema","json_schema":{"name":"p","schema":)"
                R"({"type":"object","properties":{"items":{"type":"array","items":)"
                R"({"type":"integer"}}},"required":["items"]}}}})")
                .object();
        const QString answer = QStringLiteral(R"({"items": [1, "two", 3]})");
        const AnswerValidation check = AnswerCheck::check(parameters, answer, true);
        QCOMPARE(check.state, AnswerValidation::State::Invalid);
        QVERIFY(!check.errors.isEmpty());
        QStringList found;
        for (const SchemaProblem &problem : check.errors)
            found.append(slice(answer, JsonText::pointerRange(answer, problem.pointer)));
        QVERIFY2(found.contains(QStringLiteral("\"two\"")), qPrintable(found.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
