// What a new user meets in the first ten minutes (issue 14), end to end against the FakeServer:
// the service and model survive a restart, parameters belong to the conversation and a new chat
// starts from the defaults, the Request panel during an edit, the model picker, errors that
// name a wrong URL and offer Retry, Esc after Regenerate, and the small things.
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "EndpointManager.h"
#include "MainWindowHarness.h"
#include "ServiceIndicator.h"
#include "chatview/ChatView.h"
#include "panels/ParametersPanel.h"
#include "panels/RequestPanel.h"
#include "settings/SettingsDialog.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QDockWidget>
#include <QEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>

using namespace Lineup;
using namespace Lineup::Test;

class TestEveryday : public MainWindowHarness
{
    Q_OBJECT

    QJsonObject parameters() const { return session()->info().parameters; }

    void saveSecondProfile()
    {
        QSettings settings(m_dir->filePath(QStringLiteral("lineup.ini")), QSettings::IniFormat);
        ProviderProfile local;
        local.id = QStringLiteral("local");
        local.name = QStringLiteral("Local server");
        local.baseUrl = m_server->baseUrl();
        local.requiresKey = false;
        ProviderStore(settings).save(local);
        settings.sync();
    }

    // A restart as a person does it: no --profile, no --model.
    void restartPlain()
    {
        m_window->close();
        m_window.reset();
        LaunchOptions launch = options();
        launch.profileId.clear();
        launch.model.clear();
        m_window = std::make_unique<MainWindow>(launch);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void serviceAndModelSurviveARestart()
    {
        saveSecondProfile();
        m_window->endpoints()->reload();
        Q_EMIT m_window->serviceIndicator()->profileSelected(QStringLiteral("local"));
        QCOMPARE(m_window->endpoints()->profile().id, QStringLiteral("local"));
        QTRY_COMPARE(m_window->modelPanel()->state(), ModelPanel::State::Loaded);
        QTRY_VERIFY(!m_window->endpoints()->isResolving());
        m_window->modelPanel()->chooseModel(QStringLiteral("other"));
        exchange(QStringLiteral("Remember me"), QStringLiteral("Remembered."));
        const qint64 id = m_window->controller()->conversationId();
        QVERIFY(id > 0);

        restartPlain();
        // A new chat starts where the last one left off, not on the built-in default.
        QCOMPARE(m_window->endpoints()->profile().id, QStringLiteral("local"));
        QCOMPARE(session()->info().model, QStringLiteral("other"));
        // The conversation keeps its own service and model too.
        Q_EMIT m_window->serviceIndicator()->profileSelected(QStringLiteral("fake"));
        m_window->newConversation();
        QCOMPARE(session()->info().profileId, QStringLiteral("fake"));
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(m_window->endpoints()->profile().id, QStringLiteral("local"));
        QCOMPARE(session()->info().model, QStringLiteral("other"));
    }

    void parametersBelongToTheConversationAndNewChatsStartFromTheDefaults()
    {
        ParametersPanel *panel = m_window->parametersPanel();
        QVERIFY(panel->defaultsLabel()->text().contains(QStringLiteral("New chats start")));
        panel->setParameters({{QStringLiteral("temperature"), 0.2}});
        Q_EMIT panel->parametersChanged();
        QCOMPARE(parameters().value(QStringLiteral("temperature")).toDouble(), 0.2);
        // Tried in one chat, not carried into the next.
        m_window->newConversation();
        QVERIFY(!parameters().contains(QStringLiteral("temperature")));
        QVERIFY(!panel->parameters().contains(QStringLiteral("temperature")));

        // Saved as default: every new chat starts with it, also after a restart.
        panel->setParameters({{QStringLiteral("top_p"), 0.5}});
        Q_EMIT panel->parametersChanged();
        panel->findChild<QPushButton *>(QStringLiteral("parametersSaveDefaults"))->click();
        QVERIFY(panel->defaultsLabel()->text().contains(QStringLiteral("top_p")));
        m_window->newConversation();
        QCOMPARE(parameters().value(QStringLiteral("top_p")).toDouble(), 0.5);
        restartPlain();
        QCOMPARE(parameters().value(QStringLiteral("top_p")).toDouble(), 0.5);

        // Reset to defaults in a chat that changed them.
        panel = m_window->parametersPanel();
        panel->setParameters({{QStringLiteral("top_p"), 0.9}});
        Q_EMIT panel->parametersChanged();
        panel->findChild<QPushButton *>(QStringLiteral("parametersResetDefaults"))->click();
        QCOMPARE(parameters().value(QStringLiteral("top_p")).toDouble(), 0.5);
    }

    void resetAllCanBeUndone()
    {
        ParametersPanel *panel = m_window->parametersPanel();
        const QJsonObject typed{
            {QStringLiteral("temperature"), 0.4},
            {QStringLiteral("response_format"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
        panel->setParameters(typed);
        Q_EMIT panel->parametersChanged();
        QCOMPARE(parameters(), typed);
        panel->findChild<QPushButton *>(QStringLiteral("parametersResetAll"))->click();
        QVERIFY(parameters().isEmpty());
        QVERIFY(panel->undoButton()->isVisibleTo(panel));
        panel->undoButton()->click();
        QCOMPARE(parameters(), typed);
        QCOMPARE(panel->parameters(), typed);
        QVERIFY(!panel->undoButton()->isVisibleTo(panel));
    }

    void requestPanelDuringAnEditShowsWhatWillBeSent()
    {
        exchange(QStringLiteral("first question"), QStringLiteral("first answer"));
        exchange(QStringLiteral("second question"), QStringLiteral("second answer"));
        m_window->findChild<QDockWidget *>(QStringLiteral("requestDock"))->raise();
        m_window->chatView()->triggerAction(0, ChatView::MessageAction::Edit);
        m_window->composer()->setText(QStringLiteral("edited question"));
        QTRY_VERIFY(
            m_window->requestPanel()->displayedText().contains(QStringLiteral("edited question")));
        const QString shown = m_window->requestPanel()->displayedText();
        QVERIFY2(!shown.contains(QStringLiteral("first question")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("second answer")));
        // And that is what goes out.
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("ok")}));
        QTest::keyClick(editor(), Qt::Key_Return);
        QVERIFY(waitIdle());
        QCOMPARE(sentMessages(chatRequests().last().json()),
                 Turns({turn("user", "edited question")}));
    }

    void modelPickerPicksWithOneClickAndKeepsItsOrderUnderThePointer()
    {
        ModelPanel *panel = m_window->modelPanel();
        const QStringList before = panel->visibleModelIds();
        const int row = int(before.indexOf(QStringLiteral("other")));
        QVERIFY(row >= 0);
        QTreeView *view = panel->view();
        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QCoreApplication::sendEvent(view->viewport(), &enter);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(session()->info().model, QStringLiteral("other"));
        QCOMPARE(panel->visibleModelIds(), before); // not moved under the pointer
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(view->viewport(), &leave);
        QCOMPARE(panel->visibleModelIds().first(), QStringLiteral("other")); // recent first now

        QTest::keyClicks(panel->searchField(), QStringLiteral("zzz-nothing"));
        QVERIFY(panel->statusText().contains(QStringLiteral("No model matches")));
        panel->searchField()->clear();
        QVERIFY(panel->statusText().contains(QStringLiteral("2 models available")));
    }

    void wrongUrlIsNamedAndEveryFailedAnswerOffersRetry()
    {
        m_server->setRoute(
            "POST", m_chatPath,
            FakeResponse::text(501, "<html><body>Unsupported method</body></html>", "text/html"));
        typeAndSend(QStringLiteral("hello"));
        QVERIFY(waitIdle());
        const MessageRecord &failed = session()->messages()->record(1);
        QCOMPARE(failed.status, MessageStatus::Failed);
        QVERIFY2(failed.error.humanMessage().contains(QStringLiteral("OpenAI-compatible")),
                 qPrintable(failed.error.humanMessage()));
        QVERIFY(!failed.error.isRetryable());
        const QList<ChatView::MessageAction> actions = m_window->chatView()->availableActions(1);
        QVERIFY(actions.contains(ChatView::MessageAction::Retry));
        QCOMPARE(m_window->chatView()->actionLabel(1, ChatView::MessageAction::ErrorAction),
                 QStringLiteral("Open provider settings"));
        // Retry works there too.
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("fine now")}));
        m_window->chatView()->triggerAction(1, ChatView::MessageAction::Retry);
        QVERIFY(waitIdle());
        QCOMPARE(session()->messages()->record(1).message.text(), QStringLiteral("fine now"));
    }

    void escStopsAfterRegenerateWhateverHasFocus()
    {
        exchange(QStringLiteral("question"), QStringLiteral("answer"));
        m_server->setRoute("POST", m_chatPath,
                           answer({QStringLiteral("slow "), QStringLiteral("answer")}, 3000));
        m_window->chatView()->setFocus();
        m_window->chatView()->triggerAction(1, ChatView::MessageAction::Regenerate);
        QTRY_VERIFY(session()->isBusy());
        QVERIFY(!editor()->hasFocus());
        QTest::keyClick(m_window->chatView(), Qt::Key_Escape);
        QTRY_VERIFY(!session()->isBusy());
        QCOMPARE(session()->messages()->record(1).status, MessageStatus::Stopped);
    }

    void ctrlIImportsFromTheConversationList()
    {
        exchange(QStringLiteral("something"), QStringLiteral("stored"));
        auto *import = m_window->findChild<QAction *>(QStringLiteral("actionImport"));
        QSignalSpy triggered(import, &QAction::triggered);
        QListWidget *list = m_window->conversationList()->list();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        for (QFileDialog *dialog : m_window->findChildren<QFileDialog *>())
            dialog->reject();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Also from the search field above the list.
        QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 2);
        const QList<QFileDialog *> dialogs = m_window->findChildren<QFileDialog *>();
        for (QFileDialog *dialog : dialogs)
            dialog->reject();
    }

    void searchHighlightGoesWithTheSearch()
    {
        exchange(QStringLiteral("tulips in spring"), QStringLiteral("tulips bloom"));
        QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QTest::keyClicks(search, QStringLiteral("tulips"));
        QTRY_VERIFY(
            !m_window->findChildren<QListWidget *>(QStringLiteral("searchResults")).isEmpty());
        auto *results = m_window->findChild<QListWidget *>(QStringLiteral("searchResults"));
        QTRY_VERIFY(results->count() > 0);
        Q_EMIT results->itemActivated(results->item(0));
        QCOMPARE(m_window->chatView()->findText(), QStringLiteral("tulips"));
        search->clear();
        QTRY_VERIFY(m_window->chatView()->findText().isEmpty());
    }

    void copyAsCurlSaysCopied()
    {
        m_window->findChild<QDockWidget *>(QStringLiteral("requestDock"))->raise();
        m_window->composer()->setText(QStringLiteral("draft"));
        QTRY_VERIFY(m_window->requestPanel()->displayedText().contains(QStringLiteral("draft")));
        QPushButton *copy = m_window->requestPanel()->copyCurlButton();
        copy->click();
        QCOMPARE(copy->text(), QStringLiteral("Copied ✓"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy as curl"), 3000);
    }

    void imageDialogOpensInTheLastFolder()
    {
        QTemporaryDir pictures;
        m_window->settings()->setValue(QStringLiteral("composer/imageFolder"), pictures.path());
        m_window->composer()->openAttachDialog();
        auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("attachDialog"));
        QVERIFY(dialog);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(pictures.path()).canonicalPath());
        dialog->reject();
    }

    void jumpToLatestDoesNotCoverText()
    {
        for (int i = 0; i < 6; ++i)
            exchange(QStringLiteral("question %1").arg(i),
                     QStringLiteral("answer\n\nwith\n\nseveral\n\nparagraphs\n\n%1").arg(i));
        ChatView *view = m_window->chatView();
        view->scrollToRow(0);
        QToolButton *jump = nullptr;
        for (QToolButton *button : view->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QStringLiteral("Jump to latest"))
                jump = button;
        }
        QVERIFY(jump);
        QTRY_VERIFY(jump->isVisible());
        QVERIFY(!jump->geometry().intersects(view->viewport()->geometry()));
        jump->click();
        QTRY_VERIFY(!jump->isVisible());
        QCOMPARE(view->viewport()->geometry().bottom(), view->contentsRect().bottom());
    }
};

QTEST_MAIN(TestEveryday)
#include "tst_everyday.moc"
