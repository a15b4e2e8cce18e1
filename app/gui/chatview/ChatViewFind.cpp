// ChatView: find in conversation (Ctrl+F).
#include "chat/ConversationModel.h"
#include "chatview/ChatViewPrivate.h"

#include <QTextCursor>
#include <QTextDocument>

namespace Lineup {

// ---- find -----------------------------------------------------------------------------------

void ChatView::setFindText(const QString &text)
{
    if (text == d->findText)
        return;
    d->findText = text;
    d->findRow = d->findUnit = d->findPos = -1;
    viewport()->update();
}

QString ChatView::findText() const
{
    return d->findText;
}

bool ChatView::findNext()
{
    return d->find(true);
}

bool ChatView::findPrevious()
{
    return d->find(false);
}

int ChatView::currentFindRow() const
{
    return d->findRow;
}

bool ChatViewPrivate::rowMayMatch(int row) const
{
    const MessageRecord &record = model->record(row);
    const ChatMessage &message =
        MessageLayout::choiceMessage(record, rows[size_t(row)].shownChoice);
    if (MessageLayout::contentText(message).contains(findText, Qt::CaseInsensitive))
        return true;
    if (desiredReasoningExpanded(row) && message.reasoning.contains(findText, Qt::CaseInsensitive))
        return true;
    for (const ToolCall &call : message.toolCalls) {
        if (call.arguments.contains(findText, Qt::CaseInsensitive))
            return true;
    }
    return record.error.isError();
}

QList<QPair<int, int>> ChatViewPrivate::matchesInRow(int row)
{
    QList<QPair<int, int>> matches;
    ensureLayout(row);
    const QList<TextUnit> units = rows[size_t(row)].layout->textUnits();
    for (int unit = 0; unit < units.size(); ++unit) {
        QTextCursor cursor(units.at(unit).doc);
        for (;;) {
            cursor = units.at(unit).doc->find(findText, cursor);
            if (cursor.isNull())
                break;
            matches.append({unit, cursor.selectionStart()});
        }
    }
    return matches;
}

bool ChatViewPrivate::find(bool forward)
{
    if (findText.isEmpty() || !model || rows.empty())
        return false;
    const int count = int(rows.size());
    int row = findRow >= 0
                  ? findRow
                  : (forward ? rowAtViewportY(0) : rowAtViewportY(q->viewport()->height() - 1));
    const QPair<int, int> current{findUnit, findPos};
    const bool hasCurrent = findRow >= 0;
    for (int step = 0; step <= count; ++step) {
        const int r = ((forward ? row + step : row - step) % count + count) % count;
        if (!rowMayMatch(r))
            continue;
        const QList<QPair<int, int>> matches = matchesInRow(r);
        if (matches.isEmpty())
            continue;
        QPair<int, int> chosen{-1, -1};
        if (step == 0 && hasCurrent) {
            // Within the current row: the match after (before) the current one.
            for (int i = 0; i < matches.size(); ++i) {
                const int k = forward ? i : int(matches.size()) - 1 - i;
                if (forward ? matches[k] > current : matches[k] < current) {
                    chosen = matches[k];
                    break;
                }
            }
            if (chosen.first < 0) {
                if (step == 0 && count == 1) // wrap inside the only row
                    chosen = forward ? matches.first() : matches.last();
                else
                    continue;
            }
        } else {
            chosen = forward ? matches.first() : matches.last();
        }
        findRow = r;
        findUnit = chosen.first;
        findPos = chosen.second;
        revealFindMatch();
        return true;
    }
    // Wrapped all the way around to the current row's own earlier/later match.
    if (hasCurrent) {
        const QList<QPair<int, int>> matches = matchesInRow(row);
        if (!matches.isEmpty()) {
            const QPair<int, int> chosen = forward ? matches.first() : matches.last();
            findUnit = chosen.first;
            findPos = chosen.second;
            revealFindMatch();
            return true;
        }
    }
    return false;
}

void ChatViewPrivate::revealFindMatch()
{
    const MessageLayout *layout = rows[size_t(findRow)].layout.get();
    const int y = rowTop(findRow) + int(layout->unitPositionY(findUnit, findPos));
    const int top = scrollY();
    const int height = q->viewport()->height();
    if (y < top + 8 || y > top + height - 40) {
        setFollowing(false);
        anchorTo(y - height / 3);
        syncScrollBar();
        if (scrollY() >= maxScroll() && maxScroll() > 0)
            setFollowing(true);
    }
    q->viewport()->update();
}

} // namespace Lineup
