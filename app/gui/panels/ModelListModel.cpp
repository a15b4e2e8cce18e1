#include "panels/ModelListModel.h"

#include "PlainText.h"

#include <QLocale>

namespace Lineup {

void ModelListModel::setModels(const QList<ModelInfo> &models)
{
    beginResetModel();
    m_models = models;
    m_rowById.clear();
    m_anyContext = false;
    m_anyPrice = false;
    for (int i = 0; i < m_models.size(); ++i) {
        const ModelInfo &info = m_models.at(i);
        m_rowById.insert(info.id, i);
        m_anyContext = m_anyContext || info.contextLength.has_value();
        m_anyPrice = m_anyPrice || info.promptPricePerMillion.has_value() ||
                     info.completionPricePerMillion.has_value();
    }
    endResetModel();
}

void ModelListModel::notifyChanged(const QSet<QString> &ids)
{
    // Only the rows that changed: the proxy then moves just those instead of re-sorting all.
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ModelListModel::setFavourites(const QSet<QString> &favourites)
{
    QSet<QString> changed = favourites;
    changed.unite(m_favourites);
    changed.subtract(QSet<QString>(favourites).intersect(m_favourites));
    m_favourites = favourites;
    notifyChanged(changed);
}

void ModelListModel::setRecent(const QStringList &recentFirst)
{
    QSet<QString> changed;
    for (auto it = m_recentRank.cbegin(); it != m_recentRank.cend(); ++it)
        changed.insert(it.key());
    m_recentRank.clear();
    for (int i = 0; i < recentFirst.size(); ++i) {
        m_recentRank.insert(recentFirst.at(i), i);
        changed.insert(recentFirst.at(i));
    }
    notifyChanged(changed);
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelListModel::formatContext(qint64 tokens)
{
    if (tokens >= 1'000'000 && tokens % 1'000'000 == 0)
        return tr("%1M").arg(tokens / 1'000'000);
    if (tokens >= 1000)
        return tr("%1K").arg(
            QLocale().toString(double(tokens) / 1000.0, 'f', tokens % 1000 ? 1 : 0));
    return QLocale().toString(tokens);
}

QString ModelListModel::formatPrice(double usdPerMillion)
{
    if (usdPerMillion == 0)
        return tr("free");
    return tr("$%1").arg(QLocale().toString(usdPerMillion, 'f', usdPerMillion < 1 ? 3 : 2));
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size())
        return {};
    const ModelInfo &info = m_models.at(index.row());
    const bool favourite = m_favourites.contains(info.id);
    switch (role) {
    case ModelIdRole:
        return info.id;
    case FavouriteRole:
        return favourite;
    case RecentRankRole:
        return m_recentRank.value(info.id, -1);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            // The star is text, not a picture, so it follows the palette and scales crisply.
            return favourite ? QString(QStringView(u"\u2605 ") + info.id) : info.id;
        case ContextColumn:
            return info.contextLength ? formatContext(*info.contextLength) : QString();
        case InputPriceColumn:
            return info.promptPricePerMillion ? formatPrice(*info.promptPricePerMillion)
                                              : QString();
        case OutputPriceColumn:
            return info.completionPricePerMillion ? formatPrice(*info.completionPricePerMillion)
                                                  : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = info.id;
        if (!info.ownedBy.isEmpty())
            tip += QLatin1Char('\n') + tr("Owned by %1").arg(info.ownedBy);
        if (info.contextLength)
            tip += QLatin1Char('\n') +
                   tr("Context window: %1 tokens").arg(QLocale().toString(*info.contextLength));
        if (info.promptPricePerMillion)
            tip += QLatin1Char('\n') +
                   tr("Input: %1 per million tokens").arg(formatPrice(*info.promptPricePerMillion));
        if (info.completionPricePerMillion)
            tip += QLatin1Char('\n') + tr("Output: %1 per million tokens")
                                           .arg(formatPrice(*info.completionPricePerMillion));
        if (favourite)
            tip += QLatin1Char('\n') + tr("Favourite");
        return plainToolTip(tip); // ids and owners are the service's text
    }
    case Qt::AccessibleTextRole:
        return favourite ? tr("%1, favourite").arg(info.id) : info.id;
    case Qt::TextAlignmentRole:
        if (index.column() != IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ModelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Model");
        case ContextColumn:
            return tr("Context");
        case InputPriceColumn:
            return tr("In $/M");
        case OutputPriceColumn:
            return tr("Out $/M");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Model id as the service names it");
        case ContextColumn:
            return tr("Context window in tokens");
        case InputPriceColumn:
            return tr("Price in US dollars per million prompt tokens");
        case OutputPriceColumn:
            return tr("Price in US dollars per million completion tokens");
        }
    }
    return {};
}

void ModelSortFilterProxy::setSearchText(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool ModelSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const auto *source = static_cast<const ModelListModel *>(sourceModel());
    const ModelInfo &info = source->models().at(sourceRow);
    Q_UNUSED(sourceParent)
    for (const QString &term : m_terms) {
        if (!info.id.contains(term, Qt::CaseInsensitive) &&
            !info.ownedBy.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ModelSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *source = static_cast<const ModelListModel *>(sourceModel());
    const int l = left.row();
    const int r = right.row();
    const bool favLeft = source->isFavouriteAt(l);
    const bool favRight = source->isFavouriteAt(r);
    if (favLeft != favRight)
        return favLeft;
    const int recentLeft = source->recentRankAt(l);
    const int recentRight = source->recentRankAt(r);
    if (recentLeft != recentRight) {
        if (recentLeft < 0 || recentRight < 0)
            return recentLeft >= 0;
        return recentLeft < recentRight;
    }
    const QString &idLeft = source->idAt(l);
    const QString &idRight = source->idAt(r);
    const int byCase = idLeft.compare(idRight, Qt::CaseInsensitive);
    return byCase != 0 ? byCase < 0 : idLeft < idRight;
}

} // namespace Lineup
