#pragma once

#include <QLabel>

namespace Lineup {

// A one-line plain-text label that ends in "…" when it is narrower than its text, instead of
// cutting the text off mid-glyph as QLabel does (pane headers in narrow comparison panes, where
// Japanese and Chinese text is wider). text() stays the whole text; show it in a tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Lineup
