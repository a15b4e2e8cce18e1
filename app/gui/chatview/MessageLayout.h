#pragma once

#include "chat/MessageRecord.h"
#include "chatview/MarkdownStream.h"
#include "schema/AnswerCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QTextCursor>

#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QTextDocument;

class QFontMetricsF;

namespace Lineup {

struct RenderContext;

// A selectable text run inside a message (reasoning, a Markdown block, a tool card, ...), in
// reading order. Positions are document cursor positions.
struct TextUnit
{
    QTextDocument *doc = nullptr;
    QPointF origin; // card coordinates of the document's top-left
};

struct MessageHit
{
    enum class Kind { None, Text, Link, CodeCopy, ReasoningToggle, Tab, BannerButton };
    Kind kind = Kind::None;
    int index = -1; // code block, tab
    int unit = -1;  // Text/Link: text unit
    int pos = -1;   // Text: cursor position
    QString href;   // Link
};

// What the view wants painted over a message besides its content.
struct MessagePaintState
{
    QPointF hover{-1, -1}; // card coordinates of the mouse, for button hover
    int selStartUnit = -1, selStartPos = 0, selEndUnit = -1, selEndPos = 0;
    QString findText;
    int findUnit = -1, findPos = -1; // the current match
    // Marked passages (a comparison's word diff): unit, cursor position, length.
    struct Mark
    {
        int unit = -1, pos = 0, length = 0;
    };
    QList<Mark> marks;
};

// The cached layout of one message at one width: header, tabs, thumbnails, reasoning, Markdown
// content, tool-call cards, status banner and footer, positioned in card coordinates. The view
// keeps one per visible (or recently visible) row and re-builds it only when the message text or
// the width changes; streaming updates only the open Markdown block and the appended reasoning.
class MessageLayout
{
    Q_DECLARE_TR_FUNCTIONS(Lineup::MessageLayout)

public:
    // `rawJson`: a JSON answer is shown as received instead of pretty-printed.
    MessageLayout(const RenderContext *context, int shownChoice, bool reasoningExpanded,
                  bool rawJson = false);
    ~MessageLayout();

    // Full build from the record at the viewport width.
    void build(const MessageRecord &record, qreal viewportWidth);
    // The shown choice's text and/or reasoning grew (streaming). O(delta + open block). Returns
    // false when a burst was larger than one frame's budget: call again next frame.
    bool streamUpdate(const MessageRecord &record, bool toolCallsChanged);
    // The record was replaced. Keeps the text layout when the text is unchanged (end of a
    // stream: only status, usage and timings are new). Returns false if build() is needed.
    bool refresh(const MessageRecord &record);
    void setWidth(qreal viewportWidth);
    // Card y of the topmost pixel the last streamUpdate() may have changed (repaint from there;
    // MarkdownStream::kNothingChanged and more when nothing changed).
    qreal changedTop() const { return m_changedTop; }
    void setReasoningExpanded(bool expanded);
    void setBannerButtonText(const QString &text);
    QString bannerButtonText() const { return m_hasBanner ? m_bannerButton : QString(); }

    qreal viewportWidth() const { return m_viewportWidth; }
    int shownChoice() const { return m_shownChoice; }
    bool reasoningExpanded() const { return m_reasoningExpanded; }
    int rowHeight() const;   // card plus the gap below it
    QRectF cardRect() const; // in row coordinates
    QString plainText() const;
    // The footer line (finish, tokens, timings, and the schema badge of a JSON answer).
    QString footerText() const;
    QString markdownSource() const { return m_content.source(); }
    const std::vector<MarkdownStream::Block> &contentBlocks() const { return m_content.blocks(); }
    int codeBlockCount() const;
    QString codeText(int index) const;
    QList<TextUnit> textUnits() const;
    // Card coordinates of the given hit part (BannerButton, ReasoningToggle, CodeCopy n, Tab n).
    QRectF partRect(MessageHit::Kind kind, int index) const;
    QList<QPair<QRectF, QString>> links() const;  // card coordinates and href, in order
    qreal unitPositionY(int unit, int pos) const; // card y of a cursor position

    // An answer asked for JSON (response_format) that ended and parses is shown as one JSON code
    // block, pretty-printed (only whitespace changed) or exactly as received; its footer links
    // each schema violation and the Pretty / Raw switch (MessageJsonAnswer.cpp).
    bool showsJson() const { return m_showsJson; }
    bool rawJson() const { return m_rawJson; }
    const AnswerValidation &answerCheck() const { return m_check; }
    // Where the index-th schema violation points in the shown JSON; unit -1 when nowhere.
    struct TextSpan
    {
        int unit = -1;
        int start = 0;
        int end = 0;
    };
    TextSpan violationSpan(int index) const;
    // Links the view handles itself (a violation, the Pretty / Raw switch); never opened.
    static bool isAnswerLink(const QString &href);
    static int violationOfLink(const QString &href);               // -1 for other links
    static std::optional<bool> rawJsonOfLink(const QString &href); // what the switch shows
    static QString answerLinkToolTip(const QString &href);
    // What a link is called: its text for answer links, the target for others.
    QString linkLabel(const QString &href) const;

    MessageHit hitTest(QPointF cardPos) const;
    // The text position nearest to a point (drag selection outside any text).
    MessageHit nearestText(QPointF cardPos) const;
    // Painter in card coordinates; `clip` in card coordinates.
    void paint(QPainter *painter, const QRectF &clip, const MessagePaintState &state) const;

    // The displayed message of a choice (0: the message, k: alternatives[k-1]).
    static const ChatMessage &choiceMessage(const MessageRecord &record, int choice);
    static QString contentText(const ChatMessage &message);
    // No line break inside: spaces become no-break spaces, nothing breaks after a slash.
    // A footer item as laid out in `width`: kept on one line when it fits, else breakable
    // between its words (never inside one).
    static QString footerItem(const QString &item, const QFontMetricsF &metrics, qreal width);
    static QString keepTogether(QString text);
    static void unkeepTogether(QString &text); // back to plain spaces, for copies and readers
    // The part of `unit` (a document) inside the selection of `state`, clamped to the document
    // (a streamed block may have been replaced since the selection was made).
    static QTextCursor selectionCursor(QTextDocument *doc, int unit,
                                       const MessagePaintState &state);
    static QString roleLabel(Role role); // "You", "Assistant", ...
    // The label of a failed answer's action button, from the error kind.
    static QString errorActionLabel(const ApiError &error);

private:
    struct ToolCard
    {
        QString title;
        std::unique_ptr<QTextDocument> doc;
        qreal y = 0;
        qreal height = 0;
    };
    struct Thumbnail
    {
        QImage image; // null: a remote image shown as a labelled box, never fetched
        QString label;
        QRectF rect;
    };

    void buildChrome(const MessageRecord &record);
    // The Markdown the content shows: the answer's text, or its JSON as a fenced code block.
    // Checks a JSON answer against its format (m_check) on the way.
    QString displayedContent(const MessageRecord &record, const ChatMessage &message);
    // The footer's schema badge; its links (text as in the footer, href) are added to `links`.
    QString schemaBadge(QList<QPair<QString, QString>> *links);
    void markLinks(QTextDocument *doc, const QString &text,
                   const QList<QPair<QString, QString>> &links);
    void buildToolCards(const ChatMessage &message);
    void updateReasoning(const ChatMessage &message);
    void position();
    std::unique_ptr<QTextDocument> plainDocument(const QString &text, const QFont &font,
                                                 qreal width) const;
    qreal contentWidth() const;
    void paintBanner(QPainter *painter, int unit, const MessagePaintState &state) const;
    void paintQuoteBars(QPainter *painter, QTextDocument *doc, QPointF origin,
                        const QColor &colour) const;
    void paintDocument(QPainter *painter, QTextDocument *doc, QPointF origin, const QRectF &clip,
                       const QColor &textColor, int unit, const MessagePaintState &state) const;
    void paintButton(QPainter *painter, const QRectF &rect, const QString &text, bool hovered,
                     bool prominent) const;

    const RenderContext *m_context;
    int m_shownChoice = 0;
    bool m_reasoningExpanded = false;
    qreal m_viewportWidth = 0;
    qreal m_cardX = 0;
    qreal m_cardWidth = 0;
    qreal m_cardHeight = 0;

    Role m_role = Role::Assistant;
    MessageStatus m_status = MessageStatus::Complete;
    QString m_roleLabel;
    QString m_meta; // model · time
    int m_choiceCount = 1;
    std::vector<QRectF> m_tabRects;
    std::vector<Thumbnail> m_thumbnails;
    qreal m_thumbnailsY = 0, m_thumbnailsHeight = 0;

    QString m_reasoningSource;
    std::unique_ptr<QTextDocument> m_reasoning;
    int m_reasoningRendered = 0;
    QRectF m_reasoningToggle;
    qreal m_reasoningY = 0;

    MarkdownStream m_content;
    qreal m_contentY = 0;
    std::unique_ptr<QTextDocument> m_refusal;
    qreal m_refusalY = 0;
    std::vector<ToolCard> m_toolCards;

    bool m_hasBanner = false;
    bool m_bannerIsError = false;
    std::unique_ptr<QTextDocument> m_bannerText;
    QString m_bannerButton;
    qreal m_bannerButtonWidth = 0;
    QRectF m_bannerRect;
    QRectF m_bannerButtonRect;
    qreal m_bannerTextY = 0;

    AnswerValidation m_check; // of the shown choice, once it ended
    bool m_rawJson = false;
    bool m_showsJson = false;
    QString m_jsonText;                         // the JSON the content shows (pretty or raw)
    QHash<QString, QString> m_answerLinkLabels; // href -> text

    std::unique_ptr<QTextDocument> m_footer;
    qreal m_footerY = 0;
    qreal m_changedTop = 0;
};

} // namespace Lineup
