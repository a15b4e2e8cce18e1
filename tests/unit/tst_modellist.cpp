// GET {base}/models: the shapes services answer with, the extra fields (context length,
// pricing), errors; and the Endpoint helpers the request is built from.

#include "FakeServer.h"
#include "api/ApiClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Lineup;

namespace {

bool waitFinished(ModelListRequest *request, int timeoutMs = 5000)
{
    if (request->isFinished())
        return true;
    QSignalSpy spy(request, &ModelListRequest::finished);
    return spy.wait(timeoutMs) || request->isFinished();
}

const ModelInfo *findModel(const QList<ModelInfo> &models, const QString &id)
{
    for (const ModelInfo &model : models) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

} // namespace

class TestModelList : public QObject
{
    Q_OBJECT

private:
    ModelListRequest *list(ApiClient &client, const QUrl &base, const QString &key = {})
    {
        Endpoint endpoint;
        endpoint.baseUrl = base;
        endpoint.apiKey = key;
        return client.listModels(endpoint, this);
    }

private Q_SLOTS:
    void parsesOpenAiShapeOverHttp()
    {
        FakeServer server;
        server.setRoute("GET", "/v1/models",
                        FakeResponse::json(QByteArray(R"({"object":"list","data":[
            {"id":"gpt-4.1","object":"model","created":1744316542,"owned_by":"system"},
            {"id":"gpt-5","object":"model","created":1754425777,"owned_by":"openai"}]})")));
        ApiClient client;
        ModelListRequest *request = list(client, server.baseUrl(), QStringLiteral("sk-models"));
        QVERIFY(waitFinished(request));
        QVERIFY(!request->error().isError());
        QCOMPARE(request->models().size(), 2);
        QCOMPARE(request->models().at(0).id, QStringLiteral("gpt-4.1"));
        QCOMPARE(request->models().at(0).ownedBy, QStringLiteral("system"));
        QCOMPARE(request->models().at(0).created, 1744316542);
        QVERIFY(!request->models().at(0).contextLength.has_value());
        QVERIFY(!request->models().at(1).promptPricePerMillion.has_value());
        QCOMPARE(request->models().at(1).raw.value(QStringLiteral("object")).toString(),
                 QStringLiteral("model"));
        QVERIFY(request->elapsedMs() >= 0);

        const FakeRequest sent = server.lastRequest();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.path, QByteArray("/v1/models"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer sk-models"));

        ModelListRequest *keyless = list(client, server.baseUrl());
        QVERIFY(waitFinished(keyless));
        QVERIFY(!server.lastRequest().hasHeader("Authorization"));
    }

    void readsOpenRouterExtras()
    {
        QString error;
        const QList<ModelInfo> models = ModelInfo::listFromJson(R"({"data":[
            {"id":"anthropic/claude-sonnet-4","context_length":200000,
             "pricing":{"prompt":"0.000003","completion":"0.000015","request":"0"},
             "top_provider":{"context_length":200000,"max_completion_tokens":64000}},
            {"id":"openrouter/auto","pricing":{"prompt":"-1","completion":"-1"},
             "top_provider":{"context_length":2000000}}]})",
                                                                &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).contextLength.value_or(0), 200000);
        QCOMPARE(models.at(0).promptPricePerMillion.value_or(-1), 3.0);
        QCOMPARE(models.at(0).completionPricePerMillion.value_or(-1), 15.0);
        // Variable pricing (-1) is unknown, not negative; context from top_provider.
        QVERIFY(!models.at(1).promptPricePerMillion.has_value());
        QCOMPARE(models.at(1).contextLength.value_or(0), 2000000);
    }

    void readsContextLengthVariants_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("context_length")
            << QByteArray(R"({"id":"a","context_length":8192})") << qint64(8192);
        QTest::newRow("context_window")
            << QByteArray(R"({"id":"a","context_window":131072})") << qint64(131072);
        QTest::newRow("max_context_length string")
            << QByteArray(R"({"id":"a","max_context_length":"32768"})") << qint64(32768);
        QTest::newRow("top_provider")
            << QByteArray(R"({"id":"a","top_provider":{"context_length":4096}})") << qint64(4096);
        QTest::newRow("litellm model_info")
            << QByteArray(R"({"id":"a","model_info":{"max_input_tokens":1000000}})")
            << qint64(1000000);
        QTest::newRow("zero is unknown")
            << QByteArray(R"({"id":"a","context_length":0})") << qint64(-1);
    }
    void readsContextLengthVariants()
    {
        QFETCH(QByteArray, entry);
        QFETCH(qint64, expected);
        QString error;
        const QList<ModelInfo> models = ModelInfo::listFromJson("[" + entry + "]", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().contextLength.value_or(-1), expected);
    }

    void readsLiteLlmCosts()
    {
        QString error;
        const QList<ModelInfo> models = ModelInfo::listFromJson(R"({"data":[
            {"id":"cometapi/gpt-5","input_cost_per_token":1.25e-06,"output_cost_per_token":1e-05},
            {"id":"nested","model_info":{"input_cost_per_token":2.5e-07,"output_cost_per_token":2e-06}}]})",
                                                                &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).promptPricePerMillion.value_or(-1), 1.25);
        QCOMPARE(models.at(0).completionPricePerMillion.value_or(-1), 10.0);
        QCOMPARE(models.at(1).promptPricePerMillion.value_or(-1), 0.25);
        QCOMPARE(models.at(1).completionPricePerMillion.value_or(-1), 2.0);
    }

    void acceptsBareArrayAndOllamaShape()
    {
        QString error;
        const QList<ModelInfo> bare =
            ModelInfo::listFromJson(R"([{"id":"llama3"},"qwen2.5",{"object":"no id"}])", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(bare.size(), 2);
        QCOMPARE(bare.at(1).id, QStringLiteral("qwen2.5"));

        const QList<ModelInfo> ollama = ModelInfo::listFromJson(
            R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189}]})",
            &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(ollama.size(), 1);
        QCOMPARE(ollama.first().id, QStringLiteral("llama3.2:latest"));
        QVERIFY(findModel(ollama, QStringLiteral("llama3.2:latest")));
    }

    void rejectsWhatIsNotAList()
    {
        QString error;
        QVERIFY(ModelInfo::listFromJson("<html>login</html>", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("JSON")));
        QVERIFY(ModelInfo::listFromJson(R"({"object":"list"})", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("data")));
    }

    void reportsHttpError()
    {
        FakeServer server;
        server.setRoute("GET", "/v1/models",
                        FakeResponse::error(401, QStringLiteral("Invalid API key"),
                                            QStringLiteral("invalid_request_error"),
                                            QStringLiteral("invalid_api_key")));
        ApiClient client;
        ModelListRequest *request = list(client, server.baseUrl(), QStringLiteral("wrong"));
        QVERIFY(waitFinished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(request->error().httpStatus, 401);
        QCOMPARE(request->error().code, QStringLiteral("invalid_api_key"));
        QVERIFY(request->models().isEmpty());
    }

    void reportsHtmlWith200AsProtocolError()
    {
        FakeServer server;
        server.setRoute(
            "GET", "/v1/models",
            FakeResponse::text(200, "<html><title>Captive portal</title></html>", "text/html"));
        ApiClient client;
        ModelListRequest *request = list(client, server.baseUrl());
        QVERIFY(waitFinished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::ProtocolError);
        QVERIFY(!request->error().humanMessage().isEmpty());
    }

    void reportsConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl base(QStringLiteral("http://127.0.0.1/v1"));
        base.setPort(probe.serverPort());
        probe.close();
        ApiClient client;
        ModelListRequest *request = list(client, base);
        QVERIFY(waitFinished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::ConnectionRefused);
    }

    void timesOut()
    {
        FakeServer server;
        server.setRoute("GET", "/v1/models", FakeResponse::silent());
        ApiClient client;
        ClientOptions options;
        options.connectTimeoutMs = 150;
        client.setOptions(options);
        ModelListRequest *request = list(client, server.baseUrl());
        QVERIFY(waitFinished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Timeout);
    }

    void deletingOwnerAbortsRequest()
    {
        FakeServer server;
        server.setRoute("GET", "/v1/models", FakeResponse::silent());
        ApiClient client;
        auto *owner = new QObject;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        QPointer<ModelListRequest> request = client.listModels(endpoint, owner);
        QVERIFY(server.waitForRequests(1));
        delete owner;
        QVERIFY(request.isNull());
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void endpointJoinsPaths()
    {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1/"));
        QCOMPARE(endpoint.urlFor(QStringLiteral("/models")),
                 QUrl(QStringLiteral("https://api.example.com/v1/models")));
        endpoint.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
        QCOMPARE(endpoint.urlFor(QStringLiteral("chat/completions")),
                 QUrl(QStringLiteral("https://openrouter.ai/api/v1/chat/completions")));
    }

    void endpointWarnsAboutPlainHttp_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("warns");
        QTest::newRow("https") << QStringLiteral("https://api.cometapi.com/v1") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:11434/v1") << false;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:1234/v1") << false;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/v1") << false;
        QTest::newRow("lan host") << QStringLiteral("http://192.168.1.20:4000/v1") << true;
        QTest::newRow("remote") << QStringLiteral("http://api.example.com/v1") << true;
    }
    void endpointWarnsAboutPlainHttp()
    {
        QFETCH(QString, base);
        QFETCH(bool, warns);
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(base);
        QCOMPARE(!endpoint.insecureTransportWarning().isEmpty(), warns);
    }
};

QTEST_GUILESS_MAIN(TestModelList)
#include "tst_modellist.moc"
