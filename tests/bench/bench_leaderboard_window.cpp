// The leaderboard window's refresh over 10,000 stored votes (20 models): how long the GUI thread
// is busy (reading the votes from SQLite and showing the result) and how long until the result
// is shown (the fit runs on the window's worker thread). Prints one JSON object.
//   bench_leaderboard_window [--votes N] [--runs N]
#include "VoteFixtures.h"
#include "arena/LeaderboardWindow.h"
#include "storage/ConversationStore.h"
#include "storage/VoteStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Lineup;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int voteCount = option(arguments, QStringLiteral("--votes"), 10000);
    const int runs = option(arguments, QStringLiteral("--runs"), 9);

    QTemporaryDir dir;
    QString error;
    std::unique_ptr<ConversationStore> store = ConversationStore::open(dir.path(), &error);
    if (!store) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    VoteStore votes(*store);
    QList<double> ratings;
    for (int i = 0; i < 20; ++i)
        ratings.append(1300 - 30 * i);
    if (!votes.addAll(Test::simulatedVotes(ratings, voteCount, 3))) {
        QTextStream(stderr) << votes.lastError() << '\n';
        return 1;
    }

    LeaderboardWindow window(&votes, store.get());
    QSignalSpy updated(&window, &LeaderboardWindow::updated);
    updated.wait(10000);
    QList<double> readMs, guiCpuMs, shownMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer read;
        read.start();
        const QList<Vote> loaded = votes.votes();
        readMs.append(read.nsecsElapsed() / 1e6);
        QElapsedTimer shown;
        const double cpuBefore = threadCpuMs();
        shown.start();
        window.recompute();
        updated.wait(10000);
        shownMs.append(shown.nsecsElapsed() / 1e6);
        guiCpuMs.append(threadCpuMs() - cpuBefore);
        Q_UNUSED(loaded);
    }
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("leaderboard_window")},
                             {QStringLiteral("votes"), voteCount},
                             {QStringLiteral("models"), window.result().entries.size()},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("read_votes_median_ms"), median(readMs)},
                             {QStringLiteral("gui_thread_cpu_median_ms"), median(guiCpuMs)},
                             {QStringLiteral("until_shown_median_ms"), median(shownMs)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
