#pragma once

#include "api/ApiError.h"

#include <QAbstractScrollArea>
#include <QUrl>

#include <memory>

class QToolButton;

namespace Lineup {

class ConversationModel;
class ChatViewPrivate;

// Counters for tests and benchmarks: how much work the view did. Never used for behaviour.
struct ChatViewStats
{
    qint64 messageLayouts = 0;         // full (re)layouts of one message: all its sections built
    qint64 streamUpdates = 0;          // coalesced streaming updates applied to a message
    qint64 blockRenders = 0;           // Markdown blocks parsed (md4c) and laid out
    qint64 blockRenderChars = 0;       // characters of Markdown parsed in total
    qint64 maxBlockRenderChars = 0;    // the largest single parse (the open block never exceeds it)
    qint64 plainAppends = 0;           // streamed plain words appended to the open block unparsed
    qint64 openBlockRenders = 0;       // re-parses of the open (still growing) block
    qint64 tailScrolls = 0;            // viewport pixel scrolls while following a growing answer
    qint64 paints = 0;                 // viewport paint events
    qint64 rowsPainted = 0;            // message rows painted over all paint events
    qint64 remoteResourceRequests = 0; // images/resources the documents asked for (never fetched)
    qint64 paintNs = 0;                // wall time spent in paint events (incl. on-demand layout)
    qint64 streamUpdateNs = 0;         // wall time spent applying coalesced streaming updates
    qint64 maxPaintNs = 0;             // the longest single paint event
    qint64 maxStreamUpdateNs = 0;      // the longest single streaming update
    // Thread CPU (not wall) time of the same work: on a busy machine wall time also counts the
    // time other processes ran, CPU time counts only what the view itself did.
    qint64 paintCpuNs = 0;
    qint64 streamUpdateCpuNs = 0;
};

// Shows one conversation (a ConversationModel) as a virtualised list of message cards.
//
// - Only visible messages are laid out and painted; each message's layout is cached and redone
//   only when its text or the viewport width changes. Row heights are kept as prefix sums; rows
//   never laid out use an estimate that is corrected as they are shown, keeping the row at the
//   top of the viewport still.
// - Streaming (ConversationModel::deltaAppended) costs O(delta): text goes into the open (last)
//   Markdown block; completed blocks are parsed once. Repaints are coalesced to ~60 Hz.
// - Holds no global state: several views (one per model) can sit side by side.
// - Message cards: header (role, model, time), image thumbnails, reasoning (open while the
//   answer streams, closed once it ended; a click on its header toggles it), Markdown content
//   (fenced code in monospace with a Copy button), tool-call cards, a status banner for stopped,
//   interrupted and failed answers (with Retry / Open provider settings; a rate limit counts
//   down its Retry-After), and a footer with finish reason, tokens, first-token time, tokens/s.
// - An answer asked for JSON shows it as a JSON block, pretty-printed or as received (a footer
//   link switches); its schema badge links each violation, which a click selects in the JSON.
// - Remote images are never fetched (a placeholder is shown); links open on click only.
// - Tail following: the view sticks to the newest text until the reader scrolls up; a floating
//   "Jump to latest" button then brings it back.
//
// User actions are reported as signals; the owner (ChatSession glue) decides what to do.
// Copying (message, Markdown, code block, selection) is handled internally via the clipboard.
class ChatView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    // Actions a message offers (hover toolbar, context menu, triggerAction()).
    enum class MessageAction {
        Copy,         // plain text of the shown choice
        CopyMarkdown, // the Markdown source of the shown choice
        Edit,         // user messages: emits editRequested(row)
        Regenerate,   // the last assistant answer: emits regenerateRequested(row)
        Delete,       // emits deleteRequested(row)
        Retry,        // stopped/interrupted answers: emits retryRequested(row)
        ErrorAction,  // failed answers: emits errorActionRequested(row, error.kind)
        Tokens,       // answers with logprobs: emits tokensRequested(row)
    };
    Q_ENUM(MessageAction)

    // What an error's action button does, from its kind (Unauthorized/NotFound open the
    // provider settings; everything else retries).
    enum class ErrorAction { Retry, OpenProviderSettings };
    static ErrorAction errorActionFor(ApiError::Kind kind);
    // The same, knowing the status: a URL that is not an API (501, 405) needs the settings too.
    static ErrorAction errorActionFor(const ApiError &error);

    // Clickable painted parts of a message, for hitRect() (tests, tooltips).
    enum class Part {
        BannerButton,    // Retry / Open provider settings in a status banner or error row
        ReasoningToggle, // the "Reasoning" header line
        CodeCopyButton,  // index = n-th code block of the shown choice
        ChoiceTab,       // index = choice 0..n-1 (n > 1)
        Link,            // index = n-th link of the shown choice
    };

    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    // The model is not owned. nullptr shows an empty view.
    void setModel(ConversationModel *model);
    ConversationModel *model() const;

    // Tail following: true while the view sticks to the newest text. Scrolling up turns it off
    // and shows the floating "Jump to latest" button; scrollToBottom() turns it on again.
    bool isFollowingTail() const;
    void scrollToBottom();
    void scrollToRow(int row); // brings the top of the row into view

    // The keyboard's current message (-1: none): Up/Down move it, Home/End go to the first and
    // last, the menu key (or Shift+F10) opens its actions; a focus frame shows it.
    int currentMessage() const;
    void setCurrentMessage(int row);

    QList<MessageAction> availableActions(int row) const;
    void triggerAction(int row, MessageAction action);

    // Find in conversation (Ctrl+F). Matches are case-insensitive and highlighted; next/previous
    // wrap around and scroll the match into view. They return false when nothing matches.
    void setFindText(const QString &text);
    QString findText() const;
    bool findNext();
    bool findPrevious();
    int currentFindRow() const; // -1 without a current match

    // Marks passages of a row's text (offset, length into the message text, as WordDiff gives
    // them), tinted and underlined; an empty list clears the row's marks.
    void setMarkedRanges(int row, const QList<QPair<int, int>> &ranges);
    void clearMarkedRanges();
    int markedPassageCount(int row) const; // laid-out marks (tests)

    // Mouse selection, across messages if the drag runs over several; Ctrl+C copies it.
    QString selectedText() const;
    void clearSelection();

    // Links are reported by linkActivated() on click; http, https and mailto are also opened
    // with QDesktopServices unless this is off (tests, embedding).
    void setOpenLinksExternally(bool open);

    // Introspection for tests and benchmarks.
    QString renderedText(int row) const; // the laid-out text of the row ("" if not laid out)
    bool isRowLaidOut(int row) const;
    int layoutCount(int row) const; // full layouts of this row since it was created
    QRect rowRect(int row) const;   // in viewport coordinates (may be outside it)
    QRect hitRect(int row, Part part, int index = 0) const; // viewport coordinates, or null
    QString bannerActionText(int row) const; // label of the banner's button ("" if none)

    // The painted parts as controls, for keyboard menus and assistive technology: how many of a
    // part a row shows (laying the row out if needed; 0 or 1 for the banner button and the
    // reasoning toggle), what each is called, and pressing one as a click would.
    int partCount(int row, Part part) const;
    QString partLabel(int row, Part part, int index = 0) const;
    // Where the n-th link goes: a web address, or one the view handles itself (a schema
    // violation of a JSON answer, its Pretty / Raw switch: MessageLayout::isAnswerLink).
    QString linkTarget(int row, int index) const;
    void activatePart(int row, Part part, int index = 0);
    QString actionLabel(int row, MessageAction action) const; // as the context menu says it
    int shownChoice(int row) const;
    bool isReasoningExpanded(int row) const;
    const ChatViewStats &stats() const;
    void resetStats();
    // Streamed text waiting for the next frame, and that frame run now as the frame timer would
    // run it: tests step frames instead of sleeping for them.
    bool hasPendingFrame() const;
    void flushPendingFrame();
    QToolButton *jumpToLatestButton() const;

Q_SIGNALS:
    void editRequested(int row);
    void regenerateRequested(int row);
    void deleteRequested(int row);
    void retryRequested(int row);
    // Show (or hide) the answer in `row` as its tokens with their probabilities.
    void tokensRequested(int row);
    void errorActionRequested(int row, Lineup::ApiError::Kind kind);
    void linkActivated(const QUrl &url);
    void followingTailChanged(bool following);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ChatViewPrivate;
    std::unique_ptr<ChatViewPrivate> d;
};

} // namespace Lineup
