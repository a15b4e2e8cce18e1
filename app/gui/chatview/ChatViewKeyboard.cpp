// ChatView: the keyboard. Besides copying and Ctrl+Home/End, a current message that the arrow
// keys move, the menu key acts on and screen readers follow.
#include "chatview/ChatView.h"

#include "chatview/ChatViewAccessible.h"
#include "chatview/ChatViewPrivate.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>

namespace Lineup {

int ChatView::currentMessage() const
{
    return d->currentRow;
}

void ChatView::setCurrentMessage(int row)
{
    if (row < -1 || row >= int(d->rows.size()) || row == d->currentRow)
        return;
    const int previous = d->currentRow;
    d->currentRow = row;
    d->updateRow(previous);
    if (row < 0)
        return;
    d->revealRow(row);
    d->updateRow(row);
    if (hasFocus())
        notifyCurrentMessage(this, row);
}

void ChatViewPrivate::revealRow(int row)
{
    ensureLayout(row);
    const QRect rect = q->rowRect(row);
    const int height = q->viewport()->height();
    if (rect.top() >= 0 && rect.bottom() < height)
        return;
    if (rect.top() < 0 || rect.height() > height) {
        q->scrollToRow(row);
        return;
    }
    // Below the viewport: scroll just enough to show its bottom.
    setFollowing(false);
    anchorTo(scrollY() + rect.bottom() - height + 1);
    syncScrollBar();
    if (scrollY() >= maxScroll())
        setFollowing(true);
    q->viewport()->update();
}

void ChatViewPrivate::paintFocusFrame(QPainter *painter, const MessageLayout &layout) const
{
    QPen pen(q->palette().color(QPalette::Highlight), 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(layout.cardRect().adjusted(1, 1, -1, -1), 6, 6);
    painter->restore();
}

bool ChatViewPrivate::navigate(int key)
{
    const int count = int(rows.size());
    if (count == 0)
        return false;
    int row = currentRow;
    switch (key) {
    case Qt::Key_Up:
        // From nothing: the newest message that is on screen, so the first press names it.
        row = row < 0 ? rowAtViewportY(qMax(0, q->viewport()->height() - 1)) : qMax(0, row - 1);
        break;
    case Qt::Key_Down:
        row = row < 0 ? rowAtViewportY(0) : qMin(count - 1, row + 1);
        break;
    case Qt::Key_Home:
        row = 0;
        break;
    case Qt::Key_End:
        row = count - 1;
        break;
    default:
        return false;
    }
    if (row == currentRow) {
        revealRow(row); // scrolled away meanwhile
        return true;
    }
    q->setCurrentMessage(row);
    return true;
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        const QString text = selectedText();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        scrollToBottom();
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() == Qt::ControlModifier) {
        d->setFollowing(false);
        d->anchorTo(0);
        d->syncScrollBar();
        viewport()->update();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && d->navigate(event->key())) {
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    d->updateRow(d->currentRow);
    if (d->currentRow >= 0)
        notifyCurrentMessage(this, d->currentRow);
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    d->updateRow(d->currentRow);
}

} // namespace Lineup
