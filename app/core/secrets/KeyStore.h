#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

namespace Lineup {

struct KeyResult
{
    enum class Status {
        Ok,
        NotFound,
        NoBackend,    // no Secret Service / keychain reachable: offer "this session only"
        AccessDenied, // the user refused, or the keyring is locked
        Failed,
    };
    Status status = Status::Ok;
    QString key;     // Ok on read
    QString message; // one clear sentence when not Ok

    bool ok() const { return status == Status::Ok; }
};

// API keys in the OS keychain (QtKeychain), with an explicit in-memory "this session only" tier.
// Jobs run one at a time in submission order (QtKeychain jobs must not overlap, and a job must
// not be started from another's finished signal). Never writes a key anywhere else.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const KeyResult &)>;

    explicit KeyStore(QObject *parent = nullptr, const QString &service = QStringLiteral("Lineup"));

    // Each callback is called exactly once, later, in the event loop, unless `context` died.
    void read(const QString &keyRef, QObject *context, Callback callback);
    void write(const QString &keyRef, const QString &key, QObject *context, Callback callback);
    void remove(const QString &keyRef, QObject *context, Callback callback);

    // Memory-only keys, for when the user chose not to (or cannot) use the keychain.
    void setSessionKey(const QString &keyRef, const QString &key);
    QString sessionKey(const QString &keyRef) const;
    void clearSessionKey(const QString &keyRef);

private:
    enum class Op { Read, Write, Remove };
    struct Job
    {
        Op op;
        QString keyRef;
        QString key;
        QPointer<QObject> context;
        bool hasContext = false; // a null context means "always call back"
        Callback callback;
    };
    void enqueue(Job job);
    void scheduleNext();
    void startNext();
    void finish(Job job, KeyResult result);

    QString m_service;
    std::deque<Job> m_queue;
    bool m_busy = false;
    QHash<QString, QString> m_sessionKeys;
};

} // namespace Lineup
