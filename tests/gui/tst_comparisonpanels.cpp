// The side panels with a comparison open: the Model panel picks the focused pane's model, the
// Parameters panel shows the shared settings or, with "this pane only", the focused pane's own,
// the Request panel previews the focused pane's body, and each pane copies its request as curl
// without the key.
#include "ComparisonHarness.h"
#include "ConversationController.h"
#include "SidePanels.h"
#include "chatview/ChatView.h"
#include "panels/ParametersPanel.h"
#include "panels/RequestPanel.h"
#include "usage/TokenView.h"
#include "usage/TokensDock.h"
#include "usage/UsageMeter.h"
#include "usage/UsagePanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestComparisonPanels : public ComparisonHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void modelPanelPicksTheFocusedPanesModel()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        view()->setFocusedPane(1);
        QCOMPARE(session()->info().model, QStringLiteral("beta")); // the panels show pane 2
        Q_EMIT m_window->modelPanel()->modelChosen(QStringLiteral("other"));
        QCOMPARE(comparisonSession()->comparison().panes.at(1).conversation.model,
                 QStringLiteral("other"));
        QCOMPARE(comparisonSession()->comparison().panes.at(0).conversation.model,
                 QStringLiteral("alpha"));
        QCOMPARE(view()->pane(1)->modelButton()->text(), QStringLiteral("other"));
    }

    void parametersShowSharedOrThePanesOwn()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        comparisonSession()->setPaneOverrides(
            1, PaneOverrides{{{QStringLiteral("temperature"), 0.3}}, std::nullopt});
        view()->setFocusedPane(1);
        ParametersPanel *parameters = m_window->parametersPanel();
        QVERIFY(!parameters->parameters().contains(QStringLiteral("temperature"))); // shared
        view()->thisPaneOnlyBox()->setChecked(true);
        QCOMPARE(parameters->parameters().value(QStringLiteral("temperature")).toDouble(), 0.3);
        view()->setFocusedPane(0);
        QVERIFY(!parameters->parameters().contains(QStringLiteral("temperature")));
        // Removing the pane's own value (the panel sends nothing) brings it back to shared.
        view()->setFocusedPane(1);
        ConversationInfo edited = session()->info();
        edited.parameters.remove(QStringLiteral("temperature"));
        m_window->controller()->updateSettings(edited);
        QVERIFY(comparisonSession()->comparison().panes.at(1).overrides.isEmpty());
        QVERIFY(view()->pane(1)->overridesLabel()->text().contains(QStringLiteral("shared")));
    }

    // Issue 12: the Usage dock follows the focused pane and gives the total of all panes.
    void usageDockShowsTheFocusedPaneAndTheTotal()
    {
        m_server->enqueueForModel(
            QStringLiteral("alpha"),
            modelAnswer(QStringLiteral("alpha"), {QStringLiteral("A")}, 0, 100, 40));
        m_server->enqueueForModel(
            QStringLiteral("beta"),
            modelAnswer(QStringLiteral("beta"), {QStringLiteral("B")}, 0, 200, 60));
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        UsageMeter *meter = m_window->sidePanels()->usageMeter();
        meter->dock()->show();
        meter->dock()->raise();
        sendToAll(QStringLiteral("Same question"));
        QVERIFY(waitAllIdle());
        UsagePanel *usage = meter->panel();
        const QLocale locale;
        view()->setFocusedPane(1);
        QTRY_COMPARE(usage->figureText(QStringLiteral("prompt")), locale.toString(200));
        QCOMPARE(usage->figureText(QStringLiteral("completion")), locale.toString(60));
        QVERIFY2(usage->comparisonText().contains(QStringLiteral("2. beta")),
                 qPrintable(usage->comparisonText()));
        // 100 + 40 + 200 + 60 tokens in 2 requests over both panes.
        QVERIFY2(usage->comparisonText().contains(locale.toString(400)),
                 qPrintable(usage->comparisonText()));
        QVERIFY(usage->comparisonText().contains(QStringLiteral("2 requests")));
        view()->setFocusedPane(0);
        QTRY_COMPARE(usage->figureText(QStringLiteral("prompt")), locale.toString(100));
        // Back to an ordinary chat: the pane and total lines go.
        m_window->newConversation();
        QTRY_VERIFY(usage->comparisonText().isEmpty());
    }

    // Issue 12: two models' confidence side by side: a pane's Tokens action shows that pane's
    // answer in the Tokens dock.
    void tokensActionShowsThePanesAnswer()
    {
        m_server->enqueueForModel(QStringLiteral("alpha"),
                                  modelAnswer(QStringLiteral("alpha"), {QStringLiteral("A")}));
        m_server->enqueueForModel(QStringLiteral("beta"),
                                  modelAnswer(QStringLiteral("beta"), {QStringLiteral("B")}));
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        sendToAll(QStringLiteral("Same question"));
        QVERIFY(waitAllIdle());
        ConversationModel *messages = pane(1)->messages();
        const int row = messages->rowCount() - 1;
        MessageRecord answer = messages->record(row);
        const auto token = [](const QString &text, double logprob) {
            return QJsonObject{{QStringLiteral("token"), text},
                               {QStringLiteral("logprob"), logprob},
                               {QStringLiteral("top_logprobs"), QJsonArray{}}};
        };
        answer.logprobs =
            QJsonObject{{QStringLiteral("content"), QJsonArray{token(QStringLiteral("B"), -0.01),
                                                               token(QStringLiteral("!"), -2.5)}}};
        messages->replace(row, answer);
        Q_EMIT view()->pane(1)->chatView()->tokensRequested(row);
        TokensDock *dock = m_window->tokensDock();
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->view()->tokens().size(), 2);
        QCOMPARE(dock->view()->tokens().first().token, QStringLiteral("B"));
        // The same action again hides it; the chat view's own answers still work afterwards.
        Q_EMIT view()->pane(1)->chatView()->tokensRequested(row);
        QTRY_VERIFY(!dock->isVisible());
    }

    void requestPanelPreviewsTheFocusedPane()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("requestDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        RequestPanel *request = m_window->requestPanel();
        editor()->setPlainText(QStringLiteral("Draft question"));
        view()->setFocusedPane(1);
        QTRY_VERIFY(request->displayedText().contains(QStringLiteral("\"beta\"")));
        QVERIFY(request->displayedText().contains(QStringLiteral("Draft question")));
        view()->setFocusedPane(0);
        QTRY_VERIFY(request->displayedText().contains(QStringLiteral("\"alpha\"")));
    }

    void eachPaneCopiesItsRequestAsCurl()
    {
        startComparison({QStringLiteral("alpha"), QStringLiteral("beta")});
        QGuiApplication::clipboard()->clear();
        auto *more = view()->pane(1)->button(QStringLiteral("paneMenuButton"));
        QAction *copy = nullptr;
        for (QAction *action : more->menu()->actions()) {
            if (action->text().contains(QStringLiteral("curl")))
                copy = action;
        }
        QVERIFY(copy);
        copy->trigger();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QStringLiteral("curl")));
        QVERIFY(curl.contains(QStringLiteral("beta")));
        QVERIFY(!curl.contains(QStringLiteral("alpha")));
        QVERIFY(curl.contains(m_server->baseUrl().toString()));
    }
};

QTEST_MAIN(TestComparisonPanels)
#include "tst_comparisonpanels.moc"
