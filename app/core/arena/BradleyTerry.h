#pragma once

#include <vector>

namespace Lineup {

// Pairwise results among `players` (0..players-1): how often i beat j. A tie adds half a win to
// each side.
class PairwiseTally
{
public:
    explicit PairwiseTally(int players = 0);

    int players() const { return m_players; }
    void addWin(int winner, int loser, double times = 1.0)
    {
        m_wins[index(winner, loser)] += times;
    }
    void addTie(int first, int second, double times = 1.0)
    {
        m_wins[index(first, second)] += 0.5 * times;
        m_wins[index(second, first)] += 0.5 * times;
    }
    void clear();

    double wins(int player, int opponent) const { return m_wins[index(player, opponent)]; }
    double games(int first, int second) const { return wins(first, second) + wins(second, first); }

private:
    size_t index(int row, int column) const { return size_t(row) * size_t(m_players) + column; }

    int m_players = 0;
    std::vector<double> m_wins; // row-major players x players
};

struct BradleyTerryOptions
{
    // Weight of the prior: every player is given `priorGames` virtual games against a virtual
    // player of strength 1, half won and half lost. It keeps an undefeated (or winless) player's
    // strength finite and pulls players with few games towards the middle. 0 is the plain
    // maximum-likelihood fit, which only exists when every player has won and lost against the
    // others in a connected way.
    double priorGames = 1.0;
    int maxIterations = 100;
    double tolerance = 1e-9; // largest change of a log-strength that ends the iterations
};

// The Bradley-Terry fit: P(i beats j) = p_i / (p_i + p_j). Maximises the (prior-penalised)
// log-likelihood by Newton's method on the log-strengths theta_i = ln p_i, halving a step that
// would lower it; `start` (log-strengths, e.g. an earlier fit) speeds up related fits. Returns
// the log-strengths shifted so that their mean is 0.
std::vector<double> fitBradleyTerry(const PairwiseTally &tally,
                                    const BradleyTerryOptions &options = {},
                                    const std::vector<double> *start = nullptr);

} // namespace Lineup
