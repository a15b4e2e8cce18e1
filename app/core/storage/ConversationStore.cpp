#include "storage/ConversationStore.h"

#include "storage/ConversationRows.h"
#include "storage/MessageCodec.h"
#include "storage/RecordJson.h"
#include "storage/StoreSchema.h"
#include "storage/StoreTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <limits>

namespace Lineup {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 msOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

} // namespace

ConversationStore::ConversationStore(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_connectionPrefix(QStringLiteral("lineup-store-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_background.setMaxThreadCount(1);
    m_background.setExpiryTimeout(-1); // one thread, one connection, for the store's lifetime
}

ConversationStore::~ConversationStore()
{
    m_background.waitForDone();
    // Prepared statements hold the connection open: drop them first.
    qDeleteAll(m_prepared);
    m_prepared.clear();
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString ConversationStore::defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("LINEUP_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ConversationStore::titleFromPrompt(const QString &prompt)
{
    return conversationTitleFromPrompt(prompt);
}

std::unique_ptr<ConversationStore> ConversationStore::open(const QString &dataDir, QString *error)
{
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir)) {
        if (error)
            *error = tr("cannot create the data directory \"%1\"; choose another one with "
                        "--data-dir or LINEUP_DATA_DIR")
                         .arg(dataDir);
        return nullptr;
    }
    std::unique_ptr<ConversationStore> store(new ConversationStore(QDir(dataDir).absolutePath()));
    if (!store->initialize(error))
        return nullptr;
    return store;
}

QString ConversationStore::databasePath() const
{
    return QDir(m_dataDir).filePath(databaseFileName());
}

void ConversationStore::noteWrite()
{
    constexpr int WritesPerCheckpoint = 32;
    if (QThread::currentThread() != thread() || ++m_writesSinceCheckpoint < WritesPerCheckpoint)
        return;
    m_writesSinceCheckpoint = 0;
    if (m_checkpointRunning.exchange(true))
        return;
    m_background.start([this] {
        {
            // PASSIVE: never waits for readers or blocks the writer on the main thread.
            QSqlQuery query(database());
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
        m_checkpointRunning = false;
    });
}

QSqlQuery &ConversationStore::preparedQuery(const QString &sql) const
{
    const QString key =
        QString::number(quintptr(QThread::currentThreadId())) + QLatin1Char('|') + sql;
    {
        const QMutexLocker locker(&m_mutex);
        if (QSqlQuery *query = m_prepared.value(key))
            return *query;
    }
    auto *query = new QSqlQuery(database());
    query->prepare(sql);
    const QMutexLocker locker(&m_mutex);
    m_prepared.insert(key, query);
    return *query;
}

QSqlDatabase ConversationStore::database() const
{
    const QString name = m_connectionPrefix + QLatin1Char('-') +
                         QString::number(quintptr(QThread::currentThreadId()));
    // No per-thread cache of the handle: bench_storage showed none of open, export, import,
    // checkpoint or search get measurably faster with one (within run-to-run noise).
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        const QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        setError(db.lastError().text());
        return db;
    }
    QSqlQuery pragma(db);
    // WAL: readers never block the writer; synchronous=NORMAL: a commit is an append to the WAL
    // without fsync, durable against a killed process (only power loss may drop the newest).
    // A 16 MB page cache and in-memory temp tables keep a 10,000-message import from spilling.
    for (const char *statement :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -16000", "PRAGMA temp_store = MEMORY",
          "PRAGMA wal_autocheckpoint = 0"}) {
        if (!pragma.exec(QLatin1String(statement)))
            setError(pragma.lastError().text());
    }
    return db;
}

bool ConversationStore::initialize(QString *error)
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error =
                tr("cannot open the history database \"%1\": %2").arg(databasePath(), lastError());
        return false;
    }
    QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString migrationError;
    if (!StoreSchema::migrate(db, &migrationError)) {
        if (error)
            *error = tr("cannot use the history database \"%1\": %2")
                         .arg(databasePath(), migrationError);
        return false;
    }
    // Crash recovery: an answer still 'streaming' belongs to a process that no longer runs.
    ApiError interrupted;
    interrupted.kind = ApiError::Kind::IncompleteStream;
    interrupted.detail = tr("Lineup ended while this answer was streaming");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET status = 'interrupted',"
                                 " error = CASE WHEN error = '{}' THEN :error ELSE error END"
                                 " WHERE status = 'streaming'"));
    query.bindValue(QStringLiteral(":error"), compact(RecordJson::errorToJson(interrupted)));
    if (!query.exec()) {
        if (error)
            *error = tr("cannot recover interrupted answers in \"%1\": %2")
                         .arg(databasePath(), query.lastError().text());
        return false;
    }
    // Undo lasts a session; leftovers of sessions that ended without purging go now. The hour
    // of grace keeps a deletion another running Lineup can still undo.
    purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(-3600));
    return true;
}

void ConversationStore::setError(const QString &error) const
{
    const QMutexLocker locker(&m_mutex);
    m_lastError = error;
}

QString ConversationStore::lastError() const
{
    const QMutexLocker locker(&m_mutex);
    return m_lastError;
}

QList<ConversationInfo> ConversationStore::conversations() const
{
    QList<ConversationInfo> result;
    QSqlQuery query(database());
    // Panes are listed through their comparison, never on their own.
    if (!query.exec(ConversationRows::select() +
                    QStringLiteral(" WHERE c.deleted_at IS NULL AND c.comparison_id IS NULL"
                                   " ORDER BY c.pinned DESC, c.updated_at DESC, c.id DESC"))) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(ConversationRows::read(query));
    return result;
}

std::optional<ConversationInfo> ConversationStore::conversation(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(ConversationRows::select() +
                  QStringLiteral(" WHERE c.id = :id AND c.deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        setError(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        setError(tr("there is no conversation %1").arg(id));
        return std::nullopt;
    }
    return ConversationRows::read(query);
}

qint64 ConversationStore::createConversation(const ConversationInfo &info)
{
    return insertConversationRow(info, 0, {});
}

qint64 ConversationStore::insertConversationRow(const ConversationInfo &info, int panePosition,
                                                const PaneOverrides &overrides)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO conversations (title, system_prompt, system_role, profile_id, model,"
        " parameters, pinned, created_at, updated_at, kind, comparison_id, pane_position,"
        " pane_overrides, blind)"
        " VALUES (:title, :system_prompt, :system_role, :profile_id, :model, :parameters,"
        " :pinned, :created_at, :updated_at, :kind, :comparison_id, :pane_position,"
        " :pane_overrides, :blind)"));
    const qint64 now = nowMs();
    query.bindValue(QStringLiteral(":title"), notNull(info.title));
    query.bindValue(QStringLiteral(":system_prompt"), notNull(info.systemPrompt));
    query.bindValue(QStringLiteral(":system_role"), roleName(info.systemRole));
    query.bindValue(QStringLiteral(":profile_id"), notNull(info.profileId));
    query.bindValue(QStringLiteral(":model"), notNull(info.model));
    query.bindValue(QStringLiteral(":parameters"), compact(info.parameters));
    query.bindValue(QStringLiteral(":pinned"), info.pinned ? 1 : 0);
    query.bindValue(QStringLiteral(":created_at"), msOr(info.createdAt, now));
    query.bindValue(QStringLiteral(":updated_at"), msOr(info.updatedAt, msOr(info.createdAt, now)));
    query.bindValue(QStringLiteral(":kind"), ConversationRows::kindName(info.kind));
    query.bindValue(QStringLiteral(":comparison_id"),
                    info.comparisonId > 0 ? QVariant(info.comparisonId)
                                          : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":pane_position"), panePosition);
    query.bindValue(QStringLiteral(":pane_overrides"), compact(overrides.toJson()));
    query.bindValue(QStringLiteral(":blind"), ConversationRows::blindStateName(info.blind));
    if (!query.exec()) {
        setError(query.lastError().text());
        return 0;
    }
    if (storeTransactionDepth == 0)
        Q_EMIT conversationsChanged();
    return query.lastInsertId().toLongLong();
}

bool ConversationStore::updateConversation(const ConversationInfo &info)
{
    const auto before = conversation(info.id);
    if (!before)
        return false;
    const bool onlyPinned =
        before->title == info.title && before->systemPrompt == info.systemPrompt &&
        before->systemRole == info.systemRole && before->profileId == info.profileId &&
        before->model == info.model && before->parameters == info.parameters;
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE conversations SET title = :title, system_prompt = :system_prompt,"
        " system_role = :system_role, profile_id = :profile_id, model = :model,"
        " parameters = :parameters, pinned = :pinned, updated_at = :updated_at WHERE id = :id"));
    query.bindValue(QStringLiteral(":title"), notNull(info.title));
    query.bindValue(QStringLiteral(":system_prompt"), notNull(info.systemPrompt));
    query.bindValue(QStringLiteral(":system_role"), roleName(info.systemRole));
    query.bindValue(QStringLiteral(":profile_id"), notNull(info.profileId));
    query.bindValue(QStringLiteral(":model"), notNull(info.model));
    query.bindValue(QStringLiteral(":parameters"), compact(info.parameters));
    query.bindValue(QStringLiteral(":pinned"), info.pinned ? 1 : 0);
    query.bindValue(QStringLiteral(":updated_at"),
                    onlyPinned ? before->updatedAt.toMSecsSinceEpoch() : nowMs());
    query.bindValue(QStringLiteral(":id"), info.id);
    if (!transaction.ok() || !query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    // A comparison's panes follow its title, pin and shared settings.
    if (before->kind == ConversationKind::Comparison && !syncPanes(info.id))
        return false;
    if (!transaction.commit()) {
        setError(database().lastError().text());
        return false;
    }
    if (transaction.outermost())
        Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::renameConversation(qint64 id, const QString &title)
{
    auto info = conversation(id);
    if (!info)
        return false;
    info->title = title;
    return updateConversation(*info);
}

bool ConversationStore::setPinned(qint64 id, bool pinned)
{
    auto info = conversation(id);
    if (!info)
        return false;
    info->pinned = pinned;
    return updateConversation(*info);
}

bool ConversationStore::deleteConversation(qint64 id)
{
    QSqlQuery query(database());
    // A comparison goes with its panes (the same timestamp, so purge and restore take both).
    query.prepare(QStringLiteral("UPDATE conversations SET deleted_at = :now"
                                 " WHERE (id = :id OR comparison_id = :comparison)"
                                 " AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":now"), nowMs());
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":comparison"), id);
    if (!query.exec() || query.numRowsAffected() < 1) {
        setError(query.lastError().isValid() ? query.lastError().text()
                                             : tr("there is no conversation %1").arg(id));
        return false;
    }
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::restoreConversation(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE conversations SET deleted_at = NULL"
                                 " WHERE (id = :id OR comparison_id = :comparison)"
                                 " AND deleted_at IS NOT NULL"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":comparison"), id);
    if (!query.exec() || query.numRowsAffected() < 1) {
        setError(query.lastError().isValid() ? query.lastError().text()
                                             : tr("conversation %1 is not deleted").arg(id));
        return false;
    }
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::removeOrphanAttachments()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral(
            "DELETE FROM attachments WHERE NOT EXISTS"
            " (SELECT 1 FROM message_attachments ma WHERE ma.sha256 = attachments.sha256)"))) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

bool ConversationStore::purgeDeleted(const QDateTime &deletedBefore)
{
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE deleted_at IS NOT NULL"
                                 " AND deleted_at < :before"));
    query.bindValue(QStringLiteral(":before"), deletedBefore.isValid()
                                                   ? deletedBefore.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::max());
    if (!transaction.ok() || !query.exec() || !removeOrphanAttachments() || !transaction.commit()) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

bool ConversationStore::deleteConversationPermanently(qint64 id)
{
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!transaction.ok() || !query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(tr("there is no conversation %1").arg(id));
        return false;
    }
    if (!removeOrphanAttachments() || !transaction.commit())
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

} // namespace Lineup
