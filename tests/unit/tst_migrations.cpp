// Forward migrations: each earlier schema is created with its original DDL (frozen copies below,
// never generated from the current code), filled with data in its own format, then opened.
#include "StorageFixtures.h"

#include "storage/ConversationStore.h"
#include "storage/StoreSchema.h"
#include "storage/VoteStore.h"

#include <QtTest>

using namespace Lineup;

namespace {

// Schema v1 exactly as released.
const char *const SchemaV1[] = {
    "CREATE TABLE conversations ( id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '',"
    " system_prompt TEXT NOT NULL DEFAULT '', system_role TEXT NOT NULL DEFAULT 'system',"
    " profile_id TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',"
    " parameters TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE messages ( id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL"
    "  REFERENCES conversations(id) ON DELETE CASCADE, role TEXT NOT NULL,"
    " content TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL DEFAULT '',"
    " reasoning TEXT NOT NULL DEFAULT '', refusal TEXT NOT NULL DEFAULT '',"
    " tool_calls TEXT NOT NULL DEFAULT '[]', tool_call_id TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',"
    " profile_id TEXT NOT NULL DEFAULT '', parameters TEXT NOT NULL DEFAULT '{}',"
    " usage TEXT NOT NULL DEFAULT '{}', timings TEXT NOT NULL DEFAULT '{}',"
    " finish_reason TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'complete',"
    " error TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL)",
    "CREATE INDEX messages_by_conversation ON messages(conversation_id, id)",
    "CREATE TABLE attachments ( sha256 TEXT PRIMARY KEY, mime_type TEXT NOT NULL,"
    " size INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE message_attachments ( message_id INTEGER NOT NULL REFERENCES messages(id)"
    " ON DELETE CASCADE, sha256 TEXT NOT NULL REFERENCES attachments(sha256),"
    " PRIMARY KEY (message_id, sha256)) WITHOUT ROWID",
    "CREATE INDEX message_attachments_by_sha ON message_attachments(sha256)",
    "PRAGMA user_version = 1",
};

// Schema v2 on top of v1, exactly as released.
const char *const SchemaV2[] = {
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN deleted_at INTEGER",
    "CREATE INDEX conversations_by_order ON conversations(deleted_at, pinned DESC, updated_at "
    "DESC)",
    "ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER",
    "ALTER TABLE messages ADD COLUMN completion_tokens INTEGER",
    "ALTER TABLE messages ADD COLUMN total_tokens INTEGER",
    "ALTER TABLE messages ADD COLUMN cached_tokens INTEGER",
    "ALTER TABLE messages ADD COLUMN reasoning_tokens INTEGER",
    "PRAGMA user_version = 2",
};

// Schema v3 on top of v2, exactly as released.
const char *const SchemaV3[] = {
    "ALTER TABLE messages ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]'",
    "CREATE VIRTUAL TABLE messages_fts USING fts5(text, reasoning, content='messages',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN INSERT INTO"
    " messages_fts(rowid, text, reasoning) VALUES (new.id, new.text, new.reasoning); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN INSERT INTO"
    " messages_fts(messages_fts, rowid, text, reasoning) VALUES ('delete', old.id, old.text,"
    " old.reasoning); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF text, reasoning ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, text, reasoning) VALUES ('delete', old.id,"
    " old.text, old.reasoning); INSERT INTO messages_fts(rowid, text, reasoning)"
    " VALUES (new.id, new.text, new.reasoning); END",
    "CREATE INDEX messages_streaming ON messages(id) WHERE status = 'streaming'",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    "PRAGMA user_version = 3",
};

// Schema v4 on top of v3, exactly as released.
const char *const SchemaV4[] = {
    "DROP TABLE messages_fts",
    "CREATE VIRTUAL TABLE messages_fts USING fts5(text, reasoning, content='messages',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0)",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    "PRAGMA user_version = 4",
};

// Schema v5 on top of v4, exactly as released.
const char *const SchemaV5[] = {
    "ALTER TABLE messages ADD COLUMN price TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE messages ADD COLUMN logprobs TEXT NOT NULL DEFAULT ''",
    "PRAGMA user_version = 5",
};

// Schema v6 on top of v5, exactly as released.
const char *const SchemaV6[] = {
    "ALTER TABLE conversations ADD COLUMN kind TEXT NOT NULL DEFAULT 'conversation'",
    "ALTER TABLE conversations ADD COLUMN comparison_id INTEGER REFERENCES conversations(id)"
    " ON DELETE CASCADE",
    "ALTER TABLE conversations ADD COLUMN pane_position INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN pane_overrides TEXT NOT NULL DEFAULT '{}'",
    "CREATE INDEX conversations_by_comparison ON conversations(comparison_id, pane_position)",
    "PRAGMA user_version = 6",
};

// Schema v7 on top of v6, exactly as released.
const char *const SchemaV7[] = {
    "CREATE TABLE votes ( id INTEGER PRIMARY KEY, comparison_id INTEGER REFERENCES"
    " conversations(id) ON DELETE SET NULL, prompt TEXT NOT NULL DEFAULT '',"
    " contenders TEXT NOT NULL, outcome TEXT NOT NULL, winner INTEGER NOT NULL DEFAULT -1,"
    " pane_order TEXT NOT NULL DEFAULT '[]', tag TEXT NOT NULL DEFAULT '', created_at INTEGER,"
    " identity_flagged INTEGER NOT NULL DEFAULT 0, counted INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX votes_by_time ON votes(created_at)",
    "CREATE INDEX votes_by_comparison ON votes(comparison_id) WHERE comparison_id IS NOT NULL",
    "PRAGMA user_version = 7",
};

const QByteArray PixelSha =
    QCryptographicHash::hash(Test::tinyPng(), QCryptographicHash::Sha256).toHex();

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    // A raw connection to a new database file in its own data directory.
    QString makeDatabase(int version, QString *connection)
    {
        const QString dataDir =
            m_dir.filePath(QStringLiteral("v%1-%2").arg(version).arg(++m_serial));
        QDir().mkpath(dataDir);
        *connection = QStringLiteral("raw-%1").arg(m_serial);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), *connection);
        db.setDatabaseName(dataDir + QStringLiteral("/lineup.sqlite"));
        if (!db.open())
            return {};
        QSqlQuery query(db);
        for (const char *statement : SchemaV1) {
            if (!query.exec(QLatin1String(statement)))
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        if (version >= 2) {
            for (const char *statement : SchemaV2) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        if (version >= 3) {
            for (const char *statement : SchemaV3) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        if (version >= 4) {
            for (const char *statement : SchemaV4) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        if (version >= 5) {
            for (const char *statement : SchemaV5) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        if (version >= 6) {
            for (const char *statement : SchemaV6) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        if (version >= 7) {
            for (const char *statement : SchemaV7) {
                if (!query.exec(QLatin1String(statement)))
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        return dataDir;
    }

    // Rows in the v1 format (the v1 columns only, usage as JSON).
    void fillVersion1(const QString &connection)
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO conversations (id, title, system_prompt, model, parameters, created_at, "
            "updated_at)"
            " VALUES (1, 'Old chat', 'Be kind.', 'gpt-4o', '{\"temperature\":0.2}', 1000, 2000)")));
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO messages (id, conversation_id, role, content, text, created_at)"
                " VALUES (1, 1, 'user', '[{\"type\":\"text\",\"text\":\"What does the aardvark "
                "eat?\"},"
                "{\"type\":\"image\",\"sha256\":\"") +
            QString::fromLatin1(PixelSha) +
            QStringLiteral(
                "\",\"mime_type\":\"image/png\"}]', 'What does the aardvark eat?', 1500)")));
        query.prepare(
            QStringLiteral("INSERT INTO attachments VALUES (:sha, 'image/png', :size, :data)"));
        query.bindValue(QStringLiteral(":sha"), QString::fromLatin1(PixelSha));
        query.bindValue(QStringLiteral(":size"), Test::tinyPng().size());
        query.bindValue(QStringLiteral(":data"), Test::tinyPng());
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO message_attachments VALUES (1, '") +
                           QString::fromLatin1(PixelSha) + QStringLiteral("')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, role, content, text, reasoning, usage,"
            " finish_reason, status, created_at) VALUES (2, 1, 'assistant',"
            " '[{\"type\":\"text\",\"text\":\"Mostly termites.\"}]', 'Mostly termites.',"
            " 'Recall insectivores.', '{\"prompt_tokens\":11,\"completion_tokens\":4,"
            "\"total_tokens\":15,\"prompt_tokens_details\":{\"cached_tokens\":2},"
            "\"completion_tokens_details\":{\"reasoning_tokens\":3}}', 'stop', 'complete', "
            "1600)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, role, content, text, status, created_at)"
            " VALUES (3, 1, 'assistant', '[{\"type\":\"text\",\"text\":\"cut of\"}]', 'cut of',"
            " 'streaming', 1700)")));
    }

    // The token columns of v2 and later, as those versions wrote them for message 2.
    static bool fillUsage(QSqlQuery &query)
    {
        return query.exec(QStringLiteral(
            "UPDATE messages SET prompt_tokens = 11, completion_tokens = 4, total_tokens = 15,"
            " cached_tokens = 2, reasoning_tokens = 3 WHERE id = 2"));
    }

    void closeRaw(const QString &connection)
    {
        QSqlDatabase::database(connection).close();
        QSqlDatabase::removeDatabase(connection);
    }

    void verifyMigrated(const QString &dataDir)
    {
        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        QCOMPARE(StoreSchema::userVersion(db), StoreSchema::CurrentVersion);

        const QList<ConversationInfo> conversations = store->conversations();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations[0].title, QStringLiteral("Old chat"));
        QCOMPARE(conversations[0].systemPrompt, QStringLiteral("Be kind."));
        QCOMPARE(conversations[0].pinned, false);
        QCOMPARE(conversations[0].messageCount, 3);
        QCOMPARE(conversations[0].updatedAt.toMSecsSinceEpoch(), 2000);
        // v6: every earlier conversation is an ordinary one, in no comparison.
        QCOMPARE(conversations[0].kind, ConversationKind::Conversation);
        QCOMPARE(conversations[0].comparisonId, 0);
        QCOMPARE(conversations[0].paneCount, 0);

        const QList<MessageRecord> messages = store->messages(1);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0].message.parts.size(), 2);
        QCOMPARE(messages[0].message.parts[1].imageData, Test::tinyPng());
        QCOMPARE(messages[1].message.reasoning, QStringLiteral("Recall insectivores."));
        QCOMPARE(messages[1].usage.promptTokens, std::optional<qint64>(11));
        QCOMPARE(messages[1].usage.cachedTokens, std::optional<qint64>(2));
        QCOMPARE(messages[1].finishReason, QStringLiteral("stop"));
        QCOMPARE(messages[2].status, MessageStatus::Interrupted);

        // v2 backfilled the token columns from the v1 JSON.
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT prompt_tokens, completion_tokens, total_tokens,"
                           " cached_tokens, reasoning_tokens FROM messages WHERE id = 2")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 11);
        QCOMPARE(query.value(1).toInt(), 4);
        QCOMPARE(query.value(2).toInt(), 15);
        QCOMPARE(query.value(3).toInt(), 2);
        QCOMPARE(query.value(4).toInt(), 3);
        query.finish();

        // v3 indexed what was already there, and the triggers keep new rows indexed.
        QCOMPARE(store->search(QStringLiteral("aardvark")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("insectivores")).size(), 1);
        QVERIFY(store->appendMessage(1, Test::sampleUserTurn(QStringLiteral("and the pangolin?"))) >
                0);
        QCOMPARE(store->search(QStringLiteral("pangolin")).size(), 1);
        QVERIFY(store->setPinned(1, true));

        // Same columns as a database created fresh.
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();
        QCOMPARE(columns(db), columns(freshDatabase()));
    }

    QSqlDatabase freshDatabase()
    {
        static std::unique_ptr<ConversationStore> fresh;
        if (!fresh) {
            QString error;
            fresh = ConversationStore::open(m_dir.filePath(QStringLiteral("fresh")), &error);
        }
        return fresh->database();
    }

    static QStringList columns(QSqlDatabase db)
    {
        QStringList result;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type IN ('table','index','trigger')"
            " ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            result.append(table);
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next())
                result.append(table + QLatin1Char('.') + info.value(1).toString() +
                              QLatin1Char(' ') + info.value(2).toString() + QLatin1Char(' ') +
                              info.value(4).toString());
        }
        return result;
    }

private Q_SLOTS:
    void migratesFromVersion1()
    {
        QString connection;
        const QString dataDir = makeDatabase(1, &connection);
        QVERIFY(!dataDir.isEmpty());
        fillVersion1(connection);
        closeRaw(connection);
        verifyMigrated(dataDir);
    }

    void migratesFromVersion2()
    {
        QString connection;
        const QString dataDir = makeDatabase(2, &connection);
        fillVersion1(connection); // v2 rows: same columns plus the new ones left at defaults...
        QSqlQuery query(QSqlDatabase::database(connection));
        // ...as v2 wrote them: token columns filled, one conversation soft-deleted recently.
        QVERIFY(fillUsage(query));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO conversations (id, title, created_at, updated_at, deleted_at)"
            " VALUES (2, 'binned', 1, 1, 1)")));
        query.finish();
        closeRaw(connection);
        verifyMigrated(dataDir);
    }

    void migratesFromVersion3()
    {
        QString connection;
        const QString dataDir = makeDatabase(3, &connection);
        fillVersion1(connection); // indexed by v3's triggers as the rows go in
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(fillUsage(query));
        // v3 kept per-row column sizes; v4 does not.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages_fts_docsize")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        query.finish();
        closeRaw(connection);
        verifyMigrated(dataDir);
        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery check(store->database());
        QVERIFY(!check.exec(QStringLiteral("SELECT count(*) FROM messages_fts_docsize")));
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
    }

    void migratesFromVersion4()
    {
        QString connection;
        const QString dataDir = makeDatabase(4, &connection);
        fillVersion1(connection);
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(fillUsage(query));
        query.finish();
        closeRaw(connection);
        verifyMigrated(dataDir);

        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        // Answers from before v5 have no price snapshot and no logprobs...
        const QList<MessageRecord> old = store->messages(1);
        QVERIFY(!old[1].price.isKnown());
        QVERIFY(old[1].logprobs.isNull());
        // ...and new ones keep both.
        MessageRecord answer;
        answer.message = ChatMessage::fromText(Role::Assistant, QStringLiteral("Hi"));
        answer.price.input = 2;
        answer.price.cachedInput = 0.5;
        answer.price.output = 8;
        answer.price.source = PriceSource::PriceTable;
        answer.logprobs =
            QJsonObject{{QStringLiteral("content"),
                         QJsonArray{QJsonObject{{QStringLiteral("token"), QStringLiteral("Hi")},
                                                {QStringLiteral("logprob"), -0.25}}}}};
        const qint64 id = store->appendMessage(1, answer);
        QVERIFY(id > 0);
        const MessageRecord stored = store->messages(1).last();
        QCOMPARE(stored.price, answer.price);
        QCOMPARE(stored.logprobs, answer.logprobs);
    }

    void migratesFromVersion5()
    {
        QString connection;
        const QString dataDir = makeDatabase(5, &connection);
        fillVersion1(connection);
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE messages SET prompt_tokens = 11, completion_tokens = 4, total_tokens = 15,"
            " cached_tokens = 2, reasoning_tokens = 3,"
            " price = '{\"input\":2,\"output\":8,\"source\":\"table\"}' WHERE id = 2")));
        query.finish();
        closeRaw(connection);
        verifyMigrated(dataDir);

        // A migrated database takes comparisons: panes, cascade and search included.
        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        Comparison comparison;
        comparison.shared.title = QStringLiteral("After the upgrade");
        for (const char *model : {"gpt-5", "llama3.2"}) {
            ComparisonPane pane;
            pane.conversation.model = QLatin1String(model);
            comparison.panes.append(pane);
        }
        const qint64 id = store->createComparison(comparison);
        QVERIFY2(id > 0, qPrintable(store->lastError()));
        QVERIFY(store->appendMessage(comparison.panes[0].conversation.id,
                                     Test::sampleUserTurn(QStringLiteral("wombat"))) > 0);
        QCOMPARE(store->conversations().size(), 2);
        const QList<SearchHit> hits = store->search(QStringLiteral("wombat"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].conversationId, id);
        QCOMPARE(hits[0].paneConversationId, comparison.panes[0].conversation.id);
        QVERIFY(store->deleteConversationPermanently(id));
        QSqlQuery check(store->database());
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM conversations")) && check.next());
        QCOMPARE(check.value(0).toInt(), 1);
        check.finish();
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }

    void migratesFromVersion6()
    {
        QString connection;
        const QString dataDir = makeDatabase(6, &connection);
        fillVersion1(connection);
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(fillUsage(query));
        // A v6 comparison (row 10) with two panes.
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO conversations (id, title, kind, created_at, updated_at)"
                           " VALUES (10, 'Which is better', 'comparison', 3000, 3000)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO conversations (id, model, comparison_id, pane_position, created_at,"
            " updated_at) VALUES (11, 'gpt-5', 10, 0, 3000, 3000),"
            " (12, 'llama3.2', 10, 1, 3000, 3000)")));
        query.finish();
        closeRaw(connection);

        QString error;
        {
            auto store = ConversationStore::open(dataDir, &error);
            QVERIFY2(store, qPrintable(error));
            QSqlDatabase db = store->database();
            QCOMPARE(StoreSchema::userVersion(db), StoreSchema::CurrentVersion);
            QVERIFY(store->comparison(10));
            // v7: votes, linked to the comparison they came from.
            VoteStore votes(*store);
            QCOMPARE(votes.count(), 0);
            Vote vote;
            vote.contenders = {{QStringLiteral("gpt-5"), QStringLiteral("openai")},
                               {QStringLiteral("llama3.2"), QStringLiteral("ollama")}};
            vote.outcome = VoteOutcome::Winner;
            vote.winner = 1;
            vote.comparisonId = 10;
            vote.time = QDateTime::fromMSecsSinceEpoch(4000, Qt::UTC);
            QVERIFY2(votes.add(vote) > 0, qPrintable(votes.lastError()));
            QCOMPARE(votes.votesOf(10).size(), 1);
            // Purging the comparison keeps the vote, without the link.
            QVERIFY(store->deleteConversationPermanently(10));
            QCOMPARE(votes.count(), 1);
            QCOMPARE(votes.votes().first().comparisonId, 0);
            QSqlQuery check(store->database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!check.next());
        }
        verifyMigrated(dataDir);
    }

    void migratesFromVersion7()
    {
        QString connection;
        const QString dataDir = makeDatabase(7, &connection);
        fillVersion1(connection);
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(fillUsage(query));
        // Two v7 comparisons: 10 holds a vote (a voted blind round), 20 none.
        for (int id : {10, 20}) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO conversations (id, title, kind,"
                                              " created_at, updated_at) VALUES (%1, 'Round',"
                                              " 'comparison', 3000, 3000)")
                                   .arg(id)));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO conversations (id, model, comparison_id,"
                                              " pane_position, created_at, updated_at) VALUES"
                                              " (%1, 'gpt-5', %2, 0, 3000, 3000),"
                                              " (%3, 'llama3.2', %2, 1, 3000, 3000)")
                                   .arg(id + 1)
                                   .arg(id)
                                   .arg(id + 2)));
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO votes (comparison_id, contenders, outcome, winner) VALUES (10,"
            " '[{\"model\":\"gpt-5\"},{\"model\":\"llama3.2\"}]', 'winner', 0)")));
        query.finish();
        closeRaw(connection);
        {
            QString error;
            auto store = ConversationStore::open(dataDir, &error);
            QVERIFY2(store, qPrintable(error));
            // v8: a comparison that was voted on is a voted blind one; the rest are not blind.
            QCOMPARE(store->conversation(10)->blind, BlindState::Voted);
            QCOMPARE(store->conversation(20)->blind, BlindState::None);
            QCOMPARE(store->conversation(1)->blind, BlindState::None);
            QVERIFY(!store->hidesModels(10));
            QVERIFY(store->setBlindState(20, BlindState::Unvoted));
            QCOMPARE(store->comparison(20)->shared.blind, BlindState::Unvoted);
            QVERIFY(store->hidesModels(20));
            QVERIFY(store->hidesModels(21));                        // its panes too
            QVERIFY(!store->setBlindState(1, BlindState::Unvoted)); // not a comparison
            QVERIFY(store->deleteConversationPermanently(10));
            QVERIFY(store->deleteConversationPermanently(20));
        }
        verifyMigrated(dataDir);
    }

    void migratesEmptyFile()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(dataDir);
        QFile file(dataDir + QStringLiteral("/lineup.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        QCOMPARE(StoreSchema::userVersion(db), StoreSchema::CurrentVersion);
    }

    void failedStepRollsBackThatStep()
    {
        QString connection;
        const QString dataDir = makeDatabase(1, &connection);
        // Something in the way of v3's FTS table: v2 applies, v3 fails as a whole.
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE messages_fts (x)")));
        query.finish();
        closeRaw(connection);
        QString error;
        QVERIFY(!ConversationStore::open(dataDir, &error));
        QVERIFY2(error.contains(QStringLiteral("migration to schema 3 failed")), qPrintable(error));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dataDir + QStringLiteral("/lineup.sqlite"));
        QVERIFY(db.open());
        QCOMPARE(StoreSchema::userVersion(db), 2);
        QSqlQuery columns(db);
        QVERIFY(columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('messages')"
                                            " WHERE name = 'alternatives'")));
        QVERIFY(columns.next());
        QCOMPARE(columns.value(0).toInt(), 0);
        columns.finish();
        db.close();
    }

    void everyVersionHasSteps()
    {
        for (int version = 1; version <= StoreSchema::CurrentVersion; ++version)
            QVERIFY(!StoreSchema::migrationTo(version).isEmpty());
        QCOMPARE(StoreSchema::CurrentVersion, ConversationStore::SchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
