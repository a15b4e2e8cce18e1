// lineup-cli's blind arena commands end to end on a real database: `votes import` (every line
// checked, nothing changed on a bad line, the line numbers and reasons named), `votes list` and
// `votes export` (the JSON lines format, filters), and `leaderboard` (the same numbers as the
// core computes, best first, reproducible under --seed, filtered by tag and dates); and the
// conversations commands refusing a blind comparison not voted on yet (names stay hidden).
#include "CliRunner.h"
#include "StorageFixtures.h"
#include "arena/Leaderboard.h"
#include "arena/VoteCodec.h"
#include "storage/ConversationStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray line(const char *a, const char *b, const char *winner, const char *extra = "")
{
    return QByteArray("{\"model_a\":\"") + a + "\",\"model_b\":\"" + b + "\",\"winner\":\"" +
           winner + '"' + extra + "}\n";
}

// gpt-5 beats llama3.2 7 to 3 (coding, in November); qwen2.5 ties llama3.2 twice (writing, on
// 1 December); one three-pane order; one vote left out of the leaderboard.
QByteArray sampleVotes()
{
    QByteArray data;
    for (int i = 0; i < 10; ++i)
        data += line(i % 2 ? "llama3.2" : "gpt-5", i % 2 ? "gpt-5" : "llama3.2",
                     i < 7 ? (i % 2 ? "b" : "a") : (i % 2 ? "a" : "b"),
                     ",\"tag\":\"coding\",\"time\":\"2026-11-10T12:00:00Z\"");
    data += line("qwen2.5", "llama3.2", "tie",
                 ",\"tag\":\"writing\",\"time\":\"2026-12-01T08:00:00Z\"");
    data += line("llama3.2", "qwen2.5", "both_bad",
                 ",\"tag\":\"Writing\",\"time\":\"2026-12-01T23:30:00Z\"");
    data += "{\"model_a\":\"qwen2.5\",\"model_b\":\"gpt-5\",\"model_c\":\"llama3.2\",\"winner\":"
            "\"b\",\"order\":[\"b\",\"a\",\"c\"],\"time\":\"2026-12-02T09:00:00Z\"}\n";
    data += line("qwen2.5", "gpt-5", "a", ",\"identity_flag\":true,\"counted\":false");
    return data;
}

} // namespace

class TestCliVotes : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliRunner> m_cli;

    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_cli->run(
            QStringList{QStringLiteral("--data-dir"), m_home->filePath(QStringLiteral("data"))} +
                arguments,
            input);
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write the test file");
        return path;
    }
    void importSample()
    {
        const CliRun imported = run({QStringLiteral("votes"), QStringLiteral("import"),
                                     writeFile(QStringLiteral("sample.jsonl"), sampleVotes())});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }
    QJsonArray listJson(const QStringList &filters = {})
    {
        const CliRun listed = run(
            QStringList{QStringLiteral("votes"), QStringLiteral("list"), QStringLiteral("--json")} +
            filters);
        if (listed.exitCode != 0)
            qWarning("%s", qPrintable(listed.describe()));
        return QJsonDocument::fromJson(listed.out).array();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliRunner>(m_home->path());
        m_cli->setEnv(QStringLiteral("TZ"), QStringLiteral("UTC")); // day bounds are local
    }
    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    void importListExportRoundTrip()
    {
        importSample();
        const QJsonArray votes = listJson();
        QCOMPARE(votes.size(), 14);
        const QJsonObject order = votes.at(12).toObject();
        QCOMPARE(order.value(QStringLiteral("model_c")).toString(), QStringLiteral("llama3.2"));
        QCOMPARE(order.value(QStringLiteral("order")).toArray().size(), 3);
        QVERIFY(order.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(order.value(QStringLiteral("comparison_id")).isNull());
        QCOMPARE(votes.at(13).toObject().value(QStringLiteral("counted")), QJsonValue(false));

        // The export is the import, line for line (the format written is the format read).
        const CliRun exported = run({QStringLiteral("votes"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, sampleVotes());
        const QString file = m_home->filePath(QStringLiteral("out.jsonl"));
        QCOMPARE(
            run({QStringLiteral("votes"), QStringLiteral("export"), QStringLiteral("-o"), file})
                .exitCode,
            0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), sampleVotes());

        // Text listing: the verdicts and the notes.
        const CliRun listed = run({QStringLiteral("votes"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.outText().contains(QStringLiteral("B > A > C")));
        QVERIFY(listed.outText().contains(QStringLiteral("both bad")));
        QVERIFY(listed.outText().contains(QStringLiteral("named a model, left out")));
        QVERIFY(listed.outText().contains(QStringLiteral("2026-11-10 12:00")));
    }

    void importFromStandardInput()
    {
        const CliRun imported =
            run({QStringLiteral("votes"), QStringLiteral("import"), QStringLiteral("-")},
                line("x", "y", "a") + line("y", "x", "tie"));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QVERIFY(imported.errText().contains(QStringLiteral("imported 2 votes")));
        QCOMPARE(listJson().size(), 2);
    }

    void badLinesAreNamedAndNothingChanges()
    {
        importSample();
        QByteArray data = line("x", "y", "a");
        data += "{\"model_a\":\"x\",\"model_b\":\"y\",\"winner\":\"c\"}\n";
        data += "\n";
        data += "not json\n";
        data += line("x", "y", "b");
        const CliRun imported = run({QStringLiteral("votes"), QStringLiteral("import"),
                                     writeFile(QStringLiteral("bad.jsonl"), data)});
        QCOMPARE(imported.exitCode, 1);
        const QStringList errors = imported.errLines();
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.at(0).contains(QStringLiteral("bad.jsonl, line 2: \"winner\" is \"c\"")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("line 4: not JSON")),
                 qPrintable(errors.at(1)));
        QVERIFY(errors.at(2).contains(QStringLiteral("nothing was imported")));
        QCOMPARE(listJson().size(), 14); // the earlier votes, nothing more

        const CliRun missing = run({QStringLiteral("votes"), QStringLiteral("import"),
                                    m_home->filePath(QStringLiteral("nowhere.jsonl"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errText().contains(QStringLiteral("cannot read")));
    }

    void leaderboardPrintsTheCoreNumbers()
    {
        importSample();
        const CliRun board = run({QStringLiteral("leaderboard"), QStringLiteral("--json"),
                                  QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(board.exitCode == 0, qPrintable(board.describe()));
        const QJsonObject json = QJsonDocument::fromJson(board.out).object();
        const QJsonArray models = json.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 3);
        QCOMPARE(json.value(QStringLiteral("vote_count")).toInt(), 13); // one left out
        QCOMPARE(json.value(QStringLiteral("seed")).toInt(), 7);

        LeaderboardOptions options;
        options.seed = 7;
        const LeaderboardResult expected =
            Leaderboard::compute(VoteCodec::fromJsonLines(sampleVotes()).votes, {}, options);
        QCOMPARE(expected.entries.size(), 3);
        for (int row = 0; row < 3; ++row) {
            const QJsonObject model = models.at(row).toObject();
            const LeaderboardEntry &entry = expected.entries.at(row);
            QCOMPARE(model.value(QStringLiteral("model")).toString(), entry.model);
            QVERIFY(std::abs(model.value(QStringLiteral("rating")).toDouble() - entry.rating) <=
                    0.05);
            QVERIFY(std::abs(model.value(QStringLiteral("ci_low")).toDouble() - entry.ciLow) <=
                    0.05);
            QVERIFY(std::abs(model.value(QStringLiteral("ci_high")).toDouble() - entry.ciHigh) <=
                    0.05);
            QCOMPARE(model.value(QStringLiteral("rank")).toInt(), entry.rank);
            QCOMPARE(model.value(QStringLiteral("votes")).toInt(), entry.votes);
            QCOMPARE(model.value(QStringLiteral("wins")).toInt(), entry.wins);
            QCOMPARE(model.value(QStringLiteral("losses")).toInt(), entry.losses);
            QCOMPARE(model.value(QStringLiteral("ties")).toInt(), entry.ties);
        }
        const QJsonObject first = models.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-5"));
        QCOMPARE(first.value(QStringLiteral("wins")).toInt(), 8); // 7 pairs and the order
        QCOMPARE(json.value(QStringLiteral("win_rates"))
                     .toObject()
                     .value(QStringLiteral("gpt-5"))
                     .toObject()
                     .value(QStringLiteral("llama3.2"))
                     .toDouble(),
                 0.727); // 7 of 10 pairs and the order's: 8 of 11, rounded

        // The same seed, the same output; the text table carries the same ranking.
        QCOMPARE(run({QStringLiteral("leaderboard"), QStringLiteral("--json"),
                      QStringLiteral("--seed"), QStringLiteral("7")})
                     .out,
                 board.out);
        const CliRun text =
            run({QStringLiteral("leaderboard"), QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("RANK")));
        QVERIFY(lines.at(1).contains(QStringLiteral("gpt-5")));
        QVERIFY(lines.at(1).contains(QString::number(qRound(expected.entries.at(0).rating))));
        QVERIFY(lines.last().contains(QStringLiteral("Votes counted: 13.")));
        QVERIFY(lines.last().contains(QStringLiteral("seed 7")));
    }

    void leaderboardFilters()
    {
        importSample();
        const auto board = [&](const QStringList &filters) {
            const CliRun run_ =
                run(QStringList{QStringLiteral("leaderboard"), QStringLiteral("--json")} + filters);
            return QJsonDocument::fromJson(run_.out).object();
        };
        const QJsonObject coding = board({QStringLiteral("--tag"), QStringLiteral("CODING")});
        QCOMPARE(coding.value(QStringLiteral("vote_count")).toInt(), 10);
        QCOMPARE(coding.value(QStringLiteral("models")).toArray().size(), 2);
        // A day is the whole day: both writing votes of 1 December, not the order of the 2nd.
        const QJsonObject december1 =
            board({QStringLiteral("--since"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--until"), QStringLiteral("2026-12-01")});
        QCOMPARE(december1.value(QStringLiteral("vote_count")).toInt(), 2);
        const QJsonObject fromTime =
            board({QStringLiteral("--since"), QStringLiteral("2026-12-01T12:00:00Z")});
        QCOMPARE(fromTime.value(QStringLiteral("vote_count")).toInt(), 2);
        QCOMPARE(listJson({QStringLiteral("--tag"), QStringLiteral("writing")}).size(), 2);

        const CliRun none =
            run({QStringLiteral("leaderboard"), QStringLiteral("--tag"), QStringLiteral("poetry")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.errText().contains(QStringLiteral("no votes to rank")));
    }

    void usageErrors()
    {
        const CliRun since =
            run({QStringLiteral("leaderboard"), QStringLiteral("--since"), QStringLiteral("soon")});
        QCOMPARE(since.exitCode, 2);
        QVERIFY(since.errText().contains(QStringLiteral("--since needs a date")));
        const CliRun seed =
            run({QStringLiteral("leaderboard"), QStringLiteral("--seed"), QStringLiteral("-3")});
        QCOMPARE(seed.exitCode, 2);
        QVERIFY(seed.errText().contains(QStringLiteral("--seed needs a whole number")));
        QCOMPARE(run({QStringLiteral("votes"), QStringLiteral("tally")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("votes")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("votes"), QStringLiteral("import")}).exitCode, 2);
        const CliRun help = run({QStringLiteral("votes"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().contains(
            QStringLiteral("\"winner\": \"a\"|\"b\"|\"tie\"|\"both_bad\"")));
        const CliRun mainHelp = run({QStringLiteral("--help")});
        QVERIFY(mainHelp.outText().contains(QStringLiteral("  leaderboard  ")));
    }

    void conversationsCommandsKeepAnUnvotedBlindComparisonsModelsHidden()
    {
        qint64 id = 0;
        qint64 paneId = 0;
        {
            QString error;
            auto store = ConversationStore::open(m_home->filePath(QStringLiteral("data")), &error);
            QVERIFY2(store, qPrintable(error));
            Comparison comparison;
            comparison.shared.blind = BlindState::Unvoted;
            for (const char *model : {"kestrel-1", "osprey-2"}) {
                ComparisonPane pane;
                pane.conversation.model = QLatin1String(model);
                pane.conversation.profileId = QStringLiteral("fake");
                comparison.panes.append(pane);
            }
            id = store->createComparison(comparison);
            QVERIFY(id > 0);
            paneId = comparison.panes.first().conversation.id;
            QVERIFY(store->appendMessage(paneId, sampleUserTurn(QStringLiteral("Which?"))) > 0);
            ConversationInfo chat;
            chat.title = QStringLiteral("Ordinary chat");
            chat.model = QStringLiteral("gpt-5");
            QVERIFY(store->createConversation(chat) > 0);
        }
        const QString conversations = QStringLiteral("conversations");
        const auto refused = [&](const QStringList &arguments) {
            const CliRun result = run(QStringList{conversations} + arguments);
            QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
            QVERIFY2(result.errText().contains(QStringLiteral("blind comparison not voted on yet")),
                     qPrintable(result.describe()));
            QVERIFY(!result.outText().contains(QStringLiteral("kestrel-1")));
        };
        refused({QStringLiteral("show"), QString::number(id)});
        refused({QStringLiteral("show"), QString::number(paneId), QStringLiteral("--json")});
        refused({QStringLiteral("usage"), QString::number(id)});
        refused({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                 QStringLiteral("markdown")});
        refused({QStringLiteral("export"), QString::number(paneId), QStringLiteral("--format"),
                 QStringLiteral("openai")});

        // --all exports everything else and says what it left out.
        const CliRun all = run({conversations, QStringLiteral("export"), QStringLiteral("--all"),
                                QStringLiteral("--format"), QStringLiteral("lineup")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        QVERIFY(all.outText().contains(QStringLiteral("Ordinary chat")));
        QVERIFY(!all.outText().contains(QStringLiteral("kestrel-1")));
        QVERIFY2(all.errText().contains(QStringLiteral("left out 1 blind comparison")),
                 qPrintable(all.errText()));
        const CliRun listed =
            run({conversations, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!listed.outText().contains(QStringLiteral("kestrel-1")));
        bool found = false;
        for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out).array())
            if (entry.toObject().value(QStringLiteral("id")).toInteger() == id)
                found = entry.toObject().value(QStringLiteral("blind")).toString() ==
                        QStringLiteral("unvoted");
        QVERIFY2(found, qPrintable(listed.describe()));

        // Voted: shown with its models.
        {
            QString error;
            auto store = ConversationStore::open(m_home->filePath(QStringLiteral("data")), &error);
            QVERIFY(store && store->setBlindState(id, BlindState::Voted));
        }
        const CliRun shown = run({conversations, QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QVERIFY(shown.outText().contains(QStringLiteral("kestrel-1")));
    }
};

QTEST_GUILESS_MAIN(TestCliVotes)
#include "tst_cli_votes.moc"
