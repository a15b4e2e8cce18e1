// lineup-cli's usage and price commands end to end: `prices`, the cost in `chat --json`,
// `conversations usage`, and a service that rejects stream_options, against a FakeServer.

#include "CliRunner.h"
#include "FakeServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue())
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"), finish}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-u")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("test-model-v2")},
                           {QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray usageChunk(int prompt, int completion, int cached, int reasoning)
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("total_tokens"), prompt + completion},
                            {QStringLiteral("prompt_tokens_details"),
                             QJsonObject{{QStringLiteral("cached_tokens"), cached}}},
                            {QStringLiteral("completion_tokens_details"),
                             QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-u")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("choices"), QJsonArray{}},
                           {QStringLiteral("usage"), usage}})
        .toJson(QJsonDocument::Compact);
}

FakeResponse answer(bool withUsage)
{
    QList<QByteArray> events{chunk({{QStringLiteral("content"), QStringLiteral("Hello there")}}),
                             chunk({}, QStringLiteral("stop"))};
    if (withUsage)
        events.append(usageChunk(1000, 200, 400, 50));
    return FakeResponse::sse(events);
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    CliRun run(const QStringList &arguments) { return m_cli->run(arguments); }
    CliRun chat(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("chat"), QStringLiteral("--base-url"),
                               m_server->baseUrl().toString(), QStringLiteral("--model"),
                               QStringLiteral("test-model")} +
                   arguments);
    }
    void setTestModelPrice()
    {
        const CliRun set =
            run({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("test-model"),
                 QStringLiteral("--input"), QStringLiteral("2"), QStringLiteral("--output"),
                 QStringLiteral("8"), QStringLiteral("--cached-input"), QStringLiteral("0.5"),
                 QStringLiteral("--context"), QStringLiteral("4000")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeServer>();
        m_cli = std::make_unique<CliRunner>(m_home->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_server.reset();
        m_home.reset();
    }

    void pricesSetListDelete()
    {
        setTestModelPrice();
        CliRun list =
            run({QStringLiteral("prices"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(row.value(QStringLiteral("input")).toDouble(), 2.0);
        QCOMPARE(row.value(QStringLiteral("cached_input")).toDouble(), 0.5);
        QCOMPARE(row.value(QStringLiteral("output")).toDouble(), 8.0);
        QCOMPARE(row.value(QStringLiteral("context_length")).toInt(), 4000);

        list = run({QStringLiteral("prices"), QStringLiteral("list")});
        QVERIFY(list.outText().contains(QStringLiteral("test-model")));
        QVERIFY(list.outText().contains(QStringLiteral("USD per 1M tokens")));

        // --config-dir points both at another table (LINEUP_CONFIG_DIR does the same).
        const QString other = m_home->filePath(QStringLiteral("other-config"));
        list = run({QStringLiteral("--config-dir"), other, QStringLiteral("prices"),
                    QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);

        QCOMPARE(
            run({QStringLiteral("prices"), QStringLiteral("delete"), QStringLiteral("test-model")})
                .exitCode,
            0);
        const CliRun again =
            run({QStringLiteral("prices"), QStringLiteral("delete"), QStringLiteral("test-model")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.errText().contains(QStringLiteral("no price")));
    }

    void pricesRejectBadNumbers()
    {
        CliRun bad = run({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("m"),
                          QStringLiteral("--input"), QStringLiteral("cheap"),
                          QStringLiteral("--output"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.errText().contains(QStringLiteral("--input")));
        bad = run({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("m"),
                   QStringLiteral("--input"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
    }

    void chatJsonReportsTheCost()
    {
        setTestModelPrice();
        m_server->enqueue(answer(true));
        const CliRun result = chat({QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject cost = jsonOf(result).value(QStringLiteral("cost")).toObject();
        QCOMPARE(cost.value(QStringLiteral("input")).toDouble(), 600 * 2.0 / 1e6);
        QCOMPARE(cost.value(QStringLiteral("cached_input")).toDouble(), 400 * 0.5 / 1e6);
        QCOMPARE(cost.value(QStringLiteral("output")).toDouble(), 200 * 8.0 / 1e6);
        QCOMPARE(cost.value(QStringLiteral("total")).toDouble(), (1200.0 + 200.0 + 1600.0) / 1e6);
        QCOMPARE(cost.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("price-table"));
        QCOMPARE(cost.value(QStringLiteral("estimated")).toBool(), false);
        // include_usage is asked for.
        QCOMPARE(m_server->lastRequest()
                     .json()
                     .value(QStringLiteral("stream_options"))[QStringLiteral("include_usage")]
                     .toBool(),
                 true);
    }

    void openRouterPricesComeFromItsModelList()
    {
        setTestModelPrice(); // the service's price wins over the table
        const CliRun add = run(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--id"),
             QStringLiteral("router"), QStringLiteral("--name"), QStringLiteral("Router"),
             QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--kind"),
             QStringLiteral("openrouter"), QStringLiteral("--no-key")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::json(QByteArray(
                               R"({"data":[{"id":"test-model","pricing":{"prompt":"0.000001",
                                   "completion":"0.000004","input_cache_read":"0.0000001"}}]})")));
        m_server->setRoute("POST", "/v1/chat/completions", answer(true));
        const CliRun result =
            run({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("router"),
                 QStringLiteral("--model"), QStringLiteral("test-model"), QStringLiteral("--json"),
                 QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject cost = jsonOf(result).value(QStringLiteral("cost")).toObject();
        QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("service"));
        QCOMPARE(cost.value(QStringLiteral("input")).toDouble(), 600 * 1.0 / 1e6);
        QCOMPARE(cost.value(QStringLiteral("cached_input")).toDouble(), 400 * 0.1 / 1e6);
        QCOMPARE(cost.value(QStringLiteral("output")).toDouble(), 200 * 4.0 / 1e6);
    }

    void chatWithoutUsageOrPriceSaysSo()
    {
        m_server->enqueue(answer(false));
        const CliRun result = chat({QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject cost = jsonOf(result).value(QStringLiteral("cost")).toObject();
        QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
        QCOMPARE(cost.value(QStringLiteral("estimated")).toBool(), true);
        QCOMPARE(cost.value(QStringLiteral("total")).toDouble(), 0.0);
    }

    void conversationsUsageAddsUpTheSavedRequests()
    {
        setTestModelPrice();
        m_server->enqueue(answer(true));
        CliRun first =
            chat({QStringLiteral("--json"), QStringLiteral("--save"), QStringLiteral("hi")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const int id = jsonOf(first).value(QStringLiteral("conversation_id")).toInt();
        QVERIFY(id > 0);
        m_server->enqueue(answer(false)); // no usage: estimated
        const CliRun second = chat({QStringLiteral("--save"), QStringLiteral("--conversation"),
                                    QString::number(id), QStringLiteral("again")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        // Prices change afterwards: the saved answers keep theirs.
        QCOMPARE(
            run({QStringLiteral("prices"), QStringLiteral("delete"), QStringLiteral("test-model")})
                .exitCode,
            0);

        const CliRun usage = run({QStringLiteral("conversations"), QStringLiteral("usage"),
                                  QString::number(id), QStringLiteral("--json")});
        QVERIFY2(usage.exitCode == 0, qPrintable(usage.describe()));
        const QJsonObject object = jsonOf(usage);
        QCOMPARE(object.value(QStringLiteral("requests")).toInt(), 2);
        QVERIFY(object.value(QStringLiteral("prompt_tokens")).toInt() > 1000);
        QCOMPARE(object.value(QStringLiteral("cached_tokens")).toInt(), 400);
        QCOMPARE(object.value(QStringLiteral("reasoning_tokens")).toInt(), 50);
        QCOMPARE(object.value(QStringLiteral("estimated")).toBool(), true);
        const QJsonObject cost = object.value(QStringLiteral("cost")).toObject();
        QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("price-table"));
        QVERIFY(cost.value(QStringLiteral("total")).toDouble() > 0.003);
        const QJsonArray turns = object.value(QStringLiteral("turns")).toArray();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns.at(0)[QStringLiteral("estimated")].toBool(), false);
        QCOMPARE(turns.at(1)[QStringLiteral("estimated")].toBool(), true);
        QCOMPARE(turns.at(0)[QStringLiteral("price")][QStringLiteral("input")].toDouble(), 2.0);
        const QJsonObject context = object.value(QStringLiteral("context")).toObject();
        QVERIFY(context.value(QStringLiteral("last_prompt_tokens")).toInt() > 0);

        // show --json carries the price snapshot.
        const CliRun show = run({QStringLiteral("conversations"), QStringLiteral("show"),
                                 QString::number(id), QStringLiteral("--json")});
        const QJsonArray messages = jsonOf(show).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(1)[QStringLiteral("price")][QStringLiteral("source")].toString(),
                 QStringLiteral("price-table"));

        const CliRun text =
            run({QStringLiteral("conversations"), QStringLiteral("usage"), QString::number(id)});
        QVERIFY(text.outText().contains(QStringLiteral("requests: 2")));
        QVERIFY(text.outText().contains(QStringLiteral("~ estimated")));
    }

    void logprobsAndPriceTravelThroughImportShowAndExport()
    {
        const QByteArray file = R"({"format":"lineup.conversations","version":1,"conversations":[
          {"title":"Sky","messages":[
            {"role":"user","content":[{"type":"text","text":"Colour?"}]},
            {"role":"assistant","content":[{"type":"text","text":"Blue"}],"model":"m",
             "usage":{"prompt_tokens":10,"completion_tokens":1,"total_tokens":11},
             "price":{"input":2,"output":8,"source":"price-table"},
             "logprobs":{"content":[{"token":"Blue","logprob":-0.2,
               "top_logprobs":[{"token":"Blue","logprob":-0.2},{"token":"Grey","logprob":-1.9}]}]}}]}]})";
        const QString path = m_home->filePath(QStringLiteral("sky.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file) == file.size());
        out.close();
        const CliRun imported =
            run({QStringLiteral("conversations"), QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QString id = imported.outText().trimmed();
        const CliRun show = run({QStringLiteral("conversations"), QStringLiteral("show"), id,
                                 QStringLiteral("--json")});
        const QJsonObject answer =
            jsonOf(show).value(QStringLiteral("messages")).toArray().at(1).toObject();
        const QJsonArray content =
            answer.value(QStringLiteral("logprobs"))[QStringLiteral("content")].toArray();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content.at(0)[QStringLiteral("top_logprobs")].toArray().size(), 2);
        QCOMPARE(answer.value(QStringLiteral("price"))[QStringLiteral("output")].toDouble(), 8.0);
        // Exported again, unchanged.
        const CliRun exported = run({QStringLiteral("conversations"), QStringLiteral("export"), id,
                                     QStringLiteral("--format"), QStringLiteral("lineup")});
        const QJsonObject again = QJsonDocument::fromJson(exported.out)
                                      .object()
                                      .value(QStringLiteral("conversations"))[0]
                                      .toObject()
                                      .value(QStringLiteral("messages"))[1]
                                      .toObject();
        QCOMPARE(again.value(QStringLiteral("logprobs")), answer.value(QStringLiteral("logprobs")));
        QCOMPARE(again.value(QStringLiteral("price")), answer.value(QStringLiteral("price")));
        // A logprobs value that is not an object is refused with its JSON path.
        QByteArray broken = file;
        broken.replace(R"("logprobs":{"content")", R"("logprobs":7,"x":{"content")");
        QFile bad(m_home->filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write(broken) == broken.size());
        bad.close();
        const CliRun refused =
            run({QStringLiteral("conversations"), QStringLiteral("import"), bad.fileName()});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.errText().contains(QStringLiteral("logprobs")),
                 qPrintable(refused.describe()));
    }

    void usageOfAMissingConversationFails()
    {
        const CliRun usage =
            run({QStringLiteral("conversations"), QStringLiteral("usage"), QStringLiteral("99")});
        QCOMPARE(usage.exitCode, 1);
        QVERIFY(usage.errText().contains(QStringLiteral("99")));
    }

    void serviceRejectingStreamOptionsStillAnswers()
    {
        m_server->enqueue(FakeResponse::error(
            400, QStringLiteral("Unrecognized request argument supplied: stream_options"),
            QStringLiteral("invalid_request_error")));
        m_server->enqueue(answer(false));
        const CliRun result = chat({QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(m_server->requests().at(0).json().contains(QStringLiteral("stream_options")));
        QVERIFY(!m_server->requests().at(1).json().contains(QStringLiteral("stream_options")));
        const QJsonObject object = jsonOf(result);
        QVERIFY(object.value(QStringLiteral("warnings")).toArray().size() >= 1);
        QCOMPARE(object.value(QStringLiteral("cost"))[QStringLiteral("estimated")].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
