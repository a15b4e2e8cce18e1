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
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
