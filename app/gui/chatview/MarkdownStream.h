#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace Lineup {

struct RenderContext;

// The Markdown content of one message, split into blocks at blank lines outside fenced code,
// each block with its own laid-out document. Streaming appends text: only blocks that became
// complete are parsed (once) and the open last block is re-parsed; fenced code is plain text and
// grows line by line. Nothing ever re-parses the whole message per chunk.
class MarkdownStream
{
public:
    struct Block
    {
        bool code = false;
        QString language;                   // fenced code info string
        std::unique_ptr<QTextDocument> doc; // laid out at the stream's width
        int start = 0;                      // source offsets [start, end)
        int end = 0;
        qreal y = 0;              // top, relative to the stream
        qreal height = 0;         // including the code header strip
        int codeCommittedPos = 0; // open code block: document position after the whole lines
        int codeCommittedEnd = 0; // open code block: source offset after the whole lines
        int codeLines = 0;        // whole lines already in the document
        bool quote = false;       // holds a blockquote: the painter draws its bar
    };

    // The open block is re-parsed at most every third frame (~20 Hz): a parse and layout of a
    // growing table or list every frame costs more than the rest of the frame together, and
    // text appearing a frame or two later in that one block is not noticeable while it
    // streams. Plain words continuing a line still appear every frame (appendPlainToOpenBlock).
    static constexpr qint64 kOpenBlockReparseIntervalMs = 45;

    explicit MarkdownStream(const RenderContext *context);
    ~MarkdownStream();

    void setWidth(qreal width);
    qreal width() const { return m_width; }
    // Replaces everything (a new or edited message). `finished`: no more text will come.
    void setText(const QString &text, bool finished);
    // The text grew at its end (`text` starts with the previous text). O(delta + open block).
    // With a budget (ns), stops completing blocks once it is spent and returns false: call again
    // (a burst of text is then shown over a few frames instead of stalling one). Also false when
    // the open block's new text waits for the next frame (see kOpenBlockReparseIntervalMs).
    bool append(const QString &text, qint64 budgetNs = -1);
    // No more text: the open block is completed.
    void finish();

    const QString &source() const { return m_source; }
    const std::vector<Block> &blocks() const { return m_blocks; }
    qreal height() const { return m_height; }
    bool isFinished() const { return m_finished; }
    QString plainText() const;
    // Stream y of the topmost pixel the last append() or finish() may have changed;
    // kNothingChanged (far below everything) when it changed nothing.
    qreal changedTop() const { return m_changedTop; }
    static constexpr qreal kNothingChanged = 1e7;

private:
    bool scan(qint64 budgetNs = -1);
    void completeOpenBlock(int end);
    void startBlock(int start, bool code);
    bool renderOpenBlock(bool final); // false: the open block's new text waits a frame
    bool appendPlainToOpenBlock(Block &block);
    void renderMarkdown(Block &block, const QString &markdown, bool open);
    // Inline code tinted; true when the document holds a blockquote.
    bool decorate(QTextDocument *doc, const QString &markdown) const;
    void renderCode(Block &block, bool final);
    void measure(Block &block);
    void positionBlocks(size_t from);
    std::unique_ptr<QTextDocument> newDocument(bool code) const;

    const RenderContext *m_context;
    QString m_source;
    std::vector<Block> m_blocks; // completed blocks, then the open one (if any)
    bool m_openExists = false;
    qreal m_width = 400;
    qreal m_height = 0;
    bool m_finished = false;

    // Scanner state at m_scanPos (the start of the first line not yet classified).
    int m_scanPos = 0;
    int m_blockStart = 0;
    bool m_blockHasContent = false;
    bool m_blockIsList = false;
    bool m_pendingBlank = false;
    bool m_inFence = false;
    QChar m_fenceChar;
    int m_fenceLength = 0;
    int m_codeStart = -1;          // source offset of the first code line of the open fenced block
    int m_renderedOpenLength = -1; // open block text shown, without trailing whitespace
    int m_seenOpenLength = -1;     // open block text length at the last update
    int m_plainAppends = 0;        // fast appends since the open block was last parsed
    std::optional<qint64> m_openRenderedAtMs; // on the context's clock, when last parsed
    qreal m_changedTop = 0;
};

} // namespace Lineup
