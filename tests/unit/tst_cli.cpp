// lineup-cli end to end: the built binary against a FakeServer in this process.

#include "CliRunner.h"
#include "FakeServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray chunk(const QJsonObject &delta, const QString &finishReason = {})
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"),
                              finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason)}};
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                             {QStringLiteral("created"), 1774412483},
                             {QStringLiteral("model"), QStringLiteral("test-model")},
                             {QStringLiteral("choices"), QJsonArray{choice}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray text(const QString &content, const QString &finishReason = {})
{
    return chunk({{QStringLiteral("content"), content}}, finishReason);
}

QByteArray usageChunk()
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                   {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                   {QStringLiteral("model"), QStringLiteral("test-model")},
                   {QStringLiteral("choices"), QJsonArray{}},
                   {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 5},
                                                         {QStringLiteral("completion_tokens"), 3},
                                                         {QStringLiteral("total_tokens"), 8}}}})
        .toJson(QJsonDocument::Compact);
}

FakeResponse helloStream(int delayMs = 0)
{
    return FakeResponse::sse({text(QStringLiteral("Hel")), text(QStringLiteral("lo, ")),
                              text(QStringLiteral("wörld"), QStringLiteral("stop")), usageChunk()},
                             delayMs);
}

// The bytes of a PNG file are enough: the CLI recognises images by their signature.
QByteArray pngBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(40, 'x');
}

QJsonObject userMessage(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    return messages.isEmpty() ? QJsonObject() : messages.last().toObject();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    QString base() const { return m_server->baseUrl().toString(); }
    CliRun chat(const QStringList &arguments, const QByteArray &input = {},
                const CliRunner::OutputHook &hook = {})
    {
        return m_cli->run(QStringList{QStringLiteral("chat")} + arguments, input, hook);
    }
    CliRun chatAtServer(const QStringList &arguments, const QByteArray &input = {})
    {
        return chat(QStringList{QStringLiteral("--base-url"), base(), QStringLiteral("--model"),
                                QStringLiteral("test-model")} +
                        arguments,
                    input);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    bool addProfile(const QStringList &arguments)
    {
        const CliRun run =
            m_cli->run(QStringList{QStringLiteral("profiles"), QStringLiteral("add")} + arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
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

    void streamsTextToStdout()
    {
        m_server->enqueue(helloStream(20));
        const CliRun run = chatAtServer({QStringLiteral("Say hello")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QStringLiteral("Hello, wörld\n"));
        const FakeRequest request = m_server->lastRequest();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QVERIFY(!request.hasHeader("Authorization")); // --base-url never borrows a key
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(userMessage(body).value(QStringLiteral("content")).toString(),
                 QStringLiteral("Say hello"));
    }

    void jsonPrintsAssembledCompletion()
    {
        m_server->enqueue(helloStream());
        const CliRun run = chatAtServer({QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.describe()));
        const QJsonObject choice = object.value(QStringLiteral("choices"))[0].toObject();
        QCOMPARE(choice.value(QStringLiteral("message"))[QStringLiteral("content")].toString(),
                 QStringLiteral("Hello, wörld"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("chatcmpl-test"));
        QCOMPARE(object.value(QStringLiteral("usage"))[QStringLiteral("total_tokens")].toInt(), 8);
        QCOMPARE(object.value(QStringLiteral("done")).toBool(), true);
        QVERIFY(object.value(QStringLiteral("error")).isNull());
        QVERIFY(object.value(QStringLiteral("timings")).isObject());
        QVERIFY(object.value(QStringLiteral("warnings")).isArray());
    }

    void eventsAreJsonLines()
    {
        m_server->enqueue(helloStream());
        const QString path = m_home->filePath(QStringLiteral("events.jsonl"));
        const CliRun run = chatAtServer({QStringLiteral("--events"), path, QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // three text chunks, usage, [DONE]
        for (const QByteArray &line : lines) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("message"));
            QVERIFY(event.contains(QStringLiteral("data")) && event.contains(QStringLiteral("id")));
        }
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("data")),
                 QJsonValue(QStringLiteral("[DONE]")));

        // "-" puts the events on stdout instead of the text.
        m_server->enqueue(helloStream());
        const CliRun toStdout =
            chatAtServer({QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("hi")});
        QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.describe()));
        QCOMPARE(toStdout.out.trimmed().split('\n').size(), 5);
        QVERIFY(!toStdout.outText().contains(QStringLiteral("Hello, wörld\n")));
    }

    void reasoningGoesToStderr()
    {
        m_server->enqueue(FakeResponse::sse(
            {chunk({{QStringLiteral("reasoning_content"), QStringLiteral("Thinking hard.")}}),
             text(QStringLiteral("Answer."), QStringLiteral("stop"))}));
        const CliRun run = chatAtServer({QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QStringLiteral("Answer.\n"));
        // Not a terminal here: no ANSI escapes.
        QCOMPARE(run.errText(), QStringLiteral("Thinking hard.\n"));
    }

    void otherChoicesFollowTheFirst()
    {
        const auto choiceText = [](int index, const QString &content) {
            QByteArray event = text(content, QStringLiteral("stop"));
            return event.replace("\"index\":0",
                                 QByteArray("\"index\":" + QByteArray::number(index)));
        };
        m_server->enqueue(FakeResponse::sse(
            {choiceText(0, QStringLiteral("First")), choiceText(1, QStringLiteral("Second"))}));
        const CliRun run =
            chatAtServer({QStringLiteral("--param"), QStringLiteral("n=2"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QStringLiteral("First\n--- choice 1 ---\nSecond\n"));
    }

    void noStreamPrintsWholeAnswer()
    {
        m_server->enqueue(FakeResponse::json(QByteArray(
            R"({"id":"chatcmpl-1","object":"chat.completion","model":"test-model","choices":[)"
            R"({"index":0,"message":{"role":"assistant","content":"Four"},"finish_reason":"stop"}]})")));
        const CliRun run = chatAtServer({QStringLiteral("--no-stream"), QStringLiteral("2+2?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QStringLiteral("Four\n"));
        QVERIFY(!m_server->lastRequest().json().value(QStringLiteral("stream")).toBool());
    }

    void paramsAreTypedAndFamilyRulesWarn()
    {
        m_server->enqueue(helloStream());
        CliRun run = chat({QStringLiteral("--base-url"), base(), QStringLiteral("--model"),
                           QStringLiteral("claude-sonnet-4"), QStringLiteral("--param"),
                           QStringLiteral("temperature=1.5"), QStringLiteral("--param"),
                           QStringLiteral("stop=[\"END\"]"), QStringLiteral("--param"),
                           QStringLiteral("seed=7"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 1.0);
        QCOMPARE(body.value(QStringLiteral("stop")).toArray(), QJsonArray{QStringLiteral("END")});
        QVERIFY(body.value(QStringLiteral("seed")).isDouble());
        QCOMPARE(body.value(QStringLiteral("seed")).toInt(), 7);
        QVERIFY2(run.errText().contains(QStringLiteral("lineup-cli: warning: ")) &&
                     run.errText().contains(QStringLiteral("temperature")),
                 qPrintable(run.describe()));

        // --no-rules sends exactly what was given, and says nothing about families.
        m_server->enqueue(helloStream());
        run = chat({QStringLiteral("--base-url"), base(), QStringLiteral("--model"),
                    QStringLiteral("claude-sonnet-4"), QStringLiteral("--no-rules"),
                    QStringLiteral("--param"), QStringLiteral("temperature=1.5"),
                    QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 1.5);
        QVERIFY(!run.errText().contains(QStringLiteral("warning")));

        // Malformed parameters are usage errors: nothing is sent.
        const int before = m_server->requestCount();
        for (const QString &param : {QStringLiteral("temperature=warm"), QStringLiteral("novalue"),
                                     QStringLiteral("model=x")}) {
            run = chatAtServer({QStringLiteral("--param"), param, QStringLiteral("hi")});
            QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
            QCOMPARE(run.errLines().size(), 1);
        }
        QCOMPARE(m_server->requestCount(), before);
    }

    void profilePrefixSelectsProfileAndNoKeyIsSent()
    {
        QVERIFY(addProfile({QStringLiteral("--id"), QStringLiteral("local"),
                            QStringLiteral("--name"), QStringLiteral("Local"),
                            QStringLiteral("--base-url"), base(), QStringLiteral("--no-key")}));
        QVERIFY(QFile::exists(m_home->filePath(QStringLiteral(".config/Lineup/Lineup.conf"))));
        m_server->enqueue(helloStream());
        const CliRun run = chat(
            {QStringLiteral("--model"), QStringLiteral("local/qwen3:8b"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const FakeRequest request = m_server->lastRequest();
        QCOMPARE(request.json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("qwen3:8b"));
        QVERIFY(!request.hasHeader("Authorization"));

        const CliRun list = m_cli->run({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY(list.outText().contains(base()));
    }

    void keyFromEnvironmentIsSentAsBearer()
    {
        QVERIFY(addProfile({QStringLiteral("--id"), QStringLiteral("keyed"),
                            QStringLiteral("--base-url"), base(), QStringLiteral("--env"),
                            QStringLiteral("LINEUP_TEST_CLI_KEY")}));
        const QString secret = QStringLiteral("sk-test-0123456789");
        m_cli->setEnv(QStringLiteral("LINEUP_TEST_CLI_KEY"), secret);
        m_server->enqueue(helloStream());
        const CliRun run =
            chat({QStringLiteral("--profile"), QStringLiteral("keyed"), QStringLiteral("--model"),
                  QStringLiteral("m"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 QByteArray("Bearer " + secret.toUtf8()));
        QVERIFY(!run.outText().contains(secret) && !run.errText().contains(secret));

        // Without it: exit 6, naming the variable and the command that stores a key.
        m_cli->unsetEnv(QStringLiteral("LINEUP_TEST_CLI_KEY"));
        const int before = m_server->requestCount();
        const CliRun missing =
            chat({QStringLiteral("--profile"), QStringLiteral("keyed"), QStringLiteral("--model"),
                  QStringLiteral("m"), QStringLiteral("hi")});
        QVERIFY2(missing.exitCode == 6, qPrintable(missing.describe()));
        QVERIFY(missing.errText().contains(QStringLiteral("LINEUP_TEST_CLI_KEY")));
        QVERIFY(missing.errText().contains(QStringLiteral("lineup-cli keys set keyed")));
        QCOMPARE(m_server->requestCount(), before);
    }

    void serviceErrorExitsWith3()
    {
        m_server->enqueue(FakeResponse::error(401, QStringLiteral("Incorrect API key provided."),
                                              QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        const CliRun run = chatAtServer({QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().constFirst().startsWith(QStringLiteral("lineup-cli: error: ")));
        QVERIFY(run.out.isEmpty());
    }

    void connectionRefusedExitsWith4()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CliRun run =
            chat({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port),
                  QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--retries"),
                  QStringLiteral("0"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
    }

    void droppedStreamExitsWith5AndKeepsPartial()
    {
        FakeResponse response = helloStream(10);
        response.dropAfterChunk = 1;
        m_server->enqueue(response);
        const CliRun run = chatAtServer({QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.outText(), QStringLiteral("Hello, \n"));
        QVERIFY(run.errText().contains(QStringLiteral("lineup-cli: error: ")));
    }

    void stalledStreamExitsWith5()
    {
        FakeResponse response = helloStream(10);
        response.stallAfterChunk = 0;
        m_server->enqueue(response);
        const CliRun run = chatAtServer({QStringLiteral("--idle-timeout"), QStringLiteral("0.3"),
                                         QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value(QStringLiteral("done")).toBool(true), false);
        QVERIFY(object.value(QStringLiteral("error")).isObject());
        QCOMPARE(object
                     .value(QStringLiteral(
                         "choices"))[0][QStringLiteral("message")][QStringLiteral("content")]
                     .toString(),
                 QStringLiteral("Hel"));
    }

    void sigintStopsAndKeepsPartial()
    {
        FakeResponse response = helloStream(10);
        response.stallAfterChunk = 1;
        m_server->enqueue(response);
        bool sent = false;
        const CliRun run = chat({QStringLiteral("--base-url"), base(), QStringLiteral("--model"),
                                 QStringLiteral("m"), QStringLiteral("hi")},
                                {}, [&sent](QProcess &process, const QByteArray &out) {
                                    if (!sent && out.contains("Hello, ")) {
                                        sent = true;
                                        ::kill(pid_t(process.processId()), SIGINT);
                                    }
                                });
        QVERIFY(sent);
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.outText(), QStringLiteral("Hello, \n"));
    }

    void usageErrorsExitWith2()
    {
        const QList<QStringList> cases{
            {QStringLiteral("frobnicate")},
            {QStringLiteral("chat"), QStringLiteral("hi")},                           // no model
            {QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("m")}, // no prompt
            {QStringLiteral("chat"), QStringLiteral("--bogus"), QStringLiteral("--model"),
             QStringLiteral("m"), QStringLiteral("hi")},
            {QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("nope"),
             QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")},
            {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("nope")},
            {QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("cometapi"),
             QStringLiteral("sk-secret-on-command-line")},
        };
        for (const QStringList &arguments : cases) {
            const CliRun run = m_cli->run(arguments);
            QVERIFY2(run.exitCode == 2,
                     qPrintable(QString(arguments.join(u' ') + u'\n' + run.describe())));
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY(run.errLines().constFirst().startsWith(QStringLiteral("lineup-cli: error: ")));
            QVERIFY(!run.errText().contains(QStringLiteral("sk-secret-on-command-line")));
        }
        QCOMPARE(m_server->requestCount(), 0);
    }

    void imagesBecomeDataUrlParts()
    {
        const QString png = writeFile(QStringLiteral("pic.png"), pngBytes());
        m_server->enqueue(helloStream());
        CliRun run = chatAtServer({QStringLiteral("--image"), png + QStringLiteral(":low"),
                                   QStringLiteral("What is this?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray content =
            userMessage(m_server->lastRequest().json()).value(QStringLiteral("content")).toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(0)[QStringLiteral("text")].toString(), QStringLiteral("What is this?"));
        const QJsonObject image = content.at(1)[QStringLiteral("image_url")].toObject();
        QCOMPARE(image.value(QStringLiteral("url")).toString(),
                 QString(QStringLiteral("data:image/png;base64,") +
                         QString::fromLatin1(pngBytes().toBase64())));
        QCOMPARE(image.value(QStringLiteral("detail")).toString(), QStringLiteral("low"));

        const QString notImage = writeFile(QStringLiteral("notes.txt"), "just text");
        for (const QString &path : {notImage, m_home->filePath(QStringLiteral("missing.png"))}) {
            run = chatAtServer({QStringLiteral("--image"), path, QStringLiteral("hi")});
            QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
            QVERIFY(run.errText().contains(path));
        }
        QCOMPARE(m_server->requestCount(), 1);
    }

    void schemaRequestsJsonAndChecksTheAnswer()
    {
        const QString schema = writeFile(
            QStringLiteral("city.json"),
            R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"],)"
            R"("additionalProperties":false})");
        m_server->enqueue(
            FakeResponse::sse({text(QStringLiteral("{\"city\":")),
                               text(QStringLiteral("\"Paris\"}"), QStringLiteral("stop"))}));
        CliRun run = chatAtServer({QStringLiteral("--schema"), schema, QStringLiteral("Where?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.errText().contains(QStringLiteral("not valid JSON")));
        const QJsonObject format =
            m_server->lastRequest().json().value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
        QCOMPARE(jsonSchema.value(QStringLiteral("name")).toString(), QStringLiteral("city"));
        QCOMPARE(jsonSchema.value(QStringLiteral("strict")).toBool(), true);
        QCOMPARE(jsonSchema.value(QStringLiteral("schema"))[QStringLiteral("required")].toArray(),
                 QJsonArray{QStringLiteral("city")});

        m_server->enqueue(
            FakeResponse::sse({text(QStringLiteral("Paris, I think"), QStringLiteral("stop"))}));
        run = chatAtServer({QStringLiteral("--schema"), schema, QStringLiteral("Where?")});
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("not valid JSON")),
                 qPrintable(run.describe()));
    }

    void toolsAreSentAndCallsPrinted()
    {
        const QString tools = writeFile(
            QStringLiteral("tools.json"),
            R"([{"type":"function","function":{"name":"get_weather","parameters":{"type":"object",)"
            R"("properties":{"city":{"type":"string"}}}}}])");
        const auto call = [](const QJsonObject &function, const QString &id = {}) {
            QJsonObject toolCall{{QStringLiteral("index"), 0},
                                 {QStringLiteral("function"), function}};
            if (!id.isEmpty()) {
                toolCall.insert(QStringLiteral("id"), id);
                toolCall.insert(QStringLiteral("type"), QStringLiteral("function"));
            }
            return chunk({{QStringLiteral("tool_calls"), QJsonArray{toolCall}}});
        };
        m_server->enqueue(
            FakeResponse::sse({call({{QStringLiteral("name"), QStringLiteral("get_weather")},
                                     {QStringLiteral("arguments"), QStringLiteral("{\"city\":")}},
                                    QStringLiteral("call_1")),
                               call({{QStringLiteral("arguments"), QStringLiteral("\"Paris\"}")}}),
                               chunk({}, QStringLiteral("tool_calls"))}));
        const CliRun run =
            chatAtServer({QStringLiteral("--tools"), tools, QStringLiteral("Weather?")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("tools")).toArray().size(), 1);
        QVERIFY2(run.outText().contains(QStringLiteral("get_weather({\"city\":\"Paris\"})")),
                 qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QStringLiteral("call_1")));
    }

    void promptFromStdin()
    {
        m_server->enqueue(helloStream());
        const CliRun run = chatAtServer(
            {QStringLiteral("--system"), QStringLiteral("Be brief."), QStringLiteral("-")},
            "Line one\nLine two\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray messages =
            m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1)[QStringLiteral("content")].toString(),
                 QStringLiteral("Line one\nLine two"));
    }

    void modelsListsIds()
    {
        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::json(QByteArray(
                               R"({"object":"list","data":[{"id":"b-model","object":"model"},)"
                               R"({"id":"a-model","object":"model","context_length":128000}]})")));
        CliRun run = m_cli->run({QStringLiteral("models"), QStringLiteral("--base-url"), base()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + two models, sorted
        QVERIFY(lines.at(1).startsWith(QStringLiteral("a-model")));
        QVERIFY(lines.at(1).contains(QStringLiteral("128000")));

        run = m_cli->run({QStringLiteral("models"), QStringLiteral("--base-url"), base(),
                          QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
    }

    void profilesAddRemoveAndDefault()
    {
        QVERIFY(addProfile({QStringLiteral("--id"), QStringLiteral("mine"),
                            QStringLiteral("--base-url"), base(), QStringLiteral("--kind"),
                            QStringLiteral("vllm"), QStringLiteral("--no-key")}));
        CliRun run =
            m_cli->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--id"),
                        QStringLiteral("mine"), QStringLiteral("--base-url"), base()});
        QCOMPARE(run.exitCode, 2); // exists already
        run = m_cli->run(
            {QStringLiteral("profiles"), QStringLiteral("set-default"), QStringLiteral("mine")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // The default profile serves a bare model name.
        m_server->enqueue(helloStream());
        run = chat({QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        run = m_cli->run(
            {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray profiles = QJsonDocument::fromJson(run.out).array();
        bool found = false;
        for (const QJsonValue &profile : profiles) {
            if (profile[QStringLiteral("id")].toString() == QLatin1String("mine")) {
                found = true;
                QVERIFY(profile[QStringLiteral("default")].toBool());
                QCOMPARE(profile[QStringLiteral("kind")].toString(), QStringLiteral("vllm"));
            }
        }
        QVERIFY(found);
        run = m_cli->run(
            {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("mine")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = m_cli->run({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY(!run.outText().contains(base()));
    }

    void saveRecordsAndContinuesConversation()
    {
        const QString dataDir = m_home->filePath(QStringLiteral("data"));
        m_server->enqueue(helloStream());
        CliRun run = chatAtServer({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--save"),
                                   QStringLiteral("--json"), QStringLiteral("First question")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/lineup.sqlite")));
        const qint64 id = QJsonDocument::fromJson(run.out)
                              .object()
                              .value(QStringLiteral("conversation_id"))
                              .toInteger();
        QVERIFY(id > 0);

        m_server->enqueue(helloStream());
        run = chatAtServer({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--save"),
                            QStringLiteral("--conversation"), QString::number(id),
                            QStringLiteral("Second question")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray messages =
            m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(),
                 QStringLiteral("First question"));
        QCOMPARE(messages.at(1)[QStringLiteral("content")].toString(),
                 QStringLiteral("Hello, wörld"));
        QCOMPARE(messages.at(2)[QStringLiteral("content")].toString(),
                 QStringLiteral("Second question"));

        // The same history is what `conversations` shows (global --data-dir before the command).
        run = m_cli->run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("conversations"),
                          QStringLiteral("show"), QString::number(id)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QStringLiteral("Second question")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
