// Japanese and Chinese text is wider and taller than English: with each catalogue installed and a
// CJK font, no label, button, check box or tab of the main window, its docks, the settings or the
// welcome may be narrower than its text. Runs at 100% and, as tst_i18nlayout_2x, at 200%
// (QT_SCALE_FACTOR=2). With LINEUP_SCREENSHOT_DIR set it saves what it looked at.
#include "FakeServer.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include <QtTest>
#include <QtWidgets>

using namespace Lineup;

namespace {

// The width a tab draws its text in: QTabBar elides its text to this rectangle, which is its
// tab minus the style's padding, icon and buttons (comparing with the whole tab lets an elided
// "パラメ…" pass).
int tabTextWidth(const QTabBar *tabs, int index)
{
    QStyleOptionTab option;
    option.initFrom(tabs);
    option.rect = tabs->tabRect(index);
    option.text = tabs->tabText(index);
    option.shape = tabs->shape();
    option.documentMode = tabs->documentMode();
    option.icon = tabs->tabIcon(index);
    option.iconSize = tabs->iconSize();
    if (const QWidget *button = tabs->tabButton(index, QTabBar::LeftSide))
        option.leftButtonSize = button->size();
    if (const QWidget *button = tabs->tabButton(index, QTabBar::RightSide))
        option.rightButtonSize = button->size();
    return tabs->style()->subElementRect(QStyle::SE_TabBarTabText, &option, tabs).width();
}

// Every text that does not fit where it is shown, as "class name: text (needs N, has M)".
QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    const auto describe = [](QWidget *w, const QString &text, int need, int have) {
        return QStringLiteral("%1 %2: \"%3\" needs %4 px, has %5")
            .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text)
            .arg(need)
            .arg(have);
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
                continue;
            const int need = label->sizeHint().width();
            if (label->width() + 1 < need)
                found.append(describe(w, label->text(), need, label->width()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || w->inherits("QToolBarExtension"))
                continue;
            const int need = button->minimumSizeHint().width();
            if (button->width() + 1 < need)
                found.append(describe(w, button->text(), need, button->width()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int need =
                    tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i)).width();
                const int have = tabTextWidth(tabs, i);
                if (have < need)
                    found.append(describe(w, tabs->tabText(i), need, have));
            }
        }
    }
    return found;
}

void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    widget->grab().save(dir + u'/' + name + u'-' + scale + QStringLiteral("x.png"));
}

} // namespace

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
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lineup_") + language));
        QCoreApplication::installTranslator(&translator);
        const auto uninstall =
            qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        // The test is about CJK glyphs, so they must not fall back to boxes.
        QVERIFY2(QFontDatabase::families(language == QLatin1String("ja")
                                             ? QFontDatabase::Japanese
                                             : QFontDatabase::SimplifiedChinese)
                         .size() > 0,
                 "no CJK font: install fonts-wqy-microhei");

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
        save(&window, language + QStringLiteral("-window"));
        // Tabbed docks show one at a time: raise each and look again.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->raise();
            QCoreApplication::processEvents();
            problems += clippedTexts(dock);
            save(dock, language + QStringLiteral("-dock-") + dock->objectName());
        }

        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        problems += clippedTexts(window.settingsDialog());
        save(window.settingsDialog(), language + QStringLiteral("-settings"));
        window.settingsDialog()->close();

        window.openWelcome();
        QTRY_VERIFY(window.welcomeDialog() && window.welcomeDialog()->isVisible());
        problems += clippedTexts(window.welcomeDialog());
        save(window.welcomeDialog(), language + QStringLiteral("-welcome"));
        window.welcomeDialog()->close();

        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestI18nLayout)
#include "tst_i18nlayout.moc"
