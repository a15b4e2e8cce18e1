// ChatView: mouse selection, which may run across messages. Each message paints its own part of
// it; copying joins the parts with a blank line, as the messages are shown.
#include "chatview/ChatView.h"

#include "chatview/ChatViewPrivate.h"

#include <QTextCursor>
#include <QTextDocument>

#include <climits>
#include <tuple>

namespace Lineup {

namespace {

struct SelectionEnd
{
    int row;
    int unit;
    int pos;
    bool operator<=(const SelectionEnd &other) const
    {
        return std::tie(row, unit, pos) <= std::tie(other.row, other.unit, other.pos);
    }
};

constexpr int kScrollEdge = 24;    // pixels: dragging this close to an edge scrolls too
constexpr int kMaxScrollStep = 60; // pixels per tick, when far outside the view

} // namespace

bool ChatViewPrivate::inSelection(int row) const
{
    if (selRow < 0 || selCursorRow < 0 || row < 0)
        return false;
    return row >= qMin(selRow, selCursorRow) && row <= qMax(selRow, selCursorRow);
}

void ChatViewPrivate::applySelection(int row, MessagePaintState *state) const
{
    if (!inSelection(row))
        return;
    const SelectionEnd anchor{selRow, selAnchorUnit, selAnchorPos};
    const SelectionEnd cursor{selCursorRow, selCursorUnit, selCursorPos};
    const bool forward = anchor <= cursor;
    const SelectionEnd &start = forward ? anchor : cursor;
    const SelectionEnd &end = forward ? cursor : anchor;
    // A message inside the range is selected whole (positions are clamped to each document).
    state->selStartUnit = row == start.row ? start.unit : 0;
    state->selStartPos = row == start.row ? start.pos : 0;
    state->selEndUnit = row == end.row ? end.unit : INT_MAX;
    state->selEndPos = row == end.row ? end.pos : INT_MAX;
}

void ChatViewPrivate::startSelection(int row, int unit, int pos)
{
    dropSelection();
    selRow = selCursorRow = row;
    selAnchorUnit = selCursorUnit = unit;
    selAnchorPos = selCursorPos = pos;
}

void ChatViewPrivate::extendSelection(QPoint viewportPos)
{
    mousePos = viewportPos;
    const int height = q->viewport()->height();
    const bool outside = viewportPos.y() < kScrollEdge || viewportPos.y() >= height - kScrollEdge;
    if (outside && !selectionScrollTimer.isActive())
        selectionScrollTimer.start();
    else if (!outside)
        selectionScrollTimer.stop();
    if (rows.empty())
        return;
    // The message under the pointer, or the first or last one on screen when it is outside.
    const int y = qBound(0, viewportPos.y(), qMax(0, height - 1));
    const int row = scrollY() + y >= heights.total() ? int(rows.size()) - 1 : rowAtViewportY(y);
    ensureLayout(row);
    const MessageHit hit = rows[size_t(row)].layout->nearestText(toCard(row, viewportPos));
    if (hit.kind != MessageHit::Kind::Text)
        return;
    const int before = selCursorRow;
    selCursorRow = row;
    selCursorUnit = hit.unit;
    selCursorPos = qMax(0, hit.pos);
    if (before == row)
        updateRow(row);
    else
        q->viewport()->update();
}

void ChatViewPrivate::scrollSelection()
{
    if (!selecting) {
        selectionScrollTimer.stop();
        return;
    }
    const int height = q->viewport()->height();
    int step = 0;
    if (mousePos.y() < kScrollEdge)
        step = -qMin(kMaxScrollStep, kScrollEdge - mousePos.y());
    else if (mousePos.y() >= height - kScrollEdge)
        step = qMin(kMaxScrollStep, mousePos.y() - (height - kScrollEdge) + 1);
    if (step == 0)
        return;
    setFollowing(false);
    anchorTo(scrollY() + step);
    syncScrollBar();
    if (scrollY() >= maxScroll())
        setFollowing(true);
    extendSelection(mousePos);
    q->viewport()->update();
}

void ChatViewPrivate::dropSelection()
{
    const bool hadSelection = selRow >= 0;
    selRow = selCursorRow = -1;
    if (hadSelection)
        q->viewport()->update();
}

QString ChatView::selectedText() const
{
    if (d->selRow < 0 || d->selCursorRow < 0)
        return {};
    const int first = qMin(d->selRow, d->selCursorRow);
    const int last = qMin(qMax(d->selRow, d->selCursorRow), int(d->rows.size()) - 1);
    QStringList parts;
    for (int row = first; row <= last; ++row) {
        d->ensureLayout(row);
        const MessagePaintState state = d->paintState(row);
        const QList<TextUnit> units = d->rows[size_t(row)].layout->textUnits();
        for (int unit = qMax(0, state.selStartUnit);
             unit <= state.selEndUnit && unit < units.size(); ++unit) {
            const QTextCursor cursor =
                MessageLayout::selectionCursor(units.at(unit).doc, unit, state);
            QString text = cursor.selectedText();
            text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            text.replace(QChar::LineSeparator, QLatin1Char('\n'));
            MessageLayout::unkeepTogether(text);
            if (!text.isEmpty())
                parts.append(text);
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

void ChatView::clearSelection()
{
    d->dropSelection();
}

} // namespace Lineup
