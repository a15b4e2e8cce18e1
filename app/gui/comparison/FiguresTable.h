#pragma once

#include "comparison/PaneFigures.h"

#include <QTableWidget>

namespace Lineup {

// The summary of a comparison: one row per pane, one column per figure, the best value of each
// ranked figure in bold with a ★ (not by colour alone). Copies as a Markdown table.
class FiguresTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit FiguresTable(QWidget *parent = nullptr);

    static QString bestMark() { return QStringLiteral("★ "); }

    void setFigures(const QStringList &paneNames, const QList<PaneFigures> &figures);
    QString markdown() const;
    // Whether the cell of `pane` and `figure` is marked as the best.
    bool isBest(int pane, Figure figure) const;

private:
    QStringList m_names;
    QList<PaneFigures> m_figures;
};

} // namespace Lineup
