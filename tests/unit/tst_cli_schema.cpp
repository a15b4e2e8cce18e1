// lineup-cli schema check|validate|infer, chat --schema answer validation (exit 8) and
// continuing after tool calls with --tool-result: the built binary against a FakeServer.

#include "CliRunner.h"
#include "FakeServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray chunk(const QJsonObject &delta, const QString &finishReason = {})
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"),
                              finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason)}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("test-model")},
                           {QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray text(const QString &content, const QString &finishReason = {})
{
    return chunk({{QStringLiteral("content"), content}}, finishReason);
}

// One streamed tool call, its arguments split in two pieces; `index` orders parallel calls.
QList<QByteArray> toolCall(int index, const QString &id, const QString &name,
                           const QString &arguments)
{
    const qsizetype half = arguments.size() / 2;
    const QJsonObject first{{QStringLiteral("index"), index},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("type"), QStringLiteral("function")},
                            {QStringLiteral("function"),
                             QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("arguments"), arguments.left(half)}}}};
    const QJsonObject second{{QStringLiteral("index"), index},
                             {QStringLiteral("function"),
                              QJsonObject{{QStringLiteral("arguments"), arguments.mid(half)}}}};
    return {chunk({{QStringLiteral("tool_calls"), QJsonArray{first}}}),
            chunk({{QStringLiteral("tool_calls"), QJsonArray{second}}})};
}

QByteArray endWithToolCalls()
{
    return chunk({}, QStringLiteral("tool_calls"));
}

const char *weatherTools =
    R"([{"type":"function","function":{"name":"get_weather","description":"Weather now",)"
    R"("parameters":{"type":"object","properties":{"city":{"type":"string"}},)"
    R"("required":["city"],"additionalProperties":false},"strict":true}},)"
    R"({"type":"function","function":{"name":"get_time","parameters":{"type":"object",)"
    R"("properties":{"zone":{"type":"string"}},"required":["zone"],)"
    R"("additionalProperties":false}}}])";

} // namespace

class TestCliSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_dataDir;

    CliRun cli(const QStringList &arguments) { return m_cli->run(arguments); }
    CliRun chat(const QStringList &arguments)
    {
        return m_cli->run(QStringList{QStringLiteral("--data-dir"), m_dataDir,
                                      QStringLiteral("chat"), QStringLiteral("--base-url"),
                                      m_server->baseUrl().toString(), QStringLiteral("--model"),
                                      QStringLiteral("test-model")} +
                          arguments);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static QJsonObject jsonOut(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }
    QJsonArray sentMessages() const
    {
        return m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_dataDir = m_home->filePath(QStringLiteral("data"));
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->isListening());
        m_cli = std::make_unique<CliRunner>(m_home->path());
    }

    void cleanup()
    {
        m_server.reset();
        m_cli.reset();
        m_home.reset();
    }

    void checkReportsEachProblemWithItsPointer()
    {
        const QString clean =
            writeFile(QStringLiteral("clean.json"),
                      R"({"type":"object","properties":{"a":{"type":"string"}},"required":["a"],)"
                      R"("additionalProperties":false})");
        CliRun run = cli(
            {QStringLiteral("schema"), QStringLiteral("check"), QStringLiteral("--strict"), clean});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QString());

        const QString loose =
            writeFile(QStringLiteral("loose.json"),
                      R"({"type":"object","properties":{"a":{"type":"string","minLength":2},)"
                      R"("b":{"type":"integer"}},"required":["a"]})");
        run = cli({QStringLiteral("schema"), QStringLiteral("check"), loose});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe())); // valid JSON Schema
        run = cli(
            {QStringLiteral("schema"), QStringLiteral("check"), QStringLiteral("--strict"), loose});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.contains(QStringLiteral(
                     "/properties/a/minLength: \"minLength\" is not supported in strict mode.")),
                 qPrintable(run.outText()));
        QVERIFY(lines.contains(QStringLiteral(
            "/: an object must set \"additionalProperties\": false in strict mode.")));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
            return line.startsWith(QLatin1String("/properties/b: property \"b\" is not in"));
        }));

        run = cli({QStringLiteral("schema"), QStringLiteral("check"), QStringLiteral("--json"),
                   writeFile(QStringLiteral("bad.json"), R"({"type":"strin"})")});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        const QJsonObject result = jsonOut(run);
        QCOMPARE(result.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = result.value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.at(0)[QStringLiteral("path")].toString(), QStringLiteral("/type"));

        run = cli({QStringLiteral("schema"), QStringLiteral("check"),
                   writeFile(QStringLiteral("broken.json"), "{\"type\":")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(QLatin1String("is not JSON")));
    }

    void validatePrintsErrorsAndExits8()
    {
        const QString schema = writeFile(
            QStringLiteral("person.json"),
            R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer",)"
            R"("minimum":0}},"required":["name","age"],"additionalProperties":false})");
        CliRun run = cli({QStringLiteral("schema"), QStringLiteral("validate"), schema,
                          writeFile(QStringLiteral("ok.json"), R"({"name":"Ada","age":36})")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = cli({QStringLiteral("schema"), QStringLiteral("validate"), QStringLiteral("--json"),
                   schema, writeFile(QStringLiteral("no.json"), R"({"name":"Ada","age":-1})")});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        const QJsonObject result = jsonOut(run);
        QCOMPARE(result.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = result.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)[QStringLiteral("path")].toString(), QStringLiteral("/age"));
        QVERIFY(!errors.at(0)[QStringLiteral("message")].toString().isEmpty());

        run = cli({QStringLiteral("schema"), QStringLiteral("validate"), schema,
                   writeFile(QStringLiteral("missing.json"), R"({"age":"x"})")});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        QVERIFY2(run.outText().contains(QLatin1String("/age: ")), qPrintable(run.outText()));
    }

    void inferPrintsAStrictSchemaThatAcceptsTheExample()
    {
        const QByteArray example =
            R"({"name":"Ada","tags":["x","y"],"born":{"year":1815,"place":null},"score":9.5,)"
            R"("items":[{"id":1},{"id":2,"note":"b"}]})";
        const QString examplePath = writeFile(QStringLiteral("example.json"), example);
        CliRun run = cli({QStringLiteral("schema"), QStringLiteral("infer"), examplePath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString schemaPath = writeFile(QStringLiteral("inferred.json"), run.out);
        const QJsonObject schema = jsonOut(run);
        QCOMPARE(schema.value(QStringLiteral("additionalProperties")).toBool(true), false);
        QCOMPARE(
            schema[QStringLiteral("properties")][QStringLiteral("score")][QStringLiteral("type")]
                .toString(),
            QStringLiteral("number"));

        run = cli({QStringLiteral("schema"), QStringLiteral("check"), QStringLiteral("--strict"),
                   schemaPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = cli({QStringLiteral("schema"), QStringLiteral("validate"), schemaPath, examplePath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    void chatSchemaValidatesTheAnswer()
    {
        const QString schema = writeFile(
            QStringLiteral("city.json"),
            R"({"type":"object","properties":{"city":{"type":"string"},"people":{"type":"integer"}},)"
            R"("required":["city","people"],"additionalProperties":false})");
        m_server->enqueue(FakeResponse::sse(
            {text(QStringLiteral("{\"city\":\"Paris\",")),
             text(QStringLiteral("\"people\":2100000}"), QStringLiteral("stop"))}));
        CliRun run = chat({QStringLiteral("--schema"), schema, QStringLiteral("--json"),
                           QStringLiteral("Where?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject validation = jsonOut(run).value(QStringLiteral("schema_validation")).toObject();
        QCOMPARE(validation.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(validation.value(QStringLiteral("errors")).toArray(), QJsonArray());

        m_server->enqueue(FakeResponse::sse({text(
            QStringLiteral("{\"city\":\"Paris\",\"people\":\"many\"}"), QStringLiteral("stop"))}));
        run = chat({QStringLiteral("--schema"), schema, QStringLiteral("--json"),
                    QStringLiteral("Where?")});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        validation = jsonOut(run).value(QStringLiteral("schema_validation")).toObject();
        QCOMPARE(validation.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = validation.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)[QStringLiteral("path")].toString(), QStringLiteral("/people"));

        // Cut half-way (no [DONE]): incomplete wins, and it is never valid.
        m_server->enqueue(FakeResponse::sse({text(QStringLiteral("{\"city\":\"Pa"))}, 0, false));
        run = chat({QStringLiteral("--schema"), schema, QStringLiteral("--json"),
                    QStringLiteral("Where?")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        validation = jsonOut(run).value(QStringLiteral("schema_validation")).toObject();
        QCOMPARE(validation.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(validation.value(QStringLiteral("errors"))
                    .toArray()
                    .at(0)[QStringLiteral("message")]
                    .toString()
                    .contains(QLatin1String("incomplete JSON")));
    }

    void toolResultsContinueTheConversation()
    {
        const QString tools = writeFile(QStringLiteral("tools.json"), weatherTools);
        // Round 1: two calls in parallel.
        QList<QByteArray> events =
            toolCall(0, QStringLiteral("call_a"), QStringLiteral("get_weather"),
                     QStringLiteral("{\"city\":\"Paris\"}"));
        events += toolCall(1, QStringLiteral("call_b"), QStringLiteral("get_time"),
                           QStringLiteral("{\"zone\":\"CET\"}"));
        events.append(endWithToolCalls());
        m_server->enqueue(FakeResponse::sse(events));
        CliRun run = chat({QStringLiteral("--save"), QStringLiteral("--json"),
                           QStringLiteral("--tools"), tools, QStringLiteral("Weather and time?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString id =
            QString::number(jsonOut(run).value(QStringLiteral("conversation_id")).toInteger());
        QVERIFY(id != QLatin1String("0"));

        // A prompt cannot follow unanswered calls; neither can half of the results.
        run = chat({QStringLiteral("--save"), QStringLiteral("--conversation"), id,
                    QStringLiteral("And now?")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(QLatin1String("call_a, call_b")));
        run = chat({QStringLiteral("--save"), QStringLiteral("--conversation"), id,
                    QStringLiteral("--tool-result"), QStringLiteral("call_a=sunny")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(QLatin1String("missing --tool-result for call_b")));
        QCOMPARE(m_server->requestCount(), 1);

        // Round 2: both results (one from a file); the model calls again.
        m_server->enqueue(
            FakeResponse::sse(toolCall(0, QStringLiteral("call_c"), QStringLiteral("get_weather"),
                                       QStringLiteral("{\"city\":\"Lyon\"}")) +
                              QList<QByteArray>{endWithToolCalls()}));
        const QString timeFile = writeFile(QStringLiteral("time.txt"), "14:05");
        run = chat({QStringLiteral("--save"), QStringLiteral("--conversation"), id,
                    QStringLiteral("--tools"), tools, QStringLiteral("--tool-result"),
                    QStringLiteral("call_b=@") + timeFile, QStringLiteral("--tool-result"),
                    QStringLiteral("call_a={\"sky\":\"sunny\"}")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("tools")).toArray(),
                 QJsonDocument::fromJson(weatherTools).array());
        QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), QStringLiteral("Weather and time?")}}));
        const QJsonObject assistant = messages.at(1).toObject();
        QCOMPARE(assistant.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        const QJsonArray calls = assistant.value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("call_a")},
                              {QStringLiteral("type"), QStringLiteral("function")},
                              {QStringLiteral("function"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                           {QStringLiteral("arguments"),
                                            QStringLiteral("{\"city\":\"Paris\"}")}}}}));
        QCOMPARE(calls.at(1)[QStringLiteral("id")].toString(), QStringLiteral("call_b"));
        // Results in the order of the calls, whatever the order on the command line.
        QCOMPARE(messages.at(2).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("call_a")},
                              {QStringLiteral("content"), QStringLiteral("{\"sky\":\"sunny\"}")}}));
        QCOMPARE(messages.at(3).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("call_b")},
                              {QStringLiteral("content"), QStringLiteral("14:05")}}));

        // Round 3: the repeated call is answered without --tools (the saved tools are sent).
        m_server->enqueue(
            FakeResponse::sse({text(QStringLiteral("Sunny in both."), QStringLiteral("stop"))}));
        run = chat({QStringLiteral("--save"), QStringLiteral("--conversation"), id,
                    QStringLiteral("--tool-result"), QStringLiteral("call_c=rain")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QLatin1String("Sunny in both.")));
        body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("tools")).toArray().size(), 2);
        messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 6);
        QCOMPARE(messages.at(4)[QStringLiteral("tool_calls")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("call_c"));
        QCOMPARE(messages.at(5).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("call_c")},
                              {QStringLiteral("content"), QStringLiteral("rain")}}));

        // Everything is stored: the history holds every round.
        run = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("conversations"),
                   QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QLatin1String("call_c")));
        QVERIFY(run.outText().contains(QLatin1String("14:05")));

        // No call waits any more: a result is an error.
        run = chat({QStringLiteral("--save"), QStringLiteral("--conversation"), id,
                    QStringLiteral("--tool-result"), QStringLiteral("call_c=again")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliSchema)
#include "tst_cli_schema.moc"
