// Talks to a real Secret Service (gnome-keyring in a private D-Bus session, see
// platform-notes.md). Without one the suite fails, unless LINEUP_ALLOW_NO_KEYCHAIN=1 says that
// is expected here. The "no keychain" path is checked in a child process of this binary that
// gets a session bus address pointing nowhere.
#include "providers/ProviderProfile.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <numeric>
#include <optional>

using namespace Lineup;

namespace {

constexpr int kJobTimeoutMs = 10000;
const char *const kChildFlag = "--no-backend-child";

QString uniqueService()
{
    return QStringLiteral("LineupTest-%1").arg(QCoreApplication::applicationPid());
}

// Waits for one callback of the store; nullopt when the keychain stayed silent.
template <typename Start> std::optional<KeyResult> await(Start start)
{
    QEventLoop loop;
    QObject context;
    std::optional<KeyResult> result;
    start(&context, [&](const KeyResult &answer) {
        result = answer;
        loop.quit();
    });
    QTimer::singleShot(kJobTimeoutMs, &context, [&loop] { loop.quit(); });
    if (!result)
        loop.exec();
    return result;
}

std::optional<KeyResult> readKey(KeyStore &store, const QString &keyRef)
{
    return await([&](QObject *context, KeyStore::Callback done) {
        store.read(keyRef, context, std::move(done));
    });
}

std::optional<KeyResult> writeKey(KeyStore &store, const QString &keyRef, const QString &key)
{
    return await([&](QObject *context, KeyStore::Callback done) {
        store.write(keyRef, key, context, std::move(done));
    });
}

std::optional<KeyResult> removeKey(KeyStore &store, const QString &keyRef)
{
    return await([&](QObject *context, KeyStore::Callback done) {
        store.remove(keyRef, context, std::move(done));
    });
}

ProviderProfile cometProfile()
{
    return ProviderStore::builtIns().first();
}

ProviderProfile profileById(const char *id)
{
    for (const ProviderProfile &profile : ProviderStore::builtIns()) {
        if (profile.id == QLatin1String(id))
            return profile;
    }
    return {};
}

KeyResolver::Environment fakeEnvironment(const QString &name, const QString &value)
{
    return [name, value](const QString &asked) { return asked == name ? value : QString(); };
}

// The child side of noKeychainIsAClearErrorAndEnvironmentStillWorks(): everything it learns is
// printed as one JSON object on stdout.
int runNoBackendChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeyStore store(nullptr, uniqueService());
    QJsonObject report;

    const auto read = readKey(store, QStringLiteral("probe"));
    report.insert(QStringLiteral("answered"), read.has_value());
    if (read) {
        report.insert(QStringLiteral("status"), int(read->status));
        report.insert(QStringLiteral("message"), read->message);
    }
    const auto write = writeKey(store, QStringLiteral("probe"), QStringLiteral("never-stored"));
    report.insert(QStringLiteral("writeStatus"), write ? int(write->status) : -1);

    const ProviderProfile comet = cometProfile();
    const ResolvedKey fromEnv = KeyResolver(store, fakeEnvironment(QStringLiteral("COMETAPI_KEY"),
                                                                   QStringLiteral("env-key")))
                                    .resolveBlocking(comet, kJobTimeoutMs);
    report.insert(QStringLiteral("envUsable"), fromEnv.usable);
    report.insert(QStringLiteral("envSource"), int(fromEnv.source));
    report.insert(QStringLiteral("envKeyMatches"), fromEnv.key == QLatin1String("env-key"));
    report.insert(QStringLiteral("envMessage"), fromEnv.message);

    const ResolvedKey missing =
        KeyResolver(store, fakeEnvironment({}, {})).resolveBlocking(comet, kJobTimeoutMs);
    report.insert(QStringLiteral("missingUsable"), missing.usable);
    report.insert(QStringLiteral("missingStatus"), int(missing.keychainStatus));
    report.insert(QStringLiteral("missingMessage"), missing.message);

    store.setSessionKey(comet.keyRef, QStringLiteral("session-key"));
    const ResolvedKey session =
        KeyResolver(store, fakeEnvironment({}, {})).resolveBlocking(comet, kJobTimeoutMs);
    report.insert(QStringLiteral("sessionSource"), int(session.source));

    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<KeyStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<KeyStore>(nullptr, uniqueService());
        const auto probe = writeKey(*m_store, QStringLiteral("probe"), QStringLiteral("probe"));
        QVERIFY2(probe, "the Secret Service did not answer within 10 s (is the keyring locked?)");
        if (probe->status == KeyResult::Status::NoBackend) {
            if (qEnvironmentVariable("LINEUP_ALLOW_NO_KEYCHAIN") == QLatin1String("1"))
                QSKIP(qPrintable(probe->message));
            QFAIL(qPrintable(QStringLiteral("%1 Run this suite inside dbus-run-session with an "
                                            "unlocked gnome-keyring (see platform-notes.md), or "
                                            "set LINEUP_ALLOW_NO_KEYCHAIN=1.")
                                 .arg(probe->message)));
        }
        QVERIFY2(probe->ok(), qPrintable(probe->message));
        QVERIFY(removeKey(*m_store, QStringLiteral("probe")));
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const char *keyRef : {"roundtrip", "queued", "orphan", "session", "resolver"})
            removeKey(*m_store, QLatin1String(keyRef));
        removeKey(*m_store, cometProfile().keyRef);
        removeKey(*m_store, profileById("llamacpp").keyRef);
    }

    void writeReadOverwriteDelete()
    {
        const QString keyRef = QStringLiteral("roundtrip");
        const QString first = QStringLiteral("sk-first-ключ-鍵");
        auto result = writeKey(*m_store, keyRef, first);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message));

        result = readKey(*m_store, keyRef);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(result->key, first);

        result = writeKey(*m_store, keyRef, QStringLiteral("sk-second"));
        QVERIFY(result && result->ok());
        result = readKey(*m_store, keyRef);
        QVERIFY(result && result->ok());
        QCOMPARE(result->key, QStringLiteral("sk-second"));

        result = removeKey(*m_store, keyRef);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message));

        result = readKey(*m_store, keyRef);
        QVERIFY(result);
        QCOMPARE(result->status, KeyResult::Status::NotFound);
        QVERIFY(result->key.isEmpty());
        QVERIFY2(result->message.contains(keyRef), qPrintable(result->message));
    }

    void readingAMissingEntryIsNotFound()
    {
        const auto result = readKey(*m_store, QStringLiteral("never-written"));
        QVERIFY(result);
        QCOMPARE(result->status, KeyResult::Status::NotFound);
        QVERIFY(!result->message.isEmpty());
    }

    void manyQueuedJobsCompleteInOrder()
    {
        // Submitted in one go: QtKeychain would break if they overlapped; the store runs them
        // one after another, in order, and never calls back before returning.
        const QString keyRef = QStringLiteral("queued");
        QObject context;
        QList<int> order;
        QStringList reads;
        int expected = 0;
        const auto record = [&](int index) {
            return [&, index](const KeyResult &result) {
                order.append(index);
                if (!result.ok() && result.status != KeyResult::Status::NotFound)
                    qWarning("job %d failed: %s", index, qPrintable(result.message));
                if (!result.key.isEmpty() || result.status == KeyResult::Status::NotFound)
                    reads.append(result.ok() ? result.key : QStringLiteral("<none>"));
            };
        };
        for (int round = 0; round < 8; ++round) {
            m_store->write(keyRef, QStringLiteral("value-%1").arg(round), &context,
                           record(expected++));
            m_store->read(keyRef, &context, record(expected++));
        }
        m_store->remove(keyRef, &context, record(expected++));
        m_store->read(keyRef, &context, record(expected++));
        QVERIFY(order.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(order.size(), expected, 30000);
        QList<int> sorted(expected);
        std::iota(sorted.begin(), sorted.end(), 0);
        QCOMPARE(order, sorted);
        QStringList wanted;
        for (int round = 0; round < 8; ++round)
            wanted.append(QStringLiteral("value-%1").arg(round));
        wanted.append(QStringLiteral("<none>"));
        QCOMPARE(reads, wanted);
    }

    void callbacksAreSkippedForADeadContext()
    {
        const QString keyRef = QStringLiteral("orphan");
        int deadCalls = 0;
        auto *doomed = new QObject;
        m_store->write(keyRef, QStringLiteral("written-anyway"), doomed,
                       [&deadCalls](const KeyResult &) { ++deadCalls; });
        m_store->read(keyRef, doomed, [&deadCalls](const KeyResult &) { ++deadCalls; });
        delete doomed;

        // A null context means "always call back".
        std::optional<KeyResult> unowned;
        m_store->read(keyRef, nullptr, [&unowned](const KeyResult &result) { unowned = result; });
        QTRY_VERIFY_WITH_TIMEOUT(unowned.has_value(), kJobTimeoutMs);
        QCOMPARE(deadCalls, 0);
        // The write itself still happened; only its callback was dropped.
        QVERIFY2(unowned->ok(), qPrintable(unowned->message));
        QCOMPARE(unowned->key, QStringLiteral("written-anyway"));
    }

    void destroyingTheStoreMidJobIsSafe()
    {
        // The CLI gives up on a silent keychain by destroying its store; the running job must
        // finish on its own without calling into the dead store.
        bool called = false;
        auto doomed = std::make_unique<KeyStore>(nullptr, uniqueService());
        doomed->write(QStringLiteral("orphan"), QStringLiteral("late"), nullptr,
                      [&called](const KeyResult &) { called = true; });
        QCoreApplication::processEvents(); // starts the job
        doomed.reset();
        // The orphaned job runs on its own; wait until its write shows.
        QString seen;
        QElapsedTimer waited;
        waited.start();
        while (seen != QLatin1String("late") && waited.elapsed() < kJobTimeoutMs) {
            QTest::qWait(50);
            const auto after = readKey(*m_store, QStringLiteral("orphan"));
            QVERIFY(after);
            seen = after->key;
        }
        QCOMPARE(seen, QStringLiteral("late"));
        QVERIFY(!called);
    }

    void sessionKeysStayInMemory()
    {
        const QString keyRef = QStringLiteral("session");
        QVERIFY(m_store->sessionKey(keyRef).isEmpty());
        m_store->setSessionKey(keyRef, QStringLiteral("sk-session"));
        QCOMPARE(m_store->sessionKey(keyRef), QStringLiteral("sk-session"));
        const auto stored = readKey(*m_store, keyRef);
        QVERIFY(stored);
        QCOMPARE(stored->status, KeyResult::Status::NotFound);

        KeyStore other(nullptr, uniqueService());
        QVERIFY(other.sessionKey(keyRef).isEmpty());

        m_store->clearSessionKey(keyRef);
        QVERIFY(m_store->sessionKey(keyRef).isEmpty());
        m_store->setSessionKey(keyRef, QStringLiteral("x"));
        m_store->setSessionKey(keyRef, QString());
        QVERIFY(m_store->sessionKey(keyRef).isEmpty());
    }

    void resolverOrderSessionKeychainEnvironment()
    {
        const ProviderProfile comet = cometProfile();
        KeyResolver resolver(
            *m_store, fakeEnvironment(QStringLiteral("COMETAPI_KEY"), QStringLiteral("env")));

        // Nothing stored: the environment variable.
        ResolvedKey resolved = resolver.resolveBlocking(comet, kJobTimeoutMs);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.source, ResolvedKey::Source::Environment);
        QCOMPARE(resolved.key, QStringLiteral("env"));
        QVERIFY(resolved.message.isEmpty());

        // The keychain wins over the environment.
        QVERIFY(writeKey(*m_store, comet.keyRef, QStringLiteral("stored"))->ok());
        resolved = resolver.resolveBlocking(comet, kJobTimeoutMs);
        QCOMPARE(resolved.source, ResolvedKey::Source::Keychain);
        QCOMPARE(resolved.key, QStringLiteral("stored"));

        // The session key wins over both.
        m_store->setSessionKey(comet.keyRef, QStringLiteral("session"));
        resolved = resolver.resolveBlocking(comet, kJobTimeoutMs);
        QCOMPARE(resolved.source, ResolvedKey::Source::Session);
        QCOMPARE(resolved.key, QStringLiteral("session"));
        m_store->clearSessionKey(comet.keyRef);

        // Asynchronous form: later, never inline, and only for a live context.
        QObject context;
        std::optional<ResolvedKey> async;
        resolver.resolve(comet, &context, [&async](const ResolvedKey &key) { async = key; });
        QVERIFY(!async);
        QTRY_VERIFY_WITH_TIMEOUT(async.has_value(), kJobTimeoutMs);
        QCOMPARE(async->key, QStringLiteral("stored"));
        QVERIFY(removeKey(*m_store, comet.keyRef)->ok());
    }

    void resolverExplainsAMissingKey()
    {
        const ProviderProfile comet = cometProfile();
        const ResolvedKey resolved =
            KeyResolver(*m_store, fakeEnvironment({}, {})).resolveBlocking(comet, kJobTimeoutMs);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.source, ResolvedKey::Source::None);
        QCOMPARE(resolved.keychainStatus, KeyResult::Status::NotFound);
        QCOMPARE(resolved.message,
                 QStringLiteral("No API key for CometAPI (profile cometapi). Store one with "
                                "`lineup-cli keys set cometapi` or set the environment variable "
                                "COMETAPI_KEY."));
    }

    void keylessProfilesNeedNoKey()
    {
        KeyResolver resolver(*m_store, fakeEnvironment({}, {}));
        const ResolvedKey ollama = resolver.resolveBlocking(profileById("ollama"), kJobTimeoutMs);
        QVERIFY(ollama.ok());
        QCOMPARE(ollama.source, ResolvedKey::Source::None);
        QVERIFY(ollama.key.isEmpty());
        QVERIFY(ollama.message.isEmpty());

        // llama.cpp: an optional key is used when stored, absence is fine.
        const ProviderProfile llama = profileById("llamacpp");
        ResolvedKey resolved = resolver.resolveBlocking(llama, kJobTimeoutMs);
        QVERIFY(resolved.ok());
        QVERIFY(resolved.key.isEmpty());
        QVERIFY(writeKey(*m_store, llama.keyRef, QStringLiteral("llama-key"))->ok());
        resolved = resolver.resolveBlocking(llama, kJobTimeoutMs);
        QCOMPARE(resolved.source, ResolvedKey::Source::Keychain);
        QCOMPARE(resolved.key, QStringLiteral("llama-key"));
        QVERIFY(removeKey(*m_store, llama.keyRef)->ok());
    }

    void noKeychainIsAClearErrorAndEnvironmentStillWorks_data()
    {
        QTest::addColumn<QString>("busAddress");
        // libsecret answers "Could not connect: ..." here,
        QTest::newRow("unreachable bus") << "unix:path=/nonexistent/lineup-test-bus";
        // and "Cannot autolaunch D-Bus without X11 $DISPLAY" here.
        QTest::newRow("no bus at all") << "";
    }
    void noKeychainIsAClearErrorAndEnvironmentStillWorks()
    {
        QFETCH(QString, busAddress);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (busAddress.isEmpty())
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        // Without these QtKeychain cannot pick KWallet or autolaunch a bus through X11.
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                                 "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "DESKTOP_SESSION"})
            environment.remove(QLatin1String(name));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildFlag)});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(report.value(QLatin1String("answered")).toBool(), "the child got no answer");

        const QString message = report.value(QLatin1String("message")).toString();
        QCOMPARE(report.value(QLatin1String("status")).toInt(), int(KeyResult::Status::NoBackend));
        QVERIFY2(
            message.startsWith(QLatin1String("No system keychain (Secret Service) is available: ")),
            qPrintable(message));
        // A fact for every caller; the advice ("this session only") is the GUI's, which offers
        // it, not the CLI's, which cannot.
        QVERIFY2(message.endsWith(QLatin1Char('.')) && !message.contains(QLatin1String("session")),
                 qPrintable(message));
        QCOMPARE(report.value(QLatin1String("writeStatus")).toInt(),
                 int(KeyResult::Status::NoBackend));

        // An environment key is used, with a note why.
        QVERIFY(report.value(QLatin1String("envUsable")).toBool());
        QCOMPARE(report.value(QLatin1String("envSource")).toInt(),
                 int(ResolvedKey::Source::Environment));
        QVERIFY(report.value(QLatin1String("envKeyMatches")).toBool());
        QVERIFY(report.value(QLatin1String("envMessage"))
                    .toString()
                    .contains(QLatin1String("Using COMETAPI_KEY from the environment")));

        // Without one: not usable, and the message says both what failed and what to do.
        QVERIFY(!report.value(QLatin1String("missingUsable")).toBool());
        QCOMPARE(report.value(QLatin1String("missingStatus")).toInt(),
                 int(KeyResult::Status::NoBackend));
        const QString missing = report.value(QLatin1String("missingMessage")).toString();
        QVERIFY2(missing.contains(QLatin1String("Secret Service")) &&
                     missing.contains(QLatin1String("COMETAPI_KEY")),
                 qPrintable(missing));

        // The session tier works with no keychain at all.
        QCOMPARE(report.value(QLatin1String("sessionSource")).toInt(),
                 int(ResolvedKey::Source::Session));
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], kChildFlag) == 0)
        return runNoBackendChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_keystore.moc"
