// ChatView: keeping the rows in step with the ConversationModel, and applying streamed deltas
// once per frame.
#include "chat/ConversationModel.h"
#include "chatview/ChatViewPrivate.h"

#include <QFrame>
#include <QScopeGuard>
#include <QScrollBar>

namespace Lineup {

// ---- model synchronisation ------------------------------------------------------------------

void ChatViewPrivate::attach(ConversationModel *newModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(connections))
        QObject::disconnect(connection);
    connections.clear();
    model = newModel;
    if (model) {
        auto *m = model.data();
        connections << QObject::connect(
            m, &QAbstractItemModel::rowsInserted, q,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connections << QObject::connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, q,
                                        [this](const QModelIndex &, int first, int last) {
                                            onRowsAboutToBeRemoved(first, last);
                                        });
        connections << QObject::connect(
            m, &QAbstractItemModel::rowsRemoved, q,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connections << QObject::connect(
            m, &QAbstractItemModel::dataChanged, q,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onDataChanged(topLeft.row(), bottomRight.row());
            });
        connections << QObject::connect(m, &QAbstractItemModel::modelReset, q,
                                        [this] { resetRows(); });
        connections << QObject::connect(m, &QAbstractItemModel::layoutChanged, q,
                                        [this] { resetRows(); });
        connections << QObject::connect(m, &QAbstractItemModel::rowsMoved, q,
                                        [this] { resetRows(); });
        connections << QObject::connect(
            m, &ConversationModel::deltaAppended, q, [this](int row, const StreamDelta &delta) {
                onDeltaAppended(row, delta.toolCallsChanged, delta.choiceIndex);
            });
        connections << QObject::connect(m, &QObject::destroyed, q, [this] {
            model = nullptr;
            resetRows();
        });
    }
    resetRows();
}

void ChatViewPrivate::resetRows()
{
    rows.clear();
    markedRanges.clear();
    markCache.clear();
    dirtyRows.clear();
    laidOutCount = 0;
    selRow = selCursorRow = hoverRow = pressRow = findRow = currentRow = -1;
    anchorRow = anchorOffset = 0;
    following = true;
    const int count = model ? model->rowCount() : 0;
    rows.resize(size_t(count));
    QList<int> estimates;
    estimates.reserve(count);
    for (int row = 0; row < count; ++row)
        estimates.append(estimateHeight(model->record(row)));
    heights.reset(estimates);
    if (toolbar)
        toolbar->hide();
    syncScrollBar();
    q->viewport()->update();
}

void ChatViewPrivate::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const bool wasEmpty = rows.empty();
    std::vector<ChatRow> fresh(static_cast<size_t>(count));
    rows.insert(rows.begin() + first, std::make_move_iterator(fresh.begin()),
                std::make_move_iterator(fresh.end()));
    QList<int> estimates;
    for (int row = first; row <= last; ++row)
        estimates.append(estimateHeight(model->record(row)));
    heights.insert(first, estimates);
    QSet<int> shifted;
    for (int row : std::as_const(dirtyRows))
        shifted.insert(row >= first ? row + count : row);
    dirtyRows = shifted;
    auto shift = [&](int &row) {
        if (row >= first)
            row += count;
    };
    if (!wasEmpty && first <= anchorRow && !following)
        anchorRow += count;
    shift(selRow);
    shift(selCursorRow);
    shift(findRow);
    shift(currentRow);
    hoverRow = -1;
    syncScrollBar();
    q->viewport()->update();
}

void ChatViewPrivate::onRowsAboutToBeRemoved(int, int)
{
    flushStreaming(); // pending deltas refer to row numbers that are about to move
}

void ChatViewPrivate::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int row = first; row <= last; ++row)
        laidOutCount -= rows[size_t(row)].layout ? 1 : 0;
    rows.erase(rows.begin() + first, rows.begin() + last + 1);
    heights.remove(first, count);
    auto fix = [&](int &row) {
        if (row > last)
            row -= count;
        else if (row >= first)
            row = -1;
    };
    fix(selRow);
    fix(selCursorRow);
    if (selRow < 0 || selCursorRow < 0)
        selRow = selCursorRow = -1; // one end removed: a selection cannot be half kept
    fix(findRow);
    fix(pressRow);
    fix(currentRow);
    hoverRow = -1;
    if (toolbar)
        toolbar->hide();
    if (anchorRow > last) {
        anchorRow -= count;
    } else if (anchorRow >= first) {
        anchorRow = qMin(first, qMax(0, int(rows.size()) - 1));
        anchorOffset = 0;
    }
    syncScrollBar();
    q->viewport()->update();
}

void ChatViewPrivate::onDataChanged(int first, int last)
{
    if (!model)
        return;
    flushStreaming();
    for (int row = qMax(0, first); row <= last && row < int(rows.size()); ++row) {
        ChatRow &item = rows[size_t(row)];
        const MessageRecord &record = model->record(row);
        if (record.status != MessageStatus::Failed)
            item.countdownDeadline = -1;
        if (item.layout) {
            item.layout->setReasoningExpanded(desiredReasoningExpanded(row));
            if (!item.layout->refresh(record)) {
                item.layout.reset();
                --laidOutCount;
            }
        }
        if (item.layout) {
            updateCountdown(row);
            setRowHeight(row, item.layout->rowHeight());
        } else {
            item.exactHeight = false;
            setRowHeight(row, estimateHeight(record));
        }
    }
    syncScrollBar();
    q->viewport()->update();
}

void ChatViewPrivate::onDeltaAppended(int row, bool toolCallsChanged, int choiceIndex)
{
    if (row < 0 || row >= int(rows.size()))
        return;
    ChatRow &item = rows[size_t(row)];
    if (item.layout && choiceIndex != item.layout->shownChoice()) {
        // Text for a hidden choice needs nothing now; a new choice (n > 1) needs its tab.
        const int choices = 1 + int(model->record(row).alternatives.size());
        if (!item.layout->partRect(MessageHit::Kind::Tab, choices - 1).isNull())
            return;
        item.rebuildPending = true;
    } else {
        item.streamPending = true;
        item.toolCallsPending = item.toolCallsPending || toolCallsChanged;
    }
    dirtyRows.insert(row);
    if (!flushTimer.isActive()) {
        flushTimer.start(kChatFrameIntervalMs);
        pendingClock.start();
    } else if (pendingClock.elapsed() >= 2 * kChatFrameIntervalMs) {
        // A flooded event loop can starve the timer; never let the view fall behind a frame.
        flushStreaming();
    }
}

void ChatViewPrivate::flushStreaming()
{
    flushTimer.stop();
    if (dirtyRows.isEmpty() || !model)
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    const int before = scrollY();
    QList<QPair<int, int>> changed; // row, card y from which it changed
    QList<int> unfinished;          // rows whose burst did not fit this frame
    for (int row : std::as_const(dirtyRows)) {
        if (row < 0 || row >= int(rows.size()))
            continue;
        ChatRow &item = rows[size_t(row)];
        const MessageRecord &record = model->record(row);
        if (item.layout && item.rebuildPending) {
            item.layout.reset();
            --laidOutCount;
        }
        int changedTop = 0;
        if (item.layout && item.streamPending) {
            item.layout->setReasoningExpanded(desiredReasoningExpanded(row));
            if (!item.layout->streamUpdate(record, item.toolCallsPending))
                unfinished.append(row);
            changedTop = int(item.layout->changedTop()); // far below: nothing changed
            const int oldHeight = heights.height(row);
            setRowHeight(row, item.layout->rowHeight());
            if (heights.height(row) != oldHeight) // whatever lies below the row moved
                changedTop = qMin(changedTop, qMin(oldHeight, heights.height(row)));
        } else if (!item.layout) {
            item.exactHeight = false;
            setRowHeight(row, estimateHeight(record));
        }
        item.streamPending = item.toolCallsPending = item.rebuildPending = false;
        changed.append({row, changedTop});
    }
    dirtyRows.clear();
    for (int row : std::as_const(unfinished)) {
        rows[size_t(row)].streamPending = true;
        dirtyRows.insert(row);
    }
    if (!unfinished.isEmpty()) {
        flushTimer.start(kChatFrameIntervalMs);
        pendingClock.start();
    }
    syncScrollBarSoon();
    stats.streamUpdateNs += timer.nsecsElapsed();
    stats.maxStreamUpdateNs = qMax(stats.maxStreamUpdateNs, timer.nsecsElapsed());
    const auto accountCpu =
        qScopeGuard([&] { stats.streamUpdateCpuNs += threadCpuNs() - cpuStart; });
    QWidget *viewport = q->viewport();
    const int after = scrollY();
    const int dy = after - before;
    if (dy < 0 || dy >= viewport->height()) {
        viewport->update();
        return;
    }
    // Repaint only what changed: the open block and whatever lies below it.
    int dirtyTop = viewport->height();
    for (const auto &[row, changedTop] : std::as_const(changed))
        dirtyTop = qMin(dirtyTop, rowTop(row) + changedTop - after);
    if (dy > 0) {
        // Following the tail moves everything up by dy: move the pixels above the changed part
        // instead of repainting them. Pixels from the changed part down are repainted anyway, so
        // they are not copied (a full-viewport scroll per frame costs more than the text).
        const int keep = dirtyTop + dy; // the changed part's top before the move
        if (keep > dy) {
            ++stats.tailScrolls;
            viewport->scroll(0, -dy,
                             QRect(0, 0, viewport->width(), qMin(keep, viewport->height())));
        }
        placeToolbar();
    }
    if (dirtyTop < viewport->height())
        viewport->update(QRect(0, qMax(0, dirtyTop), viewport->width(), viewport->height()));
}

bool ChatView::hasPendingFrame() const
{
    return !d->dirtyRows.isEmpty();
}

void ChatView::flushPendingFrame()
{
    d->flushStreaming();
}

} // namespace Lineup
