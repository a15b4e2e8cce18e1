// What the window leaves out of its first frame, and that nothing is lost by it: the Parameters
// panel is built right after the first paint (or when asked for) and then shows the open
// conversation's settings; the window icon follows; key lookups wait for the first frame, and a
// window that is never painted still gets its key. On a first run the welcome opens right after
// the window's first frame, and the panels wait for the welcome's.
#include "EndpointManager.h"
#include "FakeServer.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "chat/ChatSession.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "providers/ProviderProfile.h"
#include "settings/WelcomeDialog.h"
#include "storage/ConversationStore.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Lineup;

class TestStartup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;

    LaunchOptions options() const { return Test::fakeServiceLaunch(*m_dir); }

    // A stored conversation whose settings send temperature 0.3.
    qint64 storeConversationWithTemperature()
    {
        QString error;
        auto store = ConversationStore::open(m_dir->filePath(QStringLiteral("data")), &error);
        if (!store)
            return 0;
        ConversationInfo info;
        info.title = QStringLiteral("warm");
        info.model = QStringLiteral("test-model");
        info.parameters = QJsonObject{{QStringLiteral("temperature"), 0.3}};
        return store->createConversation(info);
    }

    static QWidget *temperatureRow(MainWindow &window)
    {
        return window.findChild<QWidget *>(QStringLiteral("param-temperature"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<FakeServer>();
        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::json(QByteArray(R"({"data":[{"id":"test-model"}]})")));
        Test::saveFakeProfile(*m_dir, m_server->baseUrl());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void parametersArriveRightAfterTheFirstFrame()
    {
        const qint64 id = storeConversationWithTemperature();
        QVERIFY(id > 0);
        MainWindow window(options());
        QVERIFY(window.openConversation(id));
        // Not part of the first frame...
        QVERIFY(!temperatureRow(window));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // ...but there right after it, showing the conversation's value as sent.
        QTRY_VERIFY(temperatureRow(window));
        auto *send = window.findChild<QCheckBox *>(QStringLiteral("param-temperature-send"));
        QVERIFY(send);
        QVERIFY(send->isChecked());
        auto *spin = temperatureRow(window)->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->value(), 0.3);
        // Edits from the late panel reach the conversation.
        spin->setValue(0.7);
        QCOMPARE(
            window.session()->info().parameters.value(QStringLiteral("temperature")).toDouble(),
            0.7);
        // The window icon is set once painted as well.
        QTRY_VERIFY(!window.windowIcon().isNull());
        // Nothing was lost before the panel existed: the model list loaded once painted.
        QTRY_COMPARE(window.modelPanel()->state(), ModelPanel::State::Loaded);
    }

    void parametersPanelIsBuiltWhenAskedFor()
    {
        const qint64 id = storeConversationWithTemperature();
        MainWindow window(options());
        QVERIFY(window.openConversation(id));
        QVERIFY(!temperatureRow(window));
        ParametersPanel *panel = window.parametersPanel();
        QVERIFY(panel);
        QCOMPARE(panel->parameters().value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(panel->model(), QStringLiteral("test-model"));
    }

    void firstRunShowsTheWindowThenTheWelcome()
    {
        LaunchOptions launch = options();
        launch.profileId.clear();
        launch.settingsFile = m_dir->filePath(QStringLiteral("fresh.ini"));
        launch.showWelcome = true;
        MainWindow window(launch);
        window.show();
        QVERIFY(!window.welcomeDialog());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.welcomeDialog());
        WelcomeDialog *welcome = window.welcomeDialog();
        QVERIFY(welcome->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QTRY_VERIFY(temperatureRow(window));
        // The welcome keeps its Cancel button (a plain one, without the style's icon).
        auto *cancel = welcome->findChild<QPushButton *>(QStringLiteral("welcomeCancel"));
        QVERIFY(cancel);
        QVERIFY(cancel->icon().isNull());
        cancel->click();
        QTRY_VERIFY(!window.welcomeDialog());
    }

    void keyLookupWaitsForTheFirstFrameButNotForever()
    {
        MainWindow window(options()); // never shown
        QVERIFY(window.endpoints()->isResolving());
        QTRY_VERIFY_WITH_TIMEOUT(!window.endpoints()->isResolving(), 3000);
        QVERIFY(window.endpoints()->keyUsable()); // this profile needs no key
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
