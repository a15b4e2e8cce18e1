#include "chatview/ChatScrollBar.h"

#include <QStyle>
#include <QStyleOptionSlider>

namespace Lineup {

ChatScrollBar::ChatScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{}

ChatScrollBar::Look ChatScrollBar::currentLook() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    Look look;
    look.handle =
        style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    look.atMinimum = option.sliderValue <= option.minimum;
    look.atMaximum = option.sliderValue >= option.maximum;
    look.scrollable = option.minimum < option.maximum;
    return look;
}

void ChatScrollBar::sliderChange(SliderChange change)
{
    // QAbstractSlider::sliderChange() only schedules a repaint. Comparing with what was last
    // painted (not with the last change) stays right when a repaint is still pending: that
    // repaint draws the current state anyway.
    if ((change == SliderValueChange || change == SliderRangeChange) && m_hasPainted &&
        currentLook() == m_painted) {
        ++m_skipped;
        return;
    }
    QScrollBar::sliderChange(change);
}

void ChatScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = currentLook();
    m_hasPainted = true;
    QScrollBar::paintEvent(event);
}

} // namespace Lineup
