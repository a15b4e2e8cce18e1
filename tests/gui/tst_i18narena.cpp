// The comparison, the blind arena and the leaderboard in Japanese and Chinese: with each
// catalogue installed and a CJK font, no label, button, tab or table header of a four-pane
// comparison, the New Blind Comparison dialog, a three-pane round with its vote open (and its
// ranking row), the reveal, or the leaderboard window is narrower than its text. Runs at 100% and,
// as tst_i18narena_2x, at 200% (QT_SCALE_FACTOR=2). With LINEUP_SCREENSHOT_DIR set it saves what it
// looked at (docs/screenshots/make-screenshots-i18n.sh keeps them in docs/screenshots/i18n).
#include "ClippedText.h"
#include "ComparisonHarness.h"
#include "arena/ArenaController.h"
#include "arena/BlindArena.h"
#include "arena/LeaderboardTableModel.h"
#include "arena/LeaderboardWindow.h"
#include "arena/VoteBar.h"
#include "storage/VoteStore.h"

#include <QSignalSpy>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

const QStringList Models{QStringLiteral("kestrel-1"), QStringLiteral("osprey-2"),
                         QStringLiteral("heron-3"), QStringLiteral("plover-4")};

// Header sections narrower than their text (QHeaderView elides it).
QStringList clippedHeaders(QWidget *root)
{
    QStringList found;
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text =
                header->model()->headerData(section, header->orientation()).toString();
            // What QHeaderView::sectionSizeFromContents asks the style (it is protected).
            QStyleOptionHeader option;
            option.initFrom(header);
            option.text = text;
            option.section = section;
            option.orientation = header->orientation();
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                option.sortIndicator = QStyleOptionHeader::SortDown;
            const QSize size =
                header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, {}, header);
            const int need = header->orientation() == Qt::Horizontal ? size.width() : size.height();
            if (!text.isEmpty() && header->sectionSize(section) + 1 < need)
                found.append(QStringLiteral("header \"%1\" needs %2 px, has %3")
                                 .arg(text)
                                 .arg(need)
                                 .arg(header->sectionSize(section)));
        }
    }
    return found;
}

QStringList problemsIn(QWidget *root)
{
    return clippedTexts(root) + clippedHeaders(root);
}

} // namespace

class TestI18nArena : public ComparisonHarness
{
    Q_OBJECT

    BlindArena *blind() const { return m_window->arena()->blind(); }

    // Every pane of the coming round answers; returns once the vote is open.
    void answerBlindRound(const QString &prompt)
    {
        const QList<PoolModel> round = blind()->upcomingRound();
        for (const PoolModel &entry : round)
            m_server->enqueueForModel(entry.model,
                                      modelAnswer(entry.model, {prompt, QStringLiteral(" ✓")}));
        QSignalSpy opened(blind(), &BlindArena::voteOpened);
        sendToAll(prompt);
        QVERIFY(opened.wait(8000));
    }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void comparisonHasNoClippedText_data() { languages_data(); }
    void comparisonHasNoClippedText()
    {
        QFETCH(QString, language);
        const InstalledCatalogue catalogue(language);
        QVERIFY(catalogue.isLoaded());
        QVERIFY2(hasCjkFont(language), "no CJK font: install fonts-wqy-microhei");
        setUp();
        m_window->resize(1400, 860);
        startComparison(Models);
        for (const QString &model : Models)
            m_server->enqueueForModel(model, modelAnswer(model, {QStringLiteral("答え "), model}));
        sendToAll(QStringLiteral("Compare"));
        QVERIFY(waitAllIdle());
        QTest::qWait(300); // the summary table follows the panes on a 200 ms timer
        QStringList problems = problemsIn(m_window.get());
        saveShot(m_window.get(), language + QStringLiteral("-comparison-panes"));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void blindRoundHasNoClippedText_data() { languages_data(); }
    void blindRoundHasNoClippedText()
    {
        QFETCH(QString, language);
        const InstalledCatalogue catalogue(language);
        QVERIFY(catalogue.isLoaded());
        setUp();
        m_window->resize(1400, 860);
        QStringList problems;
        bool dialogShown = false;
        m_window->arena()->setupSeam = [&](BlindSetupDialog &dialog) {
            for (const QString &model : Models)
                dialog.addModel(QStringLiteral("fake"), model);
            dialog.paneBox()->setValue(3);
            dialog.show();
            dialogShown = QTest::qWaitForWindowExposed(&dialog);
            problems += problemsIn(&dialog);
            saveShot(&dialog, language + QStringLiteral("-blind-setup"));
            return true;
        };
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewBlindComparison"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(dialogShown);
        QVERIFY(blind()->isActive());
        QCOMPARE(comparisonSession()->paneCount(), 3);

        answerBlindRound(QStringLiteral("Blind"));
        QVERIFY(blind()->voteBar()->isVisible());
        QCoreApplication::processEvents();
        problems += problemsIn(m_window.get());
        saveShot(m_window.get(), language + QStringLiteral("-blind-vote"));

        // The ranking row of "Order them…", open.
        VoteBar *bar = blind()->voteBar();
        QVERIFY(bar->orderButton());
        bar->orderButton()->click();
        QVERIFY(bar->submitOrderButton()->isVisible());
        QCoreApplication::processEvents();
        problems += problemsIn(m_window.get());
        saveShot(m_window.get(), language + QStringLiteral("-blind-order"));
        bar->orderButton()->click();

        QSignalSpy revealed(blind(), &BlindArena::revealed);
        QTest::keyClick(bar, Qt::Key_1);
        QCOMPARE(revealed.size(), 1);
        QCoreApplication::processEvents();
        problems += problemsIn(m_window.get());
        saveShot(m_window.get(), language + QStringLiteral("-blind-revealed"));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void leaderboardHasNoClippedText_data() { languages_data(); }
    void leaderboardHasNoClippedText()
    {
        QFETCH(QString, language);
        const InstalledCatalogue catalogue(language);
        QVERIFY(catalogue.isLoaded());
        setUp();
        VoteStore *votes = m_window->arena()->votes();
        for (int i = 0; i < 24; ++i) {
            Vote vote;
            vote.prompt = QStringLiteral("問題 %1").arg(i);
            vote.contenders = {{Models.at(i % 4), QStringLiteral("fake")},
                               {Models.at((i + 1) % 4), QStringLiteral("fake")}};
            vote.outcome = i % 5 == 0 ? VoteOutcome::Tie : VoteOutcome::Winner;
            vote.winner = vote.outcome == VoteOutcome::Winner ? i % 2 : -1;
            vote.tag = i % 2 ? QStringLiteral("coding") : QStringLiteral("writing");
            vote.time = QDateTime(QDate(2026, 11, 1 + i), QTime(12, 0), Qt::UTC);
            QVERIFY(votes->add(vote) > 0);
        }
        m_window->arena()->showLeaderboard();
        LeaderboardWindow *board = m_window->arena()->leaderboard();
        QVERIFY(board);
        QVERIFY(QTest::qWaitForWindowExposed(board));
        QTRY_COMPARE(board->tableModel()->rowCount(), 4);
        QCoreApplication::processEvents();
        const QStringList problems = problemsIn(board);
        saveShot(board, language + QStringLiteral("-leaderboard"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestI18nArena)
#include "tst_i18narena.moc"
