// Hit-testing and geometry queries of a MessageLayout (kept apart from building and painting).
#include "chatview/MessageLayout.h"

#include "chatview/RenderContext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Lineup {

namespace {} // namespace

QRectF MessageLayout::partRect(MessageHit::Kind kind, int index) const
{
    switch (kind) {
    case MessageHit::Kind::BannerButton:
        return m_hasBanner ? m_bannerButtonRect : QRectF();
    case MessageHit::Kind::ReasoningToggle:
        return m_reasoningToggle;
    case MessageHit::Kind::Tab:
        return index >= 0 && index < int(m_tabRects.size()) ? m_tabRects[size_t(index)] : QRectF();
    case MessageHit::Kind::CodeCopy:
        for (const MarkdownStream::Block &block : m_content.blocks()) {
            if (block.code && index-- == 0) {
                const QFontMetricsF metrics(m_context->smallFont);
                const qreal w =
                    metrics.horizontalAdvance(tr("Copy")) + 2 * m_context->buttonPadding;
                const qreal top = m_contentY + block.y + 2;
                return QRectF(m_context->padding + contentWidth() - w - 4, top, w,
                              m_context->codeHeader - 2);
            }
        }
        return {};
    case MessageHit::Kind::None:
    case MessageHit::Kind::Text:
    case MessageHit::Kind::Link:
        break;
    }
    return {};
}

QList<QPair<QRectF, QString>> MessageLayout::links() const
{
    QList<QPair<QRectF, QString>> result;
    for (const TextUnit &unit : textUnits()) {
        QAbstractTextDocumentLayout *layout = unit.doc->documentLayout();
        for (QTextBlock block = unit.doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().isAnchor())
                    continue;
                const QRectF blockRect = layout->blockBoundingRect(block);
                QTextLayout *textLayout = block.layout();
                const int offset = fragment.position() - block.position();
                const QTextLine line = textLayout->lineForTextPosition(offset);
                if (!line.isValid())
                    continue;
                const qreal x = line.cursorToX(offset);
                const qreal x2 = line.cursorToX(
                    qMin(offset + fragment.length(), line.textStart() + line.textLength()));
                result.append({QRectF(unit.origin + blockRect.topLeft() + QPointF(x, line.y()),
                                      QSizeF(qMax<qreal>(2, x2 - x), line.height())),
                               fragment.charFormat().anchorHref()});
            }
        }
    }
    return result;
}

qreal MessageLayout::unitPositionY(int unit, int pos) const
{
    const QList<TextUnit> units = textUnits();
    if (unit < 0 || unit >= units.size())
        return 0;
    const TextUnit &u = units.at(unit);
    const QTextBlock block = u.doc->findBlock(pos);
    const QRectF rect = u.doc->documentLayout()->blockBoundingRect(block);
    qreal lineY = 0;
    if (QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(pos - block.position());
        if (line.isValid())
            lineY = line.y();
    }
    return u.origin.y() + rect.top() + lineY;
}

MessageHit MessageLayout::hitTest(QPointF pos) const
{
    MessageHit hit;
    if (m_hasBanner && m_bannerButtonRect.contains(pos)) {
        hit.kind = MessageHit::Kind::BannerButton;
        return hit;
    }
    if (m_reasoningToggle.contains(pos)) {
        hit.kind = MessageHit::Kind::ReasoningToggle;
        return hit;
    }
    for (int i = 0; i < int(m_tabRects.size()); ++i) {
        if (m_tabRects[size_t(i)].contains(pos)) {
            hit.kind = MessageHit::Kind::Tab;
            hit.index = i;
            return hit;
        }
    }
    for (int i = 0, n = codeBlockCount(); i < n; ++i) {
        if (partRect(MessageHit::Kind::CodeCopy, i).contains(pos)) {
            hit.kind = MessageHit::Kind::CodeCopy;
            hit.index = i;
            return hit;
        }
    }
    const QList<TextUnit> units = textUnits();
    for (int i = 0; i < units.size(); ++i) {
        const TextUnit &unit = units.at(i);
        const QSizeF size = unit.doc->documentLayout()->documentSize();
        const QRectF rect(unit.origin, size);
        // A point in the gap below a unit selects up to that unit's end.
        const bool inside = rect.adjusted(0, -2, 0, 2).contains(pos);
        if (!inside)
            continue;
        const QPointF local = pos - unit.origin;
        const QString href = unit.doc->documentLayout()->anchorAt(local);
        if (!href.isEmpty()) {
            hit.kind = MessageHit::Kind::Link;
            hit.href = href;
            hit.unit = i;
            return hit;
        }
        hit.kind = MessageHit::Kind::Text;
        hit.unit = i;
        hit.pos = unit.doc->documentLayout()->hitTest(local, Qt::FuzzyHit);
        return hit;
    }
    return hit;
}

MessageHit MessageLayout::nearestText(QPointF pos) const
{
    MessageHit hit = hitTest(pos);
    if (hit.kind == MessageHit::Kind::Text)
        return hit;
    const QList<TextUnit> units = textUnits();
    for (int i = 0; i < units.size(); ++i) {
        const TextUnit &unit = units.at(i);
        const QSizeF size = unit.doc->documentLayout()->documentSize();
        const bool before = pos.y() < unit.origin.y();
        if (before || pos.y() <= unit.origin.y() + size.height() || i == units.size() - 1) {
            hit.kind = MessageHit::Kind::Text;
            hit.unit = i;
            if (before)
                hit.pos = 0;
            else if (pos.y() > unit.origin.y() + size.height())
                hit.pos = unit.doc->characterCount() - 1;
            else
                hit.pos = unit.doc->documentLayout()->hitTest(pos - unit.origin, Qt::FuzzyHit);
            return hit;
        }
    }
    return {};
}

QTextCursor MessageLayout::selectionCursor(QTextDocument *doc, int unit,
                                           const MessagePaintState &state)
{
    const int last = qMax(0, doc->characterCount() - 1);
    QTextCursor cursor(doc);
    cursor.setPosition(qBound(0, unit == state.selStartUnit ? state.selStartPos : 0, last));
    cursor.setPosition(qBound(0, unit == state.selEndUnit ? state.selEndPos : last, last),
                       QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace Lineup
