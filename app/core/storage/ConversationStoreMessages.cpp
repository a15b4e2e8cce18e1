// ConversationStore: messages and bulk writes (conversations are in ConversationStore.cpp, search
// in ConversationStoreSearch.cpp).
#include "storage/ConversationStore.h"

#include "storage/BackgroundRowEncoder.h"
#include "storage/BulkStatement.h"
#include "storage/MessageCodec.h"
#include "storage/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace Lineup {

namespace {

QString insertStatement()
{
    const QStringList columns = MessageCodec::columns();
    QStringList placeholders;
    for (const QString &column : columns)
        placeholders.append(QLatin1Char(':') + column);
    return QStringLiteral("INSERT INTO messages (conversation_id, ") +
           columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES (:conversation_id, ") +
           placeholders.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString updateStatement()
{
    QStringList assignments;
    const QStringList columns = MessageCodec::columns();
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = :") + column);
    return QStringLiteral("UPDATE messages SET ") + assignments.join(QLatin1String(", ")) +
           QStringLiteral(" WHERE id = :id");
}

// Inserts rows with one prepared statement per set of columns that differ from their schema
// DEFAULT (a handful per import: user rows, assistant rows, ...): a typical row has 7 to 12
// values to bind instead of 25.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, qint64 conversationId)
        : m_db(db)
        , m_conversationId(conversationId)
    {}

    bool insert(qint64 id, const QVariantList &row, QString *error)
    {
        static const QStringList defaults = MessageCodec::columnDefaults();
        quint32 mask = 0;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            const bool isDefault = value.isNull() || (!defaults.at(c).isNull() &&
                                                      value.typeId() == QMetaType::QString &&
                                                      value.toString() == defaults.at(c));
            if (!isDefault)
                mask |= 1u << c;
        }
        BulkStatement *statement = statementFor(mask, error);
        if (!statement)
            return false;
        int position = 0;
        statement->bind(position++, id);
        statement->bind(position++, m_conversationId);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (mask & (1u << c))
                statement->bind(position++, row.at(c));
        }
        return statement->execute(error);
    }

private:
    BulkStatement *statementFor(quint32 mask, QString *error)
    {
        auto found = m_statements.find(mask);
        if (found != m_statements.end())
            return found->second.get();
        const QStringList columns = MessageCodec::columns();
        QStringList names{QStringLiteral("id"), QStringLiteral("conversation_id")};
        QStringList placeholders{QStringLiteral("?"), QStringLiteral("?")};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (mask & (1u << c)) {
                names.append(columns.at(c));
                placeholders.append(QStringLiteral("?"));
            }
        }
        auto statement = BulkStatement::prepare(
            m_db,
            QStringLiteral("INSERT INTO messages (") + names.join(QLatin1String(", ")) +
                QStringLiteral(") VALUES (") + placeholders.join(QLatin1String(", ")) +
                QLatin1Char(')'),
            error);
        if (!statement)
            return nullptr;
        return m_statements.emplace(mask, std::move(statement)).first->second.get();
    }

    QSqlDatabase m_db;
    qint64 m_conversationId;
    std::map<quint32, std::unique_ptr<BulkStatement>> m_statements;
};

// Runs statements in order and stops at the first failure, keeping its message.
bool execAll(QSqlQuery &query, std::initializer_list<QString> statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString result;
    int position = 0;
    for (const auto &[offset, length] : highlights) {
        result += QStringView(snippet).mid(position, offset - position);
        result += open + QStringView(snippet).mid(offset, length) + close;
        position = offset + length;
    }
    result += QStringView(snippet).mid(position);
    return result;
}

QList<MessageRecord> ConversationStore::messages(qint64 conversationId) const
{
    QList<MessageRecord> result;
    QSqlDatabase db = database();
    const MessageCodec codec(*this);
    const auto attachments = codec.loadAttachments(conversationId);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + MessageCodec::selectList() +
                  QStringLiteral(" FROM messages WHERE conversation_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), conversationId);
    if (!query.exec()) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(MessageCodec::read(query, attachments));
    return result;
}

std::optional<MessageRecord> ConversationStore::message(qint64 messageId) const
{
    QSqlDatabase db = database();
    const MessageCodec codec(*this);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + MessageCodec::selectList() +
                  QStringLiteral(" FROM messages WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), messageId);
    if (!query.exec() || !query.next()) {
        setError(tr("there is no message %1").arg(messageId));
        return std::nullopt;
    }
    return MessageCodec::read(query, codec.loadAttachments(0, messageId));
}

qint64 ConversationStore::conversationOf(qint64 messageId) const
{
    QSqlQuery &query =
        preparedQuery(QStringLiteral("SELECT conversation_id FROM messages WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), messageId);
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish(); // a cached statement must not stay open as a reader
    return id;
}

bool ConversationStore::touchConversation(qint64 conversationId)
{
    // A pane's comparison is what the history lists, so it moves up with the pane.
    QSqlQuery &query = preparedQuery(
        QStringLiteral("UPDATE conversations SET updated_at = :now WHERE id IN"
                       " (:id, (SELECT comparison_id FROM conversations WHERE id = :pane))"));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), conversationId);
    query.bindValue(QStringLiteral(":pane"), conversationId);
    if (!query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

qint64 ConversationStore::appendMessage(qint64 conversationId, const MessageRecord &record)
{
    QSqlDatabase db = database();
    StoreTransaction transaction(db);
    MessageCodec codec(*this);
    static const QString insertSql = insertStatement();
    QSqlQuery &query = preparedQuery(insertSql);
    query.bindValue(QStringLiteral(":conversation_id"), conversationId);
    const auto keys = codec.bind(query, record);
    if (!transaction.ok() || !keys || !query.exec()) {
        setError(keys ? query.lastError().text() : codec.lastError());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!codec.linkAttachments(id, *keys, false)) {
        setError(codec.lastError());
        return 0;
    }
    if (record.message.role == Role::User) {
        const QString title = titleFromPrompt(record.message.text());
        // A pane's first prompt names its comparison too (and so every pane: they share it).
        QSqlQuery &titleQuery = preparedQuery(
            QStringLiteral("UPDATE conversations SET title = :title WHERE title = '' AND (id = :id"
                           " OR id = (SELECT comparison_id FROM conversations WHERE id = :pane)"
                           " OR (comparison_id IS NOT NULL AND comparison_id ="
                           "  (SELECT comparison_id FROM conversations WHERE id = :sibling)))"));
        titleQuery.bindValue(QStringLiteral(":title"), notNull(title));
        titleQuery.bindValue(QStringLiteral(":id"), conversationId);
        titleQuery.bindValue(QStringLiteral(":pane"), conversationId);
        titleQuery.bindValue(QStringLiteral(":sibling"), conversationId);
        if (!title.isEmpty() && !titleQuery.exec()) {
            setError(titleQuery.lastError().text());
            return 0;
        }
    }
    if (!touchConversation(conversationId) || !transaction.commit()) {
        setError(db.lastError().text());
        return 0;
    }
    if (transaction.outermost()) {
        Q_EMIT messagesChanged(conversationId);
        noteWrite();
    }
    return id;
}

bool ConversationStore::updateMessage(const MessageRecord &record)
{
    const qint64 conversationId = conversationOf(record.id);
    if (conversationId == 0) {
        setError(tr("there is no message %1").arg(record.id));
        return false;
    }
    QSqlDatabase db = database();
    StoreTransaction transaction(db);
    MessageCodec codec(*this);
    static const QString updateSql = updateStatement();
    QSqlQuery &query = preparedQuery(updateSql);
    query.bindValue(QStringLiteral(":id"), record.id);
    const auto keys = codec.bind(query, record);
    if (!transaction.ok() || !keys || !query.exec()) {
        setError(keys ? query.lastError().text() : codec.lastError());
        return false;
    }
    if (!codec.linkAttachments(record.id, *keys, true) || !touchConversation(conversationId) ||
        !transaction.commit()) {
        setError(codec.lastError().isEmpty() ? db.lastError().text() : codec.lastError());
        return false;
    }
    if (transaction.outermost()) {
        Q_EMIT messagesChanged(conversationId);
        noteWrite();
    }
    return true;
}

bool ConversationStore::deleteMessage(qint64 messageId)
{
    const qint64 conversationId = conversationOf(messageId);
    if (conversationId == 0) {
        setError(tr("there is no message %1").arg(messageId));
        return false;
    }
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM messages WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), messageId);
    if (!transaction.ok() || !query.exec() || !removeOrphanAttachments() ||
        !touchConversation(conversationId) || !transaction.commit()) {
        setError(query.lastError().text());
        return false;
    }
    Q_EMIT messagesChanged(conversationId);
    return true;
}

bool ConversationStore::deleteMessagesFrom(qint64 conversationId, qint64 firstMessageId)
{
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = :conversation"
                                 " AND id >= :first"));
    query.bindValue(QStringLiteral(":conversation"), conversationId);
    query.bindValue(QStringLiteral(":first"), firstMessageId);
    if (!transaction.ok() || !query.exec() || !removeOrphanAttachments() ||
        !touchConversation(conversationId) || !transaction.commit()) {
        setError(query.lastError().text());
        return false;
    }
    Q_EMIT messagesChanged(conversationId);
    return true;
}

bool ConversationStore::inTransaction(const std::function<bool()> &work)
{
    bool committed = false;
    {
        StoreTransaction transaction(database());
        if (!transaction.ok()) {
            setError(database().lastError().text());
            return false;
        }
        committed = work() && transaction.commit();
    }
    if (committed) {
        Q_EMIT conversationsChanged();
        noteWrite();
    }
    return committed;
}

qint64 ConversationStore::insertConversationWithMessages(const ConversationInfo &info,
                                                         const QList<MessageRecord> &messages)
{
    ConversationInfo conversation = info;
    for (const MessageRecord &record : messages) {
        if (!conversation.title.isEmpty())
            break;
        if (record.message.role == Role::User)
            conversation.title = titleFromPrompt(record.message.text());
    }
    return insertConversation(conversation, MessageSource::fromList(messages));
}

qint64 ConversationStore::insertConversation(const ConversationInfo &conversation,
                                             MessageSource source)
{
    // Bulk path for imports. Indexed row by row through the insert trigger, FTS5 flushes its
    // pending data at every statement and merges the tiny segments over and over (seconds for
    // 10,000 messages), and even a muted trigger costs a sub-program per row. So, as in any
    // SQLite bulk load, the trigger is dropped for the load and created again from its own stored
    // SQL, and the new rows are indexed with one INSERT ... SELECT, all inside one savepoint of
    // the write transaction: no reader ever sees the rows without their index entries or the
    // table without its trigger, and a failure half-way undoes all of it, even inside a caller's
    // transaction that goes on to commit.
    QSqlDatabase db = database();
    StoreTransaction transaction(db);
    QSqlQuery query(db);
    QString error;
    if (!transaction.ok() || !query.exec(QStringLiteral("SAVEPOINT bulk_insert"))) {
        setError(query.lastError().text());
        return 0;
    }
    const auto fail = [&](const QString &reason) {
        setError(reason);
        query.finish();
        query.exec(QStringLiteral("ROLLBACK TO bulk_insert"));
        query.exec(QStringLiteral("RELEASE bulk_insert"));
        return 0;
    };
    const qint64 id = createConversation(conversation);
    if (id == 0)
        return fail(lastError());
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master"
                                   " WHERE type = 'trigger' AND name = 'messages_fts_insert'")) ||
        !query.next())
        return fail(query.lastError().text());
    const QString createTrigger = query.value(0).toString();
    if (!execAll(query,
                 {QStringLiteral("DROP TRIGGER messages_fts_insert"),
                  QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM messages")},
                 &error) ||
        !query.next())
        return fail(error.isEmpty() ? query.lastError().text() : error);
    const qint64 firstId = query.value(0).toLongLong();
    query.finish();
    static_assert(MessageCodec::ColumnCount <= 32, "one mask bit per column");
    // Messages are read and encoded on another core while this one writes them.
    MessageCodec codec(*this);
    {
        const qsizetype count = source.size();
        BackgroundRowEncoder encoder(*this, std::move(source));
        BulkInserter inserter(db, id);
        QVariantList row;
        for (qsizetype i = 0; i < count; ++i) {
            const BackgroundRowEncoder::Entry &entry = encoder.entry(i);
            if (!entry.error.isEmpty())
                return fail(entry.error);
            const bool encoded = !entry.row.isEmpty();
            const auto keys = encoded ? QStringList() : codec.values(entry.record, &row);
            if (!keys)
                return fail(codec.lastError());
            if (!inserter.insert(firstId + i, encoded ? entry.row : row, &error))
                return fail(error);
            if (!keys->isEmpty() && !codec.linkAttachments(firstId + i, *keys, false))
                return fail(codec.lastError());
        }
    }
    // FTS5 merges index segments while it writes (automerge), which costs about as much as
    // indexing the rows. The import's segments are left for later writes to merge a little at a
    // time (and crisismerge still bounds their number): the index is complete either way, and
    // the setting lives in messages_fts_config, inside this savepoint.
    QString automerge = QStringLiteral("4"); // FTS5's default when never set
    if (query.exec(QStringLiteral("SELECT v FROM messages_fts_config WHERE k = 'automerge'")) &&
        query.next())
        automerge = QString::number(query.value(0).toInt());
    query.finish();
    const QString setAutomerge =
        QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('automerge', %1)");
    if (!execAll(query,
                 {setAutomerge.arg(0),
                  QStringLiteral("INSERT INTO messages_fts (rowid, text, reasoning)"
                                 " SELECT id, text, reasoning FROM messages"
                                 " WHERE conversation_id = %1 ORDER BY id")
                      .arg(id),
                  setAutomerge.arg(automerge), createTrigger,
                  QStringLiteral("RELEASE bulk_insert")},
                 &error))
        return fail(error);
    if (!transaction.commit()) {
        setError(db.lastError().text());
        return 0;
    }
    if (transaction.outermost()) {
        Q_EMIT conversationsChanged();
        noteWrite();
    }
    return id;
}

QStringList ConversationStore::allTitles() const
{
    QStringList titles;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT title FROM conversations"))) {
        while (query.next())
            titles.append(query.value(0).toString());
    }
    return titles;
}

} // namespace Lineup
