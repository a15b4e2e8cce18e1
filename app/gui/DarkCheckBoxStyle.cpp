#include "DarkCheckBoxStyle.h"

#include <QPainter>

namespace Lineup {

DarkCheckBoxStyle::DarkCheckBoxStyle(QStyle *base)
    : QProxyStyle(base)
{}

void DarkCheckBoxStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                      QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox || !option)
        return;
    const QPalette &palette = option->palette;
    if (palette.color(QPalette::Window).lightness() >= 128)
        return;
    QColor frame = palette.color(QPalette::WindowText);
    frame.setAlphaF(option->state & State_Enabled ? 0.55 : 0.25);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5), 2, 2);
    painter->restore();
}

} // namespace Lineup
