#include "secrets/KeyStore.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <qt6keychain/keychain.h>

namespace Lineup {

namespace {

// libsecret reports a missing or unreachable session bus as a generic OtherError ("Cannot
// autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was not provided
// by any .service files", "Could not connect: ..."); to the user all of these mean the same:
// there is no keychain to talk to.
bool meansNoKeychain(const QString &errorText)
{
    const QString text = errorText.toLower();
    for (const char *marker : {"d-bus", "dbus", "secret service", "org.freedesktop.secrets",
                               "autolaunch", "could not connect", "secrets service"}) {
        if (text.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

KeyResult noBackend(const QString &detail)
{
    KeyResult result;
    result.status = KeyResult::Status::NoBackend;
    result.message =
        QCoreApplication::translate("Lineup::KeyStore",
                                    "No system keychain (Secret Service) is available: %1.")
            .arg(detail.trimmed());
    return result;
}

KeyResult resultOf(const QKeychain::Job &job, const QString &keyRef)
{
    KeyResult result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = KeyResult::Status::NotFound;
        result.message =
            QCoreApplication::translate("Lineup::KeyStore",
                                        "No key named \"%1\" is stored in the system keychain.")
                .arg(keyRef);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeyResult::Status::AccessDenied;
        result.message = QCoreApplication::translate(
                             "Lineup::KeyStore",
                             "The system keychain refused access (%1). Unlock your keyring and "
                             "try again.")
                             .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
        return noBackend(detail);
    case QKeychain::OtherError:
        if (meansNoKeychain(detail))
            return noBackend(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    result.status = KeyResult::Status::Failed;
    result.message =
        QCoreApplication::translate("Lineup::KeyStore", "The system keychain failed: %1.")
            .arg(detail);
    return result;
}

} // namespace

KeyStore::KeyStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

void KeyStore::read(const QString &keyRef, QObject *context, Callback callback)
{
    enqueue({Op::Read, keyRef, QString(), context, context != nullptr, std::move(callback)});
}

void KeyStore::write(const QString &keyRef, const QString &key, QObject *context, Callback callback)
{
    enqueue({Op::Write, keyRef, key, context, context != nullptr, std::move(callback)});
}

void KeyStore::remove(const QString &keyRef, QObject *context, Callback callback)
{
    enqueue({Op::Remove, keyRef, QString(), context, context != nullptr, std::move(callback)});
}

void KeyStore::setSessionKey(const QString &keyRef, const QString &key)
{
    if (key.isEmpty())
        m_sessionKeys.remove(keyRef);
    else
        m_sessionKeys.insert(keyRef, key);
}

QString KeyStore::sessionKey(const QString &keyRef) const
{
    return m_sessionKeys.value(keyRef);
}

void KeyStore::clearSessionKey(const QString &keyRef)
{
    m_sessionKeys.remove(keyRef);
}

void KeyStore::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    if (m_busy)
        return;
    m_busy = true;
    scheduleNext();
}

void KeyStore::scheduleNext()
{
    // Always through the event loop: QtKeychain must not start a job from inside another
    // job's finished signal, and callers are promised their callback later, never inline.
    QMetaObject::invokeMethod(this, &KeyStore::startNext, Qt::QueuedConnection);
}

void KeyStore::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    Job job = std::move(m_queue.front());
    m_queue.pop_front();

    if (job.op == Op::Read && job.hasContext && !job.context) {
        // Nobody is left to hear the answer; writes and removals still run.
        scheduleNext();
        return;
    }
    if (job.keyRef.isEmpty()) {
        KeyResult result;
        result.status = KeyResult::Status::Failed;
        result.message = QCoreApplication::translate(
            "Lineup::KeyStore", "This profile has no keychain entry name, so no key can be stored "
                                "for it.");
        finish(std::move(job), result);
        return;
    }

    QKeychain::Job *keychainJob = nullptr;
    switch (job.op) {
    case Op::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(job.key);
        keychainJob = write;
        break;
    }
    case Op::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Parentless on purpose: libsecret still holds a raw pointer to a running job, so a store
    // destroyed mid-job must not delete it; the job deletes itself when done, and the
    // connection below dies with the store.
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(job.keyRef);
    connect(keychainJob, &QKeychain::Job::finished, this,
            [this, job = std::move(job)](QKeychain::Job *done) mutable {
                KeyResult result = resultOf(*done, job.keyRef);
                if (result.ok() && job.op == Op::Read)
                    result.key = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                finish(std::move(job), std::move(result));
            });
    keychainJob->start();
}

void KeyStore::finish(Job job, KeyResult result)
{
    // Queue the next job before calling back, so the order stays fixed even when the callback
    // enqueues more work.
    scheduleNext();
    job.key.clear();
    if (job.callback && (!job.hasContext || job.context))
        job.callback(result);
}

} // namespace Lineup
