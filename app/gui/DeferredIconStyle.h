#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace Lineup {

// Hands out the style's standard icons (menu bar extension arrow, line-edit clear button, dock
// title buttons, message box icons...) as placeholders that ask the real style only when first
// painted. Qt's own icons are PNG files, and reading the first one loads every image-format
// plugin: QMenuBar's constructor alone cost several milliseconds of the launch for an arrow
// that is only shown when the menu bar is too narrow.
class DeferredIconStyle : public QProxyStyle
{
public:
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    // On a dark palette an unchecked box (Fusion draws its frame barely lighter than the window)
    // gets a frame in the text colour, so it can be seen.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    mutable QHash<int, QIcon> m_titleBarIcons;
};

} // namespace Lineup
