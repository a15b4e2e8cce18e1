#pragma once

#include "chatview/ChatView.h"
#include "chatview/HeightIndex.h"
#include "chatview/MessageLayout.h"
#include "chatview/RenderContext.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QFrame;
class QToolButton;

namespace Lineup {

class ConversationModel;

// CPU time this thread has used (for the view's own statistics).
qint64 threadCpuNs();

// Streamed text is applied and repainted at most 30 times a second: still a smooth stream, and
// half the layout and paint work of 60 (bench_app_stream under Xvfb, 3,000 tokens at 500 tok/s,
// 5 runs: CPU median 0.54 s, min 0.48 s at 16 ms; median 0.37 s, min 0.31 s at 33 ms).
inline constexpr int kChatFrameIntervalMs = 33;
// The scroll range ends on a multiple of this many body lines (see maxScroll()).
inline constexpr int kTailStepLines = 3;
// While an answer streams, the scroll bar follows at most this often (see syncScrollBarSoon()).
inline constexpr int kScrollBarSyncIntervalMs = 200;

// Per-row state of the view. Rows far from the viewport drop their layout (height is kept), so
// memory stays flat however long the conversation is.
struct ChatRow
{
    std::unique_ptr<MessageLayout> layout;
    bool exactHeight = false; // height comes from a layout at the current width
    int layoutCount = 0;      // full layouts of this row (tests)
    int shownChoice = 0;
    int reasoningOverride = -1; // -1: default (open while streaming), 0 closed, 1 open
    bool rawJson = false;       // a JSON answer shown as received, not pretty-printed
    bool streamPending = false;
    bool toolCallsPending = false;
    bool rebuildPending = false;
    qint64 lastUsed = 0;
    qint64 countdownDeadline = -1; // rate-limit retry countdown (clock ms)
};

class ChatViewPrivate
{
public:
    explicit ChatViewPrivate(ChatView *view);

    // Model synchronisation
    void attach(ConversationModel *newModel);
    void resetRows();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last);
    void onDeltaAppended(int row, bool toolCallsChanged, int choiceIndex);
    void flushStreaming();

    // Layout and scrolling
    void updateContext();
    int estimateHeight(const MessageRecord &record) const;
    bool ensureLayout(int row); // true if the row's height changed
    bool desiredReasoningExpanded(int row) const;
    void setRowHeight(int row, int height);
    void evictFarLayouts();
    int scrollY() const;
    int maxScroll() const;
    void syncScrollBar();
    void syncScrollBarSoon(); // at most ~10 times a second while streaming
    void layoutVisible();
    void setFollowing(bool following);
    void anchorTo(int y);
    int rowTop(int row) const { return heights.top(row); }
    int rowAtViewportY(int y) const;
    QPointF toCard(int row, QPointF viewportPos) const;
    void updateRow(int row);
    void updateCountdown(int row);
    void tickCountdowns();

    // Interaction
    void createToolbar();
    void updateHover(QPoint pos);
    void placeToolbar();
    void placeJumpButton();
    void activateLink(const QString &href);
    // A violation link selects the part of the answer it names and scrolls to it; the Pretty /
    // Raw link switches the row's view. False for any other link (ChatViewAnswerLinks.cpp).
    bool activateAnswerLink(int row, const QString &href);
    void setShownChoice(int row, int choice);
    void toggleReasoning(int row);
    MessagePaintState paintState(int row) const;
    // Selection (ChatViewSelection.cpp)
    bool inSelection(int row) const;
    void applySelection(int row, MessagePaintState *state) const;
    void startSelection(int row, int unit, int pos);
    void extendSelection(QPoint viewportPos);
    void scrollSelection();
    void dropSelection();
    QList<QPair<int, int>> matchesInRow(int row);
    bool rowMayMatch(int row) const;
    bool find(bool forward);
    void revealFindMatch();
    QString actionText(ChatView::MessageAction action) const;
    bool navigate(int key); // arrow keys move the current message
    void revealRow(int row);
    void paintFocusFrame(QPainter *painter, const MessageLayout &layout) const;

    ChatView *q;
    QPointer<ConversationModel> model;
    QList<QMetaObject::Connection> connections;
    RenderContext context;
    ChatViewStats stats;
    std::vector<ChatRow> rows;
    HeightIndex heights;
    int laidOutCount = 0;
    qint64 useClock = 0;

    mutable int tailStep = 0; // pixels: kTailStepLines body lines (0: not measured yet)
    int anchorRow = 0;
    int anchorOffset = 0;
    bool following = true;
    bool settingScroll = false;

    QTimer flushTimer;
    QElapsedTimer pendingClock; // since the oldest unflushed delta
    QTimer scrollBarTimer;
    QElapsedTimer scrollBarClock;
    QSet<int> dirtyRows;
    QTimer countdownTimer;
    QElapsedTimer clock;

    int hoverRow = -1;
    int currentRow = -1; // keyboard focus: the message the menu key and screen readers act on
    QPoint mousePos{-1, -1};
    MessageHit hoverHit;
    QFrame *toolbar = nullptr;
    QList<QPair<ChatView::MessageAction, QToolButton *>> toolbarButtons;
    QToolButton *jumpButton = nullptr;

    // Selection from (selRow, selAnchorUnit, selAnchorPos), where the drag began, to
    // (selCursorRow, selCursorUnit, selCursorPos); it may span messages.
    int selRow = -1;
    int selCursorRow = -1;
    int selAnchorUnit = 0, selAnchorPos = 0, selCursorUnit = 0, selCursorPos = 0;
    bool selecting = false;
    QTimer selectionScrollTimer; // scrolls while a drag is held above or below the view
    int pressRow = -1;
    MessageHit pressHit;
    QPoint pressPos;

    QString findText;
    int findRow = -1, findUnit = -1, findPos = -1;
    // Marked ranges of a row's text (setMarkedRanges), and their place in the laid-out text,
    // worked out again whenever the row's layout is rebuilt.
    QHash<int, QList<QPair<int, int>>> markedRanges;
    struct MarkCacheEntry
    {
        const MessageLayout *layout = nullptr;
        int layoutCount = -1;
        QList<MessagePaintState::Mark> marks;
    };
    mutable QHash<int, MarkCacheEntry> markCache;
    QList<MessagePaintState::Mark> marksFor(int row) const;
    bool openLinksExternally = true;
};

} // namespace Lineup
