// The chat window end to end, offscreen, against the local FakeServer: typing and sending,
// stopping, inline errors and their action, edit-and-resend and regenerate (the history the
// server receives), images, the panels' request, the keyboard shortcuts and accessible names.
// Storage, the conversation list and search are in tst_mainwindowhistory.
#include "ChunkBuilders.h"
#include "Composer.h"
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "FakeServer.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "MainWindowHarness.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "WindowFixture.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "panels/PromptPanel.h"
#include "panels/RequestPanel.h"
#include "providers/ProviderProfile.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"
#include "storage/ConversationStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestMainWindow : public MainWindowHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void typedPromptStreamsIntoTheViewWithTheRightBody()
    {
        m_server->setRoute("POST", m_chatPath,
                           answer({QStringLiteral("Hello"), QStringLiteral(" **world**")}, 10));
        typeAndSend(QStringLiteral("Say hello"));
        QVERIFY(session()->isBusy());
        QCOMPARE(m_window->composer()->sendButton()->text(), QStringLiteral("Stop"));
        QVERIFY(editor()->toPlainText().isEmpty());
        QVERIFY(waitIdle());

        QCOMPARE(session()->messages()->rowCount(), 2);
        QCOMPARE(session()->messages()->record(1).message.text(),
                 QStringLiteral("Hello **world**"));
        QCOMPARE(session()->messages()->record(1).status, MessageStatus::Complete);
        QTRY_VERIFY(m_window->chatView()->renderedText(1).contains(QStringLiteral("Hello world")));
        QCOMPARE(m_window->composer()->sendButton()->text(), QStringLiteral("Send"));

        const QList<FakeRequest> requests = chatRequests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject body = requests.first().json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(sentMessages(body), Turns({turn("user", "Say hello")}));
        QVERIFY(!body.contains(QStringLiteral("temperature")));
        QVERIFY(!requests.first().hasHeader("Authorization"));

        QVERIFY(m_window->serviceIndicator()->modelLabel()->text().contains(
            QStringLiteral("test-model")));
        QVERIFY(m_window->serviceIndicator()->profileButton()->text().contains(
            QStringLiteral("Fake service")));
        // Plain http to 127.0.0.1 is not a clear-text key risk.
        QVERIFY(!m_window->serviceIndicator()->warningLabel()->isVisible());
    }

    void shiftEnterBreaksTheLineAndCtrlEnterModeSwapsKeys()
    {
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("one"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor(), QStringLiteral("two"));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("one\ntwo"));
        QVERIFY(!session()->isBusy());

        auto *ctrlEnter = m_window->findChild<QAction *>(QStringLiteral("actionCtrlEnterSends"));
        QVERIFY(ctrlEnter);
        ctrlEnter->setChecked(true);
        QTest::keyClick(editor(), Qt::Key_Return);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("one\ntwo\n"));
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("ok")}));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitIdle());
        QCOMPARE(sentMessages(chatRequests().last().json()), Turns({turn("user", "one\ntwo\n")}));
    }

    void stopKeepsThePartialAnswer()
    {
        QStringList pieces;
        for (int i = 0; i < 60; ++i)
            pieces.append(QStringLiteral("w%1 ").arg(i));
        m_server->setRoute("POST", m_chatPath, answer(pieces, 60, false));
        typeAndSend(QStringLiteral("Write a lot"));
        QTRY_VERIFY(
            session()->messages()->record(1).message.text().contains(QStringLiteral("w1 ")));
        QTest::keyClick(editor(), Qt::Key_Escape);
        QVERIFY(waitIdle());
        const MessageRecord &partial = session()->messages()->record(1);
        QCOMPARE(partial.status, MessageStatus::Stopped);
        QVERIFY(partial.message.text().startsWith(QStringLiteral("w0 w1 ")));
        QVERIFY(!partial.message.text().contains(QStringLiteral("w59")));
        QVERIFY(m_window->chatView()->availableActions(1).contains(ChatView::MessageAction::Retry));
        QCOMPARE(m_window->composer()->sendButton()->text(), QStringLiteral("Send"));
    }

    void unauthorizedShowsInlineAndItsActionOpensSettings()
    {
        m_server->setRoute("POST", m_chatPath,
                           FakeResponse::error(401, QStringLiteral("Incorrect API key provided"),
                                               QStringLiteral("invalid_request_error"),
                                               QStringLiteral("invalid_api_key")));
        typeAndSend(QStringLiteral("Hi"));
        QVERIFY(waitIdle());
        const MessageRecord &failed = session()->messages()->record(1);
        QCOMPARE(failed.status, MessageStatus::Failed);
        QCOMPARE(failed.error.kind, ApiError::Kind::Unauthorized);
        ChatView *view = m_window->chatView();
        QCOMPARE(ChatView::errorActionFor(failed.error.kind),
                 ChatView::ErrorAction::OpenProviderSettings);
        QVERIFY(view->availableActions(1).contains(ChatView::MessageAction::ErrorAction));
        QVERIFY(!m_window->settingsDialog());

        view->triggerAction(1, ChatView::MessageAction::ErrorAction);
        QVERIFY(m_window->settingsDialog());
        QTRY_VERIFY(m_window->settingsDialog()->isVisible());
        QCOMPARE(m_window->settingsDialog()->selectedProfileId(), QStringLiteral("fake"));
        m_window->settingsDialog()->close();
    }

    void retryActionOfAFailedAnswerResends()
    {
        m_server->setRoute("POST", m_chatPath, FakeResponse::error(500, QStringLiteral("boom")));
        typeAndSend(QStringLiteral("Hi"));
        QVERIFY(waitIdle());
        QCOMPARE(session()->messages()->record(1).error.kind, ApiError::Kind::ServerError);
        QCOMPARE(ChatView::errorActionFor(ApiError::Kind::ServerError),
                 ChatView::ErrorAction::Retry);
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("Recovered")}));
        m_window->chatView()->triggerAction(1, ChatView::MessageAction::ErrorAction);
        QVERIFY(waitIdle());
        QCOMPARE(session()->messages()->rowCount(), 2);
        QCOMPARE(session()->messages()->record(1).message.text(), QStringLiteral("Recovered"));
        QCOMPARE(sentMessages(chatRequests().last().json()), Turns({turn("user", "Hi")}));
    }

    void editAndResendSendsTheEditedHistory()
    {
        exchange(QStringLiteral("first"), QStringLiteral("A1"));
        exchange(QStringLiteral("second"), QStringLiteral("A2"));
        QCOMPARE(session()->messages()->rowCount(), 4);

        m_window->chatView()->triggerAction(2, ChatView::MessageAction::Edit);
        QVERIFY(m_window->composer()->isEditing());
        QCOMPARE(editor()->toPlainText(), QStringLiteral("second"));
        editor()->selectAll();
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("A2 edited")}));
        typeAndSend(QStringLiteral("second, edited"));
        QVERIFY(waitIdle());
        QVERIFY(!m_window->composer()->isEditing());

        QCOMPARE(sentMessages(chatRequests().last().json()),
                 Turns({turn("user", "first"), turn("assistant", "A1"),
                        turn("user", "second, edited")}));
        QCOMPARE(session()->messages()->rowCount(), 4);
        QCOMPARE(session()->messages()->record(3).message.text(), QStringLiteral("A2 edited"));

        // Storage follows: the replaced turns are gone, the new ones are there.
        const qint64 id = m_window->controller()->conversationId();
        QTRY_COMPARE(m_window->store()->messages(id).size(), 4);
        const QList<MessageRecord> stored = m_window->store()->messages(id);
        QCOMPARE(stored.at(2).message.text(), QStringLiteral("second, edited"));
        QTRY_COMPARE(m_window->store()->messages(id).at(3).message.text(),
                     QStringLiteral("A2 edited"));
    }

    void regenerateSendsTheHistoryWithoutTheLastAnswer()
    {
        exchange(QStringLiteral("first"), QStringLiteral("A1"));
        exchange(QStringLiteral("second"), QStringLiteral("A2"));
        QVERIFY(m_window->chatView()->availableActions(3).contains(
            ChatView::MessageAction::Regenerate));
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("A2 again")}));
        m_window->chatView()->triggerAction(3, ChatView::MessageAction::Regenerate);
        QVERIFY(waitIdle());
        QCOMPARE(sentMessages(chatRequests().last().json()),
                 Turns({turn("user", "first"), turn("assistant", "A1"), turn("user", "second")}));
        QCOMPARE(session()->messages()->rowCount(), 4);
        QCOMPARE(session()->messages()->record(3).message.text(), QStringLiteral("A2 again"));
        const qint64 id = m_window->controller()->conversationId();
        QTRY_COMPARE(m_window->store()->messages(id).size(), 4);
        QTRY_COMPARE(m_window->store()->messages(id).at(3).message.text(),
                     QStringLiteral("A2 again"));
    }

    void shortcutsWork()
    {
        exchange(QStringLiteral("Question"), QStringLiteral("The answer"));
        QCOMPARE(session()->messages()->rowCount(), 2);

        // Ctrl+Shift+C copies the last answer.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("The answer"));

        // Ctrl+F opens the find bar with the focus in it; Esc closes it.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->findBar()->isVisible());
        QTRY_VERIFY(m_window->findBar()->field()->hasFocus());
        QTest::keyClicks(m_window->findBar()->field(), QStringLiteral("answer"));
        QCOMPARE(m_window->chatView()->findText(), QStringLiteral("answer"));
        QCOMPARE(m_window->chatView()->currentFindRow(), 1);
        QTest::keyClick(m_window->findBar()->field(), Qt::Key_Escape);
        QVERIFY(!m_window->findBar()->isVisible());

        // Ctrl+L puts the focus back into the composer from anywhere.
        m_window->conversationList()->searchField()->setFocus();
        QTRY_VERIFY(!editor()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(editor()->hasFocus());

        // Ctrl+K focuses the model picker's search.
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(m_window->modelPanel()->searchField()->hasFocus());

        // Ctrl+N starts an empty conversation with the focus in the composer.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(session()->messages()->rowCount(), 0);
        QCOMPARE(m_window->controller()->conversationId(), 0);
        QTRY_VERIFY(editor()->hasFocus());
        QCOMPARE(session()->info().model, QStringLiteral("test-model"));
    }

    void pastedImageIsSentAsAnImagePart()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QGuiApplication::clipboard()->setImage(image);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_window->composer()->attachmentCount(), 1);
        m_window->composer()->setAttachmentDetail(0, QStringLiteral("low"));
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("A red square.")}));
        typeAndSend(QStringLiteral("What is it?"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->composer()->attachmentCount(), 0);
        const QJsonArray messages =
            chatRequests().last().json().value(QStringLiteral("messages")).toArray();
        const QJsonArray content =
            messages.at(0).toObject().value(QStringLiteral("content")).toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("What is it?"));
        const QJsonObject imageUrl =
            content.at(1).toObject().value(QStringLiteral("image_url")).toObject();
        QVERIFY(imageUrl.value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(imageUrl.value(QStringLiteral("detail")).toString(), QStringLiteral("low"));
    }

    void panelsShapeTheRequestAndAreKeptPerConversation()
    {
        // Parameters: only what is marked to be sent goes out.
        auto *row = m_window->findChild<QWidget *>(QStringLiteral("param-temperature"));
        QVERIFY(row);
        auto *spin = row->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        spin->setValue(0.3);
        auto *send = m_window->findChild<QCheckBox *>(QStringLiteral("param-temperature-send"));
        QVERIFY(send);
        send->setChecked(true);
        // Prompt: a developer message leads the history.
        PromptPanel *prompt = m_window->promptPanel();
        prompt->roleCombo()->setCurrentIndex(prompt->roleCombo()->findData(int(Role::Developer)));
        prompt->editor()->setPlainText(QStringLiteral("Answer in one word."));
        prompt->flush();
        QCOMPARE(session()->info().systemPrompt, QStringLiteral("Answer in one word."));

        exchange(QStringLiteral("Colour of the sky?"), QStringLiteral("Blue."));
        const QJsonObject body = chatRequests().last().json();
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.3);
        QVERIFY(!body.contains(QStringLiteral("top_p")));
        QVERIFY(!body.contains(QStringLiteral("max_tokens")));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Answer in one word."));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("developer"));

        // The Request panel shows what the next request would send.
        auto *requestDock = m_window->findChild<QDockWidget *>(QStringLiteral("requestDock"));
        QVERIFY(requestDock);
        requestDock->raise();
        QTRY_VERIFY(
            m_window->requestPanel()->displayedText().contains(QStringLiteral("temperature")));
        QVERIFY(m_window->requestPanel()->displayedText().contains(QStringLiteral("Blue.")));

        // The settings belong to the conversation: stored, and shown again when it reopens.
        const qint64 id = m_window->controller()->conversationId();
        QCOMPARE(m_window->store()->conversation(id)->systemPrompt,
                 QStringLiteral("Answer in one word."));
        QCOMPARE(m_window->store()
                     ->conversation(id)
                     ->parameters.value(QStringLiteral("temperature"))
                     .toDouble(),
                 0.3);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        prompt->editor()->setPlainText(QStringLiteral("Something else entirely."));
        prompt->flush();
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(prompt->prompt(), QStringLiteral("Answer in one word."));
        QCOMPARE(m_window->parametersPanel()
                     ->parameters()
                     .value(QStringLiteral("temperature"))
                     .toDouble(),
                 0.3);
    }

    void droppedImageFilesBecomeRemovableChips()
    {
        QImage image(6, 6, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString png = m_dir->filePath(QStringLiteral("green.png"));
        const QString bmp = m_dir->filePath(QStringLiteral("green.bmp"));
        QVERIFY(image.save(png));
        QVERIFY(image.save(bmp));
        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
        notes.close();

        Composer *composer = m_window->composer();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(bmp)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &drop);
        QCOMPARE(composer->attachmentCount(), 2);
        // BMP is converted: services take PNG, JPEG, GIF and WebP.
        const ChatMessage draft = composer->message();
        QCOMPARE(draft.parts.size(), 2);
        QCOMPARE(draft.parts.at(0).mimeType, QStringLiteral("image/png"));
        QCOMPARE(draft.parts.at(1).mimeType, QStringLiteral("image/png"));
        QCOMPARE(draft.parts.at(0).detail, QStringLiteral("auto"));

        // A text file is no image: nothing is attached.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent rejected(QPoint(5, 5), Qt::CopyAction, &other, Qt::LeftButton,
                                 Qt::NoModifier);
        rejected.setAccepted(false);
        QCoreApplication::sendEvent(composer, &rejected);
        QVERIFY(!rejected.isAccepted());

        // Each chip's remove button takes its image away.
        const QList<QFrame *> chips =
            composer->findChildren<QFrame *>(QStringLiteral("attachmentChip"));
        QCOMPARE(chips.size(), 2);
        QToolButton *remove = chips.first()->findChild<QToolButton *>();
        QVERIFY(remove);
        remove->click();
        QCOMPARE(composer->attachmentCount(), 1);
        QVERIFY(composer->sendButton()->isEnabled()); // an image alone can be sent
    }

    void sendWithoutModelPointsToThePicker()
    {
        LaunchOptions launch = options();
        launch.model.clear();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(launch);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(session()->info().model, QString());
        typeAndSend(QStringLiteral("Hello?"));
        QCOMPARE(session()->messages()->rowCount(), 0);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Hello?")); // the draft is kept
        QTRY_VERIFY(m_window->modelPanel()->searchField()->hasFocus());
        QVERIFY(chatRequests().isEmpty());
    }

    void controlsHaveAccessibleNamesAndTooltips()
    {
        // Put every optional control on screen: an attachment chip, the find bar.
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QGuiApplication::clipboard()->setImage(image);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_V, Qt::ControlModifier);
        m_window->showFindBar();

        const QList<QWidget *> roots{m_window->composer(), m_window->conversationList(),
                                     m_window->findBar(), m_window->serviceIndicator()};
        int checked = 0;
        for (QWidget *root : roots) {
            QList<QWidget *> controls = root->findChildren<QWidget *>();
            for (QWidget *control : std::as_const(controls)) {
                const bool interactive = qobject_cast<QAbstractButton *>(control) ||
                                         qobject_cast<QLineEdit *>(control) ||
                                         qobject_cast<QComboBox *>(control) ||
                                         qobject_cast<QPlainTextEdit *>(control) ||
                                         qobject_cast<QAbstractItemView *>(control);
                // Qt's own helpers (line-edit clear buttons, combo popups) are not ours to name.
                const bool qtInternal =
                    control->objectName().startsWith(QLatin1String("qt_")) ||
                    qstrcmp(control->metaObject()->className(), "QLineEditIconButton") == 0;
                if (!interactive || qtInternal || !control->isVisibleTo(root))
                    continue;
                if (qobject_cast<QAbstractItemView *>(control) &&
                    qobject_cast<QComboBox *>(control->parentWidget()->parentWidget()))
                    continue;
                QVERIFY2(
                    !control->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                   .arg(control->objectName(),
                                        QString::fromLatin1(control->metaObject()->className()))));
                QVERIFY2(
                    !control->toolTip().isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2) has no tooltip")
                                   .arg(control->accessibleName(),
                                        QString::fromLatin1(control->metaObject()->className()))));
                ++checked;
            }
        }
        QVERIFY(checked >= 12);
    }

    void firstRunOpensTheWelcomeWithoutBlocking()
    {
        m_window.reset();
        LaunchOptions launch = options();
        launch.profileId.clear();
        launch.settingsFile = m_dir->filePath(QStringLiteral("fresh.ini"));
        launch.showWelcome = true;
        m_window = std::make_unique<MainWindow>(launch);
        m_window->show();
        QTRY_VERIFY(m_window->welcomeDialog() && m_window->welcomeDialog()->isVisible());
        QVERIFY(m_window->welcomeDialog()->isModal());
        // No service is asked for models before the user picked one.
        QCOMPARE(m_window->modelPanel()->state(), ModelPanel::State::Idle);
        m_window.reset();

        // An explicit service on the command line skips the welcome.
        launch.baseUrl = m_server->baseUrl();
        m_window = std::make_unique<MainWindow>(launch);
        m_window->show();
        QTest::qWait(50);
        QVERIFY(!m_window->welcomeDialog());
        QTRY_COMPARE(m_window->modelPanel()->state(), ModelPanel::State::Loaded);
    }

    void windowStateIsRestoredButHoldsNoSecrets()
    {
        m_window->resize(1100, 700);
        m_window->close();
        m_window.reset();
        QFile file(m_dir->filePath(QStringLiteral("lineup.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("geometry"));
        QVERIFY(!ini.toLower().contains("bearer"));
        openWindow();
        QCOMPARE(m_window->size(), QSize(1100, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
