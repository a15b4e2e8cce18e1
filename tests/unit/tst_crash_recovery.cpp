// Crash safety: the real `lineup-cli chat --save` streams a slow answer from the FakeServer and is
// killed with SIGKILL mid-stream, five times in a row, continuing the same conversation. After
// each kill the database must hold everything up to the last checkpoint, the answer must come
// back as 'interrupted' and PRAGMA integrity_check must say ok. No file may contain the API key.
// The same for `lineup-cli compare --save`: every pane keeps its answer up to its checkpoint.
#include "FakeServer.h"
#include "StorageFixtures.h"

#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

constexpr int Rounds = 5;
constexpr int Events = 60;
constexpr int EventDelayMs = 80; // ~5 s per answer: always killed long before its end

QByteArray token(int round, int i)
{
    return QByteArrayLiteral("r") + QByteArray::number(round) + QByteArrayLiteral("t") +
           QByteArray::number(i) + ' ';
}

FakeResponse slowAnswer(int round, const QByteArray &model = "slow-model")
{
    QList<QByteArray> events;
    for (int i = 0; i < Events; ++i)
        events.append(QByteArrayLiteral("{\"id\":\"c\",\"model\":\"") + model +
                      QByteArrayLiteral("\",\"object\":"
                                        "\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                                        "\"delta\":{\"content\":\"") +
                      token(round, i) + QByteArrayLiteral("\"},\"finish_reason\":null}]}"));
    return FakeResponse::sse(events, EventDelayMs);
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Reads without ConversationStore: open() would run crash recovery under the live child.
    struct Row
    {
        qint64 id = 0;
        QString text;
        QString status;
    };
    static std::optional<Row> lastAssistant(const QString &databasePath)
    {
        const QString name = QStringLiteral("peek");
        std::optional<Row> row;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(
                        QStringLiteral("SELECT id, text, status FROM messages"
                                       " WHERE role = 'assistant' ORDER BY id DESC LIMIT 1")) &&
                    query.next())
                    row = Row{query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString()};
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return row;
    }

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral(".local/share")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home.filePath(QStringLiteral(".cache")));
        environment.insert(QStringLiteral("LINEUP_TEST_KEY"), QString::fromLatin1(LeakCanaryKey));
        environment.remove(QStringLiteral("LINEUP_DATA_DIR"));
        return environment;
    }

private Q_SLOTS:
    void killedMidStreamKeepsCheckpoints()
    {
        FakeServer server(FakeServer::Mode::OwnThread);
        const QString dataDir = m_home.filePath(QStringLiteral("data"));
        const QString databasePath = dataDir + QStringLiteral("/lineup.sqlite");
        const QProcessEnvironment environment = childEnvironment();

        qint64 conversationId = 0;
        QStringList keptAnswers; // text of each earlier round's answer after recovery
        for (int round = 0; round < Rounds; ++round) {
            server.enqueue(slowAnswer(round));
            QStringList arguments{QStringLiteral("--data-dir"),
                                  dataDir,
                                  QStringLiteral("chat"),
                                  QStringLiteral("--base-url"),
                                  server.baseUrl().toString(),
                                  QStringLiteral("--model"),
                                  QStringLiteral("slow-model"),
                                  QStringLiteral("--key-env"),
                                  QStringLiteral("LINEUP_TEST_KEY"),
                                  QStringLiteral("--save")};
            if (conversationId != 0)
                arguments << QStringLiteral("--conversation") << QString::number(conversationId);
            arguments << QStringLiteral("Question %1").arg(round);

            QProcess child;
            child.setProcessEnvironment(environment);
            child.start(QStringLiteral(LINEUP_CLI_PATH), arguments);
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));

            // Wait for a checkpoint of this round's answer holding some text, then a little
            // more (a different moment in each round), then kill.
            std::optional<Row> seen;
            QTRY_VERIFY_WITH_TIMEOUT(
                (seen = lastAssistant(databasePath)) &&
                    seen->text.startsWith(QString::fromLatin1(token(round, 0))),
                10000);
            QTest::qWait(150 + round * 170);
            const std::optional<Row> beforeKill = lastAssistant(databasePath);
            QVERIFY(beforeKill && beforeKill->id == seen->id);
            QCOMPARE(beforeKill->status, QStringLiteral("streaming"));
            QCOMPARE(child.state(), QProcess::Running);
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            QString error;
            auto store = ConversationStore::open(dataDir, &error);
            QVERIFY2(store, qPrintable(error));
            QSqlQuery integrity(store->database());
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            integrity.finish();

            const QList<ConversationInfo> conversations = store->conversations();
            QCOMPARE(conversations.size(), 1);
            conversationId = conversations.first().id;
            const QList<MessageRecord> messages = store->messages(conversationId);
            QCOMPARE(messages.size(), 2 * (round + 1));
            for (int earlier = 0; earlier <= round; ++earlier) {
                QCOMPARE(messages[2 * earlier].message.text(),
                         QStringLiteral("Question %1").arg(earlier));
                QCOMPARE(messages[2 * earlier + 1].status, MessageStatus::Interrupted);
            }
            for (int earlier = 0; earlier < round; ++earlier)
                QCOMPARE(messages[2 * earlier + 1].message.text(), keptAnswers[earlier]);
            const MessageRecord &answer = messages.last();
            QCOMPARE(answer.id, beforeKill->id);
            QCOMPARE(answer.error.kind, ApiError::Kind::IncompleteStream);
            // Everything up to the last checkpoint seen before the kill is there (a later
            // checkpoint may have added more), and nothing that was never streamed.
            QVERIFY2(answer.message.text().startsWith(beforeKill->text),
                     qPrintable(answer.message.text()));
            QString fullAnswer;
            for (int i = 0; i < Events; ++i)
                fullAnswer += QString::fromLatin1(token(round, i));
            QVERIFY(fullAnswer.startsWith(answer.message.text()));
            QVERIFY(answer.message.text().size() < fullAnswer.size());
            keptAnswers.append(answer.message.text());
            server.closeAllConnections();
        }
        // The key went to the server, never to a file.
        QVERIFY(server.requestCount() >= Rounds);
        QCOMPARE(server.lastRequest().header("authorization"),
                 QByteArray("Bearer ") + LeakCanaryKey);
        const QStringList leaks = filesContaining(m_home.path(), QByteArray(LeakCanaryKey));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    // A comparison is as safe: `lineup-cli compare --save` killed while both panes stream
    // leaves the comparison with each pane's answer up to its last checkpoint, interrupted.
    void killedComparisonKeepsEveryPane()
    {
        FakeServer server(FakeServer::Mode::OwnThread);
        const QString dataDir = m_home.filePath(QStringLiteral("compare-data"));
        const QString databasePath = dataDir + QStringLiteral("/lineup.sqlite");
        server.enqueueForModel(QStringLiteral("slow-a"), slowAnswer(7, "slow-a"));
        server.enqueueForModel(QStringLiteral("slow-b"), slowAnswer(8, "slow-b"));
        QProcess child;
        child.setProcessEnvironment(childEnvironment());
        child.start(QStringLiteral(LINEUP_CLI_PATH),
                    {QStringLiteral("--data-dir"), dataDir, QStringLiteral("compare"),
                     QStringLiteral("--base-url"), server.baseUrl().toString(),
                     QStringLiteral("--model"), QStringLiteral("slow-a"), QStringLiteral("--model"),
                     QStringLiteral("slow-b"), QStringLiteral("--key-env"),
                     QStringLiteral("LINEUP_TEST_KEY"), QStringLiteral("--save"),
                     QStringLiteral("Both of you")});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        // Both panes have checkpointed some text (the last assistant row is the later pane's).
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() == 2, 10000);
        const auto checkpointedText = [&databasePath] {
            const std::optional<Row> row = lastAssistant(databasePath);
            return row.has_value() && !row->text.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(checkpointedText(), 10000);
        QTest::qWait(300);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished(5000));

        QString error;
        auto store = ConversationStore::open(dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<ConversationInfo> listed = store->conversations();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().kind, ConversationKind::Comparison);
        const std::optional<Comparison> comparison = store->comparison(listed.first().id);
        QVERIFY(comparison);
        QCOMPARE(comparison->panes.size(), 2);
        for (int pane = 0; pane < 2; ++pane) {
            const QList<MessageRecord> messages =
                store->messages(comparison->panes.at(pane).conversation.id);
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.first().message.text(), QStringLiteral("Both of you"));
            QCOMPARE(messages.last().status, MessageStatus::Interrupted);
            QString fullAnswer;
            for (int i = 0; i < Events; ++i)
                fullAnswer += QString::fromLatin1(token(7 + pane, i));
            QVERIFY2(fullAnswer.startsWith(messages.last().message.text()),
                     qPrintable(messages.last().message.text()));
            QVERIFY(messages.last().message.text().size() < fullAnswer.size());
        }
        server.closeAllConnections();
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
