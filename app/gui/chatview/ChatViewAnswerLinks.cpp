// ChatView: the links a JSON answer's footer offers. A schema violation selects the part of the
// answer its JSON pointer names (selected, so Ctrl+C copies it too) and scrolls to it; the
// Pretty / Raw switch lays the row out again with the other view.
#include "chatview/ChatViewPrivate.h"

namespace Lineup {

bool ChatViewPrivate::activateAnswerLink(int row, const QString &href)
{
    if (!MessageLayout::isAnswerLink(href))
        return false;
    if (row < 0 || row >= int(rows.size()))
        return true;
    ChatRow &item = rows[size_t(row)];
    if (const std::optional<bool> raw = MessageLayout::rawJsonOfLink(href)) {
        if (item.rawJson == *raw)
            return true;
        item.rawJson = *raw;
        if (item.layout) {
            item.layout.reset();
            --laidOutCount;
        }
        if (inSelection(row))
            dropSelection();
        if (findRow == row)
            findRow = -1;
        ensureLayout(row);
        syncScrollBar();
        q->viewport()->update();
        return true;
    }
    ensureLayout(row);
    const MessageLayout::TextSpan span =
        item.layout->violationSpan(MessageLayout::violationOfLink(href));
    if (span.unit < 0)
        return true;
    startSelection(row, span.unit, span.start);
    selCursorPos = span.end;
    const int y = rowTop(row) + int(item.layout->unitPositionY(span.unit, span.start));
    const int height = q->viewport()->height();
    if (y < scrollY() + 8 || y > scrollY() + height - 40) {
        setFollowing(false);
        anchorTo(y - height / 3);
        syncScrollBar();
        if (scrollY() >= maxScroll() && maxScroll() > 0)
            setFollowing(true);
    }
    q->viewport()->update();
    return true;
}

} // namespace Lineup
