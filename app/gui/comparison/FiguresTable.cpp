#include "FiguresTable.h"

#include "FiguresText.h"

#include <QHeaderView>

namespace Lineup {

namespace {
constexpr int BestRole = Qt::UserRole + 1;
}

FiguresTable::FiguresTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("comparisonSummary"));
    setAccessibleName(tr("Comparison summary"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QStringList heads{tr("Model")};
    heads.append(FiguresText::figureNames());
    setColumnCount(int(heads.size()));
    setHorizontalHeaderLabels(heads);
    setToolTip(tr("★ and bold: the best value of the figure among the panes"));
}

void FiguresTable::setFigures(const QStringList &paneNames, const QList<PaneFigures> &figures)
{
    m_names = paneNames;
    m_figures = figures;
    setRowCount(int(figures.size()));
    QList<QList<int>> best;
    for (int f = 0; f < FigureCount; ++f)
        best.append(bestPanes(figures, Figure(f)));
    QFont boldFont = font();
    boldFont.setBold(true);
    for (int row = 0; row < figures.size(); ++row) {
        auto *name = new QTableWidgetItem(paneNames.value(row));
        setItem(row, 0, name);
        for (int f = 0; f < FigureCount; ++f) {
            const bool isBest = best.at(f).contains(row);
            const QString text = FiguresText::value(figures.at(row), Figure(f));
            auto *item = new QTableWidgetItem(isBest ? bestMark() + text : text);
            item->setData(BestRole, isBest);
            if (isBest) {
                item->setFont(boldFont);
                item->setToolTip(tr("Best %1").arg(FiguresText::figureNames().at(f)));
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, f + 1, item);
        }
    }
}

bool FiguresTable::isBest(int pane, Figure figure) const
{
    const QTableWidgetItem *cell = item(pane, int(figure) + 1);
    return cell && cell->data(BestRole).toBool();
}

QString FiguresTable::markdown() const
{
    return figuresMarkdown(m_names, m_figures, FiguresText::figureNames(), FiguresText::unknown());
}

} // namespace Lineup
