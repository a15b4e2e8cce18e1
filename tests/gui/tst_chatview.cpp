#include "FakeServer.h"
#include "TestSupport.h"
#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

StreamDelta contentDelta(const QString &text)
{
    StreamDelta delta;
    delta.content = text;
    return delta;
}

QList<MessageRecord> conversation(int count, int wordsPerMessage = 30)
{
    QList<MessageRecord> records;
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("Message %1:").arg(i);
        for (int w = 0; w < wordsPerMessage; ++w)
            text += QStringLiteral(" word");
        records.append(textRecord(i % 2 ? Role::Assistant : Role::User, text));
    }
    return records;
}

void model_appendDelta(ConversationModel &model, const QString &text)
{
    model.appendDelta(model.rowCount() - 1, contentDelta(text));
}

int laidOutRows(const ChatView &view, int count)
{
    int laidOut = 0;
    for (int row = 0; row < count; ++row)
        laidOut += view.isRowLaidOut(row) ? 1 : 0;
    return laidOut;
}

} // namespace

class TestChatView : public QObject
{
    Q_OBJECT

private:
    // A shown view of the model, painted once.
    std::unique_ptr<ChatView> makeView(ConversationModel *model, QSize size = {640, 420})
    {
        auto view = std::make_unique<ChatView>();
        view->setOpenLinksExternally(false);
        view->setModel(model);
        view->resize(size);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("window not exposed");
        view->viewport()->repaint();
        return view;
    }

    // One frame, now: what the coalescing timer and the paint after it would do next.
    static void settle(ChatView &view)
    {
        view.flushPendingFrame();
        view.viewport()->repaint();
    }

private Q_SLOTS:
    void streamingDeltasAppear()
    {
        ConversationModel model;
        model.setRecords(conversation(3));
        auto view = makeView(&model);
        MessageRecord answer = textRecord(Role::Assistant, {}, MessageStatus::Streaming);
        answer.message.parts.clear();
        const int row = model.append(answer);
        model.appendDelta(row, contentDelta(QStringLiteral("Hello **wor")));
        model.appendDelta(row, contentDelta(QStringLiteral("ld**, how are")));
        QTRY_VERIFY(view->renderedText(row).contains(QStringLiteral("Hello world, how are")));
        model.appendDelta(row, contentDelta(QStringLiteral(" you?\n\n## Next\n\n- one\n- two")));
        QTRY_VERIFY(view->renderedText(row).contains(QStringLiteral("two")));
        const QString text = view->renderedText(row);
        QVERIFY(text.contains(QStringLiteral("Next")));
        QVERIFY(!text.contains(QStringLiteral("**"))); // Markdown was rendered, not shown raw
        QVERIFY(!text.contains(QStringLiteral("##")));
    }

    void streamingIsIncremental()
    {
        ConversationModel model;
        model.setRecords(conversation(6, 10));
        auto view = makeView(&model, {640, 900});
        MessageRecord answer = textRecord(Role::Assistant, {}, MessageStatus::Streaming);
        answer.message.parts.clear();
        const int row = model.append(answer);
        settle(*view);
        QVERIFY(view->isRowLaidOut(row));
        QList<int> before;
        for (int r = 0; r < row; ++r)
            before.append(view->layoutCount(r));
        view->resetStats();

        // 1,000 small deltas: paragraphs of ~20 deltas, with one fenced code block.
        QString sent;
        int longestBlock = 0;
        int blockLength = 0;
        for (int i = 0; i < 1000; ++i) {
            QString piece = QStringLiteral("tok%1 ").arg(i % 10);
            if (i % 20 == 19)
                piece += QStringLiteral("\n\n");
            if (i == 500)
                piece = QStringLiteral("\n\n```cpp\nint x = 0;\n");
            if (i > 500 && i < 560)
                piece = QStringLiteral("x += %1;\n").arg(i);
            if (i == 560)
                piece = QStringLiteral("```\n\n");
            sent += piece;
            blockLength += int(piece.size());
            if (piece.contains(QStringLiteral("\n\n")))
                blockLength = 0;
            longestBlock = qMax(longestBlock, blockLength);
            model.appendDelta(row, contentDelta(piece));
            if (i % 50 == 0)
                settle(*view); // let several coalesced updates happen mid-stream
        }
        settle(*view);
        QTRY_VERIFY(view->renderedText(row).contains(QStringLiteral("x += 559;")));
        for (int r = 0; r < row; ++r)
            QCOMPARE(view->layoutCount(r), before.at(r)); // other messages never re-laid out
        const ChatViewStats stats = view->stats();
        QCOMPARE(stats.messageLayouts, 0); // the streamed message was updated, not rebuilt
        QVERIFY(stats.streamUpdates >= 10);
        QVERIFY(stats.streamUpdates < 200); // coalesced, not one per delta
        // Only completed blocks and the open block were parsed, never the whole message.
        QVERIFY2(stats.maxBlockRenderChars <= longestBlock + 8,
                 qPrintable(QStringLiteral("max %1 longest %2")
                                .arg(stats.maxBlockRenderChars)
                                .arg(longestBlock)));
        QVERIFY2(
            stats.blockRenderChars < 3 * sent.size(),
            qPrintable(QStringLiteral("%1 of %2").arg(stats.blockRenderChars).arg(sent.size())));

        // The end of the stream (same text, new status) keeps the layout too.
        MessageRecord done = model.record(row);
        done.status = MessageStatus::Complete;
        done.finishReason = QStringLiteral("stop");
        done.usage.completionTokens = 1000;
        done.timings.tokensPerSecond = 42.5;
        model.replace(row, done);
        settle(*view);
        QCOMPARE(view->stats().messageLayouts, 0);
        QVERIFY(view->renderedText(row).contains(QStringLiteral("Finish: stop")));
        QVERIFY(view->renderedText(row).contains(QStringLiteral("42.5 tokens/s")));
    }

    void streamedRenderingMatchesCompleteRendering_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("1 char") << 1;
        QTest::newRow("3 chars") << 3;
        QTest::newRow("17 chars") << 17;
    }

    // Splitting into blocks while streaming must not change what the finished message shows.
    void streamedRenderingMatchesCompleteRendering()
    {
        QFETCH(int, chunk);
        const QString markdown = QStringLiteral(
            "# Title\n\nIntro with **bold** and `code`.\n\n- a\n- b\n\n  continued item\n"
            "- c\n\n1. one\n2. two\n\n3. three\n\n```js\nlet x = 1;\n\nlet y = 2;\n```\n"
            "> quote line\n\n| h1 | h2 |\n|----|----|\n| v1 | v2 |\n\nTail www.example.com "
            "and a [link](https://example.com).\n\n~~~\nunclosed fence");
        ConversationModel complete;
        complete.append(textRecord(Role::Assistant, markdown));
        auto reference = makeView(&complete);

        ConversationModel streamed;
        MessageRecord answer = textRecord(Role::Assistant, {}, MessageStatus::Streaming);
        answer.message.parts.clear();
        streamed.append(answer);
        auto view = makeView(&streamed);
        for (int pos = 0; pos < markdown.size(); pos += chunk) {
            model_appendDelta(streamed, markdown.mid(pos, chunk));
            if ((pos / chunk) % 7 == 0)
                QTest::qWait(17);
        }
        MessageRecord done = streamed.record(0);
        done.status = MessageStatus::Complete;
        streamed.replace(0, done);
        QCOMPARE(view->renderedText(0), reference->renderedText(0));
        QVERIFY(view->renderedText(0).contains(QStringLiteral("let y = 2;")));
        QVERIFY(view->renderedText(0).contains(QStringLiteral("unclosed fence")));
    }

    void autoScrollFollowsUnlessScrolledUp()
    {
        ConversationModel model;
        model.setRecords(conversation(40));
        auto view = makeView(&model);
        QScrollBar *bar = view->verticalScrollBar();
        QVERIFY(view->isFollowingTail());
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view->jumpToLatestButton()->isHidden());

        MessageRecord answer = textRecord(Role::Assistant, {}, MessageStatus::Streaming);
        answer.message.parts.clear();
        const int row = model.append(answer);
        for (int i = 0; i < 30; ++i)
            model.appendDelta(row, contentDelta(QStringLiteral("line %1\n\n").arg(i)));
        settle(*view);
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());

        // The reader scrolls up: the view stays put while text keeps coming.
        bar->setValue(bar->maximum() / 3);
        QVERIFY(!view->isFollowingTail());
        QVERIFY(view->jumpToLatestButton()->isVisible());
        const int held = bar->value();
        const int oldMax = bar->maximum();
        for (int i = 0; i < 30; ++i)
            model.appendDelta(row, contentDelta(QStringLiteral("more %1\n\n").arg(i)));
        settle(*view);
        QTRY_VERIFY(bar->maximum() > oldMax);
        QCOMPARE(bar->value(), held);
        QVERIFY(!view->isFollowingTail());

        QTest::mouseClick(view->jumpToLatestButton(), Qt::LeftButton);
        QVERIFY(view->isFollowingTail());
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view->jumpToLatestButton()->isHidden());
    }

    void actionsEmitTheRightRows()
    {
        ConversationModel model;
        model.setRecords({textRecord(Role::User, QStringLiteral("q1")),
                          textRecord(Role::Assistant, QStringLiteral("a1")),
                          textRecord(Role::User, QStringLiteral("q2")),
                          textRecord(Role::Assistant, QStringLiteral("**a2**"))});
        auto view = makeView(&model);
        using A = ChatView::MessageAction;
        QVERIFY(view->availableActions(0).contains(A::Edit));
        QVERIFY(!view->availableActions(0).contains(A::Regenerate));
        QVERIFY(!view->availableActions(1).contains(A::Regenerate)); // not the last answer
        QVERIFY(view->availableActions(3).contains(A::Regenerate));
        QVERIFY(!view->availableActions(3).contains(A::Edit));

        QSignalSpy edit(view.get(), &ChatView::editRequested);
        QSignalSpy regenerate(view.get(), &ChatView::regenerateRequested);
        QSignalSpy remove(view.get(), &ChatView::deleteRequested);
        view->triggerAction(2, A::Edit);
        view->triggerAction(3, A::Regenerate);
        view->triggerAction(1, A::Delete);
        view->triggerAction(1, A::Regenerate); // not offered: nothing happens
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toInt(), 2);
        QCOMPARE(regenerate.count(), 1);
        QCOMPARE(regenerate.first().first().toInt(), 3);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.first().first().toInt(), 1);

        view->triggerAction(3, A::CopyMarkdown);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("**a2**"));
        view->triggerAction(3, A::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a2"));

        // The hover toolbar acts on the row under the mouse.
        const QRect first = view->rowRect(0);
        QTest::mouseMove(view->viewport(), first.center());
        auto buttons = view->viewport()->findChildren<QToolButton *>();
        QToolButton *deleteButton = nullptr;
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == QStringLiteral("Delete") && button->isVisible())
                deleteButton = button;
        }
        QVERIFY(deleteButton);
        QVERIFY(!deleteButton->toolTip().isEmpty());
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QCOMPARE(remove.count(), 2);
        QCOMPARE(remove.last().first().toInt(), 0);
    }

    void remoteImagesAreNeverFetchedAndLinksOpenOnClick()
    {
        FakeServer server;
        const QString image = server.url(QStringLiteral("/pixel.png")).toString();
        ConversationModel model;
        model.append(
            textRecord(Role::Assistant,
                       QStringLiteral("![tracker](%1)\n\nSee [the docs](https://example.com/docs) "
                                      "or [this](javascript:alert(1)).\n\n<img src=\"%1\">")
                           .arg(image)));
        auto view = makeView(&model);
        QTest::qWait(300);
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(view->stats().remoteResourceRequests > 0); // asked for, answered with a placeholder
        QVERIFY(view->renderedText(0).contains(QStringLiteral("<img"))); // raw HTML shown as text

        QSignalSpy links(view.get(), &ChatView::linkActivated);
        const QRect docs = view->hitRect(0, ChatView::Part::Link, 0);
        QVERIFY(!docs.isNull());
        QTest::mouseMove(view->viewport(), docs.center());
        QCOMPARE(links.count(), 0); // hovering does nothing
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, docs.center());
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/docs")));
        const QRect script = view->hitRect(0, ChatView::Part::Link, 1);
        QVERIFY(!script.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, script.center());
        QCOMPARE(links.count(), 1); // javascript: is never activated
        QCOMPARE(server.requestCount(), 0);
    }

    void findHighlightsAndScrolls()
    {
        ConversationModel model;
        QList<MessageRecord> records = conversation(40);
        records[5] = textRecord(Role::User, QStringLiteral("the needle is here"));
        records[30] = textRecord(Role::Assistant, QStringLiteral("another Needle and a needle"));
        model.setRecords(records);
        auto view = makeView(&model);
        view->scrollToRow(0);
        const QImage plain = view->viewport()->grab().toImage();
        view->setFindText(QStringLiteral("needle"));
        QVERIFY(view->findNext());
        QCOMPARE(view->currentFindRow(), 5);
        QVERIFY(view->rowRect(5).intersects(view->viewport()->rect()));
        view->viewport()->repaint();
        QVERIFY(view->viewport()->grab().toImage() != plain); // matches are highlighted
        QVERIFY(view->findNext());
        QCOMPARE(view->currentFindRow(), 30);
        QVERIFY(view->rowRect(30).intersects(view->viewport()->rect()));
        QVERIFY(view->findNext()); // second match in the same row
        QCOMPARE(view->currentFindRow(), 30);
        QVERIFY(view->findNext()); // wraps around
        QCOMPARE(view->currentFindRow(), 5);
        QVERIFY(view->findPrevious());
        QCOMPARE(view->currentFindRow(), 30);
        view->setFindText(QStringLiteral("absent-word"));
        QVERIFY(!view->findNext());
        QCOMPARE(view->currentFindRow(), -1);
    }

    void statusBannersAndErrorActions()
    {
        ConversationModel model;
        MessageRecord stopped =
            textRecord(Role::Assistant, QStringLiteral("partial answer"), MessageStatus::Stopped);
        MessageRecord interrupted =
            textRecord(Role::Assistant, QStringLiteral("half"), MessageStatus::Interrupted);
        interrupted.error.kind = ApiError::Kind::Stalled;
        MessageRecord unauthorized = textRecord(Role::Assistant, {}, MessageStatus::Failed);
        unauthorized.message.parts.clear();
        unauthorized.error.kind = ApiError::Kind::Unauthorized;
        unauthorized.error.httpStatus = 401;
        MessageRecord limited = textRecord(Role::Assistant, {}, MessageStatus::Failed);
        limited.message.parts.clear();
        limited.error.kind = ApiError::Kind::RateLimited;
        limited.error.httpStatus = 429;
        limited.error.retryAfterMs = 5000;
        model.setRecords({stopped, interrupted, unauthorized, limited});
        auto view = makeView(&model, {640, 1200});

        QVERIFY(view->renderedText(0).contains(QStringLiteral("partial answer")));
        QVERIFY(view->renderedText(0).contains(QStringLiteral("Stopped")));
        QVERIFY(view->renderedText(1).contains(QStringLiteral("half")));
        QVERIFY(view->renderedText(1).contains(
            QStringLiteral("Interrupted: %1").arg(interrupted.error.humanMessage())));
        QVERIFY(view->renderedText(2).contains(unauthorized.error.humanMessage()));

        QSignalSpy retry(view.get(), &ChatView::retryRequested);
        QSignalSpy fix(view.get(), &ChatView::errorActionRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->hitRect(0, ChatView::Part::BannerButton).center());
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.first().first().toInt(), 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->hitRect(2, ChatView::Part::BannerButton).center());
        QCOMPARE(fix.count(), 1);
        QCOMPARE(fix.first().at(0).toInt(), 2);
        QCOMPARE(fix.first().at(1).value<ApiError::Kind>(), ApiError::Kind::Unauthorized);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->hitRect(3, ChatView::Part::BannerButton).center());
        QCOMPARE(fix.count(), 2);
        QCOMPARE(fix.last().at(1).value<ApiError::Kind>(), ApiError::Kind::RateLimited);

        QCOMPARE(view->bannerActionText(0), QStringLiteral("Retry"));
        QCOMPARE(view->bannerActionText(2), QStringLiteral("Open provider settings"));
        QCOMPARE(view->bannerActionText(3), QStringLiteral("Retry in 5 s")); // Retry-After 5 s

        QCOMPARE(ChatView::errorActionFor(ApiError::Kind::Unauthorized),
                 ChatView::ErrorAction::OpenProviderSettings);
        QCOMPARE(ChatView::errorActionFor(ApiError::Kind::NotFound),
                 ChatView::ErrorAction::OpenProviderSettings);
        QCOMPARE(ChatView::errorActionFor(ApiError::Kind::RateLimited),
                 ChatView::ErrorAction::Retry);
        QCOMPARE(ChatView::errorActionFor(ApiError::Kind::ConnectionRefused),
                 ChatView::ErrorAction::Retry);
    }

    void rateLimitCountsDown()
    {
        ConversationModel model;
        MessageRecord limited = textRecord(Role::Assistant, {}, MessageStatus::Failed);
        limited.message.parts.clear();
        limited.error.kind = ApiError::Kind::RateLimited;
        limited.error.httpStatus = 429;
        limited.error.retryAfterMs = 1200;
        model.append(limited);
        auto view = makeView(&model);
        QCOMPARE(view->bannerActionText(0), QStringLiteral("Retry in 2 s"));
        QTRY_COMPARE_WITH_TIMEOUT(view->bannerActionText(0), QStringLiteral("Retry"), 3000);
        QVERIFY(view->renderedText(0).contains(limited.error.humanMessage()));
    }

    void reasoningToolCallsAndChoices()
    {
        ConversationModel model;
        MessageRecord answer =
            textRecord(Role::Assistant, QStringLiteral("first choice"), MessageStatus::Streaming);
        answer.message.reasoning = QStringLiteral("Let me think");
        ToolCall call;
        call.name = QStringLiteral("get_weather");
        call.arguments = QStringLiteral("{\"city\":\"Oslo\",\"days\":3}");
        answer.message.toolCalls = {call};
        model.append(answer);
        auto view = makeView(&model, {640, 800});
        QVERIFY(view->isReasoningExpanded(0)); // open while streaming
        QVERIFY(view->renderedText(0).contains(QStringLiteral("Let me think")));
        QVERIFY(view->renderedText(0).contains(QStringLiteral("\"city\": \"Oslo\""))); // pretty

        StreamDelta thinking;
        thinking.reasoning = QStringLiteral(" harder");
        model.appendDelta(0, thinking);
        QTRY_VERIFY(view->renderedText(0).contains(QStringLiteral("Let me think harder")));

        MessageRecord done = model.record(0);
        done.status = MessageStatus::Complete;
        done.alternatives = {
            ChatMessage::fromText(Role::Assistant, QStringLiteral("second choice"))};
        model.replace(0, done);
        view->viewport()->repaint();
        QVERIFY(!view->isReasoningExpanded(0)); // closed once the answer ended
        QVERIFY(!view->renderedText(0).contains(QStringLiteral("Let me think")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->hitRect(0, ChatView::Part::ReasoningToggle).center());
        QVERIFY(view->isReasoningExpanded(0));
        QVERIFY(view->renderedText(0).contains(QStringLiteral("Let me think harder")));

        const QRect tab = view->hitRect(0, ChatView::Part::ChoiceTab, 1);
        QVERIFY(!tab.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, tab.center());
        QCOMPARE(view->shownChoice(0), 1);
        QVERIFY(view->renderedText(0).contains(QStringLiteral("second choice")));
        QVERIFY(!view->renderedText(0).contains(QStringLiteral("first choice")));
    }

    void codeCopyAndSelection()
    {
        ConversationModel model;
        model.append(
            textRecord(Role::Assistant,
                       QStringLiteral("Intro text here\n\n```python\nprint('hi')\n```\n\nTail")));
        auto view = makeView(&model);
        const QRect copy = view->hitRect(0, ChatView::Part::CodeCopyButton, 0);
        QVERIFY(!copy.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, copy.center());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("print('hi')"));

        // Drag across the first line selects it; Ctrl+C copies the selection.
        const QRect row = view->rowRect(0);
        const QPoint start(row.left() + 24, row.top() + 42);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(row.right() - 30, start.y()),
                         view->viewport()->mapToGlobal(QPointF(row.right() - 30, start.y())),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {},
                            QPoint(row.right() - 30, start.y()));
        QVERIFY2(view->selectedText().contains(QStringLiteral("text here")),
                 qPrintable(view->selectedText()));
        QApplication::clipboard()->clear();
        QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), view->selectedText());
    }

    void tenThousandMessagesLayOutOnlyVisibleRows()
    {
        ConversationModel model;
        model.setRecords(conversation(10000));
        auto view = makeView(&model);
        const int initial = laidOutRows(*view, 10000);
        QVERIFY(initial > 0);
        QVERIFY2(initial < 20, qPrintable(QString::number(initial)));
        QVERIFY(view->isRowLaidOut(9999));
        QVERIFY(!view->isRowLaidOut(0));
        QVERIFY(view->stats().messageLayouts < 20);

        view->scrollToRow(5000);
        view->viewport()->repaint();
        QVERIFY(view->isRowLaidOut(5000));
        QVERIFY(view->rowRect(5000).top() <= 1 && view->rowRect(5000).bottom() >= 0);
        QVERIFY(!view->isRowLaidOut(2000));

        // Scrolling through keeps the number of cached layouts bounded.
        QScrollBar *bar = view->verticalScrollBar();
        for (int step = 0; step < 300; ++step) {
            bar->setValue(bar->value() + bar->pageStep());
            view->viewport()->repaint();
        }
        QVERIFY(laidOutRows(*view, 10000) <= 200);
        QVERIFY(view->stats().rowsPainted > 300);
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
