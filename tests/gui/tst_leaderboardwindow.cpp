// The leaderboard window over real votes in a real SQLite vote store: the ranking table with
// shared ranks, the painted win-rate heat map (values, tooltips, dark mode), the tag, date and
// identity-flag filters, and following the store as votes arrive.
#include "MainWindowHarness.h"
#include "VoteFixtures.h"
#include "arena/ArenaController.h"
#include "arena/LeaderboardTableModel.h"
#include "arena/LeaderboardWindow.h"
#include "arena/WinRateHeatMap.h"
#include "storage/ConversationStore.h"
#include "storage/VoteStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
}

QString cell(const LeaderboardWindow &window, int row, int column)
{
    return window.tableModel()->index(row, column).data().toString();
}

} // namespace

class TestLeaderboardWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<VoteStore> m_votes;

    // A window showing the store's votes, its first result in.
    std::unique_ptr<LeaderboardWindow> openWindow()
    {
        auto window = std::make_unique<LeaderboardWindow>(m_votes.get(), m_store.get());
        waitForResult(*window);
        return window;
    }
    static void waitForResult(LeaderboardWindow &window)
    {
        QSignalSpy updated(&window, &LeaderboardWindow::updated);
        QVERIFY(updated.wait(5000));
    }
    void addAll(const QList<Vote> &votes)
    {
        QVERIFY2(m_votes->addAll(votes), qPrintable(m_votes->lastError()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = ConversationStore::open(m_dir->path(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_votes = std::make_unique<VoteStore>(*m_store);
    }
    void cleanup()
    {
        m_votes.reset();
        m_store.reset();
        m_dir.reset();
    }

    void tableRanksWithCountsAndIntervals()
    {
        // strong beats mid 30 of 40, mid beats weak 30 of 40, strong beats weak 36 of 40.
        QList<Vote> votes =
            wins(QStringLiteral("strong"), QStringLiteral("mid"), 30) +
            wins(QStringLiteral("mid"), QStringLiteral("strong"), 10) +
            wins(QStringLiteral("mid"), QStringLiteral("weak"), 30) +
            wins(QStringLiteral("weak"), QStringLiteral("mid"), 10) +
            wins(QStringLiteral("strong"), QStringLiteral("weak"), 36) +
            wins(QStringLiteral("weak"), QStringLiteral("strong"), 4) +
            ties(QStringLiteral("strong"), QStringLiteral("mid"), 2, PairVerdict::BothBad);
        addAll(votes);
        const auto window = openWindow();
        const LeaderboardResult expected = Leaderboard::compute(m_votes->votes());
        QCOMPARE(window->result().voteCount, expected.voteCount);
        QCOMPARE(window->tableModel()->rowCount(), 3);
        QCOMPARE(window->tableModel()->columnCount(), int(LeaderboardTableModel::ColumnCount));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Model), QStringLiteral("strong"));
        QCOMPARE(cell(*window, 1, LeaderboardTableModel::Model), QStringLiteral("mid"));
        QCOMPARE(cell(*window, 2, LeaderboardTableModel::Model), QStringLiteral("weak"));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Rank), QStringLiteral("1"));
        QCOMPARE(cell(*window, 2, LeaderboardTableModel::Rank), QStringLiteral("3"));
        // The same numbers as the CLI's computation of the same votes.
        const LeaderboardEntry &top = expected.entries.first();
        const QLocale locale;
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Rating),
                 locale.toString(qRound(top.rating)));
        QVERIFY(cell(*window, 0, LeaderboardTableModel::Interval)
                    .contains(locale.toString(qRound(top.ciLow))));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Votes), QStringLiteral("82"));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Wins), QStringLiteral("66"));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Losses), QStringLiteral("14"));
        QCOMPARE(cell(*window, 0, LeaderboardTableModel::Ties), QStringLiteral("2"));
        QVERIFY(window->summary()->text().contains(QString::number(expected.voteCount)));
    }

    void modelsThatCannotBeToldApartShareARank()
    {
        addAll(wins(QStringLiteral("alpha"), QStringLiteral("beta"), 3) +
               wins(QStringLiteral("beta"), QStringLiteral("alpha"), 3));
        const auto window = openWindow();
        QCOMPARE(window->tableModel()->rowCount(), 2);
        QVERIFY(window->tableModel()->sharesRank(0));
        QVERIFY(window->tableModel()->sharesRank(1));
        QVERIFY(cell(*window, 0, LeaderboardTableModel::Rank).contains(QLatin1String("1")));
        QVERIFY(cell(*window, 0, LeaderboardTableModel::Rank) !=
                QStringLiteral("1")); // marked as shared
        QCOMPARE(cell(*window, 1, LeaderboardTableModel::Rank),
                 cell(*window, 0, LeaderboardTableModel::Rank));
        const QString tip = window->tableModel()
                                ->index(0, LeaderboardTableModel::Rank)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(cell(*window, 1, LeaderboardTableModel::Model)), qPrintable(tip));
    }

    void heatMapWritesWinRatesAndExplainsThemOnHover()
    {
        addAll(wins(QStringLiteral("strong"), QStringLiteral("weak"), 3) +
               wins(QStringLiteral("weak"), QStringLiteral("strong"), 1) +
               ties(QStringLiteral("strong"), QStringLiteral("other"), 2));
        const auto window = openWindow();
        WinRateHeatMap *map = window->heatMap();
        QCOMPARE(map->modelCount(), 3);
        const QList<int> order = window->tableModel()->order();
        int strong = -1, weak = -1, other = -1;
        for (int i = 0; i < 3; ++i) {
            const QString name = window->tableModel()->entry(i).model;
            (name == QLatin1String("strong") ? strong
             : name == QLatin1String("weak") ? weak
                                             : other) = i;
        }
        QCOMPARE(map->cellText(strong, weak), QStringLiteral("75%"));
        QCOMPARE(map->cellText(weak, strong), QStringLiteral("25%"));
        QCOMPARE(map->cellText(strong, other), QStringLiteral("50%")); // ties count half
        QVERIFY(map->cellText(weak, other).isEmpty());                 // never met
        QVERIFY(map->cellText(strong, strong).isEmpty());

        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QRect rect = map->cellRect(strong, weak);
        QCOMPARE(map->cellAt(rect.center()), std::make_optional(qMakePair(strong, weak)));
        const QString tip = map->toolTipFor(strong, weak);
        QVERIFY2(tip.contains(QLatin1String("strong")) && tip.contains(QLatin1String("weak")) &&
                     tip.contains(QLatin1String("75")),
                 qPrintable(tip));
        QVERIFY(map->toolTipFor(weak, other).contains(QLatin1String("not met")));
        QVERIFY(map->accessibleDescription().contains(tip));
        // Painted: the won and the lost cell differ in colour from each other.
        const QImage image = map->grab().toImage();
        QVERIFY(!image.isNull());
        const qreal dpr = image.devicePixelRatio();
        const QColor wonPixel =
            image.pixelColor((map->cellRect(strong, weak).topLeft() + QPoint(2, 2)) * dpr);
        const QColor lostPixel =
            image.pixelColor((map->cellRect(weak, strong).topLeft() + QPoint(2, 2)) * dpr);
        QCOMPARE(wonPixel.rgb(), map->cellColors(strong, weak).first.rgb());
        QCOMPARE(lostPixel.rgb(), map->cellColors(weak, strong).first.rgb());
        QVERIFY(wonPixel != lostPixel);
    }

    void heatMapIsReadableInDarkMode()
    {
        addAll(wins(QStringLiteral("a"), QStringLiteral("b"), 9) +
               wins(QStringLiteral("b"), QStringLiteral("a"), 1) +
               wins(QStringLiteral("c"), QStringLiteral("a"), 10));
        const auto window = openWindow();
        for (const bool dark : {false, true}) {
            QPalette palette;
            const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
            palette.setColor(QPalette::Base, base);
            palette.setColor(QPalette::Window,
                             dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef));
            palette.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
            window->heatMap()->setPalette(palette);
            for (int row = 0; row < 3; ++row) {
                for (int column = 0; column < 3; ++column) {
                    if (window->heatMap()->cellText(row, column).isEmpty())
                        continue;
                    const auto [fill, text] = window->heatMap()->cellColors(row, column);
                    QVERIFY2(contrastRatio(fill, text) >= 4.5,
                             qPrintable(QStringLiteral("%1 on %2 (dark %3)")
                                            .arg(text.name(), fill.name())
                                            .arg(dark)));
                }
            }
        }
    }

    void filtersByTagAndDateRange()
    {
        addAll({pairVote(QStringLiteral("x"), QStringLiteral("y"), PairVerdict::A,
                         QStringLiteral("coding"), utc(2026, 3, 1)),
                pairVote(QStringLiteral("x"), QStringLiteral("y"), PairVerdict::A,
                         QStringLiteral("Coding"), utc(2026, 3, 10)),
                pairVote(QStringLiteral("y"), QStringLiteral("z"), PairVerdict::A,
                         QStringLiteral("writing"), utc(2026, 3, 20))});
        const auto window = openWindow();
        QCOMPARE(window->result().voteCount, 3);
        QCOMPARE(window->tableModel()->rowCount(), 3);

        QComboBox *tag = window->tagFilter();
        QCOMPARE(tag->count(), 3); // all tags, coding, writing (one spelling of each)
        tag->setCurrentIndex(tag->findData(QStringLiteral("writing")));
        waitForResult(*window);
        QCOMPARE(window->result().voteCount, 1);
        QCOMPARE(window->tableModel()->rowCount(), 2);

        tag->setCurrentIndex(0);
        window->fromDate()->setDate(QDate(2026, 3, 5));
        window->untilDate()->setDate(QDate(2026, 3, 15));
        window->fromEnabled()->setChecked(true);
        window->untilEnabled()->setChecked(true);
        waitForResult(*window);
        QCOMPARE(window->result().voteCount, 1); // only the vote of 10 March
        QCOMPARE(window->tableModel()->rowCount(), 2);
        QVERIFY(window->filter().since.isValid());

        // The last day counts whole.
        window->untilDate()->setDate(QDate(2026, 3, 20));
        waitForResult(*window);
        QCOMPARE(window->result().voteCount, 2);
    }

    void flaggedVotesCountOnlyWhenKeptAndIncluded()
    {
        Vote kept = pairVote(QStringLiteral("p"), QStringLiteral("q"), PairVerdict::A);
        kept.identityFlagged = true;
        Vote leftOut = pairVote(QStringLiteral("p"), QStringLiteral("q"), PairVerdict::B);
        leftOut.identityFlagged = true;
        leftOut.counted = false;
        const Vote clean = pairVote(QStringLiteral("p"), QStringLiteral("q"), PairVerdict::A);
        addAll({kept, leftOut, clean});
        const auto window = openWindow();
        QVERIFY(window->includeFlagged()->isChecked());
        QCOMPARE(window->result().voteCount, 2); // the kept one and the clean one
        window->includeFlagged()->setChecked(false);
        waitForResult(*window);
        QCOMPARE(window->result().voteCount, 1);
        QCOMPARE(window->tableModel()->entry(0).wins + window->tableModel()->entry(1).wins, 1);
    }

    void followsTheStoreAndShowsAnEmptyState()
    {
        const auto window = openWindow();
        QCOMPARE(window->tableModel()->rowCount(), 0);
        QCOMPARE(window->heatMap()->modelCount(), 0);
        QVERIFY(!window->summary()->text().isEmpty());
        QSignalSpy updated(window.get(), &LeaderboardWindow::updated);
        QVERIFY(m_votes->add(pairVote(QStringLiteral("new"), QStringLiteral("old"), PairVerdict::A,
                                      QStringLiteral("maths"))));
        QVERIFY(updated.wait(5000));
        QCOMPARE(window->tableModel()->rowCount(), 2);
        QVERIFY(window->tagFilter()->findData(QStringLiteral("maths")) > 0);
    }

    // docs/screenshots/leaderboard.png (LINEUP_SCREENSHOTS=dir): six models, 2,000 votes.
    void screenshot()
    {
        if (!qEnvironmentVariableIsSet("LINEUP_SCREENSHOTS"))
            QSKIP("Set LINEUP_SCREENSHOTS to a folder to write the screenshot");
        const QStringList names{
            QStringLiteral("gpt-5"),          QStringLiteral("claude-sonnet-4-5"),
            QStringLiteral("gemini-2.5-pro"), QStringLiteral("qwen3-coder"),
            QStringLiteral("deepseek-v3"),    QStringLiteral("llama-3.3-70b")};
        QList<Vote> votes = simulatedVotes({1130, 1120, 1060, 1000, 990, 900}, 2000, 5);
        const QStringList tags{QStringLiteral("coding"), QStringLiteral("writing"),
                               QStringLiteral("maths")};
        for (int i = 0; i < votes.size(); ++i) {
            Vote &vote = votes[i];
            for (VoteContender &contender : vote.contenders)
                contender.model = names.at(contender.model.mid(1).toInt());
            vote.tag = tags.at(i % 3);
            vote.time = utc(2026, 11, 1 + i % 28);
        }
        addAll(votes);
        const auto window = openWindow();
        window->resize(900, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(200);
        QVERIFY(window->grab().save(qEnvironmentVariable("LINEUP_SCREENSHOTS") +
                                    QStringLiteral("/leaderboard.png")));
        // And in a dark palette (the app's --dark colours), to check it reads there too.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
        dark.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        window->setPalette(dark);
        QTest::qWait(100);
        QVERIFY(window->grab().save(qEnvironmentVariable("LINEUP_SCREENSHOTS") +
                                    QStringLiteral("/leaderboard-dark.png")));
    }

    void windowMenuOpensTheLeaderboard()
    {
        // The window's View menu (Ctrl+Shift+L) shows the votes of its own database.
        FakeServer server;
        QVERIFY(server.isListening());
        QTemporaryDir dir;
        saveFakeProfile(dir, server.baseUrl());
        MainWindow window(fakeServiceLaunch(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.arena() && window.arena()->votes());
        QVERIFY(window.arena()->votes()->add(
            pairVote(QStringLiteral("m1"), QStringLiteral("m2"), PairVerdict::A)));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionLeaderboard"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        LeaderboardWindow *board = window.arena()->leaderboard();
        QVERIFY(board);
        QTRY_VERIFY(board->isVisible());
        QTRY_COMPARE(board->tableModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestLeaderboardWindow)
#include "tst_leaderboardwindow.moc"
