#include "arena/LeaderboardTableModel.h"

#include <QLocale>

#include <algorithm>

namespace Lineup {

LeaderboardTableModel::LeaderboardTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LeaderboardTableModel::setResult(const LeaderboardResult &result)
{
    beginResetModel();
    m_result = result;
    m_order.clear();
    for (int i = 0; i < result.entries.size(); ++i)
        m_order.append(i);
    // Entries come by rating; an asymmetric interval can give a lower-rated model a better rank.
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_result.entries.at(a).rank < m_result.entries.at(b).rank;
    });
    endResetModel();
}

const LeaderboardEntry &LeaderboardTableModel::entry(int row) const
{
    return m_result.entries.at(m_order.at(row));
}

bool LeaderboardTableModel::sharesRank(int row) const
{
    const int rank = entry(row).rank;
    return (row > 0 && entry(row - 1).rank == rank) ||
           (row + 1 < m_order.size() && entry(row + 1).rank == rank);
}

int LeaderboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int LeaderboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderboardTableModel::rankToolTip(int row) const
{
    const LeaderboardEntry &e = entry(row);
    if (!sharesRank(row))
        return tr("Rank %1: %n models lie entirely above this one's 95% interval.", nullptr,
                  e.rank - 1)
            .arg(e.rank);
    QStringList others;
    for (int i = 0; i < m_order.size(); ++i)
        if (i != row && entry(i).rank == e.rank)
            others.append(entry(i).model);
    return tr("Shares rank %1 with %2: the votes cannot tell them apart yet.")
        .arg(e.rank)
        .arg(QLocale().createSeparatedList(others));
}

QVariant LeaderboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const LeaderboardEntry &e = entry(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return sharesRank(index.row()) ? tr("%1 (shared)").arg(e.rank)
                                           : locale.toString(e.rank);
        case Model:
            return e.model;
        case Rating:
            return locale.toString(qRound(e.rating));
        case Interval:
            return tr("%1 – %2").arg(locale.toString(qRound(e.ciLow)),
                                     locale.toString(qRound(e.ciHigh)));
        case Votes:
            return locale.toString(e.votes);
        case Wins:
            return locale.toString(e.wins);
        case Losses:
            return locale.toString(e.losses);
        case Ties:
            return locale.toString(e.ties);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Rank:
            return rankToolTip(index.row());
        case Interval:
            return tr("95% of the ratings fitted to resamples of the votes lie between %1 and %2.")
                .arg(locale.toString(qRound(e.ciLow)), locale.toString(qRound(e.ciHigh)));
        case Ties:
            return tr("Tie and both-bad votes");
        default:
            return {};
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == Model ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                       : int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return e.rank;
    }
    return {};
}

QVariant LeaderboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("Rank");
        case Model:
            return tr("Model");
        case Rating:
            return tr("Rating");
        case Interval:
            return tr("95% interval");
        case Votes:
            return tr("Votes");
        case Wins:
            return tr("Wins");
        case Losses:
            return tr("Losses");
        case Ties:
            return tr("Ties");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("1 + the number of models whose 95% interval lies entirely above this one's");
        case Rating:
            return tr("Bradley-Terry fit on the Elo scale: 400 points mean 10:1 odds, the mean is "
                      "1000");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Lineup
