// ConversationStore and ChatRecorder against real SQLite files in a temporary directory.
#include "FakeServer.h"
#include "ManualClock.h"
#include "StorageFixtures.h"

#include "api/ApiClient.h"
#include "chat/StreamStatus.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConversationStore> openStore(const QString &dir)
    {
        QString error;
        auto store = ConversationStore::open(dir, &error);
        if (!store)
            qWarning("open failed: %s", qPrintable(error));
        return store;
    }
    QString pragma(ConversationStore &store, const char *name)
    {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
            return {};
        return query.value(0).toString();
    }
    qint64 count(ConversationStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void openCreatesDatabaseWithPragmas()
    {
        const QString dir = m_home.filePath(QStringLiteral("nested/data"));
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(QFile::exists(dir + QStringLiteral("/lineup.sqlite")));
        QCOMPARE(pragma(*store, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*store, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*store, "synchronous"), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(*store, "user_version").toInt(), ConversationStore::SchemaVersion);
        QVERIFY(pragma(*store, "busy_timeout").toInt() >= 1000);
        // WAL checkpoints run on the store's background thread, not inside a UI-thread commit.
        QCOMPARE(pragma(*store, "wal_autocheckpoint"), QStringLiteral("0"));
        const auto permissions = QFile::permissions(store->databasePath());
        QVERIFY(!(permissions & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    void openFailsOnUnusableDirectory()
    {
        QFile blocker(m_home.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!ConversationStore::open(blocker.fileName() + QStringLiteral("/sub"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot create the data directory")),
                 qPrintable(error));
    }

    void newerSchemaIsRefused()
    {
        const QString dir = m_home.filePath(QStringLiteral("newer"));
        {
            auto store = openStore(dir);
            QSqlQuery query(store->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QString error;
        QVERIFY(!ConversationStore::open(dir, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Lineup")), qPrintable(error));
    }

    void defaultDataDirHonoursEnvironment()
    {
        qputenv("LINEUP_DATA_DIR", "/tmp/lineup-env-dir");
        QCOMPARE(ConversationStore::defaultDataDir(), QStringLiteral("/tmp/lineup-env-dir"));
        qunsetenv("LINEUP_DATA_DIR");
        QVERIFY(!ConversationStore::defaultDataDir().isEmpty());
    }

    void everyFieldRoundTrips()
    {
        const QString dir = m_home.filePath(QStringLiteral("roundtrip"));
        qint64 conversationId = 0;
        QList<MessageRecord> written{
            sampleUserTurn(QStringLiteral("What is this picture?"), true),
            sampleAssistant(QStringLiteral("A single pixel.")),
            sampleToolResult(QStringLiteral("call_1"), QStringLiteral("{\"temp\":21}"))};
        written[0].message.parts.append(ContentPart::fromImageUrl(
            QStringLiteral("https://example.com/a.png"), QStringLiteral("low")));
        {
            auto store = openStore(dir);
            conversationId =
                store->createConversation(sampleConversation(QStringLiteral("Pixels")));
            QVERIFY(conversationId > 0);
            for (MessageRecord &record : written) {
                record.id = store->appendMessage(conversationId, record);
                QVERIFY2(record.id > 0, qPrintable(store->lastError()));
            }
        }
        // A fresh process sees the same: reopen.
        auto store = openStore(dir);
        const QList<MessageRecord> read = store->messages(conversationId);
        QCOMPARE(read.size(), written.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].message, written[i].message);
            QCOMPARE(read[i].usage, written[i].usage);
            QCOMPARE(read[i].timings, written[i].timings);
            QCOMPARE(read[i].createdAt, written[i].createdAt);
            QCOMPARE(read[i].error.kind, written[i].error.kind);
            QCOMPARE(read[i].error.detail, written[i].error.detail);
            QVERIFY(read[i] == written[i]);
        }
        QCOMPARE(read[1].usage.cachedTokens, std::optional<qint64>(8));
        QCOMPARE(read[1].usage.reasoningTokens, std::optional<qint64>(5));
        QCOMPARE(read[0].message.parts[1].imageData, tinyPng());
        QCOMPARE(store->message(read[1].id)->message, written[1].message);
        QCOMPARE(store->conversationOf(read[2].id), conversationId);

        const auto info = store->conversation(conversationId);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Pixels"));
        QCOMPARE(info->systemPrompt, QStringLiteral("You are terse."));
        QCOMPARE(info->systemRole, Role::Developer);
        QCOMPARE(info->profileId, QStringLiteral("cometapi"));
        QCOMPARE(info->parameters.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(info->messageCount, 3);
        // Usage counts are columns too (for statistics without parsing JSON).
        QCOMPARE(count(*store, QStringLiteral("SELECT sum(cached_tokens) FROM messages")), 8);
    }

    void attachmentsAreSharedAndCollected()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("attachments")));
        const qint64 id = store->createConversation(sampleConversation());
        const qint64 first = store->appendMessage(id, sampleUserTurn(QStringLiteral("one"), true));
        const qint64 second = store->appendMessage(id, sampleUserTurn(QStringLiteral("two"), true));
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 1);
        QVERIFY(store->deleteMessage(second));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 1);
        QVERIFY(store->deleteMessage(first));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 0);
        QVERIFY(!store->deleteMessage(first));
    }

    void titleComesFromFirstPrompt()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("titles")));
        const qint64 id = store->createConversation(ConversationInfo());
        const QString prompt = QStringLiteral(
            "\n\n   Please   explain how the borrow checker in Rust decides when two mutable "
            "references overlap\nsecond line");
        QVERIFY(store->appendMessage(id, sampleUserTurn(prompt)) > 0);
        const QString title = store->conversation(id)->title;
        QVERIFY(title.startsWith(QStringLiteral("Please explain how the borrow checker")));
        QVERIFY(title.size() <= ConversationStore::TitleMaxLength + 1);
        QVERIFY(title.endsWith(QChar(0x2026)));
        QVERIFY(!title.contains(QStringLiteral("second line")));
        // The second prompt does not rename it.
        QVERIFY(store->appendMessage(id, sampleUserTurn(QStringLiteral("other"))) > 0);
        QCOMPARE(store->conversation(id)->title, title);
        QCOMPARE(ConversationStore::titleFromPrompt(QStringLiteral("short")),
                 QStringLiteral("short"));
    }

    void listIsPinnedFirstThenMostRecent()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("order")));
        ConversationInfo info;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            info.title = QStringLiteral("c%1").arg(i);
            info.createdAt = QDateTime::fromMSecsSinceEpoch(1'000'000 + i * 1000, Qt::UTC);
            info.updatedAt = info.createdAt;
            ids.append(store->createConversation(info));
        }
        auto titles = [&] {
            QStringList result;
            for (const ConversationInfo &c : store->conversations())
                result.append(c.title);
            return result;
        };
        QCOMPARE(titles(),
                 (QStringList{QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("c0")}));
        QVERIFY(store->setPinned(ids[0], true));
        QCOMPARE(titles().first(), QStringLiteral("c0"));
        // Pinning is not an update: c0 keeps its old time.
        QCOMPARE(store->conversation(ids[0])->updatedAt.toMSecsSinceEpoch(), 1'000'000);
        QVERIFY(store->appendMessage(ids[1], sampleUserTurn(QStringLiteral("hi"))) > 0);
        QCOMPARE(titles(),
                 (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2")}));
        QVERIFY(store->renameConversation(ids[2], QStringLiteral("renamed")));
        QCOMPARE(titles(), (QStringList{QStringLiteral("c0"), QStringLiteral("renamed"),
                                        QStringLiteral("c1")}));

        ConversationInfo changed = *store->conversation(ids[1]);
        changed.systemPrompt = QStringLiteral("new prompt");
        changed.model = QStringLiteral("gpt-5");
        changed.parameters = QJsonObject{{QStringLiteral("top_p"), 0.5}};
        QVERIFY(store->updateConversation(changed));
        const auto reread = store->conversation(ids[1]);
        QCOMPARE(reread->systemPrompt, QStringLiteral("new prompt"));
        QCOMPARE(reread->model, QStringLiteral("gpt-5"));
        QCOMPARE(reread->parameters, changed.parameters);
    }

    void deleteWithUndoAndPurge()
    {
        const QString dir = m_home.filePath(QStringLiteral("undo"));
        auto store = openStore(dir);
        const qint64 id = store->createConversation(sampleConversation(QStringLiteral("gone")));
        QVERIFY(store->appendMessage(id, sampleUserTurn(QStringLiteral("zebra crossing"), true)) >
                0);
        QSignalSpy changed(store.get(), &ConversationStore::conversationsChanged);
        QVERIFY(store->deleteConversation(id));
        QCOMPARE(changed.size(), 1);
        QVERIFY(store->conversations().isEmpty());
        QVERIFY(!store->conversation(id));
        QVERIFY(store->search(QStringLiteral("zebra")).isEmpty());
        QVERIFY(store->restoreConversation(id));
        QCOMPARE(store->conversations().size(), 1);
        QCOMPARE(store->search(QStringLiteral("zebra")).size(), 1);

        QVERIFY(store->deleteConversation(id));
        store.reset();
        // Reopened within the hour: still undoable.
        store = openStore(dir);
        QVERIFY(store->restoreConversation(id));
        QVERIFY(store->deleteConversation(id));
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET deleted_at = 1")));
        store.reset();
        store = openStore(dir);
        QVERIFY(!store->restoreConversation(id));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 0);

        const qint64 other = store->createConversation(sampleConversation(QStringLiteral("x")));
        QVERIFY(store->deleteConversationPermanently(other));
        QVERIFY(!store->deleteConversationPermanently(other));
        QVERIFY(store->lastError().contains(QStringLiteral("no conversation")));
    }

    void deleteMessagesFromCutsTheTail()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("tail")));
        const qint64 id = store->createConversation(sampleConversation());
        const qint64 other = store->createConversation(sampleConversation());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(store->appendMessage(id, sampleUserTurn(QString::number(i))));
        const qint64 foreign = store->appendMessage(other, sampleUserTurn(QStringLiteral("keep")));
        QVERIFY(store->deleteMessagesFrom(id, ids[2]));
        QCOMPARE(store->messages(id).size(), 2);
        QCOMPARE(store->messages(other).size(), 1);
        QCOMPARE(store->messages(other).first().id, foreign);
    }

    void updateMessageRewritesInPlace()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("update")));
        const qint64 id = store->createConversation(sampleConversation());
        MessageRecord record = sampleAssistant(QStringLiteral("first"));
        record.status = MessageStatus::Streaming;
        record.id = store->appendMessage(id, record);
        record.message.parts = {ContentPart::fromText(QStringLiteral("first and more"))};
        record.status = MessageStatus::Complete;
        QVERIFY(store->updateMessage(record));
        const MessageRecord read = store->messages(id).first();
        QCOMPARE(read.message.text(), QStringLiteral("first and more"));
        QCOMPARE(read.status, MessageStatus::Complete);
        QCOMPARE(store->search(QStringLiteral("more")).size(), 1);
        record.id = 999999;
        QVERIFY(!store->updateMessage(record));
    }

    void inTransactionRollsBackEverything()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("transaction")));
        const bool ok = store->inTransaction([&] {
            const qint64 id = store->createConversation(sampleConversation(QStringLiteral("t")));
            store->appendMessage(id, sampleUserTurn(QStringLiteral("never stored")));
            return false;
        });
        QVERIFY(!ok);
        QVERIFY(store->conversations().isEmpty());
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM messages")), 0);
    }

    void streamingAnswersBecomeInterruptedOnOpen()
    {
        const QString dir = m_home.filePath(QStringLiteral("recovery"));
        qint64 messageId = 0;
        {
            auto store = openStore(dir);
            const qint64 id = store->createConversation(sampleConversation());
            MessageRecord record;
            record.message = ChatMessage::fromText(Role::Assistant, QStringLiteral("half an ans"));
            record.status = MessageStatus::Streaming;
            messageId = store->appendMessage(id, record);
        }
        auto store = openStore(dir);
        const auto record = store->message(messageId);
        QCOMPARE(record->status, MessageStatus::Interrupted);
        QCOMPARE(record->message.text(), QStringLiteral("half an ans"));
        QCOMPARE(record->error.kind, ApiError::Kind::IncompleteStream);
    }

    void recorderThrottlesCheckpoints()
    {
        auto store = openStore(m_home.filePath(QStringLiteral("recorder")));
        ManualClock clock;
        ChatRecorder recorder(*store);
        recorder.setClock(clock);
        ConversationInfo settings = sampleConversation();
        QString error;
        const qint64 id =
            recorder.begin(0, settings, sampleUserTurn(QStringLiteral("Count to 100")), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(store->conversation(id)->title, QStringLiteral("Count to 100"));
        const auto placeholder = store->message(recorder.assistantMessageId());
        QCOMPARE(placeholder->status, MessageStatus::Streaming);
        QCOMPARE(placeholder->model, settings.model);

        Completion completion;
        completion.model = QStringLiteral("served-model");
        completion.choices.append(CompletionChoice());
        QString text;
        int updates = 0;
        // 1.2 s of tokens, one every 5 ms: checkpoints at 500 and 1000 ms, never one per token.
        for (; updates < 240; ++updates) {
            clock.advance(5);
            text += QStringLiteral("%1 ").arg(updates + 1);
            completion.choices[0].message.parts = {ContentPart::fromText(text)};
            recorder.progress(completion, Timings());
            if (updates + 1 == 99)
                QCOMPARE(recorder.checkpointCount(), 0); // 495 ms: not yet
        }
        QCOMPARE(recorder.checkpointCount(), 2);
        const auto checkpoint = store->message(recorder.assistantMessageId());
        QCOMPARE(checkpoint->status, MessageStatus::Streaming);
        QCOMPARE(checkpoint->message.text().count(u' '), 200); // as of the 1000 ms checkpoint
        QVERIFY(text.startsWith(checkpoint->message.text()));

        completion.choices[0].finishReason = QStringLiteral("stop");
        Timings timings;
        timings.totalMs = 1200;
        recorder.finish(MessageStatus::Complete, completion, timings, ApiError());
        const auto final = store->message(recorder.assistantMessageId());
        QCOMPARE(final->status, MessageStatus::Complete);
        QCOMPARE(final->message.text(), text);
        QCOMPARE(final->finishReason, QStringLiteral("stop"));
        QCOMPARE(final->model, QStringLiteral("served-model"));
        QCOMPARE(final->timings.totalMs, std::optional<qint64>(1200));
        const int written = recorder.checkpointCount();
        clock.advance(600);
        recorder.progress(completion, Timings());
        QCOMPARE(recorder.checkpointCount(), written);

        // Continuing a conversation appends to it; an unknown one is refused.
        ChatRecorder second(*store);
        QCOMPARE(second.begin(id, settings, sampleUserTurn(QStringLiteral("again")), &error), id);
        QCOMPARE(store->messages(id).size(), 4);
        ChatRecorder third(*store);
        QCOMPARE(third.begin(424242, settings, sampleUserTurn(QStringLiteral("x")), &error), 0);
        QVERIFY(error.contains(QStringLiteral("424242")));
    }

    void recorderMapsStreamStatus()
    {
        QCOMPARE(messageStatusFor(ChatStream::Status::Complete), MessageStatus::Complete);
        QCOMPARE(messageStatusFor(ChatStream::Status::Stopped), MessageStatus::Stopped);
        QCOMPARE(messageStatusFor(ChatStream::Status::Failed), MessageStatus::Failed);
        QCOMPARE(messageStatusFor(ChatStream::Status::Interrupted), MessageStatus::Interrupted);
        QCOMPARE(messageStatusFor(ChatStream::Status::Running), MessageStatus::Streaming);
    }

    void recorderFollowsARealStream()
    {
        FakeServer server;
        QList<QByteArray> events;
        for (int i = 0; i < 8; ++i)
            events.append(
                QByteArrayLiteral(
                    "{\"id\":\"c\",\"model\":\"fake-model\",\"object\":\"chat.completion.chunk\","
                    "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word ") +
                QByteArray::number(i) + QByteArrayLiteral(" \"},\"finish_reason\":null}]}"));
        events.append(QByteArrayLiteral(
            "{\"id\":\"c\",\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{},"
            "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":8,"
            "\"total_tokens\":15,\"prompt_tokens_details\":{\"cached_tokens\":3}}}"));
        server.enqueue(FakeResponse::sse(events, 120));

        auto store = openStore(m_home.filePath(QStringLiteral("follow")));
        ApiClient client;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.apiKey = QString::fromLatin1(LeakCanaryKey);
        const QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("fake-model")},
            {QStringLiteral("stream"), true},
            {QStringLiteral("temperature"), 0.3},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), QStringLiteral("Be brief.")}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("Say words")}}}}};
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
        QVERIFY(recorder.isFinished());
        // ~1 s of streaming: at least one intermediate checkpoint plus the final one.
        QVERIFY2(recorder.checkpointCount() >= 2,
                 qPrintable(QString::number(recorder.checkpointCount())));
        const auto info = store->conversation(id);
        QCOMPARE(info->systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(info->parameters, (QJsonObject{{QStringLiteral("temperature"), 0.3}}));
        const QList<MessageRecord> messages = store->messages(id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].message.text(), QStringLiteral("Say words"));
        QCOMPARE(messages[1].status, MessageStatus::Complete);
        QVERIFY(messages[1].message.text().startsWith(QStringLiteral("word 0 word 1")));
        QCOMPARE(messages[1].usage.cachedTokens, std::optional<qint64>(3));
        QCOMPARE(messages[1].finishReason, QStringLiteral("stop"));
        QVERIFY(messages[1].timings.totalMs.has_value());
        delete stream;
    }

    void recorderKeepsAnswerOfADeletedStream()
    {
        FakeServer server;
        QList<QByteArray> events;
        for (int i = 0; i < 50; ++i)
            events.append(
                QByteArrayLiteral("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"w") +
                QByteArray::number(i) + QByteArrayLiteral(" \"}}]}"));
        server.enqueue(FakeResponse::sse(events, 40));
        auto store = openStore(m_home.filePath(QStringLiteral("deleted-stream")));
        ApiClient client;
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        const QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("m")},
            {QStringLiteral("stream"), true},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("go")}}}}};
        ChatRecorder recorder(*store);
        QString error;
        QVERIFY(recorder.begin(0, ChatRecorder::settingsFromRequest(body, {}),
                               ChatRecorder::userTurnFromRequest(body), &error) > 0);
        auto *owner = new QObject;
        ChatStream *stream = client.startChat(endpoint, body, owner);
        recorder.follow(stream);
        QTRY_VERIFY_WITH_TIMEOUT(!stream->completion().choices.isEmpty(), 5000);
        QTest::qWait(200);
        delete owner; // closes the pane: the stream goes away mid-answer
        QVERIFY(recorder.isFinished());
        const auto answer = store->message(recorder.assistantMessageId());
        QCOMPARE(answer->status, MessageStatus::Interrupted);
        QCOMPARE(answer->error.kind, ApiError::Kind::Cancelled);
        QVERIFY(answer->message.text().startsWith(QStringLiteral("w0 ")));
    }

    void keysNeverReachTheDisk()
    {
        // Runs last: everything the suite wrote is under m_home.
        QVERIFY(filesContaining(m_home.path(), QByteArray(LeakCanaryKey)).isEmpty());
        // The scanner itself works.
        QFile probe(m_home.filePath(QStringLiteral("probe")));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write(QByteArray("x") + LeakCanaryKey);
        probe.close();
        QCOMPARE(filesContaining(m_home.path(), QByteArray(LeakCanaryKey)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
