#include "chatview/ChatView.h"

#include "chat/ConversationModel.h"
#include "chatview/ChatScrollBar.h"
#include "chatview/ChatViewAccessible.h"
#include "chatview/ChatViewPrivate.h"

#include <QFontDatabase>
#include <QFrame>
#include <QPaintEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QToolButton>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace Lineup {

namespace {

// Layouts kept for rows outside the viewport before the least recently shown are dropped.
constexpr int kMaxCachedLayouts = 160;

QImage makePlaceholder()
{
    QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(128, 128, 128, 60));
    QPainter painter(&image);
    painter.setPen(QColor(128, 128, 128, 200));
    painter.drawRect(0, 0, 63, 47);
    painter.drawLine(0, 0, 63, 47);
    painter.drawLine(0, 47, 63, 0);
    return image;
}

} // namespace

qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#else
    return 0;
#endif
}

ChatViewPrivate::ChatViewPrivate(ChatView *view)
    : q(view)
{
    context.stats = &stats;
    context.imagePlaceholder = makePlaceholder();
    clock.start();
}

void ChatViewPrivate::updateContext()
{
    context.font = q->font();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(q->font().pointSizeF() > 0 ? q->font().pointSizeF() * 0.95
                                                  : mono.pointSizeF());
    context.monoFont = mono;
    QFont small = q->font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    context.smallFont = small;
    small.setBold(true);
    context.boldSmallFont = small;
    context.palette = q->palette();
    context.locale = q->locale();
    tailStep = 0; // measured when first needed: font metrics load the font (ms at startup)
}

// ---- layout ---------------------------------------------------------------------------------

int ChatViewPrivate::estimateHeight(const MessageRecord &record) const
{
    // A cheap guess from the amount of text; corrected when the row is first laid out.
    const QFontMetrics metrics(context.font);
    const int width =
        qMax(100, q->viewport()->width() - 2 * context.outerMargin - 2 * context.padding);
    const int charsPerLine = qMax(10, width / qMax(1, metrics.averageCharWidth()));
    int lines = 0;
    qsizetype length = 0;
    for (const ContentPart &part : record.message.parts) {
        if (part.type == ContentPart::Type::Text) {
            length += part.text.size();
            lines += int(part.text.count(QLatin1Char('\n')));
        } else {
            lines += context.thumbnailHeight / qMax(1, metrics.lineSpacing()) + 1;
        }
    }
    for (const ToolCall &call : record.message.toolCalls)
        lines += 3 + int(call.arguments.size() / charsPerLine);
    lines += int(length / charsPerLine) + 1;
    int height =
        lines * metrics.lineSpacing() + 2 * context.padding + metrics.height() + 6 + context.rowGap;
    if (record.status != MessageStatus::Complete || !record.finishReason.isEmpty())
        height += metrics.height() + context.sectionGap;
    return height;
}

bool ChatViewPrivate::desiredReasoningExpanded(int row) const
{
    const ChatRow &item = rows[size_t(row)];
    if (item.reasoningOverride >= 0)
        return item.reasoningOverride == 1;
    return model && model->record(row).status == MessageStatus::Streaming;
}

bool ChatViewPrivate::ensureLayout(int row)
{
    ChatRow &item = rows[size_t(row)];
    item.lastUsed = ++useClock;
    const qreal width = q->viewport()->width();
    if (!item.layout) {
        item.layout = std::make_unique<MessageLayout>(&context, item.shownChoice,
                                                      desiredReasoningExpanded(row), item.rawJson);
        item.layout->build(model->record(row), width);
        ++item.layoutCount;
        ++laidOutCount;
        updateCountdown(row);
    } else if (!qFuzzyCompare(item.layout->viewportWidth(), width)) {
        item.layout->setWidth(width);
        ++item.layoutCount;
    }
    item.exactHeight = true;
    const int oldHeight = heights.height(row);
    setRowHeight(row, item.layout->rowHeight());
    if (laidOutCount > kMaxCachedLayouts)
        evictFarLayouts();
    return oldHeight != heights.height(row);
}

void ChatViewPrivate::setRowHeight(int row, int height)
{
    heights.setHeight(row, height);
}

void ChatViewPrivate::evictFarLayouts()
{
    // Drop the least recently shown layouts down to 3/4 of the budget, never the ones on
    // screen, streaming, selected or holding the find match.
    std::vector<std::pair<qint64, int>> candidates;
    const int first = rowAtViewportY(0);
    const int last = rowAtViewportY(q->viewport()->height());
    for (int row = 0; row < int(rows.size()); ++row) {
        const ChatRow &item = rows[size_t(row)];
        if (!item.layout || (row >= first && row <= last) || row == selRow || row == selCursorRow ||
            row == findRow || dirtyRows.contains(row) ||
            (model && model->record(row).status == MessageStatus::Streaming))
            continue;
        candidates.emplace_back(item.lastUsed, row);
    }
    std::sort(candidates.begin(), candidates.end());
    const int target = kMaxCachedLayouts * 3 / 4;
    for (const auto &candidate : candidates) {
        if (laidOutCount <= target)
            break;
        rows[size_t(candidate.second)].layout.reset();
        --laidOutCount;
    }
}

int ChatViewPrivate::maxScroll() const
{
    const int exact = heights.total() + context.rowGap - q->viewport()->height();
    if (exact <= 0)
        return 0;
    // Jump scrolling, as terminals do: the end of the range is rounded up to a multiple of a few
    // lines, so a view following a growing answer moves its pixels once every few lines instead
    // of once per line (each move copies the whole viewport: as much CPU as the text itself).
    // The price: up to that many blank lines below the last message.
    if (tailStep <= 0)
        tailStep = qMax(1, kTailStepLines * QFontMetrics(context.font).lineSpacing());
    return (exact + tailStep - 1) / tailStep * tailStep;
}

int ChatViewPrivate::scrollY() const
{
    if (following)
        return maxScroll();
    if (rows.empty())
        return 0;
    return qBound(0, rowTop(qMin(anchorRow, int(rows.size()) - 1)) + anchorOffset, maxScroll());
}

void ChatViewPrivate::anchorTo(int y)
{
    y = qBound(0, y, maxScroll());
    anchorRow = heights.rowAt(y);
    anchorOffset = rows.empty() ? 0 : y - rowTop(anchorRow);
}

void ChatViewPrivate::syncScrollBarSoon()
{
    // Repainting the scroll bar every frame while an answer grows costs more than the text;
    // the view's own position (scrollY) is always exact, only the bar lags by up to 200 ms.
    if (scrollBarClock.isValid() && scrollBarClock.elapsed() < kScrollBarSyncIntervalMs) {
        if (!scrollBarTimer.isActive())
            scrollBarTimer.start(int(kScrollBarSyncIntervalMs - scrollBarClock.elapsed()));
        if (!following)
            placeJumpButton();
        return;
    }
    syncScrollBar();
}

void ChatViewPrivate::syncScrollBar()
{
    scrollBarTimer.stop();
    scrollBarClock.start();
    QScrollBar *bar = q->verticalScrollBar();
    const int value = scrollY();
    settingScroll = true;
    bar->setRange(0, maxScroll());
    bar->setPageStep(q->viewport()->height());
    bar->setSingleStep(40);
    bar->setValue(value);
    settingScroll = false;
    if (!following)
        anchorTo(value);
    placeJumpButton();
}

void ChatViewPrivate::setFollowing(bool follow)
{
    if (follow == following)
        return;
    const int y = scrollY();
    following = follow;
    if (!following)
        anchorTo(y);
    placeJumpButton();
    Q_EMIT q->followingTailChanged(following);
}

int ChatViewPrivate::rowAtViewportY(int y) const
{
    return heights.rowAt(scrollY() + y);
}

void ChatViewPrivate::layoutVisible()
{
    if (!model || rows.empty())
        return;
    // Laying out corrects estimated heights, which can move what is visible: repeat until the
    // visible rows are all laid out (converges in one or two passes).
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        const int top = scrollY();
        const int bottom = top + q->viewport()->height();
        for (int row = heights.rowAt(top); row < int(rows.size()) && rowTop(row) < bottom; ++row)
            changed = ensureLayout(row) || changed;
        if (!changed)
            break;
        syncScrollBar();
    }
}

QPointF ChatViewPrivate::toCard(int row, QPointF viewportPos) const
{
    const QPointF card =
        rows[size_t(row)].layout ? rows[size_t(row)].layout->cardRect().topLeft() : QPointF();
    return viewportPos - card + QPointF(0, scrollY() - rowTop(row));
}

void ChatViewPrivate::updateRow(int row)
{
    if (row < 0 || row >= int(rows.size()))
        return;
    const int top = rowTop(row) - scrollY();
    q->viewport()->update(QRect(0, top, q->viewport()->width(), heights.height(row)));
}

void ChatViewPrivate::updateCountdown(int row)
{
    ChatRow &item = rows[size_t(row)];
    const MessageRecord &record = model->record(row);
    if (record.status != MessageStatus::Failed ||
        record.error.kind != ApiError::Kind::RateLimited || record.error.retryAfterMs <= 0)
        return;
    if (item.countdownDeadline < 0)
        item.countdownDeadline = clock.elapsed() + record.error.retryAfterMs;
    const qint64 remaining = item.countdownDeadline - clock.elapsed();
    if (item.layout) {
        item.layout->setBannerButtonText(
            remaining > 0 ? ChatView::tr("Retry in %1 s").arg((remaining + 999) / 1000)
                          : ChatView::tr("Retry"));
    }
    if (remaining > 0 && !countdownTimer.isActive())
        countdownTimer.start(1000);
}

void ChatViewPrivate::tickCountdowns()
{
    bool active = false;
    for (int row = 0; row < int(rows.size()); ++row) {
        if (rows[size_t(row)].countdownDeadline < 0)
            continue;
        updateCountdown(row);
        updateRow(row);
        active = active || rows[size_t(row)].countdownDeadline > clock.elapsed();
    }
    if (!active)
        countdownTimer.stop();
}

MessagePaintState ChatViewPrivate::paintState(int row) const
{
    MessagePaintState state;
    if (row == hoverRow)
        state.hover = toCard(row, mousePos);
    applySelection(row, &state);
    state.findText = findText;
    if (markedRanges.contains(row))
        state.marks = marksFor(row);
    if (row == findRow) {
        state.findUnit = findUnit;
        state.findPos = findPos;
    }
    return state;
}

// ---- ChatView -------------------------------------------------------------------------------

ChatView::ChatView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<ChatViewPrivate>(this))
{
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBar(new ChatScrollBar(Qt::Vertical, this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always on: a scroll bar appearing mid-stream would change the width and re-lay out every
    // visible message.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("Messages of the current conversation"));
    installChatViewAccessibility();
    d->updateContext();

    d->flushTimer.setSingleShot(true);
    d->flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->flushTimer, &QTimer::timeout, this, [this] { d->flushStreaming(); });
    connect(&d->countdownTimer, &QTimer::timeout, this, [this] { d->tickCountdowns(); });
    d->scrollBarTimer.setSingleShot(true);
    connect(&d->scrollBarTimer, &QTimer::timeout, this, [this] { d->syncScrollBar(); });
    d->selectionScrollTimer.setInterval(30);
    connect(&d->selectionScrollTimer, &QTimer::timeout, this, [this] { d->scrollSelection(); });

    d->jumpButton = new QToolButton(this);
    d->jumpButton->setText(tr("Jump to latest ↓"));
    d->jumpButton->setToolTip(tr("Scroll to the newest message and follow it"));
    d->jumpButton->setAccessibleName(tr("Jump to latest"));
    d->jumpButton->setCursor(Qt::PointingHandCursor);
    d->jumpButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    d->jumpButton->hide();
    connect(d->jumpButton, &QToolButton::clicked, this, [this] { scrollToBottom(); });

    d->createToolbar();
}

ChatView::~ChatView() = default;

ChatView::ErrorAction ChatView::errorActionFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::NotFound:
        return ErrorAction::OpenProviderSettings;
    default:
        return ErrorAction::Retry;
    }
}

ChatView::ErrorAction ChatView::errorActionFor(const ApiError &error)
{
    return error.looksLikeWrongEndpoint() ? ErrorAction::OpenProviderSettings
                                          : errorActionFor(error.kind);
}

void ChatView::setModel(ConversationModel *model)
{
    d->attach(model);
}

ConversationModel *ChatView::model() const
{
    return d->model;
}

bool ChatView::isFollowingTail() const
{
    return d->following;
}

void ChatView::scrollToBottom()
{
    d->setFollowing(true);
    d->syncScrollBar();
    viewport()->update();
}

void ChatView::scrollToRow(int row)
{
    if (row < 0 || row >= int(d->rows.size()))
        return;
    d->setFollowing(false);
    d->anchorRow = row;
    d->anchorOffset = 0;
    if (d->model)
        d->ensureLayout(row);
    d->anchorRow = row;
    d->anchorOffset = 0;
    d->syncScrollBar();
    if (d->scrollY() >= d->maxScroll())
        d->setFollowing(true);
    viewport()->update();
}

QString ChatView::renderedText(int row) const
{
    if (row < 0 || row >= int(d->rows.size()) || !d->rows[size_t(row)].layout)
        return {};
    return d->rows[size_t(row)].layout->plainText();
}

QString ChatView::headerText(int row) const
{
    if (row < 0 || row >= int(d->rows.size()) || !d->rows[size_t(row)].layout)
        return {};
    return d->rows[size_t(row)].layout->headerText();
}

QString ChatView::footerText(int row) const
{
    if (row < 0 || row >= int(d->rows.size()) || !d->rows[size_t(row)].layout)
        return {};
    return d->rows[size_t(row)].layout->footerText();
}

bool ChatView::isRowLaidOut(int row) const
{
    return row >= 0 && row < int(d->rows.size()) && d->rows[size_t(row)].layout != nullptr;
}

int ChatView::layoutCount(int row) const
{
    return row >= 0 && row < int(d->rows.size()) ? d->rows[size_t(row)].layoutCount : 0;
}

QRect ChatView::rowRect(int row) const
{
    if (row < 0 || row >= int(d->rows.size()))
        return {};
    return QRect(0, d->rowTop(row) - d->scrollY(), viewport()->width(), d->heights.height(row));
}

int ChatView::shownChoice(int row) const
{
    return row >= 0 && row < int(d->rows.size()) ? d->rows[size_t(row)].shownChoice : 0;
}

bool ChatView::isReasoningExpanded(int row) const
{
    return row >= 0 && row < int(d->rows.size()) && d->desiredReasoningExpanded(row);
}

const ChatViewStats &ChatView::stats() const
{
    return d->stats;
}

void ChatView::resetStats()
{
    d->stats = ChatViewStats();
}

QToolButton *ChatView::jumpToLatestButton() const
{
    return d->jumpButton;
}

void ChatView::paintEvent(QPaintEvent *event)
{
    ++d->stats.paints;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    const auto accountTime = qScopeGuard([&] {
        d->stats.paintCpuNs += threadCpuNs() - cpuStart;
        d->stats.paintNs += timer.nsecsElapsed();
        d->stats.maxPaintNs = qMax(d->stats.maxPaintNs, timer.nsecsElapsed());
    });
    d->layoutVisible();
    QPainter painter(viewport());
    const QRect clip = event->rect();
    painter.fillRect(clip, palette().color(QPalette::Base));
    if (!d->model || d->rows.empty())
        return;
    const int top = d->scrollY();
    for (int row = d->heights.rowAt(top + clip.top()); row < int(d->rows.size()); ++row) {
        const int y = d->rowTop(row) - top;
        if (y >= clip.bottom() + 1)
            break;
        const MessageLayout *layout = d->rows[size_t(row)].layout.get();
        if (!layout)
            continue;
        ++d->stats.rowsPainted;
        painter.save();
        painter.translate(0, y);
        layout->paint(&painter, QRectF(clip.translated(0, -y)), d->paintState(row));
        if (row == d->currentRow && hasFocus())
            d->paintFocusFrame(&painter, *layout);
        painter.restore();
    }
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    d->syncScrollBar();
    d->placeToolbar();
    viewport()->update();
}

void ChatView::scrollContentsBy(int, int)
{
    if (d->settingScroll)
        return;
    const int value = verticalScrollBar()->value();
    if (value >= verticalScrollBar()->maximum() - 2) {
        d->setFollowing(true);
    } else {
        d->setFollowing(false);
        d->anchorTo(value);
    }
    d->placeJumpButton();
    d->placeToolbar();
    viewport()->update();
}

void ChatView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
    case QEvent::StyleChange:
        d->updateContext();
        for (ChatRow &row : d->rows) {
            row.layout.reset();
            row.exactHeight = false;
        }
        d->laidOutCount = 0;
        viewport()->update();
        break;
    default:
        break;
    }
}

void ChatView::setModelsHidden(bool hidden)
{
    if (d->context.modelsHidden == hidden)
        return;
    d->context.modelsHidden = hidden;
    for (ChatRow &row : d->rows) {
        row.layout.reset();
        row.exactHeight = false;
    }
    d->laidOutCount = 0;
    viewport()->update();
}

bool ChatView::modelsHidden() const
{
    return d->context.modelsHidden;
}

void ChatView::setOpenLinksExternally(bool open)
{
    d->openLinksExternally = open;
}

} // namespace Lineup
