#pragma once

#include "comparison/PaneFigures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lineup {

// How the comparison view words a pane's numbers: the figure names (column heads of the summary
// table and of "Copy as Markdown"), one value as shown, and the live line under a pane's header.
class FiguresText
{
    Q_DECLARE_TR_FUNCTIONS(Lineup::FiguresText)

public:
    static QStringList figureNames(); // FigureCount of them, in Figure order
    static QString unknown();         // a figure not known (yet)
    // One figure of one pane ("1.2 s", "48 tok/s", "stop", "$0.0012"), unknown() when missing.
    static QString value(const PaneFigures &figures, Figure figure);
    // "first token 0.4 s · 52 tok/s · 3.1 s · 12 → 340 tokens · stop · $0.0021"
    static QString line(const PaneFigures &figures);
};

} // namespace Lineup
