// The settings dialog against the REAL keychain: a Secret Service in a private D-Bus session
// (gnome-keyring, see docs/platform notes and .ci/run). Without one this suite FAILS, unless
// LINEUP_ALLOW_NO_KEYCHAIN=1 says skipping is acceptable on this machine.
//
// The "no keychain" path runs in a child process of this same executable whose
// DBUS_SESSION_BUS_ADDRESS points nowhere, so the real KeyStore meets a real failure.
#include "secrets/KeyStore.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include "api/ApiClient.h"
#include "providers/ProviderProfile.h"

#include <QtTest>
#include <QtWidgets>

#include <cstdio>

using namespace Lineup;

namespace {

const QString kService = QStringLiteral("LineupTest-keychain-settingsdialog");
const char *kChildVariable = "LINEUP_TST_NO_BACKEND_CHILD";

KeyResult waitFor(const std::function<void(KeyStore::Callback)> &start, int timeoutMs = 15000)
{
    std::optional<KeyResult> answer;
    start([&answer](const KeyResult &result) { answer = result; });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!answer) {
        KeyResult timedOut;
        timedOut.status = KeyResult::Status::Failed;
        timedOut.message =
            QStringLiteral("the keychain did not answer within %1 ms").arg(timeoutMs);
        return timedOut;
    }
    return *answer;
}

// Every file under `root` whose bytes contain `secret` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits.append(path);
    }
    return hits;
}

int countFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Child: the dialog with a keychain that cannot be reached. Prints what happened; exit code 0
// when the dialog said so in words, offered "Keep for this session only", and that kept the
// key in memory.
int runNoBackendChild()
{
    const QString home = QDir::homePath();
    QSettings settings(home + QStringLiteral("/.config/Lineup/lineup.ini"), QSettings::IniFormat);
    KeyStore keys(nullptr, kService);
    ApiClient client;
    SettingsDialog dialog(&settings, &keys, &client);
    dialog.selectProfile(QStringLiteral("cometapi"));
    const QString secret = qEnvironmentVariable("LINEUP_TST_SECRET");
    dialog.keyEdit()->setText(secret);

    std::optional<std::pair<bool, QString>> outcome;
    QObject::connect(&dialog, &SettingsDialog::keySaveFinished, &dialog,
                     [&outcome](bool stored, const QString &message) {
                         outcome = {stored, message};
                     });
    if (!dialog.saveProfile()) {
        std::fprintf(stderr, "saveProfile refused the form: %s\n",
                     qPrintable(dialog.formErrorLabel()->text()));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    while (!outcome && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!outcome) {
        std::fprintf(stderr, "the keychain never answered\n");
        return 3;
    }
    std::printf("stored=%d\nmessage=%s\nstatus=%s\nsessionButton=%d\n", outcome->first ? 1 : 0,
                qPrintable(outcome->second), qPrintable(dialog.keyStatusLabel()->text()),
                dialog.sessionOnlyButton()->isHidden() ? 0 : 1);
    if (outcome->first || dialog.sessionOnlyButton()->isHidden())
        return 4;
    QTest::mouseClick(dialog.sessionOnlyButton(), Qt::LeftButton);
    const QString keyRef = ProviderStore::keyRefFor(QStringLiteral("cometapi"));
    std::printf("sessionKeyKept=%d\nafter=%s\n", keys.sessionKey(keyRef) == secret ? 1 : 0,
                qPrintable(dialog.keyStatusLabel()->text()));
    settings.sync();
    std::fflush(stdout);
    return keys.sessionKey(keyRef) == secret ? 0 : 5;
}

} // namespace

class TestKeychainSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        KeyStore probe(nullptr, kService);
        const QString ref = QStringLiteral("probe");
        const KeyResult written = waitFor([&](KeyStore::Callback done) {
            probe.write(ref, QStringLiteral("probe-value"), this, done);
        });
        if (!written.ok()) {
            if (qEnvironmentVariable("LINEUP_ALLOW_NO_KEYCHAIN") == u'1')
                QSKIP("No Secret Service here, and LINEUP_ALLOW_NO_KEYCHAIN=1 allows skipping.");
            QFAIL(qPrintable(QStringLiteral("This suite needs a Secret Service (run it inside "
                                            "dbus-run-session with an unlocked gnome-keyring, "
                                            "or set LINEUP_ALLOW_NO_KEYCHAIN=1 to skip): ") +
                             written.message));
        }
        waitFor([&](KeyStore::Callback done) { probe.remove(ref, this, done); });
    }

    void init()
    {
        // Files go under HOME so the scan below covers them; HOME itself is the temporary one
        // the keychain runner sets up.
        m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() +
                                                QStringLiteral("/lineup-test-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_secret =
            QStringLiteral("sk-dialog-%1-secret").arg(QUuid::createUuid().toString(QUuid::Id128));
    }

    void cleanup()
    {
        KeyStore keys(nullptr, kService);
        waitFor([&](KeyStore::Callback done) {
            keys.remove(ProviderStore::keyRefFor(QStringLiteral("cometapi")), this, done);
        });
        m_dir.reset();
    }

    void keyGoesToTheKeychainAndNowhereElse()
    {
        const QString iniPath = m_dir->filePath(QStringLiteral("lineup.ini"));
        {
            QSettings settings(iniPath, QSettings::IniFormat);
            KeyStore keys(nullptr, kService);
            ApiClient client;
            SettingsDialog dialog(&settings, &keys, &client);
            dialog.selectProfile(QStringLiteral("cometapi"));
            QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
            QTest::keyClicks(dialog.keyEdit(), m_secret);
            QSignalSpy saved(&dialog, &SettingsDialog::keySaveFinished);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QVERIFY(saved.wait(15000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
            QCOMPARE(dialog.keyStatusLabel()->text(),
                     QStringLiteral("Key saved in the system keychain."));
            QVERIFY(dialog.keyEdit()->text().isEmpty()); // not kept in the form either
            QVERIFY(dialog.sessionOnlyButton()->isHidden());
            QVERIFY(
                keys.sessionKey(ProviderStore::keyRefFor(QStringLiteral("cometapi"))).isEmpty());
            settings.sync();
        }

        // Read back through a fresh store: it really is in the keychain.
        KeyStore reader(nullptr, kService);
        const KeyResult read = waitFor([&](KeyStore::Callback done) {
            reader.read(ProviderStore::keyRefFor(QStringLiteral("cometapi")), this, done);
        });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.key, m_secret);

        // The settings file names the keychain entry, never the key.
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray iniBytes = ini.readAll();
        QVERIFY(iniBytes.contains("apikey:cometapi")); // the keychain entry name only
        QVERIFY(!iniBytes.contains(m_secret.toUtf8()));
        // And no file under HOME holds it (the keyring's own file is encrypted).
        QVERIFY(countFiles(QDir::homePath()) > 0);
        const QStringList hits = filesContaining(QDir::homePath(), m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        // A reopened dialog knows a key is stored without showing it.
        QSettings settings(iniPath, QSettings::IniFormat);
        KeyStore keys(nullptr, kService);
        ApiClient client;
        SettingsDialog dialog(&settings, &keys, &client);
        dialog.selectProfile(QStringLiteral("cometapi"));
        QTRY_COMPARE(dialog.keyStatusLabel()->text(),
                     QStringLiteral("A key is stored in the system keychain."));
        QVERIFY(dialog.keyEdit()->text().isEmpty());
    }

    void welcomeImportsTheEnvironmentKey()
    {
        QSettings settings(m_dir->filePath(QStringLiteral("welcome.ini")), QSettings::IniFormat);
        KeyStore keys(nullptr, kService);
        WelcomeDialog dialog(&settings, &keys);
        QProcessEnvironment env;
        env.insert(QStringLiteral("COMETAPI_KEY"), m_secret);
        dialog.setEnvironment(env);
        dialog.setProbeCandidates({});
        QVERIFY(dialog.importCometKeyCheck()->isChecked());
        QSignalSpy chosen(&dialog, &WelcomeDialog::profileChosen);
        QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
        QVERIFY(chosen.wait(15000));
        QCOMPARE(dialog.chosenProfileId(), QStringLiteral("cometapi"));
        const KeyResult read = waitFor([&](KeyStore::Callback done) {
            keys.read(ProviderStore::keyRefFor(QStringLiteral("cometapi")), this, done);
        });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.key, m_secret);
        settings.sync();
        const QStringList hits = filesContaining(QDir::homePath(), m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void noKeychainOffersThisSessionOnly()
    {
        QTemporaryDir childHome(m_dir->filePath(QStringLiteral("child-XXXXXX")));
        QVERIFY(childHome.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("LINEUP_TST_SECRET"), m_secret);
        env.insert(QStringLiteral("HOME"), childHome.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   childHome.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   childHome.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), childHome.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") +
                       childHome.filePath(QStringLiteral("no-bus-here")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        const QString report = out + QStringLiteral("\n--- stderr ---\n") + err;
        QVERIFY(!report.contains(m_secret)); // not printed by the dialog or the keychain layer
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(report));
        QVERIFY2(out.contains(QStringLiteral("stored=0")), qPrintable(report));
        QVERIFY2(out.contains(QStringLiteral("No system keychain")), qPrintable(report));
        QVERIFY2(out.contains(QStringLiteral("sessionButton=1")), qPrintable(report));
        QVERIFY2(out.contains(QStringLiteral("sessionKeyKept=1")), qPrintable(report));
        QVERIFY2(out.contains(QStringLiteral("this session only")), qPrintable(report));
        // Never a silent plain-text fallback: nothing under the child's HOME holds the key.
        const QStringList hits = filesContaining(childHome.path(), m_secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runNoBackendChild();
    TestKeychainSettingsDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_settingsdialog.moc"
