#pragma once

#include "api/ModelInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Lineup {

// GET /models entries as a table: id (with a favourite star), context length, prices.
class ModelListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, ContextColumn, InputPriceColumn, OutputPriceColumn, ColumnCount };
    enum Roles { ModelIdRole = Qt::UserRole + 1, FavouriteRole, RecentRankRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setModels(const QList<ModelInfo> &models);
    const QList<ModelInfo> &models() const { return m_models; }
    void setFavourites(const QSet<QString> &favourites);
    void setRecent(const QStringList &recentFirst);
    int rowOf(const QString &modelId) const { return m_rowById.value(modelId, -1); }
    // Direct accessors for sorting: no QVariant per comparison (5,000-model lists sort often).
    const QString &idAt(int row) const { return m_models.at(row).id; }
    bool isFavouriteAt(int row) const { return m_favourites.contains(m_models.at(row).id); }
    int recentRankAt(int row) const { return m_recentRank.value(m_models.at(row).id, -1); }
    bool hasContextLengths() const { return m_anyContext; }
    bool hasPrices() const { return m_anyPrice; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString formatContext(qint64 tokens);
    static QString formatPrice(double usdPerMillion);

private:
    void notifyChanged(const QSet<QString> &ids);

    QList<ModelInfo> m_models;
    QHash<QString, int> m_rowById;
    QSet<QString> m_favourites;
    QHash<QString, int> m_recentRank;
    bool m_anyContext = false;
    bool m_anyPrice = false;
};

// Favourites first, then recently used (most recent first), then the rest by id; filtered by
// every whitespace-separated term of the search text (case-insensitive, id or owner).
class ModelSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
};

} // namespace Lineup
