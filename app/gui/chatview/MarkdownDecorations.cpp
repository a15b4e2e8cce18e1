// What Qt's Markdown importer leaves plain: inline code gets a tint here; blockquotes are found
// here and their bars painted by MessageLayout::paintQuoteBars.
#include "chatview/MarkdownStream.h"

#include "chatview/RenderContext.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Lineup {

bool MarkdownStream::decorate(QTextDocument *doc, const QString &markdown) const
{
    // Qt's importer gives inline code a fixed-pitch font only: a tint sets it apart from the
    // text. Blockquotes get an indent; their bar is painted (see MessageLayout::paint).
    const bool code = markdown.contains(QLatin1Char('`'));
    const bool quotes = markdown.contains(QLatin1Char('>'));
    if (!code && !quotes)
        return false;
    bool hasQuote = false;
    const QColor base = m_context->palette.color(QPalette::Base);
    const QColor text = m_context->palette.color(QPalette::Text);
    const auto blend = [](int a, int b) { return a + (b - a) * 14 / 100; };
    const QColor tint(blend(base.red(), text.red()), blend(base.green(), text.green()),
                      blend(base.blue(), text.blue()));
    QList<std::pair<int, int>> spans; // collected first: formatting splits the fragments
    for (QTextBlock textBlock = doc->begin(); textBlock.isValid(); textBlock = textBlock.next()) {
        if (textBlock.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0)
            hasQuote = true;
        if (!code)
            continue;
        for (auto it = textBlock.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().fontFixedPitch())
                spans.append({fragment.position(), fragment.length()});
        }
    }
    QTextCharFormat format;
    format.setBackground(tint);
    for (const auto &[position, length] : std::as_const(spans)) {
        QTextCursor cursor(doc);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    return hasQuote;
}

} // namespace Lineup
