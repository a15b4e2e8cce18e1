// lineup-cli speaks the language of LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as other command-line
// programs do (GNU gettext's rules: LANGUAGE is a priority list, ignored under the C locale).
#include "CliRunner.h"
#include "util/TerminalText.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Lineup::Test;

namespace {

// The terminal column where each cell of a plain table line starts (cells are parted by two or
// more spaces; a cell may hold single spaces, as "848 – 1065" does).
QList<qsizetype> cellColumns(const QString &line)
{
    static const QRegularExpression cell(QStringLiteral("\\S+(?: \\S+)*"));
    QList<qsizetype> columns;
    for (const QRegularExpressionMatch &match : cell.globalMatch(line))
        columns.append(Lineup::terminalWidth(QStringView(line).left(match.capturedStart())));
    return columns;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CliRun runWith(const QList<QPair<const char *, const char *>> &environment,
                   const QStringList &arguments)
    {
        CliRunner cli(m_home.path());
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
            cli.unsetEnv(QLatin1String(name));
        for (const auto &[name, value] : environment)
            cli.setEnv(QLatin1String(name), QLatin1String(value));
        return cli.run(arguments);
    }

private Q_SLOTS:
    void helpFollowsLang_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("firstWord");
        QTest::newRow("LANG ja") << QByteArray("LANG") << QByteArray("ja_JP.UTF-8")
                                 << QStringLiteral("使い方:");
        QTest::newRow("LANG zh_CN")
            << QByteArray("LANG") << QByteArray("zh_CN.UTF-8") << QStringLiteral("用法：");
        QTest::newRow("LC_ALL ja")
            << QByteArray("LC_ALL") << QByteArray("ja_JP.UTF-8") << QStringLiteral("使い方:");
        QTest::newRow("LANG en") << QByteArray("LANG") << QByteArray("en_US.UTF-8")
                                 << QStringLiteral("Usage:");
        QTest::newRow("LANG C") << QByteArray("LANG") << QByteArray("C.UTF-8")
                                << QStringLiteral("Usage:");
        QTest::newRow("LANG de (no catalogue)")
            << QByteArray("LANG") << QByteArray("de_DE.UTF-8") << QStringLiteral("Usage:");
    }

    void helpFollowsLang()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        QFETCH(QString, firstWord);
        const CliRun run =
            runWith({{variable.constData(), value.constData()}}, {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(firstWord), qPrintable(run.describe()));
    }

    void languagePriorityListWins()
    {
        CliRun run = runWith({{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "zh_CN:en"}},
                             {QStringLiteral("--help")});
        QVERIFY2(run.outText().startsWith(QStringLiteral("用法：")), qPrintable(run.describe()));
        // Under the C locale LANGUAGE is ignored, as gettext does.
        run = runWith({{"LC_ALL", "C.UTF-8"}, {"LANGUAGE", "ja"}}, {QStringLiteral("--help")});
        QVERIFY2(run.outText().startsWith(QStringLiteral("Usage:")), qPrintable(run.describe()));
    }

    void errorLinesAreTranslated()
    {
        CliRun run = runWith({{"LANG", "ja_JP.UTF-8"}}, {QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().value(0),
                 QStringLiteral("lineup-cli: エラー: 不明なコマンド \"frobnicate\"。"
                                "`lineup-cli --help` でコマンドの一覧を表示します。"));
        run = runWith({{"LANG", "zh_CN.UTF-8"}}, {QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().value(0),
                 QStringLiteral("lineup-cli: 错误：未知命令 \"frobnicate\"；"
                                "`lineup-cli --help` 会列出命令。"));
    }

    void commandHelpIsTranslated()
    {
        const CliRun run =
            runWith({{"LANG", "zh_CN.UTF-8"}}, {QStringLiteral("chat"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(QStringLiteral("显示此帮助。")),
                 qPrintable(run.describe()));
    }

    void tablesLineUpUnderTranslatedHeaders_data()
    {
        QTest::addColumn<QByteArray>("lang");
        QTest::newRow("ja") << QByteArray("ja_JP.UTF-8");
        QTest::newRow("zh_CN") << QByteArray("zh_CN.UTF-8");
    }

    void tablesLineUpUnderTranslatedHeaders()
    {
        QFETCH(QByteArray, lang);
        const QString votes = m_home.filePath(QStringLiteral("votes.jsonl"));
        QFile file(votes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"model_a\":\"gpt-5\",\"model_b\":\"qwen2.5\",\"winner\":\"a\"}\n"
                   "{\"model_a\":\"gpt-5\",\"model_b\":\"qwen2.5\",\"winner\":\"tie\"}\n");
        file.close();
        const QStringList dataDir{
            QStringLiteral("--data-dir"),
            m_home.filePath(QStringLiteral("data-") + QString::fromLatin1(lang))};
        QCOMPARE(
            runWith({{"LANG", lang.constData()}},
                    dataDir + QStringList{QStringLiteral("votes"), QStringLiteral("import"), votes})
                .exitCode,
            0);
        const CliRun run = runWith({{"LANG", lang.constData()}},
                                   dataDir + QStringList{QStringLiteral("leaderboard")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outText().split(u'\n');
        QVERIFY2(lines.size() > 3, qPrintable(run.describe()));
        const QList<qsizetype> header = cellColumns(lines.at(0));
        QCOMPARE(header.size(), 8); // rank, model, rating, interval, votes, wins, losses, ties
        QVERIFY2(!lines.at(0).contains(QLatin1String("RANK")), qPrintable(lines.at(0)));
        for (int row = 1; row <= 2; ++row)
            QCOMPARE(cellColumns(lines.at(row)), header);
    }

    // conversations translates through a file-local helper; its strings must reach the output.
    void conversationsHelpIsTranslated()
    {
        const CliRun run = runWith({{"LANG", "ja_JP.UTF-8"}},
                                   {QStringLiteral("conversations"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(QStringLiteral("使い方: lineup-cli conversations")),
                 qPrintable(run.describe()));
    }

    // QCommandLineParser wraps by characters, which lets a CJK line run to twice the width.
    void everyHelpFitsEightyColumns_data()
    {
        QTest::addColumn<QByteArray>("lang");
        QTest::newRow("ja") << QByteArray("ja_JP.UTF-8");
        QTest::newRow("zh_CN") << QByteArray("zh_CN.UTF-8");
        QTest::newRow("en") << QByteArray("C.UTF-8");
    }

    void everyHelpFitsEightyColumns()
    {
        QFETCH(QByteArray, lang);
        const QList<QStringList> commands{{},
                                          {QStringLiteral("models")},
                                          {QStringLiteral("chat")},
                                          {QStringLiteral("compare")},
                                          {QStringLiteral("profiles")},
                                          {QStringLiteral("profiles"), QStringLiteral("add")},
                                          {QStringLiteral("keys")},
                                          {QStringLiteral("conversations")},
                                          {QStringLiteral("prices")},
                                          {QStringLiteral("schema")},
                                          {QStringLiteral("votes")},
                                          {QStringLiteral("leaderboard")}};
        for (const QStringList &command : commands) {
            const CliRun run = runWith({{"LANG", lang.constData()}},
                                       command + QStringList{QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            const QStringList lines = run.outText().split(u'\n');
            QVERIFY2(lines.size() > 2, qPrintable(run.describe()));
            for (const QString &line : lines)
                QVERIFY2(Lineup::terminalWidth(line) <= 80,
                         qPrintable(command.join(u' ') + QStringLiteral(": ") + line));
        }
    }

    // What conversations show and a Markdown export print around the messages is translated;
    // the messages, model ids and show --json field names are not.
    void showAndMarkdownExportSpeakJapanese()
    {
        const QString body = m_home.filePath(QStringLiteral("body.json"));
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"model":"gpt-5","messages":[{"role":"system","content":"Be brief."},)"
                   R"({"role":"user","content":"Hello"},{"role":"assistant","content":"Hi"}]})");
        file.close();
        const QStringList dataDir{QStringLiteral("--data-dir"),
                                  m_home.filePath(QStringLiteral("data-show"))};
        const CliRun imported = runWith(
            {{"LANG", "ja_JP.UTF-8"}},
            dataDir + QStringList{QStringLiteral("conversations"), QStringLiteral("import"), body});
        QCOMPARE(imported.exitCode, 0);
        static const QRegularExpression number(QStringLiteral("\\d+"));
        const QString id = number.match(imported.outText()).captured(0);
        QVERIFY2(!id.isEmpty(), qPrintable(imported.describe()));

        const CliRun shown = runWith(
            {{"LANG", "ja_JP.UTF-8"}},
            dataDir + QStringList{QStringLiteral("conversations"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.outText().contains(QStringLiteral("作成: ")), qPrintable(shown.describe()));
        QVERIFY(shown.outText().contains(QStringLiteral("モデル: gpt-5")));
        QVERIFY(!shown.outText().contains(QStringLiteral("created: ")));

        const CliRun markdown = runWith(
            {{"LANG", "ja_JP.UTF-8"}},
            dataDir + QStringList{QStringLiteral("conversations"), QStringLiteral("export"), id,
                                  QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(markdown.exitCode, 0);
        const QString text = markdown.outText();
        QVERIFY2(text.contains(QStringLiteral("## システム\n\nBe brief.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("## あなた\n\nHello")));
        QVERIFY(text.contains(QStringLiteral("## アシスタント")));
        QVERIFY(!text.contains(QStringLiteral("## User")));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
