// `lineup-cli conversations ...`: the command function in-process, then the built binary as a
// child process against the same database.
#include "CliRunner.h"
#include "StorageFixtures.h"

// The command lives in the lineup-cli executable, not in a library: compile it in here.
#include "ConversationsCommand.h"
#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

} // namespace

class TestCliConversations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_dataDir;
    qint64 m_travel = 0;
    qint64 m_cooking = 0;

    Result run(QStringList arguments, bool withDataDir = true)
    {
        if (withDataDir)
            arguments = QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments;
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = runConversationsCommand(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dataDir = m_home.filePath(QStringLiteral("data"));
        QString error;
        auto store = ConversationStore::open(m_dataDir, &error);
        QVERIFY2(store, qPrintable(error));
        ConversationInfo info = sampleConversation(QStringLiteral("Travel to Zürich"));
        info.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        m_travel = store->createConversation(info);
        m_cooking = store->createConversation(sampleConversation(QStringLiteral("Cooking eggs")));
        store->appendMessage(m_travel,
                             sampleUserTurn(QStringLiteral("Where do zebras live?"), true));
        store->appendMessage(m_travel, sampleAssistant(QStringLiteral("In Africa, mostly.")));
        store->appendMessage(m_cooking, sampleUserTurn(QStringLiteral("How long for an egg?")));
        // Cooking was touched last: it lists first although Travel was created... first.
    }

    void listNewestFirst()
    {
        const Result result = run({QStringLiteral("list")});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains(QStringLiteral("Cooking eggs")));
        QVERIFY(lines[1].contains(QStringLiteral("Travel to Zürich")));
        QVERIFY(lines[1].trimmed().startsWith(QString::number(m_travel)));

        const Result json = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject travel = array[1].toObject();
        QCOMPARE(travel.value(QStringLiteral("id")).toInteger(), m_travel);
        QCOMPARE(travel.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Travel to Zürich"));
        QCOMPARE(travel.value(QStringLiteral("message_count")).toInt(), 2);
        QVERIFY(!travel.value(QStringLiteral("updated_at")).toString().isEmpty());
    }

    void showEveryField()
    {
        const Result text = run({QStringLiteral("show"), QString::number(m_travel)});
        QCOMPARE(text.code, 0);
        for (const char *expected : {"Where do zebras live?", "In Africa, mostly.", "[stopped]",
                                     "get_weather", "cached_tokens", "tool_calls", "reasoning:",
                                     "image image/png", "You are terse.", "time_to_first_token_ms"})
            QVERIFY2(text.out.contains(QLatin1String(expected)), expected);

        const Result json =
            run({QStringLiteral("show"), QString::number(m_travel), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), m_travel);
        const QJsonArray messages = object.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject answer = messages[1].toObject();
        QVERIFY(answer.value(QStringLiteral("id")).toInteger() > 0);
        for (const char *key : {"role", "content", "reasoning", "refusal", "tool_calls", "model",
                                "profile_id", "parameters", "usage", "timings", "finish_reason",
                                "status", "error", "created_at", "alternatives"})
            QVERIFY2(answer.contains(QLatin1String(key)), key);
        QCOMPARE(answer.value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("prompt_tokens_details"))
                     .toObject()
                     .value(QStringLiteral("cached_tokens"))
                     .toInt(),
                 8);
    }

    void showErrors()
    {
        Result result = run({QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(result.code, 1);
        QCOMPARE(result.errLines(), QStringList{QStringLiteral("there is no conversation 999")});
        result = run({QStringLiteral("show"), QStringLiteral("abc")});
        QCOMPARE(result.code, 2);
        QCOMPARE(result.errLines().size(), 1);
        result = run({QStringLiteral("show")});
        QCOMPARE(result.code, 2);
    }

    void searchHighlights()
    {
        const Result text = run({QStringLiteral("search"), QStringLiteral("zebra")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Where do [zebras] live?")),
                 qPrintable(text.out));
        QVERIFY(text.out.startsWith(QString::number(m_travel) + QLatin1Char(':')));
        const Result json =
            run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("egg")});
        QCOMPARE(json.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits[0].toObject();
        QCOMPARE(hit.value(QStringLiteral("conversation_id")).toInteger(), m_cooking);
        QVERIFY(hit.value(QStringLiteral("message_id")).toInteger() > 0);
        QCOMPARE(hit.value(QStringLiteral("marked_snippet")).toString(),
                 QStringLiteral("How long for an [egg]?"));
        QCOMPARE(hit.value(QStringLiteral("highlights")).toArray(),
                 (QJsonArray{QJsonArray{16, 3}}));
        QCOMPARE(run({QStringLiteral("search")}).code, 2);
    }

    void exportFormats()
    {
        Result result = run({QStringLiteral("export"), QString::number(m_travel),
                             QStringLiteral("--format"), QStringLiteral("openai")});
        QCOMPARE(result.code, 0);
        const QJsonObject body = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4.1-nano"));
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 3);

        const QString file = m_home.filePath(QStringLiteral("all.json"));
        result =
            run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), file});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("lineup.conversations"));
        QCOMPARE(document.value(QStringLiteral("conversations")).toArray().size(), 2);

        result = run({QStringLiteral("export"), QString::number(m_cooking),
                      QStringLiteral("--format=markdown")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("# Cooking eggs")));

        result = run({QStringLiteral("export"), QString::number(m_cooking),
                      QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(result.code, 2);
        QCOMPARE(result.errLines().size(), 1);
        QCOMPARE(run({QStringLiteral("export")}).code, 2);
        result = run({QStringLiteral("export"), QStringLiteral("4242")});
        QCOMPARE(result.code, 1);
        QCOMPARE(result.errLines(), QStringList{QStringLiteral("there is no conversation 4242")});
    }

    void importPrintsNewIds()
    {
        const Result exported = run({QStringLiteral("export"), QString::number(m_travel)});
        const QString good = writeFile(QStringLiteral("good.json"), exported.out.toUtf8());
        const QString bad =
            writeFile(QStringLiteral("bad.json"),
                      QByteArrayLiteral(R"({"messages":[{"role":"user","content":7}]})"));
        Result result = run({QStringLiteral("import"), good});
        QCOMPARE(result.code, 0);
        const qint64 id = result.out.trimmed().toLongLong();
        QVERIFY(id > m_cooking);
        result = run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Travel to Zürich (imported 2)"));

        result = run({QStringLiteral("import"), bad, good});
        QCOMPARE(result.code, 1);
        QCOMPARE(
            result.errLines(),
            QStringList{
                bad + QStringLiteral(
                          ": $.messages[0].content: must be a string, an array of parts or null")});
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
        QCOMPARE(run({QStringLiteral("import")}).code, 2);
    }

    void deleteRemoves()
    {
        const Result exported = run({QStringLiteral("export"), QString::number(m_cooking)});
        const QString path = writeFile(QStringLiteral("cook.json"), exported.out.toUtf8());
        const qint64 id = run({QStringLiteral("import"), path}).out.trimmed().toLongLong();
        Result result = run({QStringLiteral("delete"), QString::number(id)});
        QCOMPARE(result.code, 0);
        QCOMPARE(run({QStringLiteral("show"), QString::number(id)}).code, 1);
        result = run({QStringLiteral("delete"), QString::number(id)});
        QCOMPARE(result.code, 1);
        QCOMPARE(result.errLines().size(), 1);
        QCOMPARE(run({QStringLiteral("delete")}).code, 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--data-dir")}, false).code, 2);
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("export ID...")));
    }

    void dataDirFromEnvironment()
    {
        qputenv("LINEUP_DATA_DIR", QFile::encodeName(m_dataDir));
        const Result result = run({QStringLiteral("list"), QStringLiteral("--json")}, false);
        qunsetenv("LINEUP_DATA_DIR");
        QCOMPARE(result.code, 0);
        QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).array().size() >= 2);
        // An unusable data directory is a failure, not a usage error.
        QFile blocker(m_home.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Result broken =
            run({QStringLiteral("--data-dir"), blocker.fileName() + QStringLiteral("/x"),
                 QStringLiteral("list")},
                false);
        QCOMPARE(broken.code, 1);
        QCOMPARE(broken.errLines().size(), 1);
    }

    void builtBinaryUsesTheSameDatabase()
    {
        CliRunner cli(m_home.filePath(QStringLiteral("child-home")));
        QDir().mkpath(cli.home());
        CliRun list =
            cli.run({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("conversations"),
                     QStringLiteral("list"), QStringLiteral("--json")});
        if (list.errText().contains(QStringLiteral("not available in this build")))
            QSKIP("lineup-cli does not dispatch `conversations` yet (main.cpp)");
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray array = QJsonDocument::fromJson(list.out).array();
        QVERIFY(array.size() >= 2);

        CliRun search =
            cli.run({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("conversations"),
                     QStringLiteral("search"), QStringLiteral("zebras")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.outText().contains(QStringLiteral("[zebras]")));

        const QString bad = writeFile(QStringLiteral("child-bad.json"), QByteArrayLiteral("[1]"));
        CliRun import = cli.run({QStringLiteral("--data-dir"), m_dataDir,
                                 QStringLiteral("conversations"), QStringLiteral("import"), bad});
        QCOMPARE(import.exitCode, 1);
        QCOMPARE(import.errLines(),
                 QStringList{bad + QStringLiteral(": $[0]: must be a request body object")});

        CliRun usage = cli.run({QStringLiteral("conversations"), QStringLiteral("show")});
        QCOMPARE(usage.exitCode, 2);

        // Nothing the CLI wrote holds a key (none is ever given to these commands).
        QVERIFY(filesContaining(m_home.path(), QByteArray(LeakCanaryKey)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliConversations)
#include "tst_cli_conversations.moc"
