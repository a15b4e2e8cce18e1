// Painting of a MessageLayout (kept apart from building and hit-testing).
#include "chatview/MessageLayout.h"

#include "chatview/RenderContext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>

namespace Lineup {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

constexpr int kRadius = 8;

// Cards and code blocks can be many thousand pixels tall: an antialiased rounded-rectangle
// path that size costs milliseconds per frame. Straight parts are plain fills (clipped for free);
// only the four corners come from a small cached antialiased image.
void drawCard(QPainter *painter, const RenderContext &context, const QRectF &rectF, int radius,
              const QColor &border, const QColor &fill)
{
    const QRect rect = rectF.toAlignedRect();
    const int c = radius + 1;
    const int w = rect.width();
    const int h = rect.height();
    if (w < 2 * c + 2 || h < 2 * c + 2) {
        painter->setPen(border);
        painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter->drawRoundedRect(rectF.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatioF();
    // Numbers, not a formatted string: the streamed card is drawn every frame.
    const RenderContext::CornerKey key{(quint64(border.rgba()) << 32) | fill.rgba(),
                                       (quint64(quint32(radius)) << 33) |
                                           (quint64(fill.isValid()) << 32) |
                                           quint32(qRound(dpr * 1000))};
    QPixmap corners = context.cornerCache.value(key);
    if (corners.isNull()) {
        corners = QPixmap(QSize(2 * c, 2 * c) * dpr);
        corners.setDevicePixelRatio(dpr);
        corners.fill(Qt::transparent);
        QPainter p(&corners);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(border);
        p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        p.drawRoundedRect(QRectF(0.5, 0.5, 2 * c - 1, 2 * c - 1), radius, radius);
        p.end();
        context.cornerCache.insert(key, corners);
    }
    const int l = rect.left();
    const int t = rect.top();
    if (fill.isValid()) { // invalid: an outline on the view's background, nothing to fill
        painter->fillRect(QRect(l + 1, t + c, w - 2, h - 2 * c), fill);
        painter->fillRect(QRect(l + c, t + 1, w - 2 * c, c - 1), fill);
        painter->fillRect(QRect(l + c, t + h - c, w - 2 * c, c - 1), fill);
    }
    painter->fillRect(QRect(l + c, t, w - 2 * c, 1), border);
    painter->fillRect(QRect(l + c, t + h - 1, w - 2 * c, 1), border);
    painter->fillRect(QRect(l, t + c, 1, h - 2 * c), border);
    painter->fillRect(QRect(l + w - 1, t + c, 1, h - 2 * c), border);
    const qreal s = c * dpr;
    painter->drawPixmap(QRectF(l, t, c, c), corners, QRectF(0, 0, s, s));
    painter->drawPixmap(QRectF(l + w - c, t, c, c), corners, QRectF(s, 0, s, s));
    painter->drawPixmap(QRectF(l, t + h - c, c, c), corners, QRectF(0, s, s, s));
    painter->drawPixmap(QRectF(l + w - c, t + h - c, c, c), corners, QRectF(s, s, s, s));
}

} // namespace

void MessageLayout::paintButton(QPainter *painter, const QRectF &rect, const QString &text,
                                bool hovered, bool prominent) const
{
    const QPalette &palette = m_context->palette;
    QColor fill = prominent ? palette.color(QPalette::Highlight) : palette.color(QPalette::Button);
    if (hovered)
        fill = prominent ? fill.lighter(115) : mix(fill, palette.color(QPalette::Highlight), 0.25);
    painter->setPen(mix(fill, palette.color(QPalette::Text), 0.3));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(prominent ? palette.color(QPalette::HighlightedText)
                              : palette.color(QPalette::ButtonText));
    painter->setFont(m_context->smallFont);
    painter->drawText(rect, Qt::AlignCenter, text);
}

void MessageLayout::paintQuoteBars(QPainter *painter, QTextDocument *doc, QPointF origin,
                                   const QColor &colour) const
{
    // Qt's Markdown importer indents a quote by 40 px per level and draws nothing: one bar per
    // level, left of the quoted text.
    constexpr qreal LevelIndent = 40;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
        if (level <= 0)
            continue;
        const QRectF rect = layout->blockBoundingRect(block).translated(origin);
        for (int i = 0; i < level; ++i)
            painter->fillRect(
                QRectF(origin.x() + i * LevelIndent + 14, rect.top(), 3, rect.height()), colour);
    }
}

void MessageLayout::paintDocument(QPainter *painter, QTextDocument *doc, QPointF origin,
                                  const QRectF &clip, const QColor &textColor, int unit,
                                  const MessagePaintState &state) const
{
    const QSizeF size = doc->documentLayout()->documentSize();
    if (!clip.intersects(QRectF(origin, size)))
        return;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = m_context->palette;
    context.palette.setColor(QPalette::Text, textColor);
    context.clip = clip.translated(-origin);

    const QPalette &palette = m_context->palette;
    if (unit >= state.selStartUnit && unit <= state.selEndUnit && state.selStartUnit >= 0) {
        const QTextCursor cursor = selectionCursor(doc, unit, state);
        if (cursor.hasSelection()) {
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = cursor;
            selection.format.setBackground(palette.color(QPalette::Highlight));
            selection.format.setForeground(palette.color(QPalette::HighlightedText));
            context.selections.append(selection);
        }
    }
    if (!state.findText.isEmpty()) {
        QTextCursor found(doc);
        const QColor matchColor(255, 210, 60, 140);
        const QColor currentColor(255, 140, 0, 200);
        for (;;) {
            found = doc->find(state.findText, found);
            if (found.isNull())
                break;
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = found;
            const bool current = unit == state.findUnit && found.selectionStart() == state.findPos;
            selection.format.setBackground(current ? currentColor : matchColor);
            context.selections.append(selection);
        }
    }
    if (!state.marks.isEmpty()) {
        // Tinted and underlined, so the mark reads without colour and on dark palettes too.
        const QColor text = palette.color(QPalette::Text);
        const QColor tint =
            text.lightness() > 128 ? QColor(90, 150, 255, 110) : QColor(60, 120, 255, 70);
        for (const MessagePaintState::Mark &mark : state.marks) {
            if (mark.unit != unit)
                continue;
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = QTextCursor(doc);
            selection.cursor.setPosition(mark.pos);
            selection.cursor.setPosition(mark.pos + mark.length, QTextCursor::KeepAnchor);
            selection.format.setBackground(tint);
            selection.format.setFontUnderline(true);
            context.selections.append(selection);
        }
    }
    painter->save();
    painter->translate(origin);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void MessageLayout::paintBanner(QPainter *painter, int unit, const MessagePaintState &state) const
{
    const QPalette &palette = m_context->palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = m_bannerIsError ? QColor(220, 50, 50) : QColor(230, 160, 0);
    painter->setPen(mix(base, tint, 0.6));
    painter->setBrush(mix(base, tint, 0.16));
    painter->drawRoundedRect(m_bannerRect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    paintDocument(painter, m_bannerText.get(), QPointF(m_bannerRect.left() + 10, m_bannerTextY),
                  m_bannerRect, palette.color(QPalette::Text), unit, state);
    paintButton(painter, m_bannerButtonRect, m_bannerButton,
                m_bannerButtonRect.contains(state.hover), m_status == MessageStatus::Failed);
}

void MessageLayout::paint(QPainter *painter, const QRectF &clip,
                          const MessagePaintState &state) const
{
    const RenderContext &c = *m_context;
    const QPalette &palette = c.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor dim = mix(text, base, 0.4);
    const qreal left = c.padding;
    const qreal width = contentWidth();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QPointF cardOrigin = cardRect().topLeft();
    painter->translate(cardOrigin);
    const QRectF localClip = clip.translated(-cardOrigin);
    const QRectF card(0, 0, m_cardWidth, m_cardHeight);

    // User and assistant messages differ by colour and alignment so the turn-taking is obvious
    // in both light and dark palettes.
    const bool user = m_role == Role::User;
    // Answers are outlined on the background rather than filled: the streamed card is repainted
    // every frame, and a second full-area fill would double that cost.
    const QColor cardFill = user ? mix(base, palette.color(QPalette::Highlight), 0.16) : QColor();
    drawCard(painter, c, card, kRadius, mix(base, text, user ? 0.12 : 0.16), cardFill);

    // Header: role, model, time.
    const QFontMetricsF boldMetrics(c.boldSmallFont);
    const qreal headerY = c.padding;
    if (localClip.top() <= headerY + boldMetrics.height()) {
        painter->setFont(c.boldSmallFont);
        painter->setPen(text);
        painter->drawText(QPointF(left, headerY + boldMetrics.ascent()), m_roleLabel);
        const qreal labelWidth = boldMetrics.horizontalAdvance(m_roleLabel);
        painter->setFont(c.smallFont);
        painter->setPen(dim);
        const QFontMetricsF smallMetrics(c.smallFont);
        painter->drawText(QPointF(left + labelWidth + 10, headerY + boldMetrics.ascent()),
                          smallMetrics.elidedText(m_meta, Qt::ElideRight, width - labelWidth - 10));
    }

    for (int i = 0; i < int(m_tabRects.size()); ++i) {
        const QRectF &tab = m_tabRects[size_t(i)];
        const bool current = i == m_shownChoice;
        painter->setPen(mix(base, text, 0.25));
        painter->setBrush(current ? palette.color(QPalette::Highlight)
                                  : (tab.contains(state.hover) ? mix(base, text, 0.1) : base));
        painter->drawRoundedRect(tab.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(current ? palette.color(QPalette::HighlightedText) : text);
        painter->drawText(tab, Qt::AlignCenter, tr("Choice %1").arg(i + 1));
    }

    for (const Thumbnail &thumbnail : m_thumbnails) {
        if (!thumbnail.image.isNull()) {
            painter->drawImage(thumbnail.rect, thumbnail.image);
        } else {
            painter->setPen(QPen(dim, 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(thumbnail.rect);
            painter->drawText(thumbnail.rect.adjusted(6, 4, -6, -4), Qt::TextWordWrap,
                              thumbnail.label);
        }
    }

    int unit = 0;
    if (!m_reasoningToggle.isNull()) {
        const bool hovered = m_reasoningToggle.contains(state.hover);
        painter->setPen(hovered ? text : dim);
        painter->setFont(c.smallFont);
        const QString arrow = m_reasoningExpanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
        const QString label =
            m_status == MessageStatus::Streaming ? tr("Reasoning (thinking…)") : tr("Reasoning");
        painter->drawText(m_reasoningToggle, Qt::AlignVCenter | Qt::AlignLeft, arrow + label);
        if (m_reasoningExpanded) {
            const qreal h = m_reasoning->documentLayout()->documentSize().height();
            painter->fillRect(QRectF(left + 2, m_reasoningY, 3, h), mix(base, text, 0.2));
            paintDocument(painter, m_reasoning.get(),
                          QPointF(left + c.reasoningIndent, m_reasoningY), localClip, dim, unit++,
                          state);
        }
    }

    const QColor codeFill = mix(base, text, 0.07);
    for (const MarkdownStream::Block &block : m_content.blocks()) {
        const QPointF origin(left, m_contentY + block.y);
        const QRectF blockRect(origin, QSizeF(width, block.height));
        if (!localClip.intersects(blockRect)) {
            ++unit;
            continue;
        }
        if (!block.code) {
            if (block.quote)
                paintQuoteBars(painter, block.doc.get(), origin, mix(base, text, 0.35));
            paintDocument(painter, block.doc.get(), origin, localClip, text, unit++, state);
            continue;
        }
        drawCard(painter, c, blockRect, 6, mix(base, text, 0.18), codeFill);
        // A streaming code block repaints only its last line: laying out the label and the
        // button text for a header that lies outside the clip would be wasted.
        if (localClip.intersects(QRectF(origin, QSizeF(width, c.codeHeader)))) {
            painter->setFont(c.smallFont);
            painter->setPen(dim);
            painter->drawText(
                QRectF(origin.x() + c.codePadding, origin.y(), width / 2, c.codeHeader),
                Qt::AlignVCenter | Qt::AlignLeft,
                block.language.isEmpty() ? tr("code") : block.language);
            int codeIndex = 0;
            for (const MarkdownStream::Block &other : m_content.blocks()) {
                if (&other == &block)
                    break;
                codeIndex += other.code ? 1 : 0;
            }
            const QRectF copyRect = partRect(MessageHit::Kind::CodeCopy, codeIndex);
            paintButton(painter, copyRect, tr("Copy"), copyRect.contains(state.hover), false);
        }
        paintDocument(painter, block.doc.get(),
                      origin + QPointF(c.codePadding, c.codeHeader + c.codePadding), localClip,
                      text, unit++, state);
    }

    if (m_refusal)
        paintDocument(painter, m_refusal.get(), QPointF(left, m_refusalY), localClip, dim, unit++,
                      state);

    for (const ToolCard &tool : m_toolCards) {
        const QRectF rect(left, tool.y, width, tool.height);
        if (localClip.intersects(rect)) {
            drawCard(painter, c, rect, 6, mix(base, text, 0.25), codeFill);
            painter->setFont(c.boldSmallFont);
            painter->setPen(text);
            painter->drawText(QRectF(left + c.codePadding, tool.y + 2, width, c.toolTitleHeight),
                              Qt::AlignVCenter | Qt::AlignLeft, tool.title);
            paintDocument(painter, tool.doc.get(),
                          QPointF(left + c.codePadding, tool.y + c.toolTitleHeight + c.codePadding),
                          localClip, text, unit, state);
        }
        ++unit;
    }

    if (m_hasBanner) {
        if (localClip.intersects(m_bannerRect))
            paintBanner(painter, unit, state);
        ++unit;
    }

    if (m_footer)
        paintDocument(painter, m_footer.get(), QPointF(left, m_footerY), localClip, dim, unit,
                      state);
    painter->restore();
}

} // namespace Lineup
