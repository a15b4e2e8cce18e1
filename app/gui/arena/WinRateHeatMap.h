#pragma once

#include "arena/Leaderboard.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace Lineup {

// The leaderboard's win-rate matrix, painted: one cell per pair of models, the row model's share
// of their pairwise results (ties count half) written in the cell and shown as a colour from the
// palette's "lost" to its "won" end through the background, so it reads in light and dark mode.
// Pairs that never met stay empty. Hovering a cell explains it.
class WinRateHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit WinRateHeatMap(QWidget *parent = nullptr);

    // `order`: indices into result.entries, in the order the rows and columns are shown.
    void setResult(const LeaderboardResult &result, const QList<int> &order);

    int modelCount() const { return int(m_order.size()); }
    // What a cell shows ("62%", empty when the models never met or row == column).
    QString cellText(int row, int column) const;
    // The cell under a point of the widget (row, column), if any.
    std::optional<QPair<int, int>> cellAt(const QPoint &point) const;
    QRect cellRect(int row, int column) const;
    QString toolTipFor(int row, int column) const;
    // The colours a cell is painted with (fill, text), for the dark-mode test.
    QPair<QColor, QColor> cellColors(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<double> rate(int row, int column) const;
    QString modelName(int index) const;
    int labelWidth() const;
    int headerHeight() const;
    int cellSize() const;
    void updateAccessibleDescription();

    LeaderboardResult m_result;
    QList<int> m_order;
};

} // namespace Lineup
