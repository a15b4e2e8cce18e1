// The man pages in packaging/man (installed by the DEB) are written by hand; this keeps them in
// step with the programs: every long option that `--help` of lineup and of each lineup-cli
// command prints is documented, the pages name no option that no longer exists, every
// lineup-cli command has its section, and the version matches.
#include "CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Lineup::Test;

namespace {

QString manPage(const QString &name)
{
    QFile file(QStringLiteral(LINEUP_TEST_FIXTURES "/../../packaging/man/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // troff escapes every hyphen that is meant literally; font changes (\fB) go.
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    return QString::fromUtf8(file.readAll())
        .replace(QLatin1String("\\-"), QLatin1String("-"))
        .remove(font);
}

QSet<QString> longOptions(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*[a-z]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestCliManPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString help(const QString &program, const QStringList &arguments)
    {
        CliRunner runner(m_home.path());
        runner.setEnv(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const CliRun run = program == QLatin1String("lineup")
                               ? runner.runProgram(QStringLiteral(LINEUP_APP_PATH), arguments)
                               : runner.run(arguments);
        return run.outText() + run.errText();
    }

private Q_SLOTS:
    void lineupPageMatchesItsHelp()
    {
        const QString page = manPage(QStringLiteral("lineup.1"));
        QVERIFY(!page.isEmpty());
        const QSet<QString> helped =
            longOptions(help(QStringLiteral("lineup"), {QStringLiteral("--help")}));
        QVERIFY(helped.contains(QStringLiteral("--base-url")));
        const QSet<QString> documented = longOptions(page);
        QVERIFY2((helped - documented).isEmpty(),
                 qPrintable(QStringLiteral("undocumented: ") + sorted(helped - documented)));
        QVERIFY2((documented - helped).isEmpty(),
                 qPrintable(QStringLiteral("no longer exist: ") + sorted(documented - helped)));
    }

    void lineupCliPageMatchesEveryCommandsHelp()
    {
        const QString page = manPage(QStringLiteral("lineup-cli.1"));
        QVERIFY(!page.isEmpty());
        const QString mainHelp = help(QStringLiteral("lineup-cli"), {QStringLiteral("--help")});
        QSet<QString> helped = longOptions(mainHelp);
        // Every command listed under "Commands:" has a section and its own --help.
        static const QRegularExpression command(QStringLiteral("^  ([a-z]+)  "),
                                                QRegularExpression::MultilineOption);
        QStringList commands;
        for (const QRegularExpressionMatch &match : command.globalMatch(mainHelp))
            commands.append(match.captured(1));
        // The commands' own list decides; these must be among them (the pattern still matches).
        for (const char *known : {"models", "chat", "profiles", "keys", "conversations"})
            QVERIFY2(commands.contains(QLatin1String(known)), known);
        for (const QString &name : std::as_const(commands)) {
            QVERIFY2(page.contains(QStringLiteral(".SS ") + name + u' '), qPrintable(name));
            helped +=
                longOptions(help(QStringLiteral("lineup-cli"), {name, QStringLiteral("--help")}));
        }
        helped += longOptions(
            help(QStringLiteral("lineup-cli"),
                 {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--help")}));
        QVERIFY(helped.contains(QStringLiteral("--connect-timeout")));
        const QSet<QString> documented = longOptions(page);
        QVERIFY2((helped - documented).isEmpty(),
                 qPrintable(QStringLiteral("undocumented: ") + sorted(helped - documented)));
        QVERIFY2((documented - helped).isEmpty(),
                 qPrintable(QStringLiteral("no longer exist: ") + sorted(documented - helped)));
    }

    void pagesCarryTheVersion()
    {
        const QString version =
            help(QStringLiteral("lineup-cli"), {QStringLiteral("--version")}).trimmed();
        QVERIFY2(version.endsWith(QStringLiteral(LINEUP_VERSION)), qPrintable(version));
        for (const QString &name : {QStringLiteral("lineup.1"), QStringLiteral("lineup-cli.1")})
            QVERIFY2(manPage(name)
                         .section(u'\n', 0, 0)
                         .contains(QStringLiteral("\"Lineup " LINEUP_VERSION "\"")),
                     qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCliManPages)
#include "tst_cli_manpages.moc"
