#include "arena/BradleyTerry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Lineup {

PairwiseTally::PairwiseTally(int players)
    : m_players(std::max(players, 0))
    , m_wins(size_t(m_players) * size_t(m_players), 0.0)
{}

void PairwiseTally::clear()
{
    std::fill(m_wins.begin(), m_wins.end(), 0.0);
}

namespace {

// ln(e^a + e^b) without overflow.
double logSumExp(double a, double b)
{
    const double high = std::max(a, b);
    return high + std::log1p(std::exp(std::min(a, b) - high));
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

class Fit
{
public:
    Fit(const PairwiseTally &tally, const BradleyTerryOptions &options)
        : m_options(options)
        , m_players(tally.players())
        , m_games(size_t(m_players) * size_t(m_players))
        , m_totalWins(size_t(m_players), 0.0)
    {
        for (int i = 0; i < m_players; ++i) {
            for (int j = 0; j < m_players; ++j) {
                m_games[at(i, j)] = i == j ? 0.0 : tally.games(i, j);
                if (i != j)
                    m_totalWins[i] += tally.wins(i, j);
            }
        }
    }

    double logLikelihood(const std::vector<double> &theta) const
    {
        const double prior = m_options.priorGames;
        double sum = 0;
        for (int i = 0; i < m_players; ++i) {
            sum += (m_totalWins[i] + prior / 2) * theta[i] - prior * logSumExp(theta[i], 0.0);
            for (int j = i + 1; j < m_players; ++j) {
                if (const double games = m_games[at(i, j)]; games > 0)
                    sum -= games * logSumExp(theta[i], theta[j]);
            }
        }
        return sum;
    }

    // Gradient into `gradient`, the negated Hessian (positive semi-definite) into `curvature`.
    void derivatives(const std::vector<double> &theta, std::vector<double> &gradient,
                     std::vector<double> &curvature) const
    {
        const double prior = m_options.priorGames;
        std::fill(curvature.begin(), curvature.end(), 0.0);
        for (int i = 0; i < m_players; ++i) {
            const double againstPrior = logistic(theta[i]);
            gradient[i] = m_totalWins[i] + prior / 2 - prior * againstPrior;
            curvature[at(i, i)] += prior * againstPrior * (1 - againstPrior);
        }
        for (int i = 0; i < m_players; ++i) {
            for (int j = i + 1; j < m_players; ++j) {
                const double games = m_games[at(i, j)];
                if (games <= 0)
                    continue;
                const double p = logistic(theta[i] - theta[j]);
                const double weight = games * p * (1 - p);
                gradient[i] -= games * p;
                gradient[j] -= games * (1 - p);
                curvature[at(i, i)] += weight;
                curvature[at(j, j)] += weight;
                curvature[at(i, j)] -= weight;
                curvature[at(j, i)] -= weight;
            }
        }
        if (prior <= 0) {
            // Without a prior the likelihood ignores a common shift of every theta, so the
            // curvature is singular along (1, ..., 1); the gradient has no component there.
            // Adding curvature along it makes the system solvable without changing the step.
            for (double &value : curvature)
                value += 1.0;
        }
    }

    // Solves curvature * step = gradient by Cholesky (curvature is symmetric positive definite
    // up to rounding; a non-positive pivot means a player without information: no step).
    void solve(std::vector<double> &curvature, const std::vector<double> &gradient,
               std::vector<double> &step) const
    {
        const int n = m_players;
        for (int j = 0; j < n; ++j) {
            double diagonal = curvature[at(j, j)];
            for (int k = 0; k < j; ++k)
                diagonal -= curvature[at(j, k)] * curvature[at(j, k)];
            const bool usable = diagonal > 1e-300;
            curvature[at(j, j)] = usable ? std::sqrt(diagonal) : 0.0;
            for (int i = j + 1; i < n; ++i) {
                double value = curvature[at(i, j)];
                for (int k = 0; k < j; ++k)
                    value -= curvature[at(i, k)] * curvature[at(j, k)];
                curvature[at(i, j)] = usable ? value / curvature[at(j, j)] : 0.0;
            }
        }
        for (int i = 0; i < n; ++i) { // L y = gradient
            double value = gradient[i];
            for (int k = 0; k < i; ++k)
                value -= curvature[at(i, k)] * step[k];
            step[i] = curvature[at(i, i)] > 0 ? value / curvature[at(i, i)] : 0.0;
        }
        for (int i = n - 1; i >= 0; --i) { // L^T step = y
            double value = step[i];
            for (int k = i + 1; k < n; ++k)
                value -= curvature[at(k, i)] * step[k];
            step[i] = curvature[at(i, i)] > 0 ? value / curvature[at(i, i)] : 0.0;
        }
    }

    std::vector<double> run(std::vector<double> theta) const
    {
        const size_t n = size_t(m_players);
        std::vector<double> gradient(n), step(n), trial(n), curvature(n * n);
        double current = logLikelihood(theta);
        for (int iteration = 0; iteration < m_options.maxIterations; ++iteration) {
            derivatives(theta, gradient, curvature);
            solve(curvature, gradient, step);
            double scale = 1.0;
            double next = current;
            for (int halving = 0; halving < 30; ++halving, scale /= 2) {
                for (size_t i = 0; i < n; ++i)
                    trial[i] = theta[i] + scale * step[i];
                next = logLikelihood(trial);
                if (next >= current - 1e-12 * std::abs(current))
                    break;
            }
            theta.swap(trial);
            current = next;
            double largest = 0;
            for (double value : step)
                largest = std::max(largest, std::abs(scale * value));
            if (largest < m_options.tolerance)
                break;
        }
        return theta;
    }

private:
    size_t at(int row, int column) const { return size_t(row) * size_t(m_players) + column; }

    const BradleyTerryOptions &m_options;
    int m_players;
    std::vector<double> m_games; // symmetric
    std::vector<double> m_totalWins;
};

} // namespace

std::vector<double> fitBradleyTerry(const PairwiseTally &tally, const BradleyTerryOptions &options,
                                    const std::vector<double> *start)
{
    const size_t n = size_t(tally.players());
    std::vector<double> theta = start && start->size() == n ? *start : std::vector<double>(n, 0.0);
    theta = Fit(tally, options).run(std::move(theta));
    if (n > 0) {
        const double mean = std::accumulate(theta.begin(), theta.end(), 0.0) / double(n);
        for (double &value : theta)
            value -= mean;
    }
    return theta;
}

} // namespace Lineup
