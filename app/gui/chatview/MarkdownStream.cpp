#include "chatview/MarkdownStream.h"

#include "chatview/ChatView.h"
#include "chatview/RenderContext.h"
#include "chatview/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextOption>

namespace Lineup {

namespace {

QStringView lineAt(const QString &source, int start, int end)
{
    QStringView line(source.constData() + start, end - start);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// ``` or ~~~ (three or more) after at most three spaces.
bool parseFence(QStringView line, QChar *fenceChar, int *fenceLength, QString *info)
{
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return false;
    const QChar c = line.at(i);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return false;
    int n = 0;
    while (i + n < line.size() && line.at(i + n) == c)
        ++n;
    if (n < 3)
        return false;
    const QStringView rest = line.mid(i + n).trimmed();
    if (c == QLatin1Char('`') && rest.contains(QLatin1Char('`')))
        return false;
    *fenceChar = c;
    *fenceLength = n;
    if (info)
        *info = rest.split(QLatin1Char(' ')).value(0).toString();
    return true;
}

bool isClosingFence(QStringView line, QChar fenceChar, int fenceLength)
{
    QChar c;
    int n = 0;
    QString info;
    return parseFence(line, &c, &n, &info) && c == fenceChar && n >= fenceLength && info.isEmpty();
}

bool isListItem(QStringView line)
{
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return false;
    const QChar c = line.at(i);
    auto followedBySpace = [&](int at) { return at >= line.size() || line.at(at).isSpace(); };
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+'))
        return followedBySpace(i + 1);
    int digits = 0;
    while (i + digits < line.size() && line.at(i + digits).isDigit() && digits < 10)
        ++digits;
    if (digits == 0 || i + digits >= line.size())
        return false;
    const QChar mark = line.at(i + digits);
    return (mark == QLatin1Char('.') || mark == QLatin1Char(')')) &&
           followedBySpace(i + digits + 1);
}

// The open block is laid out and repainted every frame. By default a QTextLayout drops its
// shaped glyphs after laying out, so every paint shapes the text again; keeping them for the
// open block's few paragraphs saves that second shaping pass per frame. Completed blocks
// (painted rarely) keep the default and its smaller memory footprint.
void keepGlyphs(const QTextBlock &block)
{
    if (block.isValid() && block.layout())
        block.layout()->setCacheEnabled(true);
}

// A line so far where even plain characters appended may change the structure, not just extend
// the line: a list marker in the making ("2" + ". ", "+" + " "), a table row (a delimiter row
// "|--" + "-" turns the block into a table), a link reference definition ("[a]:" + " /url").
bool lineMayChangeStructure(QStringView line)
{
    if (line.contains(QLatin1Char('|')))
        return true;
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    line = line.mid(i);
    if (line.startsWith(QLatin1Char('[')))
        return true;
    if (line.size() == 1 && (line.at(0) == QLatin1Char('-') || line.at(0) == QLatin1Char('+') ||
                             line.at(0) == QLatin1Char('*')))
        return true;
    if (line.isEmpty() || line.size() > 9)
        return false;
    for (QChar c : line) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool isIndented(QStringView line)
{
    return !line.isEmpty() && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'));
}

} // namespace

MarkdownStream::MarkdownStream(const RenderContext *context)
    : m_context(context)
{}

MarkdownStream::~MarkdownStream() = default;

std::unique_ptr<QTextDocument> MarkdownStream::newDocument(bool code) const
{
    auto doc = std::make_unique<SafeTextDocument>(
        m_context->stats ? &m_context->stats->remoteResourceRequests : nullptr,
        m_context->imagePlaceholder);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(code ? m_context->monoFont : m_context->font);
    if (code) {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
        doc->setTextWidth(qMax<qreal>(20, m_width - 2 * m_context->codePadding));
    }
    // Markdown documents get their width (and with it a layout) only after the import: the
    // importer inserts text piece by piece, and with a layout attached every piece is laid out.
    return doc;
}

void MarkdownStream::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    for (Block &block : m_blocks) {
        block.doc->setTextWidth(block.code ? qMax<qreal>(20, m_width - 2 * m_context->codePadding)
                                           : m_width);
        measure(block);
    }
    positionBlocks(0);
}

void MarkdownStream::setText(const QString &text, bool finished)
{
    m_blocks.clear();
    m_openExists = false;
    m_source = text;
    m_finished = false;
    m_scanPos = 0;
    m_blockStart = 0;
    m_blockHasContent = false;
    m_blockIsList = false;
    m_pendingBlank = false;
    m_inFence = false;
    m_codeStart = -1;
    m_renderedOpenLength = -1;
    m_seenOpenLength = -1;
    m_plainAppends = 0;
    m_height = 0;
    m_changedTop = 0;
    scan();
    if (finished)
        finish();
    else
        renderOpenBlock(false);
    positionBlocks(0);
}

bool MarkdownStream::append(const QString &text, qint64 budgetNs)
{
    if (m_finished || text.size() < m_source.size()) {
        setText(text, m_finished);
        return true;
    }
    const size_t firstChanged = m_blocks.empty() ? 0 : m_blocks.size() - 1;
    // What may change: the open block from its top, or for an open code block only from the
    // line that was partial (its whole lines are final).
    m_changedTop = m_blocks.empty() ? 0 : m_blocks.back().y;
    if (m_openExists && m_blocks.back().code) {
        const Block &code = m_blocks.back();
        const QTextBlock partial = code.doc->findBlock(code.codeCommittedPos);
        m_changedTop = code.y + m_context->codeHeader + m_context->codePadding +
                       code.doc->documentLayout()->blockBoundingRect(partial).top();
    }
    m_source = text;
    bool done = scan(budgetNs);
    if (done)
        done = renderOpenBlock(false);
    positionBlocks(qMin(firstChanged, m_blocks.size()));
    return done;
}

void MarkdownStream::finish()
{
    if (m_finished)
        return;
    const size_t firstChanged = m_blocks.empty() ? 0 : m_blocks.size() - 1;
    m_changedTop = m_blocks.empty() ? 0 : m_blocks.back().y;
    scan(); // whatever a budgeted append() left
    if (m_inFence) {
        completeOpenBlock(int(m_source.size()));
        m_inFence = false;
    } else if (!isBlank(QStringView(m_source).mid(m_blockStart))) {
        completeOpenBlock(int(m_source.size()));
    } else if (m_openExists) {
        // The open block had only text that turned out blank: drop it.
        m_blocks.pop_back();
        m_openExists = false;
    }
    m_finished = true;
    positionBlocks(qMin(firstChanged, m_blocks.size()));
}

bool MarkdownStream::scan(qint64 budgetNs)
{
    QElapsedTimer clock;
    if (budgetNs >= 0)
        clock.start();
    for (;;) {
        if (budgetNs >= 0 && clock.nsecsElapsed() > budgetNs)
            return false;
        const int newline = int(m_source.indexOf(QLatin1Char('\n'), m_scanPos));
        if (newline < 0)
            break;
        const int lineStart = m_scanPos;
        const int next = newline + 1;
        const QStringView line = lineAt(m_source, lineStart, newline);
        m_scanPos = next;

        if (m_inFence) {
            if (isClosingFence(line, m_fenceChar, m_fenceLength)) {
                completeOpenBlock(lineStart);
                m_inFence = false;
                m_blockStart = next;
                m_blockHasContent = false;
                m_pendingBlank = false;
            }
            continue;
        }
        QChar fenceChar;
        int fenceLength = 0;
        QString info;
        if (parseFence(line, &fenceChar, &fenceLength, &info)) {
            if (m_blockHasContent)
                completeOpenBlock(lineStart);
            else if (m_openExists) { // blank-only text rendered as open block
                m_blocks.pop_back();
                m_openExists = false;
            }
            m_blockStart = lineStart;
            m_inFence = true;
            m_fenceChar = fenceChar;
            m_fenceLength = fenceLength;
            m_codeStart = next;
            m_blockHasContent = true;
            m_pendingBlank = false;
            startBlock(lineStart, true);
            m_blocks.back().language = info;
            m_blocks.back().codeCommittedEnd = next;
            continue;
        }
        if (isBlank(line)) {
            if (m_blockHasContent)
                m_pendingBlank = true;
            else
                m_blockStart = next;
            continue;
        }
        if (m_pendingBlank && !(m_blockIsList && (isIndented(line) || isListItem(line)))) {
            completeOpenBlock(lineStart);
            m_blockStart = lineStart;
            m_blockHasContent = false;
        }
        m_pendingBlank = false;
        if (!m_blockHasContent) {
            m_blockHasContent = true;
            m_blockIsList = isListItem(line);
        }
    }
    // A partial line after a blank line already tells that a new block began when its first
    // character cannot continue the current block: complete that block now, not a line later.
    if (!m_inFence && m_pendingBlank && m_scanPos < m_source.size()) {
        const QChar c = m_source.at(m_scanPos);
        const bool mayContinueList =
            c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+');
        if (!c.isSpace() && c != QLatin1Char('`') && c != QLatin1Char('~') &&
            !(m_blockIsList && mayContinueList)) {
            completeOpenBlock(m_scanPos);
            m_blockStart = m_scanPos;
            m_blockHasContent = false;
            m_pendingBlank = false;
        }
    }
    return true;
}

void MarkdownStream::startBlock(int start, bool code)
{
    Block block;
    block.code = code;
    block.start = start;
    block.end = int(m_source.size());
    if (code)
        block.doc = newDocument(true); // Markdown blocks get theirs when rendered
    m_blocks.push_back(std::move(block));
    m_openExists = true;
    m_renderedOpenLength = -1;
    m_seenOpenLength = -1;
    m_plainAppends = 0;
}

void MarkdownStream::completeOpenBlock(int end)
{
    if (!m_openExists)
        startBlock(m_blockStart, m_inFence);
    Block &block = m_blocks.back();
    block.end = end;
    if (block.code)
        renderCode(block, true);
    else
        renderMarkdown(block, m_source.mid(block.start, end - block.start).trimmed(), false);
    m_openExists = false;
}

bool MarkdownStream::renderOpenBlock(bool final)
{
    if (!m_openExists) {
        if (m_inFence || isBlank(QStringView(m_source).mid(m_blockStart)))
            return true;
        startBlock(m_blockStart, false);
    }
    Block &block = m_blocks.back();
    block.end = int(m_source.size());
    if (block.code) {
        renderCode(block, final);
        return true;
    }
    if (m_seenOpenLength == block.end - block.start)
        return true;
    m_seenOpenLength = block.end - block.start;
    int shown = block.end - block.start;
    while (shown > 0 && m_source.at(block.start + shown - 1).isSpace())
        --shown; // Markdown drops trailing whitespace; a later append must bring it back
    // Below, block.doc with m_renderedOpenLength >= 0 means: the same open block as at the last
    // update (a new block has no document yet), so nothing above it changed.
    if (block.doc && shown == m_renderedOpenLength) {
        // Only whitespace arrived (typically the newline ending a line or a paragraph): the
        // parse would give the same document, so nothing is parsed, laid out or repainted.
        m_changedTop = kNothingChanged;
        return true;
    }
    if (appendPlainToOpenBlock(block))
        return true;
    const qint64 now = m_context->clock->nowMs();
    if (block.doc && m_renderedOpenLength >= 0 && m_openRenderedAtMs &&
        now - *m_openRenderedAtMs < kOpenBlockReparseIntervalMs) {
        // The open block was parsed a frame or two ago: its new text waits for a later frame
        // instead of being parsed and laid out again now (tables and lists re-parse on nearly
        // every token). The caller gets false and comes back next frame.
        m_seenOpenLength = -1;
        m_changedTop = kNothingChanged;
        return false;
    }
    m_openRenderedAtMs = now;
    m_plainAppends = 0;
    const QString markdown = m_source.mid(block.start);
    m_renderedOpenLength = shown;
    if (ChatViewStats *stats = m_context->stats)
        ++stats->openBlockRenders;
    renderMarkdown(block, markdown, true);
    return true;
}

bool MarkdownStream::appendPlainToOpenBlock(Block &block)
{
    // Most deltas are plain words continuing the current line of a paragraph or list item.
    // They are appended to the laid-out document as text (O(delta)) instead of re-parsing the
    // open block. Anything that could change the Markdown structure falls back to a parse, and
    // so does every tenth update, so the preview never drifts for long; the block is parsed
    // exactly once more when it completes.
    if (!block.doc || m_renderedOpenLength < 0 || m_plainAppends >= 10)
        return false;
    const QStringView fresh = QStringView(m_source).mid(block.start + m_renderedOpenLength);
    static constexpr QLatin1String kStructural("\n\r*_`[]()<>!\\&~|#:@=");
    for (QChar c : fresh) {
        if (kStructural.contains(c))
            return false;
    }
    if (fresh.contains(QLatin1String("www"), Qt::CaseInsensitive))
        return false; // could become an autolink
    // Appending continues the document's last line, which is only right when the shown source
    // ends in text the document shows as its end. A line holding just a marker ("-", "1.", a
    // setext underline) ends in markup the document does not show: let md4c decide.
    const int docChars = block.doc->characterCount();
    const int shownEnd = block.start + m_renderedOpenLength;
    if (m_renderedOpenLength == 0 || docChars < 2 ||
        block.doc->characterAt(docChars - 2) != m_source.at(shownEnd - 1))
        return false;
    const int lineStart =
        qMax(block.start, int(m_source.lastIndexOf(QLatin1Char('\n'), shownEnd - 1)) + 1);
    if (lineMayChangeStructure(QStringView(m_source).mid(lineStart, shownEnd - lineStart)))
        return false;
    QTextCursor cursor(block.doc.get());
    // Inside an edit block the cursor does not compute its x position after every move and
    // insert (each a text shaping pass); the document is laid out once at the end.
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat format = cursor.charFormat();
    if (format.isAnchor() || format.fontWeight() > QFont::Normal || format.fontItalic() ||
        format.fontStrikeOut() || format.hasProperty(QTextFormat::FontFamilies) ||
        format.hasProperty(QTextFormat::FontFixedPitch) ||
        format.hasProperty(QTextFormat::BackgroundBrush) || cursor.atStart()) {
        cursor.endEditBlock();
        return false; // emphasis, code, links or headings: let md4c decide
    }
    // Text appended to the end of a paragraph changes only its last line (and the lines it
    // wraps onto): lines above stay as they are, so only the last line needs repainting.
    const QTextBlock last = block.doc->lastBlock();
    const QTextLayout *lastLayout = last.layout();
    if (lastLayout && lastLayout->lineCount() > 0) {
        const qreal lineTop =
            lastLayout->position().y() + lastLayout->lineAt(lastLayout->lineCount() - 1).y();
        m_changedTop = qMax(m_changedTop, block.y + lineTop - 1);
    }
    int length = int(fresh.size());
    while (length > 0 && fresh.at(length - 1).isSpace())
        --length;
    if (length > 0)
        cursor.insertText(fresh.left(length).toString(), format);
    cursor.endEditBlock();
    m_renderedOpenLength += length;
    ++m_plainAppends;
    if (ChatViewStats *stats = m_context->stats)
        ++stats->plainAppends;
    measure(block);
    return true;
}

void MarkdownStream::renderMarkdown(Block &block, const QString &markdown, bool open)
{
    if (ChatViewStats *stats = m_context->stats) {
        ++stats->blockRenders;
        stats->blockRenderChars += markdown.size();
        stats->maxBlockRenderChars = qMax<qint64>(stats->maxBlockRenderChars, markdown.size());
    }
    // No raw HTML: a model's <img src> or <style> must not reach the document.
    // Always a fresh document without a layout (see newDocument()), also for the open block:
    // reusing its document would keep its layout attached, and the importer's every insert
    // would then be laid out (measured: several times the cost of a new document).
    std::unique_ptr<QTextDocument> doc = newDocument(false);
    doc->setMarkdown(markdown,
                     QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                     QTextDocument::MarkdownNoHTML));
    block.quote = decorate(doc.get(), markdown);
    if (open) {
        // Before the layout (setTextWidth): enabled afterwards, the glyphs shaped for the
        // layout would already be gone and the first paint would shape everything again.
        for (QTextBlock text = doc->begin(); text.isValid(); text = text.next())
            keepGlyphs(text);
    }
    doc->setTextWidth(m_width);
    block.doc = std::move(doc);
    measure(block);
}

void MarkdownStream::renderCode(Block &block, bool final)
{
    // The code lies between the opening fence line and the closing fence line (final) or the
    // end of the text (open). Whole lines are appended once; only the partial last line is
    // replaced per update, so a long code block streams in O(delta).
    const int stop = final ? block.end : int(m_source.size());
    int wholeEnd = stop;
    if (!final) {
        const int lastNewline = stop > block.codeCommittedEnd
                                    ? int(m_source.lastIndexOf(QLatin1Char('\n'), stop - 1))
                                    : -1;
        wholeEnd = lastNewline >= block.codeCommittedEnd ? lastNewline + 1 : block.codeCommittedEnd;
    }
    QString insertion;
    const QStringView fresh = QStringView(m_source).mid(block.codeCommittedEnd,
                                                        qMax(0, wholeEnd - block.codeCommittedEnd));
    if (!fresh.isEmpty()) {
        const QList<QStringView> lines = fresh.split(QLatin1Char('\n'));
        const qsizetype count = fresh.endsWith(QLatin1Char('\n')) ? lines.size() - 1 : lines.size();
        for (qsizetype i = 0; i < count; ++i) {
            QStringView line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (block.codeLines++ > 0)
                insertion += QLatin1Char('\n');
            insertion += line;
        }
    }
    QString tail;
    if (!final && wholeEnd < stop) {
        tail = (block.codeLines > 0 ? QStringLiteral("\n") : QString()) +
               m_source.mid(wholeEnd, stop - wholeEnd);
    }
    QTextCursor cursor(block.doc.get());
    cursor.beginEditBlock(); // see appendPlainToOpenBlock()
    cursor.setPosition(block.codeCommittedPos);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.insertText(insertion + tail);
    if (!final)
        keepGlyphs(block.doc->lastBlock()); // the partial line, rewritten every frame; enabled
                                            // before endEditBlock() lays it out (see above)
    cursor.endEditBlock();
    block.codeCommittedPos += int(insertion.size());
    block.codeCommittedEnd = qMax(block.codeCommittedEnd, wholeEnd);
    measure(block);
}

void MarkdownStream::measure(Block &block)
{
    const qreal docHeight = block.doc->documentLayout()->documentSize().height();
    block.height =
        block.code ? docHeight + m_context->codeHeader + 2 * m_context->codePadding : docHeight;
}

void MarkdownStream::positionBlocks(size_t from)
{
    qreal y = 0;
    if (from > 0 && from <= m_blocks.size())
        y = m_blocks[from - 1].y + m_blocks[from - 1].height + m_context->sectionGap;
    else
        from = 0;
    for (size_t i = from; i < m_blocks.size(); ++i) {
        m_blocks[i].y = y;
        y += m_blocks[i].height + m_context->sectionGap;
    }
    m_height = m_blocks.empty() ? 0 : m_blocks.back().y + m_blocks.back().height;
}

QString MarkdownStream::plainText() const
{
    QStringList parts;
    for (const Block &block : m_blocks)
        parts.append(block.doc->toPlainText());
    return parts.join(QLatin1Char('\n'));
}

} // namespace Lineup
