// `lineup-cli compare` end to end: the built binary against one FakeServer in this process,
// several models scripted with enqueueForModel (their requests arrive in any order).

#include "CliRunner.h"
#include "FakeServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray textChunk(const QString &model, const QString &content, const QString &finish = {})
{
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), content}}},
        {QStringLiteral("finish_reason"), finish.isEmpty() ? QJsonValue() : QJsonValue(finish)}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + model)},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray usageChunk(const QString &model, int prompt, int completion)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + model)},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("choices"), QJsonArray{}},
                           {QStringLiteral("usage"),
                            QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                        {QStringLiteral("completion_tokens"), completion},
                                        {QStringLiteral("total_tokens"), prompt + completion}}}})
        .toJson(QJsonDocument::Compact);
}

// "<model> says: one two" in three chunks, then usage.
FakeResponse answerOf(const QString &model, int delayMs = 5)
{
    return FakeResponse::sse({textChunk(model, model + QStringLiteral(" says:")),
                              textChunk(model, QStringLiteral(" one")),
                              textChunk(model, QStringLiteral(" two"), QStringLiteral("stop")),
                              usageChunk(model, 7, 3)},
                             delayMs);
}

QString answerText(const QString &model)
{
    return model + QStringLiteral(" says: one two");
}

QString contentOf(const QJsonObject &result)
{
    return result
        .value(QStringLiteral("choices"))[0][QStringLiteral("message")][QStringLiteral("content")]
        .toString();
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CliRunner> m_cli;

    QString dataDir() const { return m_home->filePath(QStringLiteral("data")); }

    // compare --base-url <server> --model m... <arguments>
    CliRun compare(const QStringList &models, const QStringList &arguments,
                   const CliRunner::OutputHook &hook = {}, const QByteArray &input = {})
    {
        QStringList all{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("compare"),
                        QStringLiteral("--base-url"), m_server->baseUrl().toString()};
        for (const QString &model : models)
            all << QStringLiteral("--model") << model;
        return m_cli->run(all + arguments, input, hook);
    }

    QJsonObject jsonOf(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

    // The request each model received, by model name.
    QHash<QString, QJsonObject> bodiesByModel() const
    {
        QHash<QString, QJsonObject> bodies;
        const QList<FakeRequest> requests = m_server->requests();
        for (const FakeRequest &request : requests) {
            const QJsonObject body = request.json();
            bodies.insert(body.value(QStringLiteral("model")).toString(), body);
        }
        return bodies;
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

    void textModePrintsEachAnswerUnderItsHeaderThenTheFigures()
    {
        const QStringList models{QStringLiteral("alpha"), QStringLiteral("beta"),
                                 QStringLiteral("gamma")};
        for (const QString &model : models)
            m_server->enqueueForModel(model, answerOf(model));
        const CliRun run = compare(models, {QStringLiteral("Count to two")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString out = run.outText();
        for (qsizetype i = 0; i < models.size(); ++i) {
            const QString header = QStringLiteral("=== %1. %2 ===\n").arg(i + 1).arg(models.at(i));
            const qsizetype at = out.indexOf(header);
            QVERIFY2(at >= 0, qPrintable(out));
            // The answer follows its own header.
            QCOMPARE(out.mid(at + header.size(), answerText(models.at(i)).size()),
                     answerText(models.at(i)));
        }
        // The table comes last, one row per model in --model order.
        const qsizetype table = out.indexOf(QStringLiteral("| 1. alpha"));
        QVERIFY2(table > out.lastIndexOf(QStringLiteral("=== ")), qPrintable(out));
        QVERIFY(out.indexOf(QStringLiteral("| 2. beta")) > table);
        QVERIFY(out.indexOf(QStringLiteral("| 3. gamma")) > table);
        QCOMPARE(m_server->requestCount(), 3);
        for (const QString &model : models) {
            const QJsonObject body = bodiesByModel().value(model);
            QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
            QCOMPARE(body.value(QStringLiteral("messages"))[0][QStringLiteral("content")],
                     QJsonValue(QStringLiteral("Count to two")));
        }
    }

    void jsonHasOneResultPerModelInOrder()
    {
        const QStringList models{QStringLiteral("zeta"), QStringLiteral("alpha")};
        for (const QString &model : models)
            m_server->enqueueForModel(model, answerOf(model));
        const CliRun run = compare(models, {QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject object = jsonOf(run);
        QVERIFY(object.value(QStringLiteral("comparison_id")).isNull()); // not saved
        const QJsonArray results = object.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (qsizetype i = 0; i < models.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            QCOMPARE(result.value(QStringLiteral("model")).toString(), models.at(i));
            QVERIFY(result.value(QStringLiteral("profile")).isNull()); // --base-url
            QCOMPARE(contentOf(result), answerText(models.at(i)));
            // Every field of chat --json.
            QCOMPARE(result.value(QStringLiteral("done")).toBool(), true);
            QVERIFY(result.value(QStringLiteral("error")).isNull());
            QVERIFY(result.value(QStringLiteral("timings")).isObject());
            QVERIFY(result.value(QStringLiteral("warnings")).isArray());
            QVERIFY(result.value(QStringLiteral("cost")).isObject());
            QCOMPARE(
                result.value(QStringLiteral("usage"))[QStringLiteral("completion_tokens")].toInt(),
                3);
            QCOMPARE(
                result.value(QStringLiteral("figures"))[QStringLiteral("finish_reason")].toString(),
                QStringLiteral("stop"));
        }
    }

    void failuresKeepTheirEntriesAndTheWorstCodeWins()
    {
        m_server->enqueueForModel(QStringLiteral("good"), answerOf(QStringLiteral("good"), 20));
        m_server->enqueueForModel(QStringLiteral("locked"),
                                  FakeResponse::error(401, QStringLiteral("Invalid API key"),
                                                      QStringLiteral("invalid_request_error")));
        FakeResponse dropped = answerOf(QStringLiteral("dropped"), 10);
        dropped.dropAfterChunk = 0;
        m_server->enqueueForModel(QStringLiteral("dropped"), dropped);
        const CliRun run =
            compare({QStringLiteral("good"), QStringLiteral("locked"), QStringLiteral("dropped")},
                    {QStringLiteral("--json"), QStringLiteral("hi")});
        // 401 is a service error (3): more serious than the incomplete answer (5).
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(contentOf(results.at(0).toObject()), answerText(QStringLiteral("good")));
        QVERIFY(results.at(0)[QStringLiteral("error")].isNull());
        const QJsonObject locked = results.at(1).toObject();
        QCOMPARE(locked.value(QStringLiteral("model")).toString(), QStringLiteral("locked"));
        QCOMPARE(locked.value(QStringLiteral("error"))[QStringLiteral("status")].toInt(), 401);
        QCOMPARE(locked.value(QStringLiteral("error"))[QStringLiteral("kind")].toString(),
                 QStringLiteral("unauthorized"));
        const QJsonObject cut = results.at(2).toObject();
        QCOMPARE(cut.value(QStringLiteral("done")).toBool(true), false);
        QVERIFY(cut.value(QStringLiteral("error")).isObject());
        QCOMPARE(contentOf(cut), QStringLiteral("dropped says:")); // the partial answer is kept
        QVERIFY(run.errText().contains(QStringLiteral("locked: ")));
    }

    void droppedAloneExitsWith5InTextMode()
    {
        m_server->enqueueForModel(QStringLiteral("a"), answerOf(QStringLiteral("a")));
        FakeResponse dropped = answerOf(QStringLiteral("b"), 10);
        dropped.dropAfterChunk = 1;
        m_server->enqueueForModel(QStringLiteral("b"), dropped);
        const CliRun run =
            compare({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY(run.outText().contains(answerText(QStringLiteral("a"))));
        QVERIFY(run.outText().contains(QStringLiteral("=== 2. b ===\nb says: one\n[error: ")));
    }

    void paneParamsAndSystemReachTheRightBodies()
    {
        const QStringList models{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")};
        for (const QString &model : models)
            m_server->enqueueForModel(model, answerOf(model));
        const CliRun run =
            compare(models, {QStringLiteral("--system"), QStringLiteral("Answer briefly."),
                             QStringLiteral("--param"), QStringLiteral("temperature=0.5"),
                             QStringLiteral("--param"), QStringLiteral("seed=7"),
                             QStringLiteral("--pane-param"), QStringLiteral("2:temperature=1.5"),
                             QStringLiteral("--pane-param"), QStringLiteral("3:seed=null"),
                             QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QHash<QString, QJsonObject> bodies = bodiesByModel();
        QCOMPARE(bodies.size(), 3);
        for (const QString &model : models) {
            const QJsonArray messages =
                bodies.value(model).value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
            QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(),
                     QStringLiteral("Answer briefly."));
        }
        QCOMPARE(bodies.value(QStringLiteral("m1")).value(QStringLiteral("temperature")).toDouble(),
                 0.5);
        QCOMPARE(bodies.value(QStringLiteral("m2")).value(QStringLiteral("temperature")).toDouble(),
                 1.5);
        QCOMPARE(bodies.value(QStringLiteral("m3")).value(QStringLiteral("temperature")).toDouble(),
                 0.5);
        QCOMPARE(bodies.value(QStringLiteral("m1")).value(QStringLiteral("seed")).toInt(), 7);
        QVERIFY(!bodies.value(QStringLiteral("m3")).contains(QStringLiteral("seed")));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        QCOMPARE(results
                     .at(1)[QStringLiteral("overrides")][QStringLiteral("parameters")]
                           [QStringLiteral("temperature")]
                     .toDouble(),
                 1.5);
    }

    void profilePrefixPicksAProfilePerModel()
    {
        for (const char *id : {"left", "right"}) {
            const CliRun added = m_cli->run(
                {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--id"),
                 QString::fromLatin1(id), QStringLiteral("--name"), QString::fromLatin1(id),
                 QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                 QStringLiteral("--no-key")});
            QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        }
        m_server->enqueueForModel(QStringLiteral("m"), answerOf(QStringLiteral("m")));
        m_server->enqueueForModel(QStringLiteral("n"), answerOf(QStringLiteral("n")));
        const CliRun run =
            m_cli->run({QStringLiteral("compare"), QStringLiteral("--model"),
                        QStringLiteral("left/m"), QStringLiteral("--model"),
                        QStringLiteral("right/n"), QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0)[QStringLiteral("model")].toString(), QStringLiteral("m"));
        QCOMPARE(results.at(0)[QStringLiteral("profile")].toString(), QStringLiteral("left"));
        QCOMPARE(results.at(1)[QStringLiteral("model")].toString(), QStringLiteral("n"));
        QCOMPARE(results.at(1)[QStringLiteral("profile")].toString(), QStringLiteral("right"));
        QVERIFY(bodiesByModel().contains(QStringLiteral("n")));
    }

    void costComesFromTheServicesModelListOncePerProfile()
    {
        const CliRun added = m_cli->run(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--id"),
             QStringLiteral("router"), QStringLiteral("--name"), QStringLiteral("Router"),
             QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--kind"),
             QStringLiteral("openrouter"), QStringLiteral("--no-key")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::json(QByteArray(
                               R"({"data":[{"id":"cheap","pricing":{"prompt":"0.000001",)"
                               R"("completion":"0.000002"}},{"id":"dear","pricing":)"
                               R"({"prompt":"0.00001","completion":"0.00002"}}]})")));
        m_server->enqueueForModel(QStringLiteral("cheap"), answerOf(QStringLiteral("cheap")));
        m_server->enqueueForModel(QStringLiteral("dear"), answerOf(QStringLiteral("dear")));
        const CliRun run = m_cli->run({QStringLiteral("compare"), QStringLiteral("--model"),
                                       QStringLiteral("router/cheap"), QStringLiteral("--model"),
                                       QStringLiteral("router/dear"), QStringLiteral("--json"),
                                       QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        // 7 prompt and 3 completion tokens each.
        const QList<double> expected{7 * 1.0 / 1e6 + 3 * 2.0 / 1e6,
                                     7 * 10.0 / 1e6 + 3 * 20.0 / 1e6};
        for (qsizetype i = 0; i < 2; ++i) {
            const QJsonObject cost = results.at(i)[QStringLiteral("cost")].toObject();
            QCOMPARE(cost.value(QStringLiteral("source")).toString(), QStringLiteral("service"));
            QCOMPARE(cost.value(QStringLiteral("total")).toDouble(), expected.at(i));
            QCOMPARE(
                results.at(i)[QStringLiteral("figures")][QStringLiteral("cost_usd")].toDouble(),
                expected.at(i));
        }
        int listRequests = 0;
        for (const FakeRequest &request : m_server->requests())
            listRequests += request.path == "/v1/models";
        QCOMPARE(listRequests, 1);
    }

    void everyModelOfOneServiceGetsItsKey()
    {
        m_cli->setEnv(QStringLiteral("COMPARE_TEST_KEY"), QStringLiteral("sk-compare-test"));
        for (const char *model : {"k1", "k2", "k3"})
            m_server->enqueueForModel(QString::fromLatin1(model),
                                      answerOf(QString::fromLatin1(model)));
        const CliRun run =
            compare({QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")},
                    {QStringLiteral("--key-env"), QStringLiteral("COMPARE_TEST_KEY"),
                     QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<FakeRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const FakeRequest &request : requests)
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer sk-compare-test"));
        QVERIFY(!run.outText().contains(QStringLiteral("sk-compare-test")));
        QVERIFY(!run.errText().contains(QStringLiteral("sk-compare-test")));
    }

    void eightModelsAreAllInFlightAtOnce()
    {
        // Every answer sends its first chunk and then stalls: if requests queued behind Qt's six
        // connections per host and manager, the last two would never arrive while these hang.
        QStringList models;
        for (int i = 1; i <= 8; ++i) {
            models.append(QStringLiteral("model-%1").arg(i));
            FakeResponse stalled = answerOf(models.last());
            stalled.stallAfterChunk = 0;
            m_server->enqueueForModel(models.last(), stalled);
        }
        int openWhenAllArrived = 0;
        QSet<int> connections;
        connect(m_server.get(), &FakeServer::requestReceived, this, [&](int index) {
            connections.insert(m_server->requests().at(index).connectionId);
            if (m_server->requestCount() == 8) {
                openWhenAllArrived = m_server->openConnections();
                // Releases the stalled answers: each ends cut off.
                QTimer::singleShot(50, m_server.get(), [this] { m_server->closeAllConnections(); });
            }
        });
        const CliRun run = compare(models, {QStringLiteral("--idle-timeout"), QStringLiteral("10"),
                                            QStringLiteral("--json"), QStringLiteral("hi")});
        QCOMPARE(m_server->requestCount(), 8);
        QCOMPARE(openWhenAllArrived, 8);
        QCOMPARE(connections.size(), 8);
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 8);
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i)[QStringLiteral("model")].toString(), models.at(i));
            QCOMPARE(contentOf(results.at(i).toObject()), models.at(i) + QStringLiteral(" says:"));
        }
    }

    void sigintStopsEveryAnswerAndKeepsThePartialOnes()
    {
        m_server->enqueueForModel(QStringLiteral("quick"), answerOf(QStringLiteral("quick")));
        FakeResponse stalled = answerOf(QStringLiteral("slow"));
        stalled.stallAfterChunk = 1;
        m_server->enqueueForModel(QStringLiteral("slow"), stalled);
        bool sent = false;
        const CliRun run =
            compare({QStringLiteral("quick"), QStringLiteral("slow")}, {QStringLiteral("hi")},
                    [&sent](QProcess &process, const QByteArray &out) {
                        // The quick answer is printed when it completes; the slow one still hangs.
                        if (!sent && out.contains("quick says: one two")) {
                            sent = true;
                            ::kill(pid_t(process.processId()), SIGINT);
                        }
                    });
        QVERIFY(sent);
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.outText().contains(QStringLiteral("=== 2. slow ===\nslow says: one\n")),
                 qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QStringLiteral("| 2. slow")));
    }

    void saveStoresAComparisonThatConversationsListAndShow()
    {
        const QStringList models{QStringLiteral("left-model"), QStringLiteral("right-model")};
        for (const QString &model : models)
            m_server->enqueueForModel(model, answerOf(model));
        const CliRun run = compare(
            models, {QStringLiteral("--save"), QStringLiteral("--json"), QStringLiteral("--param"),
                     QStringLiteral("temperature=0.3"), QStringLiteral("--pane-param"),
                     QStringLiteral("2:temperature=0.9"), QStringLiteral("Name a colour")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject object = jsonOf(run);
        const qint64 id = object.value(QStringLiteral("comparison_id")).toInteger();
        QVERIFY(id > 0);
        const QJsonArray results = object.value(QStringLiteral("results")).toArray();
        QVERIFY(results.at(0)[QStringLiteral("conversation_id")].toInteger() > 0);

        const CliRun list =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(entries.size(), 1); // the panes are not listed on their own
        const QJsonObject entry = entries.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("comparison"));
        QCOMPARE(entry.value(QStringLiteral("panes")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("title")).toString(), QStringLiteral("Name a colour"));

        const CliRun text = m_cli->run({QStringLiteral("--data-dir"), dataDir(),
                                        QStringLiteral("conversations"), QStringLiteral("list")});
        QVERIFY(text.outText().contains(QStringLiteral("[comparison of 2] Name a colour")));

        const CliRun show =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown.value(QStringLiteral("kind")).toString(), QStringLiteral("comparison"));
        QCOMPARE(
            shown.value(QStringLiteral("parameters"))[QStringLiteral("temperature")].toDouble(),
            0.3);
        const QJsonArray panes = shown.value(QStringLiteral("panes")).toArray();
        QCOMPARE(panes.size(), 2);
        for (qsizetype i = 0; i < panes.size(); ++i) {
            const QJsonObject pane = panes.at(i).toObject();
            QCOMPARE(pane.value(QStringLiteral("position")).toInt(), int(i));
            QCOMPARE(pane.value(QStringLiteral("model")).toString(), models.at(i));
            const QJsonArray messages = pane.value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(
                messages.at(0)[QStringLiteral("content")][0][QStringLiteral("text")].toString(),
                QStringLiteral("Name a colour"));
            QCOMPARE(
                messages.at(1)[QStringLiteral("content")][0][QStringLiteral("text")].toString(),
                answerText(models.at(i)));
            QCOMPARE(messages.at(1)[QStringLiteral("status")].toString(),
                     QStringLiteral("complete"));
        }
        QCOMPARE(panes
                     .at(1)[QStringLiteral("overrides")][QStringLiteral("parameters")]
                           [QStringLiteral("temperature")]
                     .toDouble(),
                 0.9);
        QCOMPARE(
            panes.at(1)[QStringLiteral("parameters")][QStringLiteral("temperature")].toDouble(),
            0.9);

        const CliRun usage =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("usage"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(usage.exitCode == 0, qPrintable(usage.describe()));
        const QJsonObject usageObject = QJsonDocument::fromJson(usage.out).object();
        QCOMPARE(usageObject.value(QStringLiteral("panes")).toArray().size(), 2);
        QCOMPARE(usageObject.value(QStringLiteral("total"))[QStringLiteral("requests")].toInt(), 2);
        QCOMPARE(
            usageObject.value(QStringLiteral("total"))[QStringLiteral("completion_tokens")].toInt(),
            6);
        const CliRun showText =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("show"), QString::number(id)});
        QVERIFY(showText.outText().contains(QStringLiteral("comparison of 2")));
        QVERIFY(showText.outText().contains(
            QStringLiteral("overrides: {\"parameters\":{\"temperature\":0.9}}")));
        QVERIFY(showText.outText().indexOf(QStringLiteral("): left-model")) <
                showText.outText().indexOf(QStringLiteral("): right-model")));
        const CliRun markdown =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                        QStringLiteral("markdown")});
        QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.describe()));
        QVERIFY(markdown.outText().contains(QStringLiteral("## User (turn 1)\n\nName a colour")));
        QVERIFY(markdown.outText().contains(QStringLiteral("### right-model")));
        const CliRun usageText =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("usage"), QString::number(id)});
        QVERIFY(usageText.outText().contains(QStringLiteral("## pane 2: right-model")));
        QVERIFY(usageText.outText().contains(QStringLiteral("## total\nrequests: 2")));

        const CliRun search =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("search"), QStringLiteral("right-model says"),
                        QStringLiteral("--json")});
        QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[QStringLiteral("conversation_id")].toInteger(), id);
        QCOMPARE(hits.at(0)[QStringLiteral("pane_conversation_id")].toInteger(),
                 results.at(1)[QStringLiteral("conversation_id")].toInteger());

        // Deleting the comparison deletes its panes.
        const CliRun deleted =
            m_cli->run({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
                        QStringLiteral("delete"), QString::number(id)});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        const CliRun pane = m_cli->run(
            {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("conversations"),
             QStringLiteral("show"),
             QString::number(results.at(0)[QStringLiteral("conversation_id")].toInteger())});
        QCOMPARE(pane.exitCode, 1);
    }

    void schemaIsCheckedPerModelAndPromptComesFromStdin()
    {
        const QString schema = m_home->filePath(QStringLiteral("city.json"));
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"object","properties":{"city":{"type":"string"}},)"
                   R"("required":["city"],"additionalProperties":false})");
        file.close();
        m_server->enqueueForModel(
            QStringLiteral("json"),
            FakeResponse::sse({textChunk(QStringLiteral("json"), QStringLiteral("{\"city\":")),
                               textChunk(QStringLiteral("json"), QStringLiteral("\"Paris\"}"),
                                         QStringLiteral("stop"))}));
        m_server->enqueueForModel(QStringLiteral("prose"), answerOf(QStringLiteral("prose")));
        const CliRun run = compare(
            {QStringLiteral("json"), QStringLiteral("prose")},
            {QStringLiteral("--schema"), schema, QStringLiteral("--json"), QStringLiteral("-")}, {},
            "Where is the Louvre?\n");
        QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
        const QJsonArray results = jsonOf(run).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0)[QStringLiteral("schema_validation")][QStringLiteral("valid")],
                 QJsonValue(true));
        QCOMPARE(results.at(1)[QStringLiteral("schema_validation")][QStringLiteral("valid")],
                 QJsonValue(false));
        QVERIFY(run.errText().contains(QStringLiteral("prose: ")));
        for (const QJsonObject &body : bodiesByModel()) {
            QCOMPARE(
                body.value(QStringLiteral("response_format"))[QStringLiteral("type")].toString(),
                QStringLiteral("json_schema"));
            QCOMPARE(
                body.value(QStringLiteral("messages"))[0][QStringLiteral("content")].toString(),
                QStringLiteral("Where is the Louvre?"));
        }
    }

    void usageErrorsExitWith2BeforeAnyRequest()
    {
        const QList<QStringList> cases{
            {QStringLiteral("--model"), QStringLiteral("only-one"), QStringLiteral("hi")},
            {QStringLiteral("--model"), QStringLiteral("a"), QStringLiteral("--model"),
             QStringLiteral("b"), QStringLiteral("--pane-param"), QStringLiteral("3:temperature=1"),
             QStringLiteral("hi")},
            {QStringLiteral("--model"), QStringLiteral("a"), QStringLiteral("--model"),
             QStringLiteral("b"), QStringLiteral("--pane-param"), QStringLiteral("temperature=1"),
             QStringLiteral("hi")},
            {QStringLiteral("--model"), QStringLiteral("a"), QStringLiteral("--model"),
             QStringLiteral("b")},
            {QStringLiteral("--model"), QStringLiteral("a"), QStringLiteral("--model"),
             QStringLiteral("b"), QStringLiteral("--param"), QStringLiteral("model=x"),
             QStringLiteral("hi")},
        };
        for (const QStringList &arguments : cases) {
            const CliRun run =
                m_cli->run(QStringList{QStringLiteral("compare"), QStringLiteral("--base-url"),
                                       m_server->baseUrl().toString()} +
                           arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + run.describe()));
            QVERIFY(run.errText().startsWith(QStringLiteral("lineup-cli: error: ")));
        }
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
