// Blind rounds: the models a round draws from the pool (different names, every ordered choice
// about equally often under a seeded generator, so no model keeps pane A), the neutral pane
// labels, and the vote a finished comparison starts.
#include "arena/BlindRound.h"

#include <QHash>
#include <QTest>

using namespace Lineup;

namespace {

QList<PoolModel> pool()
{
    return {{QStringLiteral("openai"), QStringLiteral("gpt-5")},
            {QStringLiteral("ollama"), QStringLiteral("llama3.2")},
            {QStringLiteral("ollama"), QStringLiteral("qwen2.5")},
            {QStringLiteral("openrouter"), QStringLiteral("claude-sonnet")}};
}

} // namespace

class TestBlindRound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsDifferentModelsInEveryOrder()
    {
        QRandomGenerator random(2026);
        QHash<QString, int> orderedPairs;
        QHash<QString, int> inPaneA;
        const int rounds = 4800;
        for (int round = 0; round < rounds; ++round) {
            const QList<PoolModel> drawn = drawContenders(pool(), 2, random);
            QCOMPARE(drawn.size(), 2);
            QVERIFY(drawn.at(0).model != drawn.at(1).model);
            QVERIFY(pool().contains(drawn.at(0)) && pool().contains(drawn.at(1)));
            ++orderedPairs[drawn.at(0).model + QLatin1Char('|') + drawn.at(1).model];
            ++inPaneA[drawn.at(0).model];
        }
        // 12 ordered pairs, 400 expected each; 4 models, 1200 expected in pane A each. The
        // bounds are 5 standard deviations wide (19 and 30): a bias would show, chance does not.
        QCOMPARE(orderedPairs.size(), 12);
        for (auto it = orderedPairs.cbegin(); it != orderedPairs.cend(); ++it)
            QVERIFY2(it.value() > 300 && it.value() < 500, qPrintable(it.key()));
        for (auto it = inPaneA.cbegin(); it != inPaneA.cend(); ++it)
            QVERIFY2(it.value() > 1050 && it.value() < 1350, qPrintable(it.key()));
    }

    void drawsMorePanes()
    {
        QRandomGenerator random(7);
        const QList<PoolModel> all = drawContenders(pool(), 4, random);
        QCOMPARE(all.size(), 4);
        for (const PoolModel &model : pool())
            QVERIFY(all.contains(model));
    }

    void neverDrawsOneModelTwice()
    {
        // The same model through two profiles: only one of them per round.
        QList<PoolModel> twice = pool().mid(0, 2);
        twice.append({QStringLiteral("litellm"), QStringLiteral("gpt-5")});
        QRandomGenerator random(11);
        for (int round = 0; round < 200; ++round) {
            const QList<PoolModel> drawn = drawContenders(twice, 2, random);
            QCOMPARE(drawn.size(), 2);
            QVERIFY(drawn.at(0).model != drawn.at(1).model);
        }
        // Three entries but two names: no round of three.
        QVERIFY(drawContenders(twice, 3, random).isEmpty());
        QVERIFY(drawContenders(pool(), 5, random).isEmpty());
        QVERIFY(drawContenders(pool(), 1, random).isEmpty());
        QVERIFY(drawContenders({}, 2, random).isEmpty());
    }

    void sameSeedSameRounds()
    {
        QRandomGenerator first(99);
        QRandomGenerator second(99);
        for (int round = 0; round < 20; ++round)
            QCOMPARE(drawContenders(pool(), 3, first), drawContenders(pool(), 3, second));
    }

    void panesAreLabelledByLetter()
    {
        QCOMPARE(blindPaneLabel(0), QStringLiteral("Model A"));
        QCOMPARE(blindPaneLabel(1), QStringLiteral("Model B"));
        QCOMPARE(blindPaneLabel(7), QStringLiteral("Model H"));
    }

    void voteStartsFromTheComparison()
    {
        Comparison comparison;
        comparison.shared.id = 42;
        for (const PoolModel &model : pool().mid(1, 2)) {
            ComparisonPane pane;
            pane.conversation.profileId = model.profileId;
            pane.conversation.model = model.model;
            pane.position = int(comparison.panes.size());
            comparison.panes.append(pane);
        }
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Vote vote = voteFor(comparison, QStringLiteral("Explain monads"));
        QCOMPARE(vote.comparisonId, 42);
        QCOMPARE(vote.prompt, QStringLiteral("Explain monads"));
        QCOMPARE(vote.contenders,
                 (QList<VoteContender>{{QStringLiteral("llama3.2"), QStringLiteral("ollama")},
                                       {QStringLiteral("qwen2.5"), QStringLiteral("ollama")}}));
        QVERIFY(vote.time >= before);
        QVERIFY(vote.counted);
        vote.outcome = VoteOutcome::Winner;
        vote.winner = 1;
        QVERIFY(vote.problem().isNull());
    }
};

QTEST_GUILESS_MAIN(TestBlindRound)
#include "tst_blindround.moc"
