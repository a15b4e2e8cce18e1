// The shortcuts that keep a streamed answer cheap must not change what it shows: the open
// Markdown block (whitespace-only updates skipped, re-parses deferred to the next frame), the
// scroll bar (repaints skipped while its handle stays put) and jump scrolling.
#include "ManualClock.h"
#include "chat/ConversationModel.h"
#include "chatview/ChatScrollBar.h"
#include "chatview/ChatView.h"
#include "chatview/MarkdownStream.h"
#include "chatview/RenderContext.h"

#include <QApplication>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>
#include <QThread>

using namespace Lineup;

namespace {

RenderContext renderContext(ChatViewStats *stats)
{
    RenderContext context;
    context.font = QApplication::font();
    context.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    context.smallFont = context.font;
    context.boldSmallFont = context.font;
    context.palette = QApplication::palette();
    context.stats = stats;
    return context;
}

MessageRecord streamingAnswer()
{
    MessageRecord record;
    record.message.role = Role::Assistant;
    record.status = MessageStatus::Streaming;
    record.model = QStringLiteral("test-model");
    return record;
}

} // namespace

class TestChatViewStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openBlockMatchesAFreshParse_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 5, 8})
            QTest::addRow("%d chars", chunk) << chunk;
    }

    // After every update the stream reports as done, each block shows what a fresh parse of
    // the same text shows: the same text always, and the same formatting (HTML) whenever the
    // open block was not extended by the plain-text fast path.
    void openBlockMatchesAFreshParse()
    {
        QFETCH(int, chunk);
        const QString markdown = QStringLiteral(
            "## Heading: one\n\nSome **bold** and *em* text with `code` and a "
            "[link](https://example.com) that goes on for a while.\n\n- first item\n"
            "- second item, longer\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
            "| 3 | 4 |\n\n```py\nx = 1\ny = 2\n```\n\nClosing words, plain ones.\n\n");
        ChatViewStats stats;
        ManualClock clock;
        RenderContext context = renderContext(&stats);
        context.clock = &clock;
        MarkdownStream streamed(&context);
        streamed.setWidth(420);
        streamed.setText(QString(), false);
        int compared = 0;
        int deferred = 0;
        bool lastFromParse = true; // the last block's document came from md4c, not the fast path
        for (qsizetype end = chunk; end < markdown.size() + chunk; end += chunk) {
            const QString text = markdown.left(end);
            const qint64 plainBefore = stats.plainAppends;
            const qint64 rendersBefore = stats.openBlockRenders;
            if (!streamed.append(text)) {
                // Deferred to the next frame: it is taken up once the interval has passed.
                ++deferred;
                clock.advance(MarkdownStream::kOpenBlockReparseIntervalMs - 1);
                QVERIFY(!streamed.append(text)); // still inside the interval
                clock.advance(1);
                QVERIFY(streamed.append(text));
            }
            if (stats.openBlockRenders != rendersBefore)
                lastFromParse = true;
            else if (stats.plainAppends != plainBefore)
                lastFromParse = false;
            MarkdownStream fresh(&context);
            fresh.setWidth(420);
            fresh.setText(text, false);
            QCOMPARE(streamed.blocks().size(), fresh.blocks().size());
            for (size_t i = 0; i < fresh.blocks().size(); ++i) {
                const MarkdownStream::Block &a = streamed.blocks()[i];
                const MarkdownStream::Block &b = fresh.blocks()[i];
                QCOMPARE(a.code, b.code);
                QCOMPARE(a.doc->toPlainText(), b.doc->toPlainText());
                if (!a.code && (i + 1 < fresh.blocks().size() || lastFromParse)) {
                    QCOMPARE(a.doc->toHtml(), b.doc->toHtml());
                    QCOMPARE(a.height, b.height);
                }
            }
            ++compared;
        }
        QVERIFY(compared >= markdown.size() / chunk);
        QVERIFY(deferred > 0);           // the table and the list re-parse on nearly every update
        QVERIFY(stats.plainAppends > 0); // and plain words took the fast path
        streamed.finish();
        MarkdownStream complete(&context);
        complete.setWidth(420);
        complete.setText(markdown, true);
        QCOMPARE(streamed.plainText(), complete.plainText());
    }

    // Only whitespace arriving (the newline ending a paragraph) parses nothing.
    void trailingWhitespaceParsesNothing()
    {
        ChatViewStats stats;
        const RenderContext context = renderContext(&stats);
        MarkdownStream stream(&context);
        stream.setText(QString(), false);
        QVERIFY(stream.append(QStringLiteral("A *paragraph*")));
        const qint64 renders = stats.openBlockRenders;
        const QString shown = stream.blocks().back().doc->toHtml();
        QVERIFY(stream.append(QStringLiteral("A *paragraph*\n")));
        QVERIFY(stream.append(QStringLiteral("A *paragraph*\n\n")));
        QCOMPARE(stats.openBlockRenders, renders);
        QCOMPARE(stream.blocks().back().doc->toHtml(), shown);
        QCOMPARE(stream.changedTop(), MarkdownStream::kNothingChanged); // nothing to repaint
        QVERIFY(stream.append(QStringLiteral("A *paragraph*\n\nNext")));
        QCOMPARE(stream.blocks().size(), size_t(2));
    }

    void scrollBarRepaintsOnlyWhenItsLookChanges()
    {
        ChatScrollBar bar(Qt::Vertical);
        bar.resize(16, 300);
        bar.setRange(0, 1000000); // the handle is at its minimum size
        bar.setPageStep(300);
        bar.setValue(bar.maximum());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.repaint();
        const int skipped = bar.repaintsSkipped();
        // The conversation grows by a few pixels and the view follows: same handle pixels.
        bar.setRange(0, bar.maximum() + 20);
        bar.setValue(bar.maximum());
        QVERIFY(bar.repaintsSkipped() > skipped);
        // The handle moves: that is painted.
        const int before = bar.repaintsSkipped();
        bar.setValue(bar.maximum() / 2);
        QCOMPARE(bar.repaintsSkipped(), before);
        bar.repaint();
        bar.setValue(bar.maximum());
        QCOMPARE(bar.repaintsSkipped(), before);
    }

    // A following view moves its pixels once every few lines, and the newest line stays
    // visible.
    void followingScrollsInStepsOfSeveralLines()
    {
        ConversationModel model;
        QList<MessageRecord> records;
        for (int i = 0; i < 12; ++i)
            records.append(streamingAnswer());
        for (MessageRecord &record : records) {
            record.status = MessageStatus::Complete;
            record.message = ChatMessage::fromText(Role::User, QStringLiteral("Earlier message"));
        }
        model.setRecords(records);
        ChatView view;
        view.setOpenLinksExternally(false);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int row = model.append(streamingAnswer());
        StreamDelta fence;
        fence.content = QStringLiteral("```\n");
        model.appendDelta(row, fence);
        view.flushPendingFrame();
        view.resetStats();
        const int lines = 36;
        for (int i = 0; i < lines; ++i) {
            StreamDelta delta;
            delta.content = QStringLiteral("line %1\n").arg(i);
            model.appendDelta(row, delta);
            view.flushPendingFrame(); // one line per frame, painted
            view.viewport()->repaint();
        }
        QVERIFY(!view.hasPendingFrame());
        QVERIFY(view.isFollowingTail());
        QVERIFY(view.renderedText(row).contains(QStringLiteral("line %1").arg(lines - 2)));
        const qint64 scrolls = view.stats().tailScrolls;
        QVERIFY2(scrolls > 0 && scrolls <= lines / 2, qPrintable(QString::number(scrolls)));
        const QRect rect = view.rowRect(row);
        QVERIFY(rect.bottom() < view.viewport()->height());
        QVERIFY(rect.bottom() > view.viewport()->height() - 6 * view.fontMetrics().lineSpacing());
        QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }
};

QTEST_MAIN(TestChatViewStreaming)
#include "tst_chatviewstreaming.moc"
