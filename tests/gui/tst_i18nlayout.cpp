// Japanese and Chinese text is wider and taller than English: with each catalogue installed and a
// CJK font, no label, button, check box or tab of the main window, its docks, the settings or the
// welcome may be narrower than its text. Runs at 100% and, as tst_i18nlayout_2x, at 200%
// (QT_SCALE_FACTOR=2). With LINEUP_SCREENSHOT_DIR set it saves what it looked at.
#include "ClippedText.h"
#include "FakeServer.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include <QtTest>
#include <QtWidgets>

using namespace Lineup;
using namespace Lineup::Test;

class TestI18nLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckFindsClippedText()
    {
        QWidget root;
        auto *label = new QLabel(QStringLiteral("プロバイダープロファイル"), &root);
        auto *button = new QPushButton(QStringLiteral("接続をテスト(&T)"), &root);
        // Like the tab bars of tabbed docks: tabs shrink and elide when the bar is too narrow.
        auto *tabs = new QTabBar(&root);
        tabs->setElideMode(Qt::ElideRight);
        tabs->setUsesScrollButtons(false);
        for (const char *text : {"パラメーター", "プロンプト", "リクエスト"})
            tabs->addTab(QString::fromUtf8(text));
        label->setGeometry(0, 0, 30, 20);
        button->setGeometry(0, 30, 30, 20);
        tabs->setGeometry(0, 60, tabs->sizeHint().width() * 3 / 4, tabs->sizeHint().height());
        root.resize(tabs->sizeHint().width() + 20, 120);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        QCOMPARE(clippedTexts(&root).size(), 2 + tabs->count());
        label->resize(label->sizeHint());
        button->resize(button->sizeHint());
        tabs->resize(tabs->sizeHint());
        QCOMPARE(clippedTexts(&root), QStringList());
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void noTextIsClipped()
    {
        QFETCH(QString, language);
        const InstalledCatalogue catalogue(language);
        QVERIFY(catalogue.isLoaded());
        QVERIFY2(hasCjkFont(language), "no CJK font: install fonts-wqy-microhei");

        QTemporaryDir dir;
        FakeServer server;
        server.setRoute("GET", "/v1/models",
                        FakeResponse::json(QByteArray(R"({"data":[{"id":"test-model"}]})")));
        Test::saveFakeProfile(dir, server.baseUrl());
        MainWindow window(Test::fakeServiceLaunch(dir));
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("param-temperature")));
        QCOMPARE(window.menuBar()->actions().value(0)->text().contains(u'&'), true);
        QVERIFY(window.menuBar()->actions().value(0)->text() != QStringLiteral("&File"));

        QStringList problems = clippedTexts(&window);
        saveShot(&window, language + QStringLiteral("-window"));
        // Tabbed docks show one at a time: raise each and look again.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->raise();
            QCoreApplication::processEvents();
            problems += clippedTexts(dock);
            saveShot(dock, language + QStringLiteral("-dock-") + dock->objectName());
        }

        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        problems += clippedTexts(window.settingsDialog());
        saveShot(window.settingsDialog(), language + QStringLiteral("-settings"));
        window.settingsDialog()->close();

        window.openWelcome();
        QTRY_VERIFY(window.welcomeDialog() && window.welcomeDialog()->isVisible());
        problems += clippedTexts(window.welcomeDialog());
        saveShot(window.welcomeDialog(), language + QStringLiteral("-welcome"));
        window.welcomeDialog()->close();

        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestI18nLayout)
#include "tst_i18nlayout.moc"
