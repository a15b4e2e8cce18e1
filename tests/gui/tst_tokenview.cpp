// Logprobs you can see: an answer streamed with logprobs keeps them, offers a Tokens action,
// and the token view shades each token by probability, lists alternatives on hover and from the
// keyboard, and reads in dark mode. Set LINEUP_SCREENSHOT_DIR to save the screenshot.
#include "MainWindowHarness.h"
#include "chatview/ChatView.h"
#include "usage/TokenView.h"
#include "usage/TokensDock.h"

#include <QSignalSpy>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray tokenChunk(const QString &token, double logprob,
                      const QList<QPair<QString, double>> &alternatives)
{
    QJsonArray top;
    for (const auto &[text, lp] : alternatives)
        top.append(QJsonObject{{QStringLiteral("token"), text}, {QStringLiteral("logprob"), lp}});
    const QJsonObject logprobs{{QStringLiteral("content"),
                                QJsonArray{QJsonObject{{QStringLiteral("token"), token},
                                                       {QStringLiteral("logprob"), logprob},
                                                       {QStringLiteral("top_logprobs"), top}}}}};
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), token}}},
        {QStringLiteral("logprobs"), logprobs},
        {QStringLiteral("finish_reason"), QJsonValue()}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-l")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("test-model")},
                           {QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

FakeResponse logprobAnswer()
{
    return FakeResponse::sse(
        {tokenChunk(QStringLiteral("The"), -0.01,
                    {{QStringLiteral("The"), -0.01}, {QStringLiteral("A"), -4.8}}),
         tokenChunk(QStringLiteral(" sky"), -0.05,
                    {{QStringLiteral(" sky"), -0.05}, {QStringLiteral(" sea"), -3.2}}),
         tokenChunk(QStringLiteral(" is"), -0.02, {{QStringLiteral(" is"), -0.02}}),
         tokenChunk(QStringLiteral(" azure"), -1.2,
                    {{QStringLiteral(" blue"), -0.4},
                     {QStringLiteral(" azure"), -1.2},
                     {QStringLiteral(" grey"), -3.0}}),
         tokenChunk(QStringLiteral("."), -0.3,
                    {{QStringLiteral("."), -0.3}, {QStringLiteral("!"), -1.5}}),
         chunk({}, QStringLiteral("stop"))});
}

} // namespace

class TestTokenView : public MainWindowHarness
{
    Q_OBJECT

    int answerRow() const { return session()->messages()->rowCount() - 1; }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void answerKeepsLogprobsAndOffersTokens()
    {
        m_server->setRoute("POST", m_chatPath, logprobAnswer());
        typeAndSend(QStringLiteral("What colour is the sky?"));
        QVERIFY(waitIdle());
        const MessageRecord &record = session()->messages()->record(answerRow());
        QCOMPARE(record.logprobs[QStringLiteral("content")].toArray().size(), 5);
        QVERIFY(m_window->chatView()
                    ->availableActions(answerRow())
                    .contains(ChatView::MessageAction::Tokens));
        // A user message, or an answer without logprobs, has no Tokens action.
        QVERIFY(
            !m_window->chatView()->availableActions(0).contains(ChatView::MessageAction::Tokens));

        m_window->chatView()->triggerAction(answerRow(), ChatView::MessageAction::Tokens);
        TokensDock *dock = m_window->tokensDock();
        QTRY_VERIFY(dock->isVisible());
        TokenView *view = dock->view();
        QCOMPARE(view->tokens().size(), 5);
        QCOMPARE(view->lowConfidenceCount(), 1); // " azure" at 30%
        TokenView fresh;
        fresh.setTokens(view->tokens());
        QCOMPARE(fresh.accessibleDescription(),
                 QStringLiteral("5 tokens, 1 below 50% probability"));
        QVERIFY(view->tokens().at(3).probability < TokenView::LowConfidence);
        const QString azure = view->describe(3);
        QVERIFY2(azure.contains(QStringLiteral("“ azure” 30.1%")), qPrintable(azure));
        QVERIFY2(azure.contains(QStringLiteral("“ blue” 67.0%")), qPrintable(azure));

        // Keyboard: focus lands on the first token, Right/End move, the description follows.
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentToken(), 0);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentToken(), 1);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentToken(), 4);
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("“!”")));
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(dock->detailText().contains(QStringLiteral("Alternatives: “ blue” 67.0%")));
        const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            m_window->resize(1100, 760);
            QTest::qWait(100);
            QVERIFY(dock->grab().save(dir + QStringLiteral("/token-view.png")));
        }
        // Hover finds the token under the pointer.
        const QPoint centre = view->tokenRect(2).center().toPoint();
        QCOMPARE(view->tokenAt(centre), 2);
        QTest::mouseMove(view, centre);
        QTRY_COMPARE(view->currentToken(), 2);

        // The action toggles.
        m_window->chatView()->triggerAction(answerRow(), ChatView::MessageAction::Tokens);
        QTRY_VERIFY(!dock->isVisible());
    }

    void readableInDarkMode()
    {
        m_server->setRoute("POST", m_chatPath, logprobAnswer());
        typeAndSend(QStringLiteral("What colour is the sky?"));
        QVERIFY(waitIdle());
        m_window->chatView()->triggerAction(answerRow(), ChatView::MessageAction::Tokens);
        TokenView *view = m_window->tokensDock()->view();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
        view->setPalette(dark);
        view->resize(420, view->heightForWidth(420));
        view->setCurrentToken(-1); // no focus frame over the sampled pixels
        const QImage image = view->grab().toImage();
        // The doubtful token's background stands out from a near-certain one's.
        const QColor doubtful =
            image.pixelColor(view->tokenRect(3).topLeft().toPoint() + QPoint(2, 2));
        const QColor certain =
            image.pixelColor(view->tokenRect(0).topLeft().toPoint() + QPoint(2, 2));
        QVERIFY2(qAbs(doubtful.lightness() - certain.lightness()) > 30,
                 qPrintable(doubtful.name() + QLatin1Char(' ') + certain.name()));
        const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(view->grab().save(dir + QStringLiteral("/token-view-dark.png")));
    }
};

QTEST_MAIN(TestTokenView)
#include "tst_tokenview.moc"
