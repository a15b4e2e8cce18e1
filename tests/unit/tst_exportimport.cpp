// Lineup JSON / OpenAI / Markdown export and import against real SQLite stores.
#include "MiniSchema.h"
#include "StorageFixtures.h"

#include "FakeServer.h"
#include "api/ApiClient.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestExportImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConversationStore> m_source;
    qint64 m_conversation = 0;
    QList<MessageRecord> m_written;

    std::unique_ptr<ConversationStore> openStore(const QString &name)
    {
        QString error;
        auto store = ConversationStore::open(m_dir.filePath(name), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    static QByteArray json(const QJsonValue &value)
    {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                               : QJsonDocument(value.toObject()).toJson();
    }

    // {"format":...,"conversations":[c0, c1, c2]} where c2 has 6 messages and messages[5] has
    // `part` as content[1].
    static QJsonObject documentWithPart(const QJsonObject &part)
    {
        QJsonArray conversations;
        for (int c = 0; c < 3; ++c) {
            QJsonArray messages;
            for (int m = 0; m < (c == 2 ? 6 : 1); ++m) {
                QJsonArray content{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                               {QStringLiteral("text"), QStringLiteral("hi")}}};
                if (c == 2 && m == 5)
                    content.append(part);
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                            {QStringLiteral("content"), content}});
            }
            conversations.append(
                QJsonObject{{QStringLiteral("title"), QStringLiteral("c%1").arg(c)},
                            {QStringLiteral("messages"), messages}});
        }
        return {{QStringLiteral("format"), QStringLiteral("lineup.conversations")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("conversations"), conversations}};
    }

    static QJsonObject imagePart(const QString &url)
    {
        return {{QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = openStore(QStringLiteral("source"));
        QVERIFY(m_source);
        ConversationInfo info = sampleConversation(QStringLiteral("Pixels and tools"));
        info.pinned = true;
        m_conversation = m_source->createConversation(info);
        m_written = {sampleUserTurn(QStringLiteral("What is in this image?"), true),
                     sampleAssistant(QStringLiteral("One pixel; checking the weather.")),
                     sampleToolResult(QStringLiteral("call_1"), QStringLiteral("{\"temp\":21}"))};
        m_written[0].message.parts.append(ContentPart::fromImageUrl(
            QStringLiteral("https://example.com/b.png"), QStringLiteral("auto")));
        MessageRecord failed;
        failed.message.role = Role::Assistant;
        failed.status = MessageStatus::Failed;
        failed.error.kind = ApiError::Kind::Unauthorized;
        failed.error.httpStatus = 401;
        m_written.append(failed);
        for (MessageRecord &record : m_written)
            record.id = m_source->appendMessage(m_conversation, record);
    }

    void lineupRoundTripKeepsEveryField()
    {
        const auto data = ConversationExporter(*m_source).exportConversations(
            {m_conversation}, ExportFormat::Lineup, nullptr);
        QVERIFY(data);
        auto target = openStore(QStringLiteral("roundtrip"));
        QString error;
        const auto ids =
            ConversationImporter(*target).importData(*data, QStringLiteral("x.json"), &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->size(), 1);
        const auto original = m_source->conversation(m_conversation);
        const auto copy = target->conversation(ids->first());
        QCOMPARE(copy->title, original->title);
        QCOMPARE(copy->systemPrompt, original->systemPrompt);
        QCOMPARE(copy->systemRole, original->systemRole);
        QCOMPARE(copy->profileId, original->profileId);
        QCOMPARE(copy->model, original->model);
        QCOMPARE(copy->parameters, original->parameters);
        QCOMPARE(copy->pinned, true);
        QCOMPARE(copy->createdAt, original->createdAt);
        QCOMPARE(copy->updatedAt, original->updatedAt);
        const QList<MessageRecord> before = m_source->messages(m_conversation);
        QList<MessageRecord> after = target->messages(ids->first());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            after[i].id = before[i].id;
            QCOMPARE(after[i].message, before[i].message);
            QCOMPARE(after[i].usage, before[i].usage);
            QCOMPARE(after[i].timings, before[i].timings);
            QCOMPARE(after[i].error.kind, before[i].error.kind);
            QCOMPARE(after[i].error.httpStatus, before[i].error.httpStatus);
            QVERIFY(after[i] == before[i]);
        }
        QCOMPARE(after[0].message.parts[1].imageData, tinyPng());
    }

    void lineupExportMatchesTheSchema()
    {
        const QJsonObject schema = readSchema();
        QVERIFY(!schema.isEmpty());
        const auto data = ConversationExporter(*m_source).exportConversations(
            {m_conversation}, ExportFormat::Lineup, nullptr);
        const QJsonObject document = QJsonDocument::fromJson(*data).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("lineup.conversations"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 2);
        const MiniSchema checker(schema);
        const QString violation = checker.validate(document, schema, QStringLiteral("$"));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        // The checker does catch violations.
        QJsonObject broken = document;
        broken.remove(QStringLiteral("conversations"));
        QCOMPARE(checker.validate(broken, schema, QStringLiteral("$")),
                 QStringLiteral("$: missing conversations"));
        const QJsonObject badPart = documentWithPart(imagePart(QStringLiteral("ftp://x")));
        QVERIFY(!checker.validate(badPart, schema, QStringLiteral("$")).isEmpty());
        // Images are embedded.
        const QString text = QString::fromUtf8(*data);
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,") +
                              QString::fromLatin1(tinyPng().toBase64())));
        QVERIFY(!text.contains(QStringLiteral("sha256")));
    }

    void streamedLineupBytesEqualTheDocument()
    {
        const auto data =
            ConversationExporter(*m_source).load({m_conversation, m_conversation}, nullptr);
        QVERIFY(data);
        QJsonParseError parseError;
        QJsonObject written =
            QJsonDocument::fromJson(ConversationExporter::lineupBytes(*data), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QJsonObject expected = ConversationExporter::lineupDocument(*data);
        written.remove(QStringLiteral("exported_at"));
        expected.remove(QStringLiteral("exported_at"));
        QCOMPARE(written, expected);
        QCOMPARE(written.value(QStringLiteral("conversations")).toArray().size(), 2);
        const QJsonObject none =
            QJsonDocument::fromJson(ConversationExporter::lineupBytes({})).object();
        QCOMPARE(none.value(QStringLiteral("conversations")).toArray().size(), 0);
    }

    void openAiBodyIsARequest()
    {
        const auto data = ConversationExporter(*m_source).exportConversations(
            {m_conversation}, ExportFormat::OpenAi, nullptr);
        const QJsonObject body = QJsonDocument::fromJson(*data).object();
        const QSet<QString> allowed{QStringLiteral("model"), QStringLiteral("messages"),
                                    QStringLiteral("temperature"), QStringLiteral("seed")};
        for (const QString &key : body.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4.1-nano"));
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        // developer instruction, user, assistant, tool; the failed answer is left out.
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages[0].toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("developer"));
        QCOMPARE(messages[0].toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("You are terse."));
        const QJsonArray userContent =
            messages[1].toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(userContent.size(), 3);
        QVERIFY(userContent[1]
                    .toObject()
                    .value(QStringLiteral("image_url"))
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("data:image/png;base64,")));
        const QJsonObject assistant = messages[2].toObject();
        QCOMPARE(assistant.value(QStringLiteral("tool_calls")).toArray().size(), 1);
        QVERIFY(!assistant.contains(QStringLiteral("reasoning_content")));
        QCOMPARE(messages[3].toObject().value(QStringLiteral("tool_call_id")).toString(),
                 QStringLiteral("call_1"));
        for (const QJsonValue &message : messages)
            QVERIFY(ChatMessage::fromRequestJson(message.toObject(), nullptr).has_value());

        // It imports back as a conversation with the instruction and parameters.
        auto target = openStore(QStringLiteral("openai"));
        QString error;
        const auto ids =
            ConversationImporter(*target).importData(*data, QStringLiteral("o.json"), &error);
        QVERIFY2(ids, qPrintable(error));
        const auto info = target->conversation(ids->first());
        QCOMPARE(info->systemPrompt, QStringLiteral("You are terse."));
        QCOMPARE(info->systemRole, Role::Developer);
        QCOMPARE(info->parameters.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(info->title, QStringLiteral("What is in this image?"));
        const QList<MessageRecord> imported = target->messages(ids->first());
        QCOMPARE(imported.size(), 3);
        QCOMPARE(imported[0].message.parts[1].imageData, tinyPng());
        QCOMPARE(imported[1].message.toolCalls, m_written[1].message.toolCalls);

        // Several conversations: an array of bodies, which imports as several conversations.
        const auto two = ConversationExporter(*m_source).exportConversations(
            {m_conversation, m_conversation}, ExportFormat::OpenAi, nullptr);
        QVERIFY(QJsonDocument::fromJson(*two).isArray());
        const auto twoIds =
            ConversationImporter(*target).importData(*two, QStringLiteral("a.json"), &error);
        QVERIFY2(twoIds, qPrintable(error));
        QCOMPARE(twoIds->size(), 2);
    }

    void markdownIsReadable()
    {
        const auto data = ConversationExporter(*m_source).exportConversations(
            {m_conversation}, ExportFormat::Markdown, nullptr);
        const QString text = QString::fromUtf8(*data);
        QVERIFY(text.startsWith(QStringLiteral("# Pixels and tools\n")));
        QVERIFY(text.contains(QStringLiteral("## Developer\n\nYou are terse.")));
        QVERIFY(text.contains(QStringLiteral("## User\n\nWhat is in this image?")));
        QVERIFY(text.contains(QStringLiteral("![image](data:image/png;base64,")));
        QVERIFY(text.contains(QStringLiteral("<details><summary>Reasoning</summary>")));
        QVERIFY(text.contains(QStringLiteral("Tool call `get_weather` (call_1):")));
        QVERIFY(text.contains(QStringLiteral("8 cached")));
        QVERIFY(text.contains(QStringLiteral("Result of tool call `call_1`")));
    }

    void unknownIdIsAnError()
    {
        QString error;
        QVERIFY(!ConversationExporter(*m_source).exportConversations({987654}, ExportFormat::Lineup,
                                                                     &error));
        QCOMPARE(error, QStringLiteral("there is no conversation 987654"));
    }

    void invalidInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad base64")
            << json(documentWithPart(imagePart(QStringLiteral("data:image/png;base64,@@@"))))
            << QStringLiteral("in.json: $.conversations[2].messages[5].content[1].image_url.url: "
                              "the data: URL holds invalid or empty base64");
        QTest::newRow("not base64 data url")
            << json(documentWithPart(imagePart(QStringLiteral("data:image/png,abc"))))
            << QStringLiteral("in.json: $.conversations[2].messages[5].content[1].image_url.url: "
                              "not a base64 data: URL (expected data:<type>;base64,...)");
        QTest::newRow("ftp url")
            << json(documentWithPart(imagePart(QStringLiteral("ftp://example.com/a.png"))))
            << QStringLiteral("in.json: $.conversations[2].messages[5].content[1].image_url.url: "
                              "must be an http(s) URL or a base64 data: URL");
        QTest::newRow("image_url not object")
            << json(documentWithPart(
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")}}))
            << QStringLiteral("in.json: $.conversations[2].messages[5].content[1].image_url: must "
                              "be an object with a \"url\"");
        QTest::newRow("unknown part")
            << json(
                   documentWithPart(QJsonObject{{QStringLiteral("type"), QStringLiteral("audio")}}))
            << QStringLiteral("in.json: $.conversations[2].messages[5].content[1].type: must be "
                              "\"text\" or \"image_url\"");
        QTest::newRow("text not string")
            << json(documentWithPart(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"), 3}}))
            << QStringLiteral(
                   "in.json: $.conversations[2].messages[5].content[1].text: must be a string");
        QTest::newRow("not json")
            << QByteArray("{\n  \"format\": ,\n}")
            << QStringLiteral("in.json: not valid JSON at line 2, column 13: illegal value");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"chatgpt","version":1,"conversations":[]})")
            << QStringLiteral("in.json: $.format: must be \"lineup.conversations\"");
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"lineup.conversations","version":3,"conversations":[]})")
            << QStringLiteral("in.json: $.version: version 3 is newer than this Lineup reads (2); "
                              "update Lineup");
        QTest::newRow("version string")
            << QByteArray(R"({"format":"lineup.conversations","version":"1","conversations":[]})")
            << QStringLiteral("in.json: $.version: must be a positive integer");
        QTest::newRow("no conversations")
            << QByteArray(R"({"format":"lineup.conversations","version":1})")
            << QStringLiteral("in.json: $.conversations: is required");
        QTest::newRow("no title")
            << QByteArray(
                   R"({"format":"lineup.conversations","version":1,"conversations":[{"messages":[]}]})")
            << QStringLiteral("in.json: $.conversations[0].title: is required");
        QTest::newRow("bad role")
            << QByteArray(
                   R"({"format":"lineup.conversations","version":1,"conversations":[{"title":"t","messages":[{"role":"bot","content":[]}]}]})")
            << QStringLiteral("in.json: $.conversations[0].messages[0].role: must be one of "
                              "\"system\", \"developer\", \"user\", \"assistant\", \"tool\"");
        QTest::newRow("bad status")
            << QByteArray(
                   R"({"format":"lineup.conversations","version":1,"conversations":[{"title":"t","messages":[{"role":"user","content":[],"status":"done"}]}]})")
            << QStringLiteral(
                   "in.json: $.conversations[0].messages[0].status: must be one of \"complete\", "
                   "\"streaming\", \"stopped\", \"failed\", \"interrupted\"");
        QTest::newRow("bad time")
            << QByteArray(
                   R"({"format":"lineup.conversations","version":1,"conversations":[{"title":"t","created_at":"yesterday","messages":[]}]})")
            << QStringLiteral("in.json: $.conversations[0].created_at: \"yesterday\" is not an ISO "
                              "8601 date-time (e.g. 2026-01-31T12:00:00.000Z)");
        QTest::newRow("tool call without function")
            << QByteArray(
                   R"({"format":"lineup.conversations","version":1,"conversations":[{"title":"t","messages":[{"role":"assistant","content":[],"tool_calls":[{"id":"a"}]}]}]})")
            << QStringLiteral("in.json: $.conversations[0].messages[0].tool_calls[0].function: "
                              "must be an object with \"name\"");
        QTest::newRow("openai no messages")
            << QByteArray(R"({"model":"gpt-5","format2":1})")
            << QStringLiteral("in.json: $: neither a Lineup export (no \"format\") nor an OpenAI "
                              "request body (no \"messages\")");
        QTest::newRow("openai messages not array")
            << QByteArray(R"({"model":"gpt-5","messages":{}})")
            << QStringLiteral("in.json: $.messages: must be an array");
        QTest::newRow("openai array element")
            << QByteArray(
                   R"([{"model":"m","messages":[]},{"messages":[{"role":"user","content":5}]}])")
            << QStringLiteral("in.json: $[1].messages[0].content: must be a string, an array of "
                              "parts or null");
        QTest::newRow("openai model number")
            << QByteArray(R"({"model":5,"messages":[]})")
            << QStringLiteral("in.json: $.model: must be a string");
    }

    void invalidInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        auto store = openStore(QStringLiteral("invalid"));
        QVERIFY(store->createConversation(sampleConversation(QStringLiteral("existing"))) > 0 ||
                true);
        const int before = int(store->conversations().size());
        QSqlQuery count(store->database());
        QString error;
        QVERIFY(!ConversationImporter(*store).importData(input, QStringLiteral("in.json"), &error));
        QCOMPARE(error, message);
        QCOMPARE(int(store->conversations().size()), before);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM messages")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void missingFileIsReported()
    {
        auto store = openStore(QStringLiteral("missing"));
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("nope.json"));
        QVERIFY(!ConversationImporter(*store).importFile(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot read the file")),
                 qPrintable(error));
    }

    void importingTwiceMakesDistinctCopies()
    {
        const auto data = ConversationExporter(*m_source).exportConversations(
            {m_conversation}, ExportFormat::Lineup, nullptr);
        const QString path = m_dir.filePath(QStringLiteral("twice.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*data);
        file.close();
        auto store = openStore(QStringLiteral("twice"));
        ConversationImporter importer(*store);
        QString error;
        const auto first = importer.importFile(path, &error);
        const auto second = importer.importFile(path, &error);
        const auto third = importer.importFile(path, &error);
        QVERIFY2(first && second && third, qPrintable(error));
        QVERIFY(first->first() != second->first() && second->first() != third->first());
        QCOMPARE(store->conversation(first->first())->title, QStringLiteral("Pixels and tools"));
        QCOMPARE(store->conversation(second->first())->title,
                 QStringLiteral("Pixels and tools (imported 2)"));
        QCOMPARE(store->conversation(third->first())->title,
                 QStringLiteral("Pixels and tools (imported 3)"));
        QCOMPARE(store->conversations().size(), 3);
        for (qint64 id : {first->first(), second->first(), third->first()})
            QCOMPARE(store->messages(id).size(), m_written.size());
        // The shared image is stored once.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM attachments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(ConversationImporter::uniqueTitle(
                     QStringLiteral("a (imported 2)"),
                     {QStringLiteral("a"), QStringLiteral("a (imported 2)")}),
                 QStringLiteral("a (imported 3)"));
    }

    void halfValidFileImportsNothing()
    {
        const QByteArray input = R"({"format":"lineup.conversations","version":1,"conversations":[
            {"title":"fine","messages":[{"role":"user","content":[{"type":"text","text":"ok"}]}]},
            {"title":"broken","messages":[{"role":"user"}]}]})";
        auto store = openStore(QStringLiteral("half"));
        QString error;
        QVERIFY(!ConversationImporter(*store).importData(input, QStringLiteral("h.json"), &error));
        QCOMPARE(error,
                 QStringLiteral("h.json: $.conversations[1].messages[0].content: is required"));
        QVERIFY(store->conversations().isEmpty());
    }

    // The key is really in play (the service receives it), then every export format is written:
    // none of the files, nor the database, may hold it.
    void exportsOfARecordedExchangeHoldNoKey()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse({QByteArrayLiteral(
            "{\"id\":\"c\",\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":"
            "{\"content\":\"hello\"},\"finish_reason\":\"stop\"}]}")}));
        auto store = openStore(QStringLiteral("keyed"));
        ApiClient client;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.apiKey = QString::fromLatin1(LeakCanaryKey);
        const QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("fake-model")},
            {QStringLiteral("stream"), true},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
        ChatRecorder recorder(*store);
        QString error;
        const qint64 id =
            recorder.begin(0, ChatRecorder::settingsFromRequest(body, QStringLiteral("fake")),
                           ChatRecorder::userTurnFromRequest(body), &error);
        QVERIFY2(id > 0, qPrintable(error));
        ChatStream *stream = client.startChat(endpoint, body, this);
        recorder.follow(stream);
        QSignalSpy finished(stream, &ChatStream::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.lastRequest().header("Authorization"),
                 QByteArray("Bearer ") + LeakCanaryKey);

        for (const ExportFormat format :
             {ExportFormat::Lineup, ExportFormat::OpenAi, ExportFormat::Markdown}) {
            const auto data =
                ConversationExporter(*store).exportConversations({id}, format, &error);
            QVERIFY2(data, qPrintable(error));
            QVERIFY(data->contains("hello")); // the exchange is there ...
            QFile file(m_dir.filePath(QStringLiteral("keyed-%1.out").arg(int(format))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*data);
        }
        store.reset();
        // ... and the key is in none of the files (the scan itself finds a planted copy).
        QVERIFY(filesContaining(m_dir.path(), QByteArray(LeakCanaryKey)).isEmpty());
        QFile planted(m_dir.filePath(QStringLiteral("planted")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QByteArray("x") + LeakCanaryKey);
        planted.close();
        QCOMPARE(filesContaining(m_dir.path(), QByteArray(LeakCanaryKey)).size(), 1);
        planted.remove();
    }
};

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
