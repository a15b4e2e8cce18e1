// WordDiff: what one answer says that the other does not, word by word (CJK characters one word
// each), as ranges into each text; checked against a plain dynamic-programming LCS.
#include "comparison/WordDiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Lineup;

namespace {

QStringList texts(const QString &text, const QList<QPair<int, int>> &ranges)
{
    QStringList result;
    for (const auto &[offset, length] : ranges)
        result.append(text.mid(offset, length));
    return result;
}

// Words of a space-separated text and whether each lies inside one of `ranges`.
QList<QPair<QString, bool>> marked(const QString &text, const QList<QPair<int, int>> &ranges)
{
    QList<QPair<QString, bool>> words;
    qsizetype at = 0;
    const QStringList parts = text.split(QLatin1Char(' '));
    for (const QString &part : parts) {
        bool inside = false;
        for (const auto &[offset, length] : ranges)
            inside = inside || (at >= offset && at + part.size() <= offset + length);
        words.append({part, inside});
        at += part.size() + 1;
    }
    return words;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> table(size_t(a.size()) + 1,
                                        std::vector<int>(size_t(b.size()) + 1));
    for (qsizetype i = 1; i <= a.size(); ++i)
        for (qsizetype j = 1; j <= b.size(); ++j)
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                               : std::max(table[i - 1][j], table[i][j - 1]);
    return table[a.size()][b.size()];
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextHasNoDifference()
    {
        const QString text = QStringLiteral("The quick brown fox, jumps over the lazy dog.");
        const WordDiff diff = WordDiff::of(text, text);
        QVERIFY(diff.onlyInA.isEmpty());
        QVERIFY(diff.onlyInB.isEmpty());
        QVERIFY(!diff.truncated);
        // Punctuation and spacing only separate words; case does not make a word different.
        const WordDiff relaxed =
            WordDiff::of(text, QStringLiteral("the quick  brown fox jumps\nover "
                                              "the LAZY dog"));
        QVERIFY(relaxed.onlyInA.isEmpty());
        QVERIFY(relaxed.onlyInB.isEmpty());
    }

    void reportsWhatEachSaysAlone()
    {
        const QString a = QStringLiteral("Paris is the capital of France and its largest city.");
        const QString b = QStringLiteral("The capital of France is Paris, a very old city.");
        const WordDiff diff = WordDiff::of(a, b);
        // LCS of words: "the capital of France ... city" (6 words), so the rest differs.
        QCOMPARE(texts(a, diff.onlyInA),
                 (QStringList{QStringLiteral("Paris is"), QStringLiteral("and its largest")}));
        QCOMPARE(texts(b, diff.onlyInB), (QStringList{QStringLiteral("is Paris, a very old")}));
    }

    void adjacentWordsMergeAcrossPunctuation()
    {
        const QString a = QStringLiteral("Use a hash map.");
        const QString b = QStringLiteral("Use a sorted, balanced tree map.");
        const WordDiff diff = WordDiff::of(a, b);
        QCOMPARE(texts(a, diff.onlyInA), QStringList{QStringLiteral("hash")});
        QCOMPARE(texts(b, diff.onlyInB), QStringList{QStringLiteral("sorted, balanced tree")});
        // Ranges point into the original texts.
        QCOMPARE(diff.onlyInB.first(), (QPair<int, int>{6, 21}));
    }

    void cjkCharactersAreWordsOfTheirOwn()
    {
        const QString a = QStringLiteral("東京は日本の首都です。");
        const QString b = QStringLiteral("東京は日本最大の都市です。");
        const WordDiff diff = WordDiff::of(a, b);
        QCOMPARE(texts(a, diff.onlyInA), QStringList{QStringLiteral("首")});
        QCOMPARE(texts(b, diff.onlyInB),
                 (QStringList{QStringLiteral("最大"), QStringLiteral("市")}));
        // Mixed scripts and a character outside the BMP (a surrogate pair) stay whole.
        const QString c = QStringLiteral("GPU 加速 𠀋 ok");
        const QString d = QStringLiteral("GPU 加速 ok");
        const WordDiff mixed = WordDiff::of(c, d);
        QCOMPARE(texts(c, mixed.onlyInA), QStringList{QString::fromUcs4(U"𠀋", 1)});
        QVERIFY(mixed.onlyInB.isEmpty());
    }

    void emptySides()
    {
        const QString a = QStringLiteral("only here");
        WordDiff diff = WordDiff::of(a, QString());
        QCOMPARE(texts(a, diff.onlyInA), QStringList{a});
        QVERIFY(diff.onlyInB.isEmpty());
        diff = WordDiff::of(QStringLiteral("..."), QStringLiteral("!!"));
        QVERIFY(diff.onlyInA.isEmpty() && diff.onlyInB.isEmpty());
    }

    void keepsALongestCommonSubsequence()
    {
        // Random word sequences over a small vocabulary (many repeats: the hard case), longer
        // than 64 words so the bit vectors span several blocks.
        QRandomGenerator random(20261207);
        const QStringList vocabulary{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("d"), QStringLiteral("e")};
        for (int round = 0; round < 40; ++round) {
            QStringList a, b;
            const int n = 1 + random.bounded(200);
            const int m = 1 + random.bounded(200);
            for (int i = 0; i < n; ++i)
                a.append(vocabulary[random.bounded(vocabulary.size())]);
            for (int j = 0; j < m; ++j)
                b.append(vocabulary[random.bounded(vocabulary.size())]);
            const QString textA = a.join(QLatin1Char(' '));
            const QString textB = b.join(QLatin1Char(' '));
            const WordDiff diff = WordDiff::of(textA, textB);
            QStringList keptA, keptB;
            for (const auto &[word, only] : marked(textA, diff.onlyInA))
                if (!only)
                    keptA.append(word);
            for (const auto &[word, only] : marked(textB, diff.onlyInB))
                if (!only)
                    keptB.append(word);
            QCOMPARE(keptA, keptB);                       // a common subsequence...
            QCOMPARE(int(keptA.size()), lcsLength(a, b)); // ...and a longest one
        }
    }

    void boundedOnHugeTexts()
    {
        QString a, b;
        qsizetype firstUncompared = 0;
        for (int i = 0; i < WordDiff::MaxWords + 500; ++i) {
            if (i == WordDiff::MaxWords)
                firstUncompared = a.size();
            a += QStringLiteral("w%1 ").arg(i % 997);
            b += QStringLiteral("w%1 ").arg((i * 7) % 991);
        }
        const WordDiff diff = WordDiff::of(a, b);
        QVERIFY(diff.truncated);
        QVERIFY(!diff.onlyInA.isEmpty());
        QVERIFY(!diff.onlyInB.isEmpty());
        // Words past the bound are neither compared nor reported.
        const auto &[offset, length] = diff.onlyInA.last();
        QVERIFY(offset + length <= firstUncompared);
        QVERIFY(!WordDiff::of(QStringLiteral("short"), QStringLiteral("text")).truncated);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
