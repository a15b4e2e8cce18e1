// Provider settings and the first-run welcome, against the fake server. No keychain needed: keys
// are only typed for "Test connection" here (tst_keychain_settingsdialog stores them).
#include "FakeServer.h"

#include "api/ApiClient.h"
#include "providers/ProviderProfile.h"
#include "secrets/KeyStore.h"
#include "settings/LanguageSetting.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"
#include "util/Translations.h"

#include <QtTest>
#include <QtWidgets>

using namespace Lineup;

namespace {

QJsonObject threeModels()
{
    QJsonArray data;
    for (const char *id : {"llama3.2", "qwen2.5", "mistral"})
        data.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                {QStringLiteral("object"), QStringLiteral("model")}});
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("data"), data}};
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed when probe goes away: nobody listens there
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<KeyStore> m_keys;

    QString settingsPath() const
    {
        return m_home->filePath(QStringLiteral(".config/Lineup/lineup.ini"));
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_server = std::make_unique<FakeServer>();
        m_server->setRoute("GET", "/v1/models", FakeResponse::json(threeModels()));
        m_client = std::make_unique<ApiClient>();
        ClientOptions options;
        options.maxRetries = 0;
        options.connectTimeoutMs = 2000;
        m_client->setOptions(options);
        // A service name of its own: this suite must never touch a real user's entries.
        m_keys = std::make_unique<KeyStore>(nullptr, QStringLiteral("LineupTest-settingsdialog"));
    }

    void cleanup()
    {
        m_keys.reset();
        m_client.reset();
        m_server.reset();
        m_settings.reset();
        m_home.reset();
    }

    void profilesAreAddedEditedAndRemoved()
    {
        SettingsDialog dialog(m_settings.get(), m_keys.get(), m_client.get());
        const int builtIns = dialog.profileList()->count();
        QVERIFY(builtIns >= 1);
        QCOMPARE(dialog.selectedProfileId(), QStringLiteral("cometapi"));
        QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);

        QSignalSpy changed(&dialog, &SettingsDialog::profilesChanged);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addProfile")),
                          Qt::LeftButton);
        QVERIFY(dialog.selectedProfileId().isEmpty());
        QVERIFY(!dialog.idEdit()->isReadOnly());
        dialog.nameEdit()->setText(QStringLiteral("Team proxy"));
        dialog.idEdit()->setText(QStringLiteral("team"));
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(QStringLiteral("litellm")));
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:4000/v1"));
        dialog.proxyEdit()->setText(QStringLiteral("none"));
        dialog.envVarEdit()->setText(QStringLiteral("TEAM_KEY"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.profileList()->count(), builtIns + 1);
        QCOMPARE(dialog.selectedProfileId(), QStringLiteral("team"));
        QVERIFY(dialog.idEdit()->isReadOnly()); // the key is filed under the id

        {
            QSettings reread(settingsPath(), QSettings::IniFormat);
            ProviderStore store(reread);
            const auto saved = store.profile(QStringLiteral("team"));
            QVERIFY(saved);
            QCOMPARE(saved->name, QStringLiteral("Team proxy"));
            QCOMPARE(saved->kind, ProviderKind::LiteLlm);
            QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));
            QCOMPARE(saved->proxy, QStringLiteral("none"));
            QCOMPARE(saved->envVar, QStringLiteral("TEAM_KEY"));
            QCOMPARE(saved->keyRef, ProviderStore::keyRefFor(QStringLiteral("team")));
        }

        // Edit.
        dialog.selectProfile(QStringLiteral("team"));
        dialog.nameEdit()->setText(QStringLiteral("Team LiteLLM"));
        dialog.baseUrlEdit()->setText(QStringLiteral("https://llm.example.org/v1"));
        QVERIFY(dialog.saveProfile());
        {
            QSettings reread(settingsPath(), QSettings::IniFormat);
            const auto saved = ProviderStore(reread).profile(QStringLiteral("team"));
            QCOMPARE(saved->name, QStringLiteral("Team LiteLLM"));
            QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://llm.example.org/v1")));
        }

        // Invalid forms are refused with a sentence, nothing is written.
        dialog.baseUrlEdit()->setText(QStringLiteral("ftp://nowhere"));
        QVERIFY(!dialog.saveProfile());
        QVERIFY(dialog.formErrorLabel()->text().contains(QStringLiteral("http")));
        dialog.addProfile();
        dialog.nameEdit()->setText(QStringLiteral("Duplicate"));
        dialog.idEdit()->setText(QStringLiteral("team"));
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:1/v1"));
        QVERIFY(!dialog.saveProfile());
        QVERIFY(dialog.formErrorLabel()->text().contains(QStringLiteral("already exists")));
        dialog.idEdit()->setText(QStringLiteral("bad id/with slash"));
        QVERIFY(!dialog.saveProfile());
        dialog.proxyEdit()->setText(QStringLiteral("gopher://x"));
        dialog.idEdit()->setText(QStringLiteral("fine"));
        QVERIFY(!dialog.saveProfile());
        QVERIFY(dialog.formErrorLabel()->text().contains(QStringLiteral("proxy")));

        // Remove, with the non-blocking confirmation.
        dialog.selectProfile(QStringLiteral("team"));
        dialog.confirmRemoveSelected();
        auto *confirm = dialog.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QCOMPARE(dialog.profileList()->count(), builtIns);
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QVERIFY(!ProviderStore(reread).profile(QStringLiteral("team")));
        // A built-in can be removed too, and stays removed.
        QVERIFY(dialog.removeProfile(QStringLiteral("openai")));
        QSettings again(settingsPath(), QSettings::IniFormat);
        QVERIFY(!ProviderStore(again).profile(QStringLiteral("openai")));
        QCOMPARE(dialog.profileList()->count(), builtIns - 1);
    }

    void everyControlIsDescribed()
    {
        SettingsDialog settings(m_settings.get(), m_keys.get(), m_client.get());
        WelcomeDialog welcome(m_settings.get(), m_keys.get());
        QProcessEnvironment env;
        env.insert(QStringLiteral("COMETAPI_KEY"), QStringLiteral("x"));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("y"));
        welcome.setEnvironment(env);
        welcome.setProbeCandidates(
            {{ProviderKind::Ollama, QStringLiteral("Ollama"), m_server->port()}});
        QSignalSpy probed(&welcome, &WelcomeDialog::probeFinished);
        welcome.startProbe();
        QVERIFY(probed.wait(3000));
        QCOMPARE(welcome.localServerOptions().size(), 1);
        QList<QWidget *> widgets = settings.findChildren<QWidget *>();
        widgets += welcome.findChildren<QWidget *>();
        for (QWidget *widget : std::as_const(widgets)) {
            if (!(qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                  qobject_cast<QComboBox *>(widget) || qobject_cast<QListWidget *>(widget)))
                continue;
            if (widget->inherits("QLineEditIconButton") || widget->parent()->inherits("QComboBox"))
                continue;
            const QByteArray what =
                widget->metaObject()->className() + QByteArray(" ") + widget->objectName().toUtf8();
            QVERIFY2(!widget->accessibleName().isEmpty(), what.constData());
            QVERIFY2(!widget->toolTip().isEmpty(), what.constData());
        }
        // The dialogs' buttons match: plain text, none with a style icon beside one without.
        for (const QString &name :
             {QStringLiteral("saveProfile"), QStringLiteral("closeSettings"),
              QStringLiteral("welcomeContinue"), QStringLiteral("welcomeCancel")}) {
            QWidget *dialog = name.startsWith(QLatin1String("welcome"))
                                  ? static_cast<QWidget *>(&welcome)
                                  : static_cast<QWidget *>(&settings);
            auto *button = dialog->findChild<QAbstractButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(button->icon().isNull(), qPrintable(name));
        }
    }

    void languageIsSavedAndAppliesAtTheNextStart()
    {
        SettingsDialog dialog(m_settings.get(), m_keys.get(), m_client.get());
        QComboBox *combo = dialog.languageSetting()->combo();
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                                     QStringLiteral("日本語"), QStringLiteral("简体中文")}));
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(dialog.languageSetting()->restartNote()->isHidden());
        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        QCOMPARE(m_settings->value(QLatin1String(kLanguageSettingKey)).toString(),
                 QStringLiteral("ja"));
        QVERIFY(!dialog.languageSetting()->restartNote()->isHidden());
        QVERIFY(dialog.languageSetting()->restartNote()->text().contains(
            QStringLiteral("starts again")));

        // Reopened: the saved choice is shown, and the system default removes the setting.
        SettingsDialog reopened(m_settings.get(), m_keys.get(), m_client.get());
        QComboBox *again = reopened.languageSetting()->combo();
        QCOMPARE(again->currentData().toString(), QStringLiteral("ja"));
        QVERIFY(reopened.languageSetting()->restartNote()->isHidden());
        again->setCurrentIndex(0);
        QVERIFY(!m_settings->contains(QLatin1String(kLanguageSettingKey)));
    }

    void testConnectionReportsSuccessInWords()
    {
        SettingsDialog dialog(m_settings.get(), m_keys.get(), m_client.get());
        dialog.addProfile();
        dialog.baseUrlEdit()->setText(m_server->baseUrl().toString());
        dialog.keyEdit()->setText(QStringLiteral("sk-typed-for-test"));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        const QString message = tested.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Connected: 3 models available (")),
                 qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral(" s)")));
        QCOMPARE(dialog.testResultLabel()->text(), message);
        QCOMPARE(m_server->lastRequest().path, QByteArray("/v1/models"));
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 QByteArray("Bearer sk-typed-for-test"));
        // Testing does not save anything.
        m_settings->sync();
        QFile ini(settingsPath());
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains("sk-typed-for-test"));
    }

    void testConnectionReportsAWrongKey()
    {
        const QByteArray body =
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})";
        m_server->setRoute("GET", "/v1/models", FakeResponse::json(body, 401));
        SettingsDialog dialog(m_settings.get(), m_keys.get(), m_client.get());
        dialog.addProfile();
        dialog.baseUrlEdit()->setText(m_server->baseUrl().toString());
        dialog.keyEdit()->setText(QStringLiteral("sk-wrong"));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        const QString expected = ApiError::fromHttp(401, body).humanMessage();
        QCOMPARE(tested.first().at(1).toString(), expected);
        QCOMPARE(dialog.testResultLabel()->text(), expected);
        QVERIFY(dialog.testButton()->isEnabled());
    }

    void testConnectionReportsARefusedConnection()
    {
        SettingsDialog dialog(m_settings.get(), m_keys.get(), m_client.get());
        dialog.addProfile();
        dialog.requiresKeyCheck()->setChecked(false);
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(unusedPort()));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY(!tested.first().at(1).toString().isEmpty());
    }

    void welcomeFindsALocalServer()
    {
        WelcomeDialog dialog(m_settings.get(), m_keys.get());
        dialog.setEnvironment(QProcessEnvironment());
        dialog.setProbeCandidates(
            {{ProviderKind::Ollama, QStringLiteral("Ollama"), m_server->port()},
             {ProviderKind::LlamaCpp, QStringLiteral("llama.cpp"), unusedPort()}});
        dialog.setProbeTimeout(500);
        QSignalSpy probed(&dialog, &WelcomeDialog::probeFinished);
        dialog.startProbe();
        QVERIFY(probed.wait(3000));
        QCOMPARE(dialog.foundServers().size(), 1);
        const LocalServer found = dialog.foundServers().first();
        QCOMPARE(found.candidate.port, m_server->port());
        QCOMPARE(found.modelCount, 3);
        QCOMPARE(dialog.localServerOptions().size(), 1);
        QRadioButton *option = dialog.localServerOptions().first();
        QVERIFY(option->text().contains(QStringLiteral("Ollama")));
        QVERIFY(option->text().contains(QString::number(m_server->port())));
        QVERIFY(option->isChecked()); // no CometAPI key: the local server is preselected
        QVERIFY(!dialog.importCometKeyCheck()->isVisibleTo(&dialog));

        QSignalSpy chosen(&dialog, &WelcomeDialog::profileChosen);
        QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(dialog.chosenProfileId(), QStringLiteral("ollama"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSettings reread(settingsPath(), QSettings::IniFormat);
        ProviderStore store(reread);
        QCOMPARE(store.defaultProfileId(), QStringLiteral("ollama"));
        QCOMPARE(store.profile(QStringLiteral("ollama"))->baseUrl, m_server->baseUrl());
    }

    void welcomeDefaultsToCometApi()
    {
        WelcomeDialog dialog(m_settings.get(), m_keys.get());
        QProcessEnvironment env;
        env.insert(QStringLiteral("COMETAPI_KEY"), QStringLiteral("sk-from-env"));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-openai-env"));
        dialog.setEnvironment(env);
        QVERIFY(dialog.cometApiOption()->isChecked());
        QVERIFY(dialog.importCometKeyCheck()->isVisibleTo(&dialog));
        QVERIFY(dialog.importCometKeyCheck()->isChecked());
        QVERIFY(dialog.importOpenAiKeyCheck()->isVisibleTo(&dialog));
        QVERIFY(!dialog.keyEdit()->isEnabled()); // the environment's key is used
        // Without importing anything, CometAPI is chosen and nothing touches the keychain.
        dialog.importCometKeyCheck()->setChecked(false);
        dialog.importOpenAiKeyCheck()->setChecked(false);
        QVERIFY(dialog.keyEdit()->isEnabled());
        dialog.setProbeCandidates({});
        dialog.finish();
        QCOMPARE(dialog.chosenProfileId(), QStringLiteral("cometapi"));
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QCOMPARE(ProviderStore(reread).defaultProfileId(), QStringLiteral("cometapi"));

        WelcomeDialog later(m_settings.get(), m_keys.get());
        later.setEnvironment(QProcessEnvironment());
        later.laterOption()->setChecked(true);
        later.finish();
        QVERIFY(later.chosenProfileId().isEmpty());
        QCOMPARE(later.result(), int(QDialog::Accepted));
    }

    void screenshots()
    {
        // Saved for people to look at when LINEUP_SCREENSHOT_DIR is set.
        const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR", m_home->path());
        SettingsDialog settings(m_settings.get(), m_keys.get(), m_client.get());
        settings.selectProfile(QStringLiteral("cometapi"));
        settings.keyEdit()->setText(QStringLiteral("not-a-real-key"));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const QImage settingsImage = settings.grab().toImage();
        QVERIFY(!settingsImage.isNull());
        QVERIFY(settingsImage.save(dir + QStringLiteral("/settings-dialog.png")));

        // Dark mode follows the palette: nothing in the dialog may keep light colours.
        const QPalette light = settings.palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        settings.setPalette(dark);
        const QImage darkImage = settings.grab().toImage();
        settings.setPalette(light);
        QVERIFY(darkImage.save(dir + QStringLiteral("/settings-dialog-dark.png")));
        // The window background really is dark (sampled away from any control).
        QVERIFY(qGray(darkImage.pixel(darkImage.width() / 2, darkImage.height() - 8)) < 80);

        WelcomeDialog welcome(m_settings.get(), m_keys.get());
        welcome.setEnvironment(QProcessEnvironment());
        welcome.setProbeCandidates(
            {{ProviderKind::Ollama, QStringLiteral("Ollama"), m_server->port()}});
        QSignalSpy probed(&welcome, &WelcomeDialog::probeFinished);
        welcome.show();
        QVERIFY(probed.wait(3000));
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        const QImage welcomeImage = welcome.grab().toImage();
        QVERIFY(!welcomeImage.isNull());
        QVERIFY(welcomeImage.save(dir + QStringLiteral("/welcome-dialog.png")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
