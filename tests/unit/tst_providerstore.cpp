#include "providers/ProviderProfile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lineup;

class TestProviderStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }
    static QStringList ids(const QList<ProviderProfile> &profiles)
    {
        QStringList result;
        for (const ProviderProfile &profile : profiles)
            result.append(profile.id);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void builtInsMatchTheReference()
    {
        const QList<ProviderProfile> builtIns = ProviderStore::builtIns();
        QCOMPARE(ids(builtIns),
                 (QStringList{QStringLiteral("cometapi"), QStringLiteral("openai"),
                              QStringLiteral("openrouter"), QStringLiteral("litellm"),
                              QStringLiteral("ollama"), QStringLiteral("lmstudio"),
                              QStringLiteral("llamacpp")}));
        const auto byId = [&builtIns](const char *id) {
            for (const ProviderProfile &profile : builtIns) {
                if (profile.id == QLatin1String(id))
                    return profile;
            }
            return ProviderProfile{};
        };
        const ProviderProfile comet = byId("cometapi");
        QCOMPARE(comet.name, QStringLiteral("CometAPI"));
        QCOMPARE(comet.baseUrl, QUrl(QStringLiteral("https://api.cometapi.com/v1")));
        QCOMPARE(comet.envVar, QStringLiteral("COMETAPI_KEY"));
        QCOMPARE(comet.kind, ProviderKind::CometApi);
        QVERIFY(comet.requiresKey);
        QCOMPARE(comet.keyRef, ProviderStore::keyRefFor(QStringLiteral("cometapi")));
        QCOMPARE(byId("openai").envVar, QStringLiteral("OPENAI_API_KEY"));
        QCOMPARE(byId("openai").baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
        QCOMPARE(byId("openrouter").envVar, QStringLiteral("OPENROUTER_API_KEY"));
        QCOMPARE(byId("openrouter").baseUrl, QUrl(QStringLiteral("https://openrouter.ai/api/v1")));
        QCOMPARE(byId("litellm").baseUrl, QUrl(QStringLiteral("http://localhost:4000/v1")));
        QCOMPARE(byId("ollama").baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QVERIFY(!byId("ollama").requiresKey);
        QVERIFY(byId("ollama").keyRef.isEmpty());
        QCOMPARE(byId("lmstudio").baseUrl, QUrl(QStringLiteral("http://localhost:1234/v1")));
        QVERIFY(!byId("lmstudio").requiresKey);
        QCOMPARE(byId("llamacpp").baseUrl, QUrl(QStringLiteral("http://localhost:8080/v1")));
        QVERIFY(!byId("llamacpp").requiresKey);
        QVERIFY(!byId("llamacpp").keyRef.isEmpty()); // an optional key can still be stored
        for (const ProviderProfile &profile : builtIns) {
            QVERIFY(ProviderStore::isBuiltInId(profile.id));
            QCOMPARE(providerKindFromName(providerKindName(profile.kind)), profile.kind);
        }
    }

    void freshStoreHasBuiltInsAndCometDefault()
    {
        auto settings = openSettings();
        ProviderStore store(*settings);
        QCOMPARE(store.profiles(), ProviderStore::builtIns());
        QCOMPARE(store.defaultProfileId(), QStringLiteral("cometapi"));
        QVERIFY(store.profile(QStringLiteral("OpenRouter")));
        QCOMPARE(store.profile(QStringLiteral("OpenRouter"))->id, QStringLiteral("openrouter"));
        QVERIFY(!store.profile(QStringLiteral("nope")));
    }

    void customProfilesPersistInOrder()
    {
        ProviderProfile vllm;
        vllm.id = QStringLiteral("my-vllm");
        vllm.name = QStringLiteral("vLLM box");
        vllm.baseUrl = QUrl(QStringLiteral("http://10.0.0.5:8000/v1"));
        vllm.proxy = QStringLiteral("none");
        vllm.kind = ProviderKind::Vllm;
        vllm.requiresKey = false;
        ProviderProfile work;
        work.id = QStringLiteral("azure-work");
        work.name = QStringLiteral("Work");
        work.baseUrl = QUrl(QStringLiteral("https://example.net/openai/v1"));
        work.envVar = QStringLiteral("WORK_KEY");
        work.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            store.save(vllm);
            store.save(work);
            store.setDefaultProfileId(QStringLiteral("MY-VLLM"));
        }
        auto settings = openSettings();
        ProviderStore store(*settings);
        const QList<ProviderProfile> profiles = store.profiles();
        QCOMPARE(profiles.size(), ProviderStore::builtIns().size() + 2);
        QCOMPARE(profiles.at(profiles.size() - 2), vllm);
        // A profile that needs a key gets a keychain entry name of its own.
        work.keyRef = ProviderStore::keyRefFor(QStringLiteral("azure-work"));
        QCOMPARE(profiles.last(), work);
        QCOMPARE(store.defaultProfileId(), QStringLiteral("my-vllm"));
    }

    void invalidIdsAreNotSaved()
    {
        QVERIFY(ProviderStore::isValidId(u"local.vllm_2-b"));
        QVERIFY(!ProviderStore::isValidId(u"a/b"));
        QVERIFY(!ProviderStore::isValidId(u""));
        QVERIFY(!ProviderStore::isValidId(u"-x"));
        auto settings = openSettings();
        ProviderStore store(*settings);
        ProviderProfile bad;
        bad.id = QStringLiteral("has/slash");
        bad.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        QTest::ignoreMessage(QtWarningMsg, "ProviderStore: ignoring a profile with an invalid id");
        store.save(bad);
        QCOMPARE(store.profiles().size(), ProviderStore::builtIns().size());
    }

    void editsToBuiltInsAreKept()
    {
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            ProviderProfile ollama = *store.profile(QStringLiteral("ollama"));
            ollama.baseUrl = QUrl(QStringLiteral("http://gpu-box:11434/v1"));
            store.save(ollama);
        }
        auto settings = openSettings();
        ProviderStore store(*settings);
        const ProviderProfile ollama = *store.profile(QStringLiteral("ollama"));
        QCOMPARE(ollama.baseUrl, QUrl(QStringLiteral("http://gpu-box:11434/v1")));
        QCOMPARE(ollama.kind, ProviderKind::Ollama);
        QVERIFY(!ollama.requiresKey);
        // Still in its built-in place, not moved to the end.
        QCOMPARE(ids(store.profiles()).indexOf(QStringLiteral("ollama")), 4);
    }

    void removedBuiltInsStayRemoved()
    {
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            store.setDefaultProfileId(QStringLiteral("openai"));
            QVERIFY(store.remove(QStringLiteral("openai")));
            QVERIFY(store.remove(QStringLiteral("CometAPI")));
            QVERIFY(!store.remove(QStringLiteral("openai")));
            QVERIFY(!store.remove(QStringLiteral("never-existed")));
        }
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            const QStringList present = ids(store.profiles());
            QVERIFY(!present.contains(QStringLiteral("openai")));
            QVERIFY(!present.contains(QStringLiteral("cometapi")));
            QCOMPARE(present.size(), ProviderStore::builtIns().size() - 2);
            // Neither the chosen default nor CometAPI exists: the first profile is the default.
            QCOMPARE(store.defaultProfileId(), QStringLiteral("openrouter"));
            // Saving a removed built-in again brings it back.
            store.save(ProviderStore::builtIns().first());
        }
        auto settings = openSettings();
        ProviderStore store(*settings);
        QVERIFY(store.profile(QStringLiteral("cometapi")));
        QCOMPARE(store.defaultProfileId(), QStringLiteral("cometapi"));
        QVERIFY(!store.profile(QStringLiteral("openai")));
    }

    void removingCustomProfile()
    {
        auto settings = openSettings();
        ProviderStore store(*settings);
        ProviderProfile custom;
        custom.id = QStringLiteral("mine");
        custom.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        store.save(custom);
        store.setDefaultProfileId(QStringLiteral("mine"));
        QVERIFY(store.remove(QStringLiteral("mine")));
        QVERIFY(!store.profile(QStringLiteral("mine")));
        QCOMPARE(store.defaultProfileId(), QStringLiteral("cometapi"));
    }

    void settingsHoldNoKeyText()
    {
        // The store has no API that accepts a key. A key in the environment (where users keep
        // COMETAPI_KEY) must not leak into the file either, whatever is saved.
        const QByteArray fakeKey = "sk-test-THIS-MUST-NOT-APPEAR-1234";
        qputenv("COMETAPI_KEY", fakeKey);
        qputenv("OPENAI_API_KEY", fakeKey);
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            for (ProviderProfile profile : ProviderStore::builtIns()) {
                profile.name += QStringLiteral(" (edited)");
                store.save(profile);
            }
            ProviderProfile custom;
            custom.id = QStringLiteral("custom");
            custom.baseUrl = QUrl(QStringLiteral("https://example.org/v1"));
            custom.envVar = QStringLiteral("CUSTOM_KEY");
            store.save(custom);
            store.setDefaultProfileId(QStringLiteral("custom"));
            store.remove(QStringLiteral("openai"));
            settings->sync();
        }
        qunsetenv("COMETAPI_KEY");
        qunsetenv("OPENAI_API_KEY");
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[providers]"));
        QVERIFY(text.contains("api.cometapi.com"));
        QVERIFY(!text.contains(fakeKey));
        QVERIFY(!text.contains("sk-"));
        // Every stored field is one of the descriptive ones.
        const QStringList allowed{QStringLiteral("name"),
                                  QStringLiteral("baseUrl"),
                                  QStringLiteral("proxy"),
                                  QStringLiteral("keyRef"),
                                  QStringLiteral("kind"),
                                  QStringLiteral("envVar"),
                                  QStringLiteral("requiresKey"),
                                  QStringLiteral("allowPlainHttpKey"),
                                  QStringLiteral("removedBuiltIns"),
                                  QStringLiteral("order"),
                                  QStringLiteral("default")};
        int fields = 0;
        for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1Char('=')))
                continue;
            const QString key = line.section(QLatin1Char('='), 0, 0).section(QLatin1Char('\\'), -1);
            QVERIFY2(allowed.contains(key), qPrintable(line));
            ++fields;
        }
        QVERIFY(fields > 50);
    }

    void passwordsInUrlsAreNotPersisted()
    {
        {
            auto settings = openSettings();
            ProviderStore store(*settings);
            ProviderProfile custom;
            custom.id = QStringLiteral("behind-proxy");
            custom.baseUrl = QUrl(QStringLiteral("https://user:s3cret-base@example.org/v1"));
            custom.proxy = QStringLiteral("http://bob:hunter2@proxy.local:3128");
            store.save(custom);
            settings->sync();
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains("s3cret-base"));
        auto settings = openSettings();
        const auto saved = ProviderStore(*settings).profile(QStringLiteral("behind-proxy"));
        QVERIFY(saved);
        QCOMPARE(saved->proxy, QStringLiteral("http://bob@proxy.local:3128"));
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://user@example.org/v1")));
    }

    void modelRefs()
    {
        const QList<ProviderProfile> profiles = ProviderStore::builtIns();
        ModelRef ref = parseModelRef(QStringLiteral("cometapi/gpt-5"), profiles);
        QCOMPARE(ref.profileId, QStringLiteral("cometapi"));
        QCOMPARE(ref.model, QStringLiteral("gpt-5"));

        ref = parseModelRef(QStringLiteral("OpenRouter/anthropic/claude-opus-4"), profiles);
        QCOMPARE(ref.profileId, QStringLiteral("openrouter"));
        QCOMPARE(ref.model, QStringLiteral("anthropic/claude-opus-4"));

        ref = parseModelRef(QStringLiteral("anthropic/claude-opus-4"), profiles);
        QVERIFY(ref.profileId.isEmpty());
        QCOMPARE(ref.model, QStringLiteral("anthropic/claude-opus-4"));

        ref = parseModelRef(QStringLiteral("gpt-4.1"), profiles);
        QVERIFY(ref.profileId.isEmpty());
        QCOMPARE(ref.model, QStringLiteral("gpt-4.1"));

        ref = parseModelRef(QStringLiteral("/gpt-4.1"), profiles);
        QVERIFY(ref.profileId.isEmpty());
        QCOMPARE(ref.model, QStringLiteral("/gpt-4.1"));

        // Only profiles that exist select: a removed built-in is just part of a model id.
        QList<ProviderProfile> withoutOpenAi = profiles;
        withoutOpenAi.removeAt(1);
        ref = parseModelRef(QStringLiteral("openai/gpt-4.1"), withoutOpenAi);
        QVERIFY(ref.profileId.isEmpty());
        QCOMPARE(ref.model, QStringLiteral("openai/gpt-4.1"));
    }
};

QTEST_GUILESS_MAIN(TestProviderStore)
#include "tst_providerstore.moc"
