// ChatView: the painted buttons, tabs and links of a message as things that can be counted,
// named and pressed without a mouse (context menu, assistive technology).
#include "chatview/ChatView.h"

#include "chat/ConversationModel.h"
#include "chatview/ChatViewPrivate.h"

#include <QApplication>
#include <QClipboard>

namespace Lineup {

namespace {

// The layout's name for a painted part (links are listed separately, with their targets).
MessageHit::Kind hitKind(ChatView::Part part)
{
    switch (part) {
    case ChatView::Part::BannerButton:
        return MessageHit::Kind::BannerButton;
    case ChatView::Part::ReasoningToggle:
        return MessageHit::Kind::ReasoningToggle;
    case ChatView::Part::CodeCopyButton:
        return MessageHit::Kind::CodeCopy;
    case ChatView::Part::ChoiceTab:
        return MessageHit::Kind::Tab;
    case ChatView::Part::Link:
        return MessageHit::Kind::Link;
    }
    return MessageHit::Kind::None;
}

} // namespace

QRect ChatView::hitRect(int row, Part part, int index) const
{
    if (row < 0 || row >= int(d->rows.size()) || !d->rows[size_t(row)].layout)
        return {};
    const MessageLayout &layout = *d->rows[size_t(row)].layout;
    QRectF rect;
    if (part == Part::Link) {
        const auto links = layout.links();
        if (index >= 0 && index < links.size())
            rect = links.at(index).first;
    } else {
        rect = layout.partRect(hitKind(part), index);
    }
    if (rect.isNull())
        return {};
    return rect.translated(layout.cardRect().topLeft() + QPointF(0, d->rowTop(row) - d->scrollY()))
        .toRect();
}

QString ChatView::bannerActionText(int row) const
{
    if (row < 0 || row >= int(d->rows.size()) || !d->rows[size_t(row)].layout)
        return {};
    return d->rows[size_t(row)].layout->bannerButtonText();
}

int ChatView::partCount(int row, Part part) const
{
    if (!d->model || row < 0 || row >= int(d->rows.size()))
        return 0;
    if (d->ensureLayout(row))
        d->syncScrollBar();
    const MessageLayout &layout = *d->rows[size_t(row)].layout;
    switch (part) {
    case Part::BannerButton:
        return layout.bannerButtonText().isEmpty() ? 0 : 1;
    case Part::ReasoningToggle:
        return layout.partRect(hitKind(part), 0).isNull() ? 0 : 1;
    case Part::CodeCopyButton:
        return layout.codeBlockCount();
    case Part::ChoiceTab: {
        int tabs = 0;
        while (!layout.partRect(hitKind(part), tabs).isNull())
            ++tabs;
        return tabs;
    }
    case Part::Link:
        return int(layout.links().size());
    }
    return 0;
}

QString ChatView::partLabel(int row, Part part, int index) const
{
    if (index < 0 || index >= partCount(row, part))
        return {};
    const MessageLayout &layout = *d->rows[size_t(row)].layout;
    switch (part) {
    case Part::BannerButton:
        return layout.bannerButtonText();
    case Part::ReasoningToggle:
        return tr("Reasoning");
    case Part::CodeCopyButton:
        return tr("Copy code block %1").arg(index + 1);
    case Part::ChoiceTab:
        return tr("Choice %1").arg(index + 1);
    case Part::Link:
        return layout.linkLabel(layout.links().at(index).second);
    }
    return {};
}

void ChatView::activatePart(int row, Part part, int index)
{
    if (index < 0 || index >= partCount(row, part))
        return;
    const MessageLayout &layout = *d->rows[size_t(row)].layout;
    switch (part) {
    case Part::BannerButton:
        triggerAction(row, d->model->record(row).status == MessageStatus::Failed
                               ? MessageAction::ErrorAction
                               : MessageAction::Retry);
        break;
    case Part::ReasoningToggle:
        d->toggleReasoning(row);
        break;
    case Part::ChoiceTab:
        d->setShownChoice(row, index);
        break;
    case Part::CodeCopyButton:
        QApplication::clipboard()->setText(layout.codeText(index));
        break;
    case Part::Link: {
        const QString href = layout.links().at(index).second;
        if (!d->activateAnswerLink(row, href))
            d->activateLink(href);
        break;
    }
    }
}

QString ChatView::linkTarget(int row, int index) const
{
    if (index < 0 || index >= partCount(row, Part::Link))
        return {};
    return d->rows[size_t(row)].layout->links().at(index).second;
}

QString ChatView::actionLabel(int row, MessageAction action) const
{
    if (action == MessageAction::ErrorAction && d->model && row >= 0 && row < d->model->rowCount())
        return MessageLayout::errorActionLabel(d->model->record(row).error);
    return d->actionText(action);
}

} // namespace Lineup
