// Arena votes in the conversation database (schema v7) through VoteStore: every field back after
// reopening the file, filters, imports that store all or nothing, and the user's choice when the
// comparison a vote came from is deleted (keep the votes or delete them), against real SQLite.
#include "VoteFixtures.h"
#include "arena/Leaderboard.h"
#include "storage/ConversationStore.h"
#include "storage/VoteStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

Comparison twoPaneComparison()
{
    Comparison comparison;
    comparison.shared.title = QStringLiteral("Blind round");
    for (const char *model : {"gpt-5", "llama3.2"}) {
        ComparisonPane pane;
        pane.conversation.model = QLatin1String(model);
        pane.position = int(comparison.panes.size());
        comparison.panes.append(pane);
    }
    return comparison;
}

} // namespace

class TestVoteStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationStore> m_store;

    ConversationStore &store()
    {
        if (!m_store) {
            QString error;
            m_store = ConversationStore::open(m_dir->path(), &error);
            if (!m_store)
                qFatal("cannot open the store: %s", qPrintable(error));
        }
        return *m_store;
    }
    void reopen() { m_store.reset(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void everyFieldSurvivesReopening()
    {
        Comparison comparison = twoPaneComparison();
        const qint64 comparisonId = store().createComparison(comparison);
        QVERIFY(comparisonId > 0);

        Vote first = pairVote(QStringLiteral("gpt-5"), QStringLiteral("llama3.2"), PairVerdict::B,
                              QStringLiteral("coding"), utc(2026, 12, 7, 11));
        first.time = first.time.addMSecs(250);
        first.prompt = QStringLiteral("Write a quicksort in Rust");
        first.comparisonId = comparisonId;
        first.identityFlagged = true;
        first.counted = false;
        Vote order;
        order.contenders = {{QStringLiteral("a"), QStringLiteral("p1")},
                            {QStringLiteral("b"), QStringLiteral("p2")},
                            {QStringLiteral("c"), QStringLiteral("p3")}};
        order.outcome = VoteOutcome::Order;
        order.order = {2, 0, 1};
        order.winner = 2;
        const Vote untimed = pairVote(QStringLiteral("x"), QStringLiteral("y"),
                                      PairVerdict::BothBad); // an import without a time

        VoteStore votes(store());
        QSignalSpy changed(&votes, &VoteStore::votesChanged);
        QList<Vote> expected{first, order, untimed};
        for (Vote &vote : expected) {
            vote.id = votes.add(vote);
            QVERIFY2(vote.id > 0, qPrintable(votes.lastError()));
        }
        QCOMPARE(changed.count(), 3);

        reopen();
        VoteStore reopened(store());
        QCOMPARE(reopened.count(), 3);
        QCOMPARE(reopened.votes(), expected);
        QCOMPARE(reopened.votesOf(comparisonId), QList<Vote>{expected.first()});
    }

    void refusesMalformedVotes()
    {
        VoteStore votes(store());
        Vote lonely;
        lonely.contenders = {{QStringLiteral("only-one"), {}}};
        QCOMPARE(votes.add(lonely), 0);
        QVERIFY(votes.lastError().contains(QStringLiteral("2 to 8 models")));
        Vote nowhere = pairVote(QStringLiteral("x"), QStringLiteral("y"), PairVerdict::A);
        nowhere.comparisonId = 999; // no such comparison
        QCOMPARE(votes.add(nowhere), 0);
        QVERIFY(!votes.lastError().isEmpty());
        QCOMPARE(votes.count(), 0);
    }

    void filtersByTagAndTime()
    {
        VoteStore votes(store());
        const QString x = QStringLiteral("x");
        const QString y = QStringLiteral("y");
        QVERIFY(votes.addAll(
            {pairVote(x, y, PairVerdict::A, QStringLiteral("Écrire"), utc(2026, 11, 1)),
             pairVote(x, y, PairVerdict::B, QStringLiteral("coding"), utc(2026, 11, 15)),
             pairVote(x, y, PairVerdict::Tie, QStringLiteral("Coding"), utc(2026, 12, 1)),
             pairVote(x, y, PairVerdict::Tie)}));
        VoteFilter coding;
        coding.tag = QStringLiteral("Coding");
        QCOMPARE(votes.votes(coding).size(), 2);
        VoteFilter accented;
        accented.tag = QStringLiteral("écrire"); // case folding beyond ASCII
        QCOMPARE(votes.votes(accented).size(), 1);
        VoteFilter november;
        november.since = utc(2026, 11, 1, 0);
        november.until = utc(2026, 12, 1, 0);
        const QList<Vote> inNovember = votes.votes(november);
        QCOMPARE(inNovember.size(), 2);
        QCOMPARE(inNovember.at(1).tag, QStringLiteral("coding"));
        QCOMPARE(votes.votes(coding).last().tag, QStringLiteral("Coding"));
        QCOMPARE(votes.votes().size(), 4);
        // Suggestions for the tag field: most used first.
        const QStringList tags = votes.tags(); // "coding" and "Coding" are one tag
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0).toLower(), QStringLiteral("coding"));
        QCOMPARE(tags.at(1), QStringLiteral("Écrire"));
    }

    void importStoresAllOrNothing()
    {
        VoteStore votes(store());
        QVERIFY(votes.add(pairVote(QStringLiteral("x"), QStringLiteral("y"), PairVerdict::A)) > 0);
        QSignalSpy changed(&votes, &VoteStore::votesChanged);
        QList<Vote> batch = simulatedVotes({1000, 1100, 900}, 30, 5);
        batch[17].winner = 5; // out of range: the whole batch is refused
        QVERIFY(!votes.addAll(batch));
        QVERIFY(!votes.lastError().isEmpty());
        QCOMPARE(votes.count(), 1);
        QCOMPARE(changed.count(), 0);
        batch[17].winner = 0;
        QVERIFY(votes.addAll(batch));
        QCOMPARE(votes.count(), 31);
        QCOMPARE(changed.count(), 1);
        // What the leaderboard reads back is what went in.
        QList<Vote> stored = votes.votes();
        stored.removeFirst();
        for (Vote &vote : stored)
            vote.id = 0;
        QCOMPARE(stored, batch);
    }

    void deletingAComparisonKeepsOrDeletesItsVotes()
    {
        Comparison kept = twoPaneComparison();
        Comparison dropped = twoPaneComparison();
        const qint64 keptId = store().createComparison(kept);
        const qint64 droppedId = store().createComparison(dropped);
        VoteStore votes(store());
        for (qint64 id : {keptId, keptId, droppedId}) {
            Vote vote =
                pairVote(QStringLiteral("gpt-5"), QStringLiteral("llama3.2"), PairVerdict::A);
            vote.comparisonId = id;
            QVERIFY(votes.add(vote) > 0);
        }
        QVERIFY(votes.add(pairVote(QStringLiteral("u"), QStringLiteral("v"), PairVerdict::A)) > 0);

        // The user deletes both comparisons: keeps the first one's votes, not the second's.
        QVERIFY(store().deleteConversation(keptId));
        QVERIFY(store().deleteConversation(droppedId));
        QCOMPARE(votes.keepVotesOf(keptId), 2);
        QCOMPARE(votes.deleteVotesOf(droppedId), 1);
        QVERIFY(store().purgeDeleted());
        QVERIFY(!store().comparison(keptId));
        const QList<Vote> left = votes.votes();
        QCOMPARE(left.size(), 3);
        for (const Vote &vote : left)
            QCOMPARE(vote.comparisonId, 0);
        QCOMPARE(Leaderboard::compute(left).voteCount, 3);

        // A comparison purged with no choice made keeps its votes too (the link is cleared).
        Comparison third = twoPaneComparison();
        const qint64 thirdId = store().createComparison(third);
        Vote vote = pairVote(QStringLiteral("gpt-5"), QStringLiteral("llama3.2"), PairVerdict::B);
        vote.comparisonId = thirdId;
        const qint64 voteId = votes.add(vote);
        QVERIFY(store().deleteConversationPermanently(thirdId));
        QCOMPARE(votes.count(), 4);
        QCOMPARE(votes.votes().last().comparisonId, 0);

        QVERIFY(votes.remove(voteId));
        QVERIFY(!votes.remove(voteId));
        QCOMPARE(votes.count(), 3);
    }

    void restoreBringsDeletedOrKeptVotesBackAsTheyWere()
    {
        Comparison comparison = twoPaneComparison();
        const qint64 id = store().createComparison(comparison);
        VoteStore votes(store());
        for (PairVerdict verdict : {PairVerdict::A, PairVerdict::Tie}) {
            Vote vote = pairVote(QStringLiteral("gpt-5"), QStringLiteral("llama3.2"), verdict);
            vote.comparisonId = id;
            vote.tag = QStringLiteral("coding");
            QVERIFY(votes.add(vote) > 0);
        }
        const qint64 other =
            votes.add(pairVote(QStringLiteral("u"), QStringLiteral("v"), PairVerdict::B));
        const QList<Vote> before = votes.votesOf(id);
        QCOMPARE(before.size(), 2);

        // Deleted with the comparison, then the delete is undone.
        QCOMPARE(votes.deleteVotesOf(id), 2);
        QCOMPARE(votes.count(), 1);
        QSignalSpy changed(&votes, &VoteStore::votesChanged);
        QVERIFY2(votes.restore(before), qPrintable(votes.lastError()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(votes.votesOf(id), before); // same ids, link, tag, verdicts
        QCOMPARE(votes.count(), 3);
        QCOMPARE(votes.votes().first().id, before.first().id); // still in their old place

        // Kept without the link, then undone: linked again, not doubled.
        QCOMPARE(votes.keepVotesOf(id), 2);
        QVERIFY(votes.votesOf(id).isEmpty());
        QVERIFY(votes.restore(before));
        QCOMPARE(votes.votesOf(id), before);
        QCOMPARE(votes.count(), 3);
        reopen();
        VoteStore reopened(store());
        QCOMPARE(reopened.votesOf(id), before);
        QVERIFY(reopened.votes().last().id == other);
    }
};

QTEST_GUILESS_MAIN(TestVoteStore)
#include "tst_votestore.moc"
