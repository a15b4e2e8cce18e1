#include "secrets/KeyResolver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Lineup {

namespace {

// Decides once the keychain has answered (or was never asked).
ResolvedKey combine(const ProviderProfile &profile, const KeyResult &keychain,
                    const QString &environmentKey)
{
    ResolvedKey resolved;
    resolved.keychainStatus = keychain.status;
    if (keychain.ok() && !keychain.key.isEmpty()) {
        resolved.source = ResolvedKey::Source::Keychain;
        resolved.key = keychain.key;
        resolved.usable = true;
        return resolved;
    }
    const bool keychainTrouble = !keychain.ok() && keychain.status != KeyResult::Status::NotFound &&
                                 !profile.keyRef.isEmpty();
    if (!environmentKey.isEmpty()) {
        resolved.source = ResolvedKey::Source::Environment;
        resolved.key = environmentKey;
        resolved.usable = true;
        if (keychainTrouble)
            resolved.message =
                QCoreApplication::translate("Lineup::KeyResolver",
                                            "%1 Using %2 from the environment instead.")
                    .arg(keychain.message, profile.envVar);
        return resolved;
    }
    if (!profile.requiresKey) {
        resolved.usable = true;
        return resolved;
    }
    resolved.message = keychainTrouble ? keychain.message + QLatin1Char(' ') +
                                             KeyResolver::missingKeyMessage(profile)
                                       : KeyResolver::missingKeyMessage(profile);
    return resolved;
}

} // namespace

KeyResolver::KeyResolver(KeyStore &store, Environment environment)
    : m_store(store)
    , m_environment(std::move(environment))
{
    if (!m_environment)
        m_environment = [](const QString &name) {
            return qEnvironmentVariable(name.toUtf8().constData());
        };
}

QString KeyResolver::missingKeyMessage(const ProviderProfile &profile)
{
    const QString who = profile.name.isEmpty() ? profile.id : profile.name;
    if (profile.envVar.isEmpty())
        return QCoreApplication::translate(
                   "Lineup::KeyResolver",
                   "No API key for %1 (profile %2). Store one with `lineup-cli keys set %2`.")
            .arg(who, profile.id);
    return QCoreApplication::translate(
               "Lineup::KeyResolver",
               "No API key for %1 (profile %2). Store one with `lineup-cli keys set %2` or set "
               "the environment variable %3.")
        .arg(who, profile.id, profile.envVar);
}

void KeyResolver::resolve(const ProviderProfile &profile, QObject *context, Callback callback) const
{
    const QString environmentKey =
        profile.envVar.isEmpty() ? QString() : m_environment(profile.envVar).trimmed();
    const QString sessionKey =
        profile.keyRef.isEmpty() ? QString() : m_store.sessionKey(profile.keyRef);

    if (!sessionKey.isEmpty() || profile.keyRef.isEmpty()) {
        ResolvedKey resolved;
        if (!sessionKey.isEmpty()) {
            resolved.source = ResolvedKey::Source::Session;
            resolved.key = sessionKey;
            resolved.usable = true;
        } else {
            KeyResult none;
            none.status = KeyResult::Status::NotFound;
            resolved = combine(profile, none, environmentKey);
        }
        // Same promise as the keychain path: the answer comes later, never inline.
        QObject *receiver = context ? context : static_cast<QObject *>(&m_store);
        QMetaObject::invokeMethod(
            receiver, [callback = std::move(callback), resolved] { callback(resolved); },
            Qt::QueuedConnection);
        return;
    }

    m_store.read(
        profile.keyRef, context,
        [profile, environmentKey, callback = std::move(callback)](const KeyResult &result) {
            callback(combine(profile, result, environmentKey));
        });
}

ResolvedKey KeyResolver::resolveBlocking(const ProviderProfile &profile, int timeoutMs) const
{
    QEventLoop loop;
    // Dies with this function, so a keychain answer after the timeout calls nothing.
    QObject guard;
    std::optional<ResolvedKey> answer;
    resolve(profile, &guard, [&answer, &loop](const ResolvedKey &resolved) {
        answer = resolved;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &guard, [&loop] { loop.quit(); });
    if (!answer)
        loop.exec();
    if (answer)
        return *answer;

    KeyResult silent;
    silent.status = KeyResult::Status::Failed;
    silent.message =
        QCoreApplication::translate("Lineup::KeyResolver",
                                    "The system keychain did not answer within %1 seconds.")
            .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
    const QString environmentKey =
        profile.envVar.isEmpty() ? QString() : m_environment(profile.envVar).trimmed();
    return combine(profile, silent, environmentKey);
}

} // namespace Lineup
