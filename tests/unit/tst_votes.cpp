// Votes as JSON lines (`lineup-cli votes export/import`): the documented shape written exactly,
// every outcome and optional field through a round trip, votes of more than two panes, and
// malformed lines rejected with their line number and the reason.
#include "VoteFixtures.h"
#include "arena/VoteCodec.h"

#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

Q_DECLARE_METATYPE(Lineup::Vote)

namespace {

const QString A = QStringLiteral("gpt-4o-mini");
const QString B = QStringLiteral("llama3.1:8b");

Vote threePanes()
{
    Vote vote;
    vote.contenders = {{A, QStringLiteral("openai")},
                       {B, QStringLiteral("ollama")},
                       {QStringLiteral("qwen2.5"), QStringLiteral("ollama")}};
    return vote;
}

} // namespace

class TestVotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedShape()
    {
        Vote vote = pairVote(A, B, PairVerdict::B, QStringLiteral("coding"), utc(2026, 12, 7, 11));
        vote.contenders[0].profileId.clear();
        vote.contenders[1].profileId.clear();
        QCOMPARE(VoteCodec::toJsonLine(vote),
                 QByteArray(R"({"model_a":"gpt-4o-mini","model_b":"llama3.1:8b","winner":"b",)"
                            R"("tag":"coding","time":"2026-12-07T11:00:00Z"})"));
        // tag and time are optional and left out when empty.
        QCOMPARE(VoteCodec::toJsonLine(pairVote(A, B, PairVerdict::BothBad)),
                 QByteArray(R"({"model_a":"gpt-4o-mini","model_b":"llama3.1:8b",)"
                            R"("winner":"both_bad","profile_a":"profile","profile_b":"profile"})"));
    }

    void readsTheDocumentedShape()
    {
        QString reason;
        const std::optional<Vote> vote = VoteCodec::fromJsonLine(
            R"({"model_a": "x", "model_b": "y", "winner": "tie", "tag": "writing", )"
            R"("time": "2026-12-07T12:30:00+01:00"})",
            &reason);
        QVERIFY2(vote, qPrintable(reason));
        QCOMPARE(vote->contenders.size(), 2);
        QCOMPARE(vote->contenders.at(0).model, QStringLiteral("x"));
        QCOMPARE(vote->contenders.at(1).model, QStringLiteral("y"));
        QCOMPARE(vote->outcome, VoteOutcome::Tie);
        QCOMPARE(vote->tag, QStringLiteral("writing"));
        QCOMPARE(vote->time, utc(2026, 12, 7, 11).addSecs(30 * 60));
        QCOMPARE(vote->time.timeSpec(), Qt::UTC);
        QVERIFY(vote->counted);
        QVERIFY(!vote->identityFlagged);
        QCOMPARE(vote->comparisonId, 0);

        const std::optional<Vote> bare =
            VoteCodec::fromJsonLine(R"({"model_a":"x","model_b":"y","winner":"a"})", &reason);
        QVERIFY(bare);
        QCOMPARE(bare->outcome, VoteOutcome::Winner);
        QCOMPARE(bare->winner, 0);
        QVERIFY(bare->tag.isEmpty());
        QVERIFY(!bare->time.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Vote>("vote");
        for (const PairVerdict verdict :
             {PairVerdict::A, PairVerdict::B, PairVerdict::Tie, PairVerdict::BothBad}) {
            QTest::addRow("two panes %d", int(verdict))
                << pairVote(A, B, verdict, QStringLiteral("coding"), utc(2026, 12, 1));
        }
        Vote everything = pairVote(A, B, PairVerdict::A, QStringLiteral("naïve \"quotes\" 日本"),
                                   utc(2026, 12, 1).addMSecs(123));
        everything.prompt = QStringLiteral("Write a haiku\nabout \\ backslashes");
        everything.identityFlagged = true;
        everything.counted = false;
        QTest::newRow("every field") << everything;
        Vote best = threePanes();
        best.outcome = VoteOutcome::Winner;
        best.winner = 2;
        QTest::newRow("best of three") << best;
        Vote order = threePanes();
        order.outcome = VoteOutcome::Order;
        order.order = {1, 2, 0};
        order.winner = 1;
        order.time = utc(2026, 6, 30, 23);
        QTest::newRow("order of three") << order;
        Vote eight;
        for (int pane = 0; pane < Vote::MaxPanes; ++pane)
            eight.contenders.append({QStringLiteral("model-%1").arg(pane), {}});
        eight.outcome = VoteOutcome::Winner;
        eight.winner = 7;
        QTest::newRow("eight panes, h wins") << eight;
    }
    void roundTrip()
    {
        QFETCH(Vote, vote);
        const QByteArray line = VoteCodec::toJsonLine(vote);
        QVERIFY(!line.contains('\n'));
        QString reason;
        const std::optional<Vote> back = VoteCodec::fromJsonLine(line, &reason);
        QVERIFY2(back, qPrintable(reason + QLatin1Char(' ') + QString::fromUtf8(line)));
        QCOMPARE(*back, vote);
    }

    void manyLinesRoundTrip()
    {
        QList<Vote> votes = simulatedVotes({1100, 1000, 900}, 50, 3);
        for (int i = 0; i < votes.size(); ++i)
            votes[i].time = utc(2026, 11, 1 + i % 28);
        const QByteArray data = VoteCodec::toJsonLines(votes);
        QCOMPARE(data.count('\n'), 50);
        const VoteCodec::ParseResult parsed = VoteCodec::fromJsonLines(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.votes, votes);
        // Blank lines and Windows line ends are fine.
        QByteArray loose = data;
        loose.replace('\n', "\r\n\r\n");
        QCOMPARE(VoteCodec::fromJsonLines(loose).votes, votes);
    }

    void malformedLinesNamedWithReasons_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason"); // a part of the reason
        QTest::newRow("not json") << QByteArray(R"({"model_a": "x",)")
                                  << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray(R"(["x","y","a"])") << QStringLiteral("JSON object");
        QTest::newRow("no model_b") << QByteArray(R"({"model_a":"x","winner":"a"})")
                                    << QStringLiteral("\"model_b\" are required");
        QTest::newRow("empty model") << QByteArray(R"({"model_a":" ","model_b":"y","winner":"a"})")
                                     << QStringLiteral("\"model_a\" must be a model name");
        QTest::newRow("model number") << QByteArray(R"({"model_a":"x","model_b":4,"winner":"a"})")
                                      << QStringLiteral("\"model_b\" must be a model name");
        QTest::newRow("no winner") << QByteArray(R"({"model_a":"x","model_b":"y"})")
                                   << QStringLiteral("\"winner\" is missing");
        QTest::newRow("winner word")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"A"})")
            << QStringLiteral(
                   "\"winner\" is \"A\"; it must be \"a\", \"b\", \"tie\" or \"both_bad\"");
        QTest::newRow("winner c of two")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"c"})")
            << QStringLiteral("\"winner\" is \"c\"");
        QTest::newRow("winner number") << QByteArray(R"({"model_a":"x","model_b":"y","winner":1})")
                                       << QStringLiteral("\"winner\" must be");
        QTest::newRow("bad time")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"a","time":"yesterday"})")
            << QStringLiteral("ISO 8601");
        QTest::newRow("tag number")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"a","tag":3})")
            << QStringLiteral("\"tag\" must be a string");
        QTest::newRow("unknown key") << QByteArray(R"({"model_a":"x","model_b":"y","winer":"a"})")
                                     << QStringLiteral("unknown key \"winer\"");
        QTest::newRow("gap in panes")
            << QByteArray(R"({"model_a":"x","model_b":"y","model_d":"z","winner":"a"})")
            << QStringLiteral("\"model_d\" without \"model_c\"");
        QTest::newRow("order not a permutation")
            << QByteArray(
                   R"({"model_a":"x","model_b":"y","model_c":"z","winner":"a","order":["a","a","b"]})")
            << QStringLiteral("each of the 3 models once");
        QTest::newRow("order against winner")
            << QByteArray(
                   R"({"model_a":"x","model_b":"y","model_c":"z","winner":"a","order":["b","a","c"]})")
            << QStringLiteral("first model of the order");
        QTest::newRow("order with a tie")
            << QByteArray(
                   R"({"model_a":"x","model_b":"y","model_c":"z","winner":"tie","order":["b","a","c"]})")
            << QStringLiteral("\"order\" cannot go with");
        QTest::newRow("order of two")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"a","order":["a","b"]})")
            << QStringLiteral("more than two");
        QTest::newRow("flag text")
            << QByteArray(R"({"model_a":"x","model_b":"y","winner":"a","counted":"no"})")
            << QStringLiteral("true or false");
    }
    void malformedLinesNamedWithReasons()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!VoteCodec::fromJsonLine(line, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));

        // In a file: the line number, and the good lines around it do not hide it.
        const QByteArray good = R"({"model_a":"x","model_b":"y","winner":"a"})";
        const VoteCodec::ParseResult parsed =
            VoteCodec::fromJsonLines(good + "\n\n" + good + '\n' + line + '\n' + good + '\n');
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errors.size(), 1);
        QCOMPARE(parsed.errors.first().line, 4);
        QCOMPARE(parsed.errors.first().reason, why);
    }

    void everyBadLineIsReported()
    {
        const QByteArray data = "{\"model_a\":\"x\",\"model_b\":\"y\",\"winner\":\"a\"}\n"
                                "nonsense\n"
                                "{\"model_a\":\"x\",\"model_b\":\"y\",\"winner\":\"z\"}\n";
        const VoteCodec::ParseResult parsed = VoteCodec::fromJsonLines(data);
        QCOMPARE(parsed.errors.size(), 2);
        QCOMPARE(parsed.errors.at(0).line, 2);
        QCOMPARE(parsed.errors.at(1).line, 3);
        QCOMPARE(parsed.votes.size(), 1); // parsed, but not to be used: the file has errors
    }

    void paneLetters()
    {
        QCOMPARE(paneLetter(0), QStringLiteral("a"));
        QCOMPARE(paneLetter(7), QStringLiteral("h"));
        QVERIFY(paneLetter(8).isEmpty());
        QVERIFY(paneLetter(-1).isEmpty());
        QCOMPARE(paneFromLetter(u"c"), 2);
        QCOMPARE(paneFromLetter(u"i"), -1);
        QCOMPARE(paneFromLetter(u"ab"), -1);
    }
};

QTEST_GUILESS_MAIN(TestVotes)
#include "tst_votes.moc"
