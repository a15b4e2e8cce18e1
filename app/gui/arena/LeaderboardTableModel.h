#pragma once

#include "arena/Leaderboard.h"

#include <QAbstractTableModel>

namespace Lineup {

// The leaderboard as table rows, best rank first: rank (shared ranks marked), model, rating, its
// 95% interval, votes, wins, losses, ties.
class LeaderboardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Model, Rating, Interval, Votes, Wins, Losses, Ties, ColumnCount };

    explicit LeaderboardTableModel(QObject *parent = nullptr);

    // Rows in rank order (ties in rank by rating); order() gives their indices in result.entries.
    void setResult(const LeaderboardResult &result);
    const QList<int> &order() const { return m_order; }
    const LeaderboardEntry &entry(int row) const;
    // Whether another model has the same rank (the intervals cannot tell them apart).
    bool sharesRank(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString rankToolTip(int row) const;

    LeaderboardResult m_result;
    QList<int> m_order;
};

} // namespace Lineup
