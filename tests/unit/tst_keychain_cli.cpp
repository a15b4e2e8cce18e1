// `lineup-cli keys set|delete` against the real keychain (a Secret Service in a private D-Bus
// session: see docs and .ci/run). Without one this suite FAILS, unless
// LINEUP_ALLOW_NO_KEYCHAIN=1 says that skipping is acceptable on this machine.

#include "CliRunner.h"
#include "FakeServer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestKeychainCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_profile;

    CliRun chat()
    {
        return m_cli->run({QStringLiteral("chat"), QStringLiteral("--profile"), m_profile,
                           QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")});
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_server = std::make_unique<FakeServer>();
        m_cli = std::make_unique<CliRunner>(m_home->path());
        // A fresh id per run: the keychain outlives the temporary HOME.
        m_profile = QStringLiteral("kctest-%1")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const CliRun add =
            m_cli->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--id"),
                        m_profile, QStringLiteral("--base-url"), m_server->baseUrl().toString()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }

    void cleanup()
    {
        m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), m_profile});
        m_server.reset();
        m_cli.reset();
        m_home.reset();
    }

    void setUseAndDeleteKey()
    {
        const QByteArray secret = "sk-keychain-cli-test-4242";
        const CliRun set =
            m_cli->run({QStringLiteral("keys"), QStringLiteral("set"), m_profile}, secret + "\n");
        if (set.exitCode == 6 && qEnvironmentVariable("LINEUP_ALLOW_NO_KEYCHAIN") == u'1')
            QSKIP("No Secret Service here, and LINEUP_ALLOW_NO_KEYCHAIN=1 allows skipping.");
        QVERIFY2(set.exitCode == 0,
                 qPrintable(QStringLiteral("`keys set` needs a Secret Service (run inside "
                                           "dbus-run-session with an unlocked gnome-keyring, or "
                                           "set LINEUP_ALLOW_NO_KEYCHAIN=1 to skip)\n") +
                            set.describe()));
        QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));

        // The stored key (newline stripped) is what the request carries.
        m_server->enqueue(FakeResponse::sse({QByteArray(
            R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]})")}));
        CliRun run = chat();
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(m_server->lastRequest().header("Authorization"), QByteArray("Bearer " + secret));
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        const CliRun removed =
            m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), m_profile});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        const int before = m_server->requestCount();
        run = chat();
        QVERIFY2(run.exitCode == 6, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(QStringLiteral("keys set ") + m_profile));
        QCOMPARE(m_server->requestCount(), before);

        // Deleting again is not an error: there is simply nothing to delete.
        const CliRun again =
            m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), m_profile});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    }

    void withoutKeychainSaysWhatTheCliCanDo()
    {
        // An unreachable bus: no Secret Service. The advice fits a command line (start a keyring
        // or use the environment variable), not the app's "keep it for this session only".
        m_cli->setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=/nonexistent/lineup-test-bus"));
        const CliRun set = m_cli->run({QStringLiteral("keys"), QStringLiteral("set"), m_profile},
                                      "sk-never-stored-1234\n");
        QCOMPARE(set.exitCode, 6);
        QVERIFY2(set.errText().contains(QStringLiteral("no keychain is available")),
                 qPrintable(set.describe()));
        QVERIFY2(set.errText().contains(QStringLiteral("Start a keyring")),
                 qPrintable(set.describe()));
        QVERIFY2(!set.errText().contains(QStringLiteral("session only")),
                 qPrintable(set.describe()));
        QVERIFY(!set.errText().contains(QStringLiteral("sk-never-stored-1234")));
    }

    void keyNeverComesFromArgumentsOrEmptyInput()
    {
        CliRun run = m_cli->run({QStringLiteral("keys"), QStringLiteral("set"), m_profile,
                                 QStringLiteral("sk-on-the-command-line")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(QStringLiteral("stdin")));
        QVERIFY(!run.errText().contains(QStringLiteral("sk-on-the-command-line")));
        run = m_cli->run({QStringLiteral("keys"), QStringLiteral("set"), m_profile}, "\n");
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychain_cli.moc"
