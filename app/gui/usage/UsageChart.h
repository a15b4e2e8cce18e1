#pragma once

#include "usage/UsageSummary.h"

#include <QWidget>

namespace Lineup {

// Every request of a conversation as a stacked bar: uncached prompt, cached prompt, completion
// and (inside it) reasoning tokens, or the cost split the same way. Painted with QPainter in
// colours taken from the palette, so it follows dark mode and scales on HiDPI screens; hovering
// a bar (or moving through them with Left/Right when focused) shows its numbers. Estimated
// requests are hatched.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Tokens, Cost };

    explicit UsageChart(QWidget *parent = nullptr);

    void setTurns(const QList<UsageTurn> &turns);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    int barAt(QPoint position) const; // -1 when none
    // The numbers shown for a bar (the tooltip text).
    QString describe(int bar) const;
    int currentBar() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Segment
    {
        double value;
        QColor color;
    };
    QList<Segment> segments(const UsageTurn &turn) const;
    QRectF plotRect() const;
    QRectF barRect(int bar) const;
    double maxValue() const;
    void setCurrent(int bar, bool showTip);

    QList<UsageTurn> m_turns;
    Mode m_mode = Mode::Tokens;
    int m_current = -1;
};

} // namespace Lineup
