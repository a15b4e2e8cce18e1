// Issue 14's smaller pieces, widget by widget: the first run's other services, the truthful
// state after "Set up later", a new provider's id and key variable, the wrong-URL errors, the
// footer that keeps its units together, inline code and blockquotes, dark check boxes.
#include "DarkCheckBoxStyle.h"
#include "MainWindow.h"
#include "WindowFixture.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "chatview/MarkdownStream.h"
#include "chatview/MessageLayout.h"
#include "chatview/RenderContext.h"
#include "panels/ModelPanel.h"
#include "providers/ProviderProfile.h"
#include "secrets/KeyStore.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include <QtTest>
#include <QtWidgets>

using namespace Lineup;

class TestEverydayWidgets : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeyStore> m_keys;

    static void typeName(SettingsDialog &dialog, const QString &name)
    {
        // As typed (textEdited), with a letter QTest cannot type.
        dialog.nameEdit()->setText(name);
        Q_EMIT dialog.nameEdit()->textEdited(name);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("lineup.ini")),
                                                 QSettings::IniFormat);
        m_keys = std::make_unique<KeyStore>(nullptr, QStringLiteral("LineupTest-everyday"));
    }

    void cleanup()
    {
        m_keys.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void welcomeOffersOtherServicesAndAnyUrl()
    {
        WelcomeDialog dialog(m_settings.get(), m_keys.get());
        dialog.setEnvironment(QProcessEnvironment());
        dialog.setProbeCandidates({});
        for (const char *which : {"openai", "openrouter", "litellm", "custom"})
            QVERIFY2(dialog.serviceOption(QLatin1String(which)), which);
        QVERIFY(dialog.serviceUrlEdit(QStringLiteral("litellm")));
        QCOMPARE(dialog.serviceUrlEdit(QStringLiteral("litellm"))->text(),
                 QStringLiteral("http://localhost:4000/v1"));
        QVERIFY(!dialog.serviceUrlEdit(QStringLiteral("openai")));

        // Another URL: no key needed, saved as its own profile and chosen.
        dialog.serviceOption(QStringLiteral("custom"))->setChecked(true);
        dialog.serviceUrlEdit(QStringLiteral("custom"))->setText(QStringLiteral("not a url"));
        dialog.finish();
        QVERIFY(dialog.chosenProfileId().isEmpty()); // refused, and it says why
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("base URL")));
        dialog.serviceUrlEdit(QStringLiteral("custom"))
            ->setText(QStringLiteral("http://gpu-box.lan:8000/v1"));
        dialog.finish();
        QCOMPARE(dialog.chosenProfileId(), QStringLiteral("gpu-box.lan"));
        const auto saved = ProviderStore(*m_settings).profile(QStringLiteral("gpu-box.lan"));
        QVERIFY(saved);
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("http://gpu-box.lan:8000/v1")));
        QVERIFY(!saved->requiresKey);
        QCOMPARE(ProviderStore(*m_settings).defaultProfileId(), QStringLiteral("gpu-box.lan"));
    }

    void afterSetUpLaterNothingClaimsAConnection()
    {
        // The first run's window, then "Set up later": CometAPI without a key.
        LaunchOptions launch;
        launch.dataDir = m_dir->filePath(QStringLiteral("data"));
        launch.settingsFile = m_dir->filePath(QStringLiteral("first.ini"));
        MainWindow window(launch);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.welcomeDialog());
        window.welcomeDialog()->laterOption()->setChecked(true);
        window.welcomeDialog()->finish();
        QTRY_VERIFY(!window.welcomeDialog());
        auto *detail = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(detail);
        QTRY_VERIFY(window.modelPanel()->statusText().contains(QStringLiteral("needs an API key")));
        QCOMPARE(window.modelPanel()->state(), ModelPanel::State::Idle); // never asked
        bool claimsConnection = false;
        bool saysKey = false;
        for (QLabel *label : detail->findChildren<QLabel *>()) {
            claimsConnection =
                claimsConnection || label->text().contains(QStringLiteral("Connected"));
            saysKey = saysKey || label->text().contains(QStringLiteral("needs an API key"));
        }
        QVERIFY(!claimsConnection);
        QVERIFY(saysKey);
        auto *warning = window.findChild<QLabel *>(QStringLiteral("statusWarning"));
        QVERIFY(warning->isVisibleTo(&window));
        QVERIFY(warning->text().contains(QStringLiteral("No API key")));
    }

    void newProviderIdFollowsItsName()
    {
        ApiClient client;
        SettingsDialog dialog(m_settings.get(), m_keys.get(), &client);
        dialog.addProfile();
        QVERIFY(!dialog.envVarEdit()->placeholderText().contains(QStringLiteral("COMETAPI")));
        typeName(dialog, QStringLiteral("My Büro Server"));
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("my-buro-server"));
        QVERIFY(dialog.envVarEdit()->placeholderText().contains(QStringLiteral("MY_BURO_SERVER")));
        // Typed by hand, the id stays; emptied, Save still works with one from the name.
        dialog.idEdit()->clear();
        dialog.baseUrlEdit()->setText(QStringLiteral("http://localhost:9000/v1"));
        QVERIFY2(dialog.saveProfile(), qPrintable(dialog.formErrorLabel()->text()));
        QVERIFY(ProviderStore(*m_settings).profile(QStringLiteral("my-buro-server")));
        // A second one with the same name gets its own id.
        dialog.addProfile();
        typeName(dialog, QStringLiteral("My Büro Server"));
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("my-buro-server-2"));
    }

    void keyStatusLineHasTheWholeFormWidth()
    {
        ApiClient client;
        SettingsDialog dialog(m_settings.get(), m_keys.get(), &client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.keyStatusLabel()->setText(QStringLiteral("Key saved in the system keychain."));
        QApplication::processEvents();
        QVERIFY(dialog.keyStatusLabel()->width() >= dialog.keyEdit()->width());
        QCOMPARE(dialog.keyStatusLabel()->heightForWidth(dialog.keyStatusLabel()->width()),
                 dialog.keyStatusLabel()->fontMetrics().lineSpacing() +
                     2 * dialog.keyStatusLabel()->margin());
    }

    void idFromName()
    {
        QCOMPARE(ProviderStore::idFromName(QStringLiteral("LM Studio (work)")),
                 QStringLiteral("lm-studio-work"));
        QCOMPARE(ProviderStore::idFromName(QStringLiteral("  ")), QStringLiteral("service"));
        QCOMPARE(ProviderStore::idFromName(QStringLiteral("vLLM"), {QStringLiteral("VLLM")}),
                 QStringLiteral("vllm-2"));
        QVERIFY(ProviderStore::isValidId(ProviderStore::idFromName(QStringLiteral("-._x"))));
    }

    void notAnApiIsNamedAndNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("wrongUrl");
        QTest::newRow("501") << 501 << false << true;
        QTest::newRow("405") << 405 << false << true;
        QTest::newRow("505") << 505 << false << false;
        QTest::newRow("511") << 511 << false << false;
        QTest::newRow("500") << 500 << true << false;
        QTest::newRow("503") << 503 << true << false;
    }

    void notAnApiIsNamedAndNotRetried()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QFETCH(bool, wrongUrl);
        const ApiError error = ApiError::fromHttp(status, "<html>Unsupported method</html>");
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.looksLikeWrongEndpoint(), wrongUrl);
        QCOMPARE(error.humanMessage().contains(QStringLiteral("OpenAI-compatible")), wrongUrl);
        QCOMPARE(error.humanMessage().contains(QStringLiteral("Try again later")), retryable);
    }

    void footerItemsStayOnOneLine()
    {
        const QString kept = MessageLayout::keepTogether(QStringLiteral("12.5 tokens/s"));
        QVERIFY(!kept.contains(QLatin1Char(' ')));
        QTextLayout layout(kept, QApplication::font());
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(QFontMetricsF(QApplication::font()).horizontalAdvance(kept) * 0.8);
        layout.endLayout();
        // Too narrow for all of it: WrapAtWordBoundaryOrAnywhere breaks inside a word only as a
        // last resort, never at "tokens/" the way a break opportunity would.
        QVERIFY(!kept.left(line.textLength()).endsWith(QLatin1Char('/')));
    }

    // A narrow comparison pane: an item wider than the card breaks between words, not inside.
    void footerItemTooWideBreaksBetweenWords()
    {
        const QString item = QStringLiteral("Tokens: 24 prompt, 30 completion");
        const QFontMetricsF metrics(QApplication::font());
        const qreal width = metrics.horizontalAdvance(item) * 0.7;
        QCOMPARE(MessageLayout::footerItem(item, metrics, 2 * width),
                 MessageLayout::keepTogether(item));
        const QString laid = MessageLayout::footerItem(item, metrics, width);
        QTextLayout layout(laid, QApplication::font());
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(width);
        layout.endLayout();
        const QString firstLine = laid.left(first.textLength());
        QVERIFY2(firstLine.endsWith(QLatin1Char(' ')), qPrintable(firstLine));
        QVERIFY(firstLine.size() < laid.size());
    }

    void inlineCodeIsTintedAndQuotesMarked()
    {
        RenderContext context;
        context.font = QApplication::font();
        context.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        context.smallFont = context.font;
        context.palette = QApplication::palette();
        MarkdownStream stream(&context);
        stream.setWidth(400);
        stream.setText(QStringLiteral("Call `run()` now.\n\n> quoted words\n"), true);
        bool tinted = false;
        bool quote = false;
        for (const MarkdownStream::Block &block : stream.blocks()) {
            quote = quote || block.quote;
            for (QTextBlock text = block.doc->begin(); text.isValid(); text = text.next()) {
                for (auto it = text.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (format.fontFixedPitch() && format.background().style() != Qt::NoBrush)
                        tinted = true;
                }
            }
        }
        QVERIFY(tinted);
        QVERIFY(quote);
    }

    void uncheckedBoxesAreVisibleInDarkMode()
    {
        QCheckBox box(QStringLiteral("Send"));
        DarkCheckBoxStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        box.setStyle(&style);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        box.setPalette(dark);
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = style.subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        int brightest = 0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y)
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                brightest = qMax(brightest, QColor(image.pixel(x, y)).lightness());
        // The frame stands out from the window (lightness about 45).
        QVERIFY2(brightest > 110, qPrintable(QString::number(brightest)));
        box.setStyle(nullptr);
    }
};

QTEST_MAIN(TestEverydayWidgets)
#include "tst_everydaywidgets.moc"
