// The bulk write path behind imports (ConversationStore::insertConversationWithMessages): rows
// through SQLite's C API or QtSql, the insert trigger dropped and restored, one FTS statement,
// row encoding and JSON conversion spread over threads. Each test runs on both write paths.
#include "StorageFixtures.h"

#include "storage/BackgroundRowEncoder.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"
#include "storage/MessageCodec.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestBulkImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<ConversationStore> openStore()
    {
        QString error;
        auto store = ConversationStore::open(
            m_dir.filePath(QStringLiteral("store-%1").arg(++m_serial)), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    // Enough messages that conversion and encoding run on several threads (2,000 per chunk).
    static QList<MessageRecord> longConversation(int count)
    {
        QList<MessageRecord> messages;
        for (int i = 0; i < count; ++i) {
            MessageRecord record =
                i % 2 == 0 ? sampleUserTurn(QStringLiteral("question %1 about wombats").arg(i))
                           : sampleAssistant(QStringLiteral("answer %1 about numbats").arg(i));
            record.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i, Qt::UTC);
            messages.append(record);
        }
        if (count > 10)
            messages[10] = sampleUserTurn(QStringLiteral("a picture of a quokka"), true);
        return messages;
    }

    static QString scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<%1>").arg(query.lastError().text());
        return query.value(0).toString();
    }

    static void verifyIndexHealthy(ConversationStore &store)
    {
        QSqlQuery check(store.database());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        QCOMPARE(scalar(store.database(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(store.database(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                       " AND name = 'messages_fts_insert'")),
                 QStringLiteral("1"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void columnDefaultsMatchTheSchema()
    {
        auto store = openStore();
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT name, dflt_value FROM pragma_table_info('messages')")));
        QHash<QString, QVariant> schemaDefaults;
        while (query.next())
            schemaDefaults.insert(query.value(0).toString(), query.value(1));
        const QStringList columns = MessageCodec::columns();
        const QStringList defaults = MessageCodec::columnDefaults();
        QCOMPARE(defaults.size(), columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QVERIFY2(schemaDefaults.contains(columns.at(c)), qPrintable(columns.at(c)));
            const QVariant schema = schemaDefaults.value(columns.at(c));
            // pragma_table_info gives the DEFAULT as SQL text: '' / '[]' / NULL (no default).
            const QString expected =
                schema.isNull() ? QString() : schema.toString().mid(1).chopped(1);
            QCOMPARE(defaults.at(c).isNull(), schema.isNull());
            QCOMPARE(defaults.at(c), expected);
        }
    }

    void roundTripsEveryField()
    {
        auto store = openStore();
        QVERIFY(store);
        const QList<MessageRecord> written = longConversation(4500);
        const qint64 id = store->insertConversationWithMessages(sampleConversation(), written);
        QVERIFY2(id > 0, qPrintable(store->lastError()));
        const QList<MessageRecord> read = store->messages(id);
        QCOMPARE(read.size(), written.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            MessageRecord expected = written.at(i);
            expected.id = read.at(i).id;
            QCOMPARE(read.at(i).message, expected.message);
            QCOMPARE(read.at(i).usage, expected.usage);
            QCOMPARE(read.at(i).timings, expected.timings);
            QVERIFY2(read.at(i) == expected, qPrintable(QString::number(i)));
        }
        QCOMPARE(read.at(10).message.parts.at(1).imageData, tinyPng());
        // Every row is indexed, and rows written after the import are indexed by the trigger.
        QCOMPARE(store->search(QStringLiteral("wombats"), 5000).size(), 2249); // one is a quokka
        QCOMPARE(store->search(QStringLiteral("quokka")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("numbats"), 5000).size(), 2250);
        QVERIFY(store->appendMessage(id, sampleUserTurn(QStringLiteral("and the bilby?"))) > 0);
        QCOMPARE(store->search(QStringLiteral("bilby")).size(), 1);
        verifyIndexHealthy(*store);
    }

    void failureHalfWayLeavesNothing()
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 kept =
            store->insertConversationWithMessages(sampleConversation(), longConversation(10));
        QVERIFY(kept > 0);
        // A row the database refuses, deep inside the load.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON messages WHEN new.text = 'refused'"
            " BEGIN SELECT RAISE(ABORT, 'this row is refused'); END")));
        QList<MessageRecord> messages = longConversation(3000);
        messages[2500] = sampleUserTurn(QStringLiteral("refused"));
        QCOMPARE(store->insertConversationWithMessages(sampleConversation(), messages), 0);
        QVERIFY2(store->lastError().contains(QStringLiteral("this row is refused")),
                 qPrintable(store->lastError()));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        QCOMPARE(store->conversations().size(), 1);
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM messages")),
                 QStringLiteral("10"));
        QCOMPARE(store->search(QStringLiteral("wombats")).size(), 5);
        verifyIndexHealthy(*store);
        QVERIFY(store->appendMessage(kept, sampleUserTurn(QStringLiteral("and the bilby?"))) > 0);
        QCOMPARE(store->search(QStringLiteral("bilby")).size(), 1);
    }

    void backgroundEncoderGivesTheCodecsRows()
    {
        auto store = openStore();
        QVERIFY(store);
        const QList<MessageRecord> messages = longConversation(3000);
        MessageCodec codec(*store);
        {
            BackgroundRowEncoder encoder(*store, MessageSource::fromList(messages));
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const BackgroundRowEncoder::Entry &entry = encoder.entry(i);
                QVERIFY(entry.error.isEmpty());
                QVERIFY(entry.record == messages.at(i));
                if (messages.at(i).message.hasImages()) {
                    QVERIFY(entry.row.isEmpty()); // left to the writer: bytes go to the database
                    continue;
                }
                QVariantList expected;
                QVERIFY(codec.values(messages.at(i), &expected));
                QCOMPARE(entry.row, expected);
            }
        }
        // A source that cannot read message 700 stops there, with its message.
        {
            BackgroundRowEncoder encoder(
                *store, MessageSource::converting(1000, [&](qsizetype i, QString *error) {
                    if (i == 700) {
                        *error = QStringLiteral("$.messages[700]: broken");
                        return std::optional<MessageRecord>();
                    }
                    return std::optional<MessageRecord>(messages.at(i));
                }));
            QVERIFY(encoder.entry(699).error.isEmpty());
            QCOMPARE(encoder.entry(700).error, QStringLiteral("$.messages[700]: broken"));
        }
        // A writer that gives up early stops the encoder (the destructor returns).
        BackgroundRowEncoder abandoned(*store, MessageSource::fromList(longConversation(20000)));
        QVERIFY(abandoned.entry(3).error.isEmpty());
    }

    void flatJsonColumnsAreWrittenAsQtWritesThem()
    {
        // Usage and timings skip QJsonDocument when flat: the text must be the same.
        auto store = openStore();
        QVERIFY(store);
        const QJsonObject usage =
            QJsonDocument::fromJson("{\"prompt_tokens\":12,\"completion_tokens\":1000000,"
                                    "\"total_tokens\":9007199254740993,\"cost\":0.000125,"
                                    "\"big\":1e20,\"ratio\":2.5,\"flag\":true,"
                                    "\"none\":null,\"neg\":-3}")
                .object();
        const QJsonObject nested =
            QJsonDocument::fromJson("{\"prompt_tokens\":1,\"prompt_tokens_details\":"
                                    "{\"cached_tokens\":2},\"note\":\"a \\\"quoted\\\" word\"}")
                .object();
        QCOMPARE(usage.size(), 9);
        QCOMPARE(nested.size(), 3);
        MessageCodec codec(*store);
        const int usageColumn = int(MessageCodec::columns().indexOf(QStringLiteral("usage")));
        for (const QJsonObject &raw : {usage, nested}) {
            MessageRecord record = sampleAssistant(QStringLiteral("hi"));
            record.usage = Usage::fromJson(raw);
            QVariantList row;
            QVERIFY(codec.values(record, &row));
            QCOMPARE(row.at(usageColumn).toString(),
                     QString::fromUtf8(
                         QJsonDocument(record.usage.toJson()).toJson(QJsonDocument::Compact)));
        }
    }

    void earliestInvalidMessageIsReported()
    {
        // Conversion runs in chunks on several threads; the error must still be the first one.
        QJsonArray messages;
        for (int i = 0; i < 6000; ++i) {
            QJsonObject message{
                {QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("content"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("text"), QStringLiteral("hi")}}}}};
            if (i == 4700)
                message.insert(QStringLiteral("status"), QStringLiteral("dozing"));
            if (i == 1234)
                message.insert(QStringLiteral("model"), 7);
            messages.append(message);
        }
        const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("lineup.conversations")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("conversations"),
             QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("long")},
                                    {QStringLiteral("messages"), messages}}}}};
        auto store = openStore();
        QVERIFY(store);
        QString error;
        QVERIFY(!ConversationImporter(*store).importData(
            QJsonDocument(document).toJson(QJsonDocument::Compact), QStringLiteral("l.json"),
            &error));
        QCOMPARE(error, QStringLiteral(
                            "l.json: $.conversations[0].messages[1234].model: must be a string"));
        QVERIFY(store->conversations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
