// Terminal columns of text, by which the CLI's plain tables pad their cells: CJK takes two
// columns a character, combining marks none, so translated headers line up with ASCII data.
#include "util/TerminalText.h"

#include <QTest>

using namespace Lineup;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("columns");
        QTest::newRow("ascii") << QStringLiteral("gpt-5") << qsizetype(5);
        QTest::newRow("empty") << QString() << qsizetype(0);
        QTest::newRow("katakana") << QStringLiteral("モデル") << qsizetype(6);
        QTest::newRow("hanzi") << QStringLiteral("排行榜") << qsizetype(6);
        QTest::newRow("mixed with ideographic comma")
            << QStringLiteral("モデル（A、B、…）") << qsizetype(17);
        QTest::newRow("fullwidth colon") << QStringLiteral("用法：") << qsizetype(6);
        QTest::newRow("hangul") << QStringLiteral("모델") << qsizetype(4);
        QTest::newRow("combining acute") << QStringLiteral("e\u0301") << qsizetype(1);
        QTest::newRow("supplementary ideograph") << QStringLiteral("\U0002000B") << qsizetype(2);
        QTest::newRow("en dash range") << QStringLiteral("848 – 1065") << qsizetype(10);
    }

    void widths()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, columns);
        QCOMPARE(terminalWidth(text), columns);
    }

    void paddingCountsColumns()
    {
        QCOMPARE(padToTerminalWidth(QStringLiteral("順位"), 6), QStringLiteral("順位  "));
        QCOMPARE(padToTerminalWidth(QStringLiteral("1"), 6), QStringLiteral("1     "));
        QCOMPARE(padToTerminalWidth(QStringLiteral("引き分け"), 4), QStringLiteral("引き分け"));
        QCOMPARE(padToTerminalWidth(QStringLiteral("x"), 0), QStringLiteral("x"));
    }

    void linesThatFitStay()
    {
        const QString text = QStringLiteral("Usage: lineup-cli\n\n  --json   print JSON\n");
        QCOMPARE(wrapToTerminalWidth(text, 80), text);
    }

    void wrapsAtSpacesUnderTheDescription()
    {
        const QString line = QStringLiteral("  --profile <P>   the service profile to use "
                                            "(default: the default profile)");
        const QString wrapped = wrapToTerminalWidth(line, 40);
        QCOMPARE(wrapped, QStringLiteral("  --profile <P>   the service profile to\n"
                                         "                  use (default: the\n"
                                         "                  default profile)"));
    }

    void wrapsJapaneseByColumnsNotCharacters()
    {
        // 30 characters, 60 columns: QString::size() would say it fits in 40.
        const QString line = QStringLiteral(
            "プロファイルの API キーをキーチェーンに保存または削除（stdin から読み取り）");
        const QString wrapped = wrapToTerminalWidth(line, 40);
        const QStringList lines = wrapped.split(u'\n');
        QVERIFY(lines.size() >= 2);
        for (const QString &piece : lines)
            QVERIFY2(terminalWidth(piece) <= 40, qPrintable(piece));
        QCOMPARE(QString(wrapped).remove(u'\n'), line); // breaks between CJK add no space
        for (const QString &piece : lines.mid(1))
            QVERIFY2(!QStringLiteral("、。）」").contains(piece.at(0)), qPrintable(piece));
    }

    void neverStartsALineWithClosingPunctuation()
    {
        // Room for exactly "あいうえお" before "、": the break moves back one character.
        const QString wrapped = wrapToTerminalWidth(QStringLiteral("あいうえお、かきくけこ"), 10);
        QCOMPARE(wrapped, QStringLiteral("あいうえ\nお、かきく\nけこ"));
    }

    void cutsAWordWiderThanTheLine()
    {
        const QString wrapped = wrapToTerminalWidth(QStringLiteral("abcdefghij"), 4);
        QCOMPARE(wrapped, QStringLiteral("abcd\nefgh\nij"));
    }

    void rejoinsADescriptionBrokenByCharacters()
    {
        // As QCommandLineParser leaves a Japanese description: broken by characters, mid-word.
        const QString text = QStringLiteral(
            "  --param <name=value>  リクエストパラメーター（型付き）: temperature=0.2、繰\n"
            "                        り返し指定できます。\n"
            "  --json                JSON を出力します。");
        const QString wrapped = wrapToTerminalWidth(text, 50);
        const QStringList lines = wrapped.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(terminalWidth(line) <= 50, qPrintable(line));
        QVERIFY2(wrapped.contains(QStringLiteral("繰り返し")), qPrintable(wrapped));
        QCOMPARE(lines.last(), QStringLiteral("  --json                JSON を出力します。"));
        QVERIFY(lines.at(1).startsWith(QString(24, u' ')));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
