// ChatView: mouse, keyboard, context menu, hover toolbar, actions and find.
#include "chatview/ChatView.h"

#include "chat/ConversationModel.h"
#include "chatview/ChatViewPrivate.h"
#include "usage/TokenProbabilities.h"

#include "PlainText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

namespace Lineup {

QString ChatViewPrivate::actionText(ChatView::MessageAction action) const
{
    switch (action) {
    case ChatView::MessageAction::Copy:
        return ChatView::tr("Copy");
    case ChatView::MessageAction::CopyMarkdown:
        return ChatView::tr("Copy as Markdown");
    case ChatView::MessageAction::Edit:
        return ChatView::tr("Edit and resend");
    case ChatView::MessageAction::Regenerate:
        return ChatView::tr("Regenerate");
    case ChatView::MessageAction::Delete:
        return ChatView::tr("Delete");
    case ChatView::MessageAction::Retry:
        return ChatView::tr("Retry");
    case ChatView::MessageAction::ErrorAction:
        return ChatView::tr("Fix the problem");
    case ChatView::MessageAction::Tokens:
        return ChatView::tr("Tokens");
    }
    return {};
}

void ChatViewPrivate::createToolbar()
{
    toolbar = new QFrame(q->viewport());
    toolbar->setFrameShape(QFrame::StyledPanel);
    toolbar->setAutoFillBackground(true);
    toolbar->setAccessibleName(ChatView::tr("Message actions"));
    auto *layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    const QList<QPair<ChatView::MessageAction, QString>> actions = {
        {ChatView::MessageAction::Copy, ChatView::tr("Copy the message text")},
        {ChatView::MessageAction::CopyMarkdown, ChatView::tr("Copy the message as Markdown")},
        {ChatView::MessageAction::Edit, ChatView::tr("Edit this message and send it again")},
        {ChatView::MessageAction::Regenerate, ChatView::tr("Ask for a new answer")},
        {ChatView::MessageAction::Tokens,
         ChatView::tr("Show the answer as its tokens, shaded by how likely each was")},
        {ChatView::MessageAction::Delete, ChatView::tr("Delete this message")},
        {ChatView::MessageAction::Retry, ChatView::tr("Send the request for this answer again")},
    };
    for (const auto &[action, tip] : actions) {
        auto *button = new QToolButton(toolbar);
        button->setText(actionText(action));
        button->setToolTip(tip);
        button->setAccessibleName(actionText(action));
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        QObject::connect(button, &QToolButton::clicked, q, [this, action = action] {
            if (hoverRow >= 0)
                q->triggerAction(hoverRow, action);
        });
        layout->addWidget(button);
        toolbarButtons.append({action, button});
    }
    toolbar->hide();
}

void ChatViewPrivate::placeToolbar()
{
    if (!toolbar)
        return;
    if (hoverRow < 0 || hoverRow >= int(rows.size()) || !rows[size_t(hoverRow)].layout) {
        toolbar->hide();
        return;
    }
    const QList<ChatView::MessageAction> available = q->availableActions(hoverRow);
    for (const auto &[action, button] : std::as_const(toolbarButtons))
        button->setVisible(available.contains(action));
    toolbar->adjustSize();
    const QRectF card = rows[size_t(hoverRow)].layout->cardRect();
    const int top = rowTop(hoverRow) - scrollY() + int(card.top());
    // Stick to the top of the viewport while the message's top is scrolled away.
    const int bottomLimit = top + int(card.height()) - toolbar->height() - 4;
    const int y = qMin(qMax(top + 4, 4), bottomLimit);
    toolbar->move(int(card.right()) - toolbar->width() - 6, y);
    toolbar->show();
    toolbar->raise();
}

void ChatViewPrivate::placeJumpButton()
{
    if (!jumpButton)
        return;
    const bool show = !following && maxScroll() > 0;
    // The button sits in a strip below the messages, never over them: the viewport gives up
    // that strip while the button is shown (the scroll position is kept, nothing reflows).
    const int strip = show ? jumpButton->sizeHint().height() + 6 : 0;
    if (q->viewportMargins().bottom() != strip) {
        // Not from inside a scroll or follow change: the viewport's resize re-syncs the bar.
        QMetaObject::invokeMethod(
            q,
            [this] {
                const bool shown = !following && maxScroll() > 0;
                const int height = shown ? jumpButton->sizeHint().height() + 6 : 0;
                if (q->viewportMargins().bottom() != height) {
                    q->setViewportMargins(0, 0, 0, height);
                    placeJumpButton();
                }
            },
            Qt::QueuedConnection);
    }
    if (show) {
        jumpButton->adjustSize();
        const QRect area = q->viewport()->geometry();
        jumpButton->move(area.right() - jumpButton->width() - 16, area.bottom() + 4);
        jumpButton->raise();
    }
    jumpButton->setVisible(show);
}

void ChatViewPrivate::updateHover(QPoint pos)
{
    mousePos = pos;
    int row = -1;
    if (!rows.empty() && pos.y() >= 0 && scrollY() + pos.y() < heights.total())
        row = rowAtViewportY(pos.y());
    MessageHit hit;
    if (row >= 0 && rows[size_t(row)].layout)
        hit = rows[size_t(row)].layout->hitTest(toCard(row, pos));
    const bool rowChanged = row != hoverRow;
    const bool partChanged = hit.kind != hoverHit.kind || hit.index != hoverHit.index;
    if (rowChanged)
        updateRow(hoverRow);
    hoverRow = row;
    hoverHit = hit;
    if (rowChanged || partChanged)
        updateRow(row);
    if (rowChanged)
        placeToolbar();
    switch (hit.kind) {
    case MessageHit::Kind::Link:
    case MessageHit::Kind::CodeCopy:
    case MessageHit::Kind::ReasoningToggle:
    case MessageHit::Kind::Tab:
    case MessageHit::Kind::BannerButton:
        q->viewport()->setCursor(Qt::PointingHandCursor);
        break;
    case MessageHit::Kind::Text:
        q->viewport()->setCursor(Qt::IBeamCursor);
        break;
    case MessageHit::Kind::None:
        q->viewport()->unsetCursor();
        break;
    }
}

void ChatViewPrivate::activateLink(const QString &href)
{
    const QUrl url(safeLinkTarget(href));
    const QString scheme = url.scheme().toLower();
    // Only web and mail links leave the app; file:, javascript: and custom schemes never do.
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto"))
        return;
    Q_EMIT q->linkActivated(url);
    if (openLinksExternally)
        QDesktopServices::openUrl(url);
}

void ChatViewPrivate::setShownChoice(int row, int choice)
{
    ChatRow &item = rows[size_t(row)];
    if (item.shownChoice == choice)
        return;
    item.shownChoice = choice;
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
}

void ChatViewPrivate::toggleReasoning(int row)
{
    ChatRow &item = rows[size_t(row)];
    item.reasoningOverride = desiredReasoningExpanded(row) ? 0 : 1;
    if (inSelection(row))
        dropSelection();
    if (item.layout) {
        item.layout->setReasoningExpanded(item.reasoningOverride == 1);
        setRowHeight(row, item.layout->rowHeight());
    }
    syncScrollBar();
    q->viewport()->update();
}

QList<ChatView::MessageAction> ChatView::availableActions(int row) const
{
    QList<MessageAction> actions;
    if (!d->model || row < 0 || row >= d->model->rowCount())
        return actions;
    const MessageRecord &record = d->model->record(row);
    const bool streaming = record.status == MessageStatus::Streaming;
    actions << MessageAction::Copy << MessageAction::CopyMarkdown;
    if (record.message.role == Role::User && !streaming)
        actions << MessageAction::Edit;
    if (record.message.role == Role::Assistant && !streaming) {
        bool last = true;
        for (int later = row + 1; later < d->model->rowCount(); ++later)
            last = last && d->model->record(later).message.role != Role::Assistant;
        if (last)
            actions << MessageAction::Regenerate;
    }
    if (!streaming)
        actions << MessageAction::Delete;
    // Every answer that did not complete can be asked for again, also one whose banner offers
    // the provider settings instead.
    const bool failed = record.status == MessageStatus::Failed;
    if (record.status == MessageStatus::Stopped || record.status == MessageStatus::Interrupted ||
        (failed && errorActionFor(record.error) != ErrorAction::Retry))
        actions << MessageAction::Retry;
    if (failed)
        actions << MessageAction::ErrorAction;
    if (record.message.role == Role::Assistant && !streaming &&
        TokenProbability::hasTokens(record.logprobs))
        actions << MessageAction::Tokens;
    return actions;
}

void ChatView::triggerAction(int row, MessageAction action)
{
    if (!availableActions(row).contains(action))
        return;
    const MessageRecord &record = d->model->record(row);
    const ChatMessage &message =
        MessageLayout::choiceMessage(record, d->rows[size_t(row)].shownChoice);
    switch (action) {
    case MessageAction::Copy: {
        // The text as read (no Markdown syntax): from the layout, built if needed.
        d->ensureLayout(row);
        QStringList parts;
        for (const MarkdownStream::Block &block : d->rows[size_t(row)].layout->contentBlocks())
            parts.append(block.doc->toPlainText());
        QApplication::clipboard()->setText(parts.isEmpty() ? message.text()
                                                           : parts.join(QStringLiteral("\n\n")));
        break;
    }
    case MessageAction::CopyMarkdown:
        QApplication::clipboard()->setText(MessageLayout::contentText(message));
        break;
    case MessageAction::Edit:
        Q_EMIT editRequested(row);
        break;
    case MessageAction::Regenerate:
        Q_EMIT regenerateRequested(row);
        break;
    case MessageAction::Delete:
        Q_EMIT deleteRequested(row);
        break;
    case MessageAction::Retry:
        Q_EMIT retryRequested(row);
        break;
    case MessageAction::ErrorAction:
        Q_EMIT errorActionRequested(row, record.error.kind);
        break;
    case MessageAction::Tokens:
        Q_EMIT tokensRequested(row);
        break;
    }
}

// ---- mouse and keyboard ---------------------------------------------------------------------

void ChatView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    d->pressRow = -1;
    d->pressHit = {};
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    clearSelection();
    if (d->rows.empty() || d->scrollY() + pos.y() >= d->heights.total())
        return;
    const int row = d->rowAtViewportY(pos.y());
    if (!d->rows[size_t(row)].layout)
        return;
    d->pressRow = row;
    d->pressPos = pos;
    d->pressHit = d->rows[size_t(row)].layout->hitTest(d->toCard(row, pos));
    if (d->pressHit.kind == MessageHit::Kind::Text || d->pressHit.kind == MessageHit::Kind::Link) {
        const MessageHit text = d->rows[size_t(row)].layout->nearestText(d->toCard(row, pos));
        d->startSelection(row, text.unit, qMax(0, text.pos));
        d->selecting = true;
    }
    event->accept();
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (d->selecting && (event->buttons() & Qt::LeftButton) && d->selRow >= 0) {
        d->extendSelection(pos);
        return;
    }
    d->updateHover(pos);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    d->selecting = false;
    d->selectionScrollTimer.stop();
    const int row = d->pressRow;
    d->pressRow = -1;
    if (event->button() != Qt::LeftButton || row < 0 || row >= int(d->rows.size()) ||
        !d->rows[size_t(row)].layout)
        return;
    const bool click = (pos - d->pressPos).manhattanLength() < QApplication::startDragDistance();
    const MessageHit hit = d->rows[size_t(row)].layout->hitTest(d->toCard(row, pos));
    if (!click || hit.kind != d->pressHit.kind || hit.index != d->pressHit.index)
        return;
    if (d->selRow == row && d->selCursorRow == row && d->selAnchorUnit == d->selCursorUnit &&
        d->selAnchorPos == d->selCursorPos)
        clearSelection();
    switch (hit.kind) {
    case MessageHit::Kind::BannerButton:
        activatePart(row, Part::BannerButton);
        break;
    case MessageHit::Kind::ReasoningToggle:
        activatePart(row, Part::ReasoningToggle);
        break;
    case MessageHit::Kind::Tab:
        activatePart(row, Part::ChoiceTab, hit.index);
        break;
    case MessageHit::Kind::CodeCopy:
        activatePart(row, Part::CodeCopyButton, hit.index);
        break;
    case MessageHit::Kind::Link:
        if (!d->activateAnswerLink(row, hit.href))
            d->activateLink(hit.href);
        break;
    case MessageHit::Kind::Text:
    case MessageHit::Kind::None:
        break;
    }
}

void ChatView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (d->rows.empty() || d->scrollY() + pos.y() >= d->heights.total())
        return;
    const int row = d->rowAtViewportY(pos.y());
    if (!d->rows[size_t(row)].layout)
        return;
    const MessageHit hit = d->rows[size_t(row)].layout->hitTest(d->toCard(row, pos));
    if (hit.kind != MessageHit::Kind::Text)
        return;
    QTextCursor cursor(d->rows[size_t(row)].layout->textUnits().at(hit.unit).doc);
    cursor.setPosition(qMax(0, hit.pos));
    cursor.select(QTextCursor::WordUnderCursor);
    d->startSelection(row, hit.unit, cursor.selectionStart());
    d->selCursorPos = cursor.selectionEnd();
    d->updateRow(row);
}

void ChatView::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    // Moving onto the hover toolbar leaves the viewport too: keep the toolbar then.
    if (d->toolbar && d->toolbar->isVisible() &&
        d->toolbar->rect().contains(d->toolbar->mapFromGlobal(QCursor::pos())))
        return;
    const int row = d->hoverRow;
    d->hoverRow = -1;
    d->hoverHit = {};
    d->updateRow(row);
    if (d->toolbar)
        d->toolbar->hide();
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint pos = event->pos();
    QPoint globalPos = event->globalPos();
    int row = -1;
    if (event->reason() != QContextMenuEvent::Mouse && d->currentRow >= 0) {
        // From the keyboard: the current message's menu, at its top left.
        row = d->currentRow;
        d->revealRow(row);
        const QRect rect = rowRect(row);
        pos = QPoint(rect.left() + 24, qBound(0, rect.top() + 24, viewport()->height() - 1));
        globalPos = viewport()->mapToGlobal(pos);
    } else if (event->reason() != QContextMenuEvent::Mouse) {
        pos = QPoint(viewport()->width() / 2, viewport()->height() / 2);
        globalPos = viewport()->mapToGlobal(pos);
    }
    if (d->rows.empty() || d->scrollY() + pos.y() >= d->heights.total())
        return;
    if (row < 0)
        row = d->rowAtViewportY(pos.y());
    d->ensureLayout(row);
    const MessageHit hit = d->rows[size_t(row)].layout->hitTest(d->toCard(row, pos));
    QMenu menu(this);
    const QString selection = d->inSelection(row) ? selectedText() : QString();
    if (!selection.isEmpty()) {
        menu.addAction(tr("Copy selection"), this,
                       [selection] { QApplication::clipboard()->setText(selection); });
    }
    if (hit.kind == MessageHit::Kind::Link && !MessageLayout::isAnswerLink(hit.href)) {
        const QString href = hit.href;
        menu.addAction(tr("Copy link address"), this,
                       [href] { QApplication::clipboard()->setText(href); });
    }
    if (hit.kind == MessageHit::Kind::CodeCopy) {
        const QString code = d->rows[size_t(row)].layout->codeText(hit.index);
        menu.addAction(tr("Copy code"), this, [code] { QApplication::clipboard()->setText(code); });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    for (MessageAction action : availableActions(row)) {
        menu.addAction(actionLabel(row, action), this,
                       [this, row, action] { triggerAction(row, action); });
    }
    menu.exec(globalPos);
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = help->pos();
        QString tip;
        if (!d->rows.empty() && d->scrollY() + pos.y() < d->heights.total()) {
            const int row = d->rowAtViewportY(pos.y());
            if (const MessageLayout *layout = d->rows[size_t(row)].layout.get()) {
                const MessageHit hit = layout->hitTest(d->toCard(row, pos));
                switch (hit.kind) {
                case MessageHit::Kind::Link:
                    tip =
                        MessageLayout::isAnswerLink(hit.href)
                            ? MessageLayout::answerLinkToolTip(hit.href)
                            : plainToolTip(tr("%1 (click to open)").arg(safeLinkTarget(hit.href)));
                    break;
                case MessageHit::Kind::CodeCopy:
                    tip = tr("Copy this code block");
                    break;
                case MessageHit::Kind::ReasoningToggle:
                    tip = tr("Show or hide the model's reasoning");
                    break;
                case MessageHit::Kind::Tab:
                    tip = tr("Show choice %1 of this answer").arg(hit.index + 1);
                    break;
                case MessageHit::Kind::BannerButton:
                    tip = d->model->record(row).status == MessageStatus::Failed &&
                                  errorActionFor(d->model->record(row).error) ==
                                      ErrorAction::OpenProviderSettings
                              ? tr("Open the provider settings to fix the key, address or model")
                              : tr("Send the request again");
                    break;
                case MessageHit::Kind::Text:
                case MessageHit::Kind::None:
                    break;
                }
            }
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Lineup
