// Recomputing the arena leaderboard: 10,000 votes over 20 models (simulated from known ratings,
// 10% ties), the Bradley-Terry fit plus 200 bootstrap resamples, as the leaderboard window and
// `lineup-cli leaderboard` do it. Target: <= 100 ms. Also the fit alone (no resampling), and
// how far the fitted ratings are from the simulated ones. Prints one JSON object.
//   bench_leaderboard [--votes N] [--models N] [--rounds N] [--runs N]
#include "VoteFixtures.h"
#include "arena/Leaderboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
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

struct Timing
{
    double medianMs = 0;
    double bestMs = 0;
    double medianCpuMs = 0;
};

template <typename Work> Timing measure(int runs, Work work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), wall.first(), cpu.at(cpu.size() / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int voteCount = option(arguments, QStringLiteral("--votes"), 10000);
    const int modelCount = option(arguments, QStringLiteral("--models"), 20);
    const int rounds = option(arguments, QStringLiteral("--rounds"), 200);
    const int runs = option(arguments, QStringLiteral("--runs"), 15);

    QList<double> truth;
    for (int model = 0; model < modelCount; ++model) // 700 .. 1300, evenly spread
        truth.append(1300 - 600.0 * model / std::max(modelCount - 1, 1));
    const QList<Vote> votes = Test::simulatedVotes(truth, voteCount, 2026);

    LeaderboardOptions options;
    options.bootstrapRounds = rounds;
    LeaderboardResult result;
    const Timing full = measure(runs, [&] { result = Leaderboard::compute(votes, {}, options); });
    LeaderboardOptions pointOnly = options;
    pointOnly.bootstrapRounds = 0;
    const Timing fit = measure(runs, [&] { Leaderboard::compute(votes, {}, pointOnly); });
    LeaderboardOptions thousand = options;
    thousand.bootstrapRounds = 1000;
    const Timing manyRounds =
        measure(std::max(runs / 3, 1), [&] { Leaderboard::compute(votes, {}, thousand); });

    // How well the simulated order comes back: pairs of models the fit puts the wrong way round
    // (models 31 points apart; the simulation's ties, 10% whatever the gap, pull gaps in a little).
    int inversions = 0;
    double widestInterval = 0;
    for (int row = 0; row < result.entries.size(); ++row) {
        const int trueRow = result.entries.at(row).model.mid(1).toInt();
        for (int below = row + 1; below < result.entries.size(); ++below)
            inversions += result.entries.at(below).model.mid(1).toInt() < trueRow ? 1 : 0;
        widestInterval =
            std::max(widestInterval, result.entries.at(row).ciHigh - result.entries.at(row).ciLow);
    }
    const double spread =
        result.entries.isEmpty() ? 0 : result.entries.first().rating - result.entries.last().rating;

    const QJsonObject json{
        {QLatin1String("benchmark"), QLatin1String("leaderboard")},
        {QLatin1String("votes"), voteCount},
        {QLatin1String("models"), modelCount},
        {QLatin1String("bootstrap_rounds"), rounds},
        {QLatin1String("runs"), runs},
        {QLatin1String("compute_median_ms"), full.medianMs},
        {QLatin1String("compute_best_ms"), full.bestMs},
        {QLatin1String("compute_median_cpu_ms"), full.medianCpuMs},
        {QLatin1String("target_ms"), 100},
        {QLatin1String("within_target"), full.medianMs <= 100},
        {QLatin1String("fit_only_median_ms"), fit.medianMs},
        {QLatin1String("fit_only_median_cpu_ms"), fit.medianCpuMs},
        {QLatin1String("with_1000_rounds_median_cpu_ms"), manyRounds.medianCpuMs},
        {QLatin1String("fitted_spread_points"), spread},
        {QLatin1String("true_spread_points"), 600},
        {QLatin1String("widest_interval_points"), widestInterval},
        {QLatin1String("order_inversions"), inversions},
    };
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
