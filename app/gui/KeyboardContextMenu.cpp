#include "KeyboardContextMenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QWidget>

namespace Lineup {

namespace {

const QString FilterName = QStringLiteral("lineupShiftF10ContextMenu");

class ShiftF10Filter : public QObject
{
public:
    explicit ShiftF10Filter(QObject *parent)
        : QObject(parent)
    {
        setObjectName(FilterName);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        QWidget *target = QApplication::activePopupWidget() ? nullptr : QApplication::focusWidget();
        if (key->key() != Qt::Key_F10 || key->modifiers() != Qt::ShiftModifier || !target ||
            !target->isEnabled())
            return QObject::eventFilter(watched, event);
        if (!key->isAutoRepeat()) {
            // Where Qt puts a menu-key menu: the widget's text cursor, or its middle.
            const QPoint pos = target->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
            QContextMenuEvent menu(QContextMenuEvent::Keyboard, pos, target->mapToGlobal(pos),
                                   key->modifiers());
            QCoreApplication::sendEvent(target, &menu);
        }
        return true;
    }
};

} // namespace

void installShiftF10ContextMenu(QCoreApplication *app)
{
    // By name: without Q_OBJECT, findChild<ShiftF10Filter *> would match any child.
    if (app->findChild<QObject *>(FilterName, Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new ShiftF10Filter(app));
}

} // namespace Lineup
