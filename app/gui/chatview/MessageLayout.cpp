#include "chatview/MessageLayout.h"

#include "chatview/ChatView.h"
#include "chatview/RenderContext.h"
#include "chatview/SafeTextDocument.h"
#include "schema/AnswerCheck.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QTextBlock>
#include <QTextCursor>

namespace Lineup {

namespace {

QString prettyArguments(const QString &arguments)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || json.isNull())
        return arguments; // still streaming, or not JSON: show what the model wrote
    return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

MessageLayout::MessageLayout(const RenderContext *context, int shownChoice, bool reasoningExpanded,
                             bool rawJson)
    : m_context(context)
    , m_shownChoice(shownChoice)
    , m_reasoningExpanded(reasoningExpanded)
    , m_content(context)
    , m_rawJson(rawJson)
{}

MessageLayout::~MessageLayout() = default;

const ChatMessage &MessageLayout::choiceMessage(const MessageRecord &record, int choice)
{
    if (choice > 0 && choice <= record.alternatives.size())
        return record.alternatives.at(choice - 1);
    return record.message;
}

QString MessageLayout::keepTogether(QString text)
{
    // No-break spaces, and a word joiner after each '/', which is otherwise a break opportunity.
    text.replace(QLatin1Char(' '), QChar(0x00A0));
    text.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
    return text;
}

QString MessageLayout::footerItem(const QString &item, const QFontMetricsF &metrics, qreal width)
{
    return metrics.horizontalAdvance(item) <= width ? keepTogether(item) : item;
}

void MessageLayout::unkeepTogether(QString &text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.remove(QChar(0x2060));
}

QString MessageLayout::contentText(const ChatMessage &message)
{
    // The common case (one text part) shares the string instead of joining.
    if (message.parts.size() == 1 && message.parts.first().type == ContentPart::Type::Text)
        return message.parts.first().text;
    return message.text();
}

QString MessageLayout::roleLabel(Role role)
{
    switch (role) {
    case Role::User:
        return MessageLayout::tr("You");
    case Role::Assistant:
        return MessageLayout::tr("Assistant");
    case Role::System:
        return MessageLayout::tr("System");
    case Role::Developer:
        return MessageLayout::tr("Developer");
    case Role::Tool:
        return MessageLayout::tr("Tool result");
    }
    return {};
}

QString MessageLayout::errorActionLabel(const ApiError &error)
{
    switch (ChatView::errorActionFor(error)) {
    case ChatView::ErrorAction::OpenProviderSettings:
        return tr("Open provider settings");
    case ChatView::ErrorAction::Retry:
        break;
    }
    return tr("Retry");
}

qreal MessageLayout::contentWidth() const
{
    return qMax<qreal>(40, m_cardWidth - 2 * m_context->padding);
}

std::unique_ptr<QTextDocument> MessageLayout::plainDocument(const QString &text, const QFont &font,
                                                            qreal width) const
{
    auto doc = std::make_unique<SafeTextDocument>(nullptr, m_context->imagePlaceholder);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setPlainText(text);
    doc->setTextWidth(width); // after the text: one layout pass
    return doc;
}

void MessageLayout::build(const MessageRecord &record, qreal viewportWidth)
{
    if (ChatViewStats *stats = m_context->stats)
        ++stats->messageLayouts;
    m_viewportWidth = viewportWidth;
    m_role = record.message.role;
    m_choiceCount = 1 + int(record.alternatives.size());
    if (m_shownChoice >= m_choiceCount)
        m_shownChoice = 0;
    const qreal usable = qMax<qreal>(80, viewportWidth - 2 * m_context->outerMargin);
    const qreal indent = m_role == Role::User ? qMin<qreal>(usable * 0.15, 120) : 0;
    m_cardX = m_context->outerMargin + indent;
    m_cardWidth = usable - indent;

    const ChatMessage &message = choiceMessage(record, m_shownChoice);
    m_content.setWidth(contentWidth());
    m_content.setText(displayedContent(record, message), record.status != MessageStatus::Streaming);

    m_reasoning.reset();
    m_reasoningSource.clear();
    m_reasoningRendered = 0;
    updateReasoning(message);

    m_refusal.reset();
    if (!message.refusal.isEmpty())
        m_refusal = plainDocument(message.refusal, m_context->font, contentWidth());

    m_thumbnails.clear();
    for (const ContentPart &part : message.parts) {
        if (part.type != ContentPart::Type::Image)
            continue;
        Thumbnail thumbnail;
        if (!part.imageData.isEmpty()) {
            const QImage image = QImage::fromData(part.imageData);
            if (!image.isNull())
                thumbnail.image =
                    image.height() > m_context->thumbnailHeight
                        ? image.scaledToHeight(m_context->thumbnailHeight, Qt::SmoothTransformation)
                        : image;
            thumbnail.label = tr("Attached image");
        } else {
            thumbnail.label = tr("Image (not loaded): %1").arg(part.imageUrl.left(200));
        }
        m_thumbnails.push_back(thumbnail);
    }
    buildToolCards(message);
    buildChrome(record);
    position();
}

void MessageLayout::updateReasoning(const ChatMessage &message)
{
    const QString &reasoning = message.reasoning;
    if (reasoning.size() < m_reasoningRendered || !m_reasoning) {
        m_reasoning =
            plainDocument(reasoning, m_context->font, contentWidth() - m_context->reasoningIndent);
        m_reasoningRendered = int(reasoning.size());
        m_reasoningSource = reasoning;
        return;
    }
    if (reasoning.size() > m_reasoningRendered) {
        QTextCursor cursor(m_reasoning.get());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(reasoning.mid(m_reasoningRendered));
        m_reasoningRendered = int(reasoning.size());
        m_reasoningSource = reasoning;
    }
}

void MessageLayout::buildToolCards(const ChatMessage &message)
{
    m_toolCards.clear();
    for (const ToolCall &call : message.toolCalls) {
        ToolCard card;
        card.title = call.name.isEmpty() ? tr("Tool call") : tr("Tool call: %1").arg(call.name);
        card.doc = plainDocument(prettyArguments(call.arguments), m_context->monoFont,
                                 contentWidth() - 2 * m_context->codePadding);
        m_toolCards.push_back(std::move(card));
    }
}

void MessageLayout::buildChrome(const MessageRecord &record)
{
    m_status = record.status;
    m_roleLabel = roleLabel(m_role);
    QStringList meta;
    if (!record.model.isEmpty() && m_role != Role::User && !m_context->modelsHidden)
        meta.append(record.model);
    if (record.createdAt.isValid())
        meta.append(m_context->locale.toString(record.createdAt.toLocalTime().time(),
                                               QLocale::ShortFormat));
    if (record.status == MessageStatus::Streaming)
        meta.append(tr("writing…"));
    m_meta = meta.join(QStringLiteral("  ·  "));

    // Status banner: a stopped, failed or interrupted answer says so and offers the fix.
    m_hasBanner = false;
    m_bannerIsError = false;
    QString bannerText;
    switch (record.status) {
    case MessageStatus::Stopped:
        bannerText = tr("Stopped");
        m_bannerButton = tr("Retry");
        break;
    case MessageStatus::Interrupted:
        bannerText = tr("Interrupted: %1").arg(record.error.humanMessage());
        m_bannerButton = tr("Retry");
        m_bannerIsError = true;
        break;
    case MessageStatus::Failed: {
        const QString why =
            record.error.isError() ? record.error.humanMessage() : tr("The request failed.");
        bannerText = m_content.source().isEmpty() ? why : tr("Failed: %1").arg(why);
        m_bannerButton = errorActionLabel(record.error);
        m_bannerIsError = true;
        break;
    }
    case MessageStatus::Complete:
    case MessageStatus::Streaming:
        break;
    }
    m_bannerText.reset();
    if (!bannerText.isEmpty()) {
        m_hasBanner = true;
        const QFontMetricsF metrics(m_context->smallFont);
        m_bannerButtonWidth =
            metrics.horizontalAdvance(m_bannerButton) + 2 * m_context->buttonPadding;
        m_bannerText =
            plainDocument(bannerText, m_context->smallFont,
                          contentWidth() - m_bannerButtonWidth - 3 * m_context->buttonPadding);
    }

    // Footer: how the answer ended and what it cost, once it ended.
    m_footer.reset();
    if (m_role == Role::Assistant && record.status != MessageStatus::Streaming) {
        const QLocale &locale = m_context->locale;
        QStringList parts;
        if (!record.finishReason.isEmpty())
            parts.append(tr("Finish: %1").arg(record.finishReason));
        // An answer that ended calling tools but holds none had them dropped (Drop Calls).
        if (record.finishReason == QLatin1String("tool_calls") &&
            choiceMessage(record, m_shownChoice).toolCalls.isEmpty())
            parts.append(tr("Tool calls dropped"));
        QStringList tokens;
        const bool figures = !m_context->modelsHidden;
        if (figures && record.usage.promptTokens)
            tokens.append(tr("%1 prompt").arg(locale.toString(*record.usage.promptTokens)));
        if (figures && record.usage.completionTokens)
            tokens.append(tr("%1 completion").arg(locale.toString(*record.usage.completionTokens)));
        if (figures && record.usage.cachedTokens)
            tokens.append(tr("%1 cached").arg(locale.toString(*record.usage.cachedTokens)));
        if (figures && record.usage.reasoningTokens)
            tokens.append(tr("%1 reasoning").arg(locale.toString(*record.usage.reasoningTokens)));
        if (!tokens.isEmpty())
            parts.append(tr("Tokens: %1").arg(tokens.join(QStringLiteral(", "))));
        if (figures && record.timings.timeToFirstTokenMs)
            parts.append(
                tr("First token %1 s")
                    .arg(locale.toString(*record.timings.timeToFirstTokenMs / 1000.0, 'f', 2)));
        if (figures && record.timings.tokensPerSecond)
            parts.append(
                tr("%1 tokens/s").arg(locale.toString(*record.timings.tokensPerSecond, 'f', 1)));
        // An answer asked for JSON is checked against the format it was sent with.
        QList<QPair<QString, QString>> links;
        if (m_check.requested())
            parts.prepend(schemaBadge(&links));
        if (m_showsJson) {
            const QString toggle = m_rawJson ? tr("Show pretty JSON") : tr("Show raw JSON");
            parts.append(toggle);
            links.append({keepTogether(toggle), m_rawJson ? QStringLiteral("lineup-answer:pretty")
                                                          : QStringLiteral("lineup-answer:raw")});
        }
        // Each item is kept on one line ("12.5 tokens/s", not "tokens/" and "s"): the lines
        // break only between items. An item wider than the card (a narrow comparison pane)
        // breaks between its words instead of inside one.
        const QFontMetricsF metrics(m_context->smallFont);
        for (QString &part : parts)
            part = footerItem(part, metrics, contentWidth());
        if (!parts.isEmpty()) {
            const QString text = parts.join(QStringLiteral("  ·  "));
            // A link inside an item that breaks between its words is found by its plain text.
            for (QPair<QString, QString> &link : links) {
                if (!text.contains(link.first))
                    unkeepTogether(link.first);
            }
            m_footer = plainDocument(text, m_context->smallFont, contentWidth());
            markLinks(m_footer.get(), text, links);
        }
    }

    m_tabRects.clear();
    if (m_choiceCount > 1) {
        const QFontMetricsF metrics(m_context->smallFont);
        qreal x = m_context->padding;
        for (int i = 0; i < m_choiceCount; ++i) {
            const qreal w = metrics.horizontalAdvance(tr("Choice %1").arg(i + 1)) +
                            2 * m_context->buttonPadding;
            m_tabRects.emplace_back(x, 0, w, metrics.height() + 8);
            x += w + 4;
        }
    }
}

void MessageLayout::position()
{
    const RenderContext &c = *m_context;
    const qreal left = c.padding;
    const qreal gap = c.sectionGap;
    qreal y = c.padding;
    y += QFontMetricsF(c.boldSmallFont).height() + 6; // header line

    for (QRectF &tab : m_tabRects)
        tab.moveTop(y);
    if (!m_tabRects.empty())
        y += m_tabRects.front().height() + gap;

    if (!m_thumbnails.empty()) {
        m_thumbnailsY = y;
        qreal x = left;
        qreal rowTop = y;
        for (Thumbnail &thumbnail : m_thumbnails) {
            const QSizeF size =
                thumbnail.image.isNull()
                    ? QSizeF(qMin<qreal>(220, contentWidth()), c.thumbnailHeight * 0.6)
                    : QSizeF(qMin<qreal>(thumbnail.image.width(), contentWidth()),
                             thumbnail.image.height());
            if (x > left && x + size.width() > left + contentWidth()) {
                x = left;
                rowTop += c.thumbnailHeight + 6;
            }
            thumbnail.rect = QRectF(QPointF(x, rowTop), size);
            x += size.width() + 6;
        }
        m_thumbnailsHeight = rowTop + c.thumbnailHeight - y;
        y += m_thumbnailsHeight + gap;
    }

    m_reasoningToggle = {};
    if (m_reasoning && !m_reasoningSource.isEmpty()) {
        const qreal h = QFontMetricsF(c.smallFont).height() + 6;
        m_reasoningToggle = QRectF(left, y, contentWidth(), h);
        y += h;
        if (m_reasoningExpanded) {
            m_reasoningY = y + 2;
            y += m_reasoning->documentLayout()->documentSize().height() + 4;
        }
        y += gap;
    }

    if (!m_content.blocks().empty()) {
        m_contentY = y;
        y += m_content.height() + gap;
    }
    if (m_refusal) {
        m_refusalY = y;
        y += m_refusal->documentLayout()->documentSize().height() + gap;
    }
    for (ToolCard &card : m_toolCards) {
        card.y = y;
        card.height = m_context->toolTitleHeight +
                      card.doc->documentLayout()->documentSize().height() + 2 * c.codePadding;
        y += card.height + gap;
    }
    if (m_hasBanner) {
        const qreal textHeight = m_bannerText->documentLayout()->documentSize().height();
        const qreal buttonHeight = QFontMetricsF(c.smallFont).height() + 10;
        const qreal h = qMax(textHeight, buttonHeight) + 12;
        m_bannerRect = QRectF(left, y, contentWidth(), h);
        m_bannerTextY = y + (h - textHeight) / 2;
        m_bannerButtonRect = QRectF(m_bannerRect.right() - m_bannerButtonWidth - 6,
                                    y + (h - buttonHeight) / 2, m_bannerButtonWidth, buttonHeight);
        y += h + gap;
    }
    if (m_footer) {
        m_footerY = y;
        y += m_footer->documentLayout()->documentSize().height() + gap;
    }
    m_cardHeight = y - gap + c.padding;
}

bool MessageLayout::streamUpdate(const MessageRecord &record, bool toolCallsChanged)
{
    if (ChatViewStats *stats = m_context->stats)
        ++stats->streamUpdates;
    const ChatMessage &message = choiceMessage(record, m_shownChoice);
    const int reasoningBefore = m_reasoningRendered;
    const qreal reasoningTop = m_reasoningToggle.isNull() ? 0 : m_reasoningToggle.top();
    const qreal refusalTop = m_refusal ? m_refusalY : m_cardHeight;
    const bool hadContent = !m_content.blocks().empty();
    // Half a frame for completing blocks; the rest of a burst goes to the next frames.
    constexpr qint64 kBudgetNs = 6'000'000;
    const bool done = m_content.append(contentText(message), kBudgetNs);
    updateReasoning(message);
    m_changedTop = m_content.blocks().empty() ? m_contentY : m_contentY + m_content.changedTop();
    if (m_reasoningRendered != reasoningBefore ||
        (m_reasoningToggle.isNull() && m_reasoning && !m_reasoningSource.isEmpty()))
        m_changedTop = qMin(m_changedTop, reasoningTop);
    if (toolCallsChanged || !message.refusal.isEmpty())
        m_changedTop = qMin(m_changedTop, refusalTop);
    if (!hadContent)
        m_changedTop = 0; // the content section is new: everything below the header moves
    if (!message.refusal.isEmpty() &&
        (!m_refusal || m_refusal->characterCount() - 1 != message.refusal.size()))
        m_refusal = plainDocument(message.refusal, m_context->font, contentWidth());
    if (toolCallsChanged)
        buildToolCards(message);
    position();
    return done;
}

bool MessageLayout::refresh(const MessageRecord &record)
{
    const ChatMessage &message = choiceMessage(record, m_shownChoice);
    if (record.message.role != m_role || 1 + record.alternatives.size() != m_choiceCount ||
        displayedContent(record, message) != m_content.source() ||
        !message.reasoning.startsWith(m_reasoningSource) || message.hasImages() ||
        !m_thumbnails.empty())
        return false;
    if (record.status != MessageStatus::Streaming)
        m_content.finish();
    updateReasoning(message);
    if (!message.refusal.isEmpty() || m_refusal)
        m_refusal = message.refusal.isEmpty()
                        ? nullptr
                        : plainDocument(message.refusal, m_context->font, contentWidth());
    buildToolCards(message);
    buildChrome(record);
    position();
    return true;
}

void MessageLayout::setWidth(qreal viewportWidth)
{
    if (qFuzzyCompare(viewportWidth, m_viewportWidth))
        return;
    if (ChatViewStats *stats = m_context->stats)
        ++stats->messageLayouts;
    const qreal usable = qMax<qreal>(80, viewportWidth - 2 * m_context->outerMargin);
    const qreal indent = m_role == Role::User ? qMin<qreal>(usable * 0.15, 120) : 0;
    m_viewportWidth = viewportWidth;
    m_cardX = m_context->outerMargin + indent;
    m_cardWidth = usable - indent;
    m_content.setWidth(contentWidth());
    if (m_reasoning)
        m_reasoning->setTextWidth(contentWidth() - m_context->reasoningIndent);
    if (m_refusal)
        m_refusal->setTextWidth(contentWidth());
    for (ToolCard &card : m_toolCards)
        card.doc->setTextWidth(contentWidth() - 2 * m_context->codePadding);
    if (m_bannerText)
        m_bannerText->setTextWidth(contentWidth() - m_bannerButtonWidth -
                                   3 * m_context->buttonPadding);
    if (m_footer)
        m_footer->setTextWidth(contentWidth());
    position();
}

void MessageLayout::setReasoningExpanded(bool expanded)
{
    if (expanded == m_reasoningExpanded)
        return;
    m_reasoningExpanded = expanded;
    position();
}

void MessageLayout::setBannerButtonText(const QString &text)
{
    if (!m_hasBanner || text == m_bannerButton)
        return;
    m_bannerButton = text;
    const qreal width =
        QFontMetricsF(m_context->smallFont).horizontalAdvance(text) + 2 * m_context->buttonPadding;
    m_bannerButtonRect.setLeft(m_bannerButtonRect.right() - width);
}

int MessageLayout::rowHeight() const
{
    return qCeil(m_cardHeight) + m_context->rowGap;
}

QRectF MessageLayout::cardRect() const
{
    // Half the gap above the card and half below, so the first card does not touch the top.
    return QRectF(m_cardX, m_context->rowGap / 2, m_cardWidth, m_cardHeight);
}

QString MessageLayout::footerText() const
{
    return m_footer ? m_footer->toPlainText() : QString();
}

QString MessageLayout::plainText() const
{
    QStringList parts;
    for (const TextUnit &unit : textUnits())
        parts.append(unit.doc->toPlainText());
    QString text = parts.join(QLatin1Char('\n'));
    unkeepTogether(text);
    return text;
}

int MessageLayout::codeBlockCount() const
{
    int count = 0;
    for (const MarkdownStream::Block &block : m_content.blocks())
        count += block.code ? 1 : 0;
    return count;
}

QString MessageLayout::codeText(int index) const
{
    for (const MarkdownStream::Block &block : m_content.blocks()) {
        if (block.code && index-- == 0)
            return block.doc->toPlainText();
    }
    return {};
}

QList<TextUnit> MessageLayout::textUnits() const
{
    const qreal left = m_context->padding;
    QList<TextUnit> units;
    if (m_reasoning && m_reasoningExpanded && !m_reasoningSource.isEmpty())
        units.append({m_reasoning.get(), QPointF(left + m_context->reasoningIndent, m_reasoningY)});
    for (const MarkdownStream::Block &block : m_content.blocks()) {
        QPointF origin(left, m_contentY + block.y);
        if (block.code)
            origin +=
                QPointF(m_context->codePadding, m_context->codeHeader + m_context->codePadding);
        units.append({block.doc.get(), origin});
    }
    if (m_refusal)
        units.append({m_refusal.get(), QPointF(left, m_refusalY)});
    for (const ToolCard &card : m_toolCards)
        units.append({card.doc.get(),
                      QPointF(left + m_context->codePadding,
                              card.y + m_context->toolTitleHeight + m_context->codePadding)});
    if (m_bannerText)
        units.append({m_bannerText.get(), QPointF(left + m_context->buttonPadding, m_bannerTextY)});
    if (m_footer)
        units.append({m_footer.get(), QPointF(left, m_footerY)});
    return units;
}

} // namespace Lineup
