#pragma once

#include "usage/UsageSummary.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Lineup {

class UsageChart;

// The Usage dock's contents: requests, the token kinds, the cost split into uncached input,
// cached input and output, a chart of every request, and the context fill of the last request
// with a warning from 80%. Figures that were estimated are marked "≈" and say so.
class UsagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit UsagePanel(QWidget *parent = nullptr);

    void setSummary(const UsageSummary &summary);
    // In a comparison the figures are the focused pane's (`paneName`), and a line under them
    // gives the total of all panes; an empty name (an ordinary conversation) hides both.
    void setComparisonScope(const QString &paneName, const UsageSummary &total, int paneCount);
    QString comparisonText() const; // test seam: the scope and total lines, "" when hidden
    const UsageSummary &summary() const { return m_summary; }

    // Test seams.
    UsageChart *chart() const { return m_chart; }
    QString figureText(const QString &name) const; // "requests", "prompt", "cost", ...
    QProgressBar *contextBar() const { return m_context; }
    QLabel *contextWarningLabel() const { return m_contextWarning; }
    QToolButton *costModeButton() const { return m_costMode; }

Q_SIGNALS:
    // The user wants to set a price (or context length) for the conversation's model.
    void editPriceRequested();

private:
    QLabel *addFigure(const QString &name, const QString &label, int row);

    UsageSummary m_summary;
    QHash<QString, QLabel *> m_figures;
    UsageChart *m_chart;
    QProgressBar *m_context;
    QLabel *m_contextWarning;
    QLabel *m_estimateNote;
    QLabel *m_priceNote;
    QLabel *m_scope;
    QLabel *m_comparisonTotal;
    QToolButton *m_costMode;
    QWidget *m_grid;
};

} // namespace Lineup
