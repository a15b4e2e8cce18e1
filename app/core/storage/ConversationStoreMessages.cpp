// ConversationStore: messages, search and bulk writes (conversations are in ConversationStore.cpp).
#include "storage/ConversationStore.h"

#include "storage/MessageCodec.h"
#include "storage/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Lineup {

namespace {

const QChar MatchOpen(0xE000);
const QChar MatchClose(0xE001);

// Every word becomes a quoted prefix term, so user input never reaches FTS5 query syntax.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString insertStatement(bool withId = false)
{
    const QStringList columns = MessageCodec::columns();
    QStringList placeholders;
    for (const QString &column : columns)
        placeholders.append(QLatin1Char(':') + column);
    return QStringLiteral("INSERT INTO messages (") +
           (withId ? QStringLiteral("id, ") : QString()) + QStringLiteral("conversation_id, ") +
           columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES (") +
           (withId ? QStringLiteral(":id, ") : QString()) + QStringLiteral(":conversation_id, ") +
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
    QSqlQuery &query =
        preparedQuery(QStringLiteral("UPDATE conversations SET updated_at = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), conversationId);
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
        QSqlQuery &titleQuery = preparedQuery(QStringLiteral(
            "UPDATE conversations SET title = :title WHERE id = :id AND title = ''"));
        titleQuery.bindValue(QStringLiteral(":title"), notNull(title));
        titleQuery.bindValue(QStringLiteral(":id"), conversationId);
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

QList<SearchHit> ConversationStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.conversation_id, c.title, m.role, m.created_at,"
        " snippet(messages_fts, -1, :open, :close, :ellipsis, 16)"
        " FROM messages_fts"
        " JOIN messages m ON m.id = messages_fts.rowid"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH :match AND c.deleted_at IS NULL"
        // Newest first: FTS5 walks its doclists backwards and stops at the limit, where
        // ORDER BY rank would score every match (hundreds of ms for a common word in 100k).
        " ORDER BY messages_fts.rowid DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":open"), QString(MatchOpen));
    query.bindValue(QStringLiteral(":close"), QString(MatchClose));
    query.bindValue(QStringLiteral(":ellipsis"), QString(QChar(0x2026)));
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        setError(query.lastError().text());
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.title = query.value(2).toString();
        hit.role = roleFromName(query.value(3).toString()).value_or(Role::User);
        hit.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        // Strip the private-use markers and remember where they were.
        const QString marked = query.value(5).toString();
        int open = -1;
        for (QChar ch : marked) {
            if (ch == MatchOpen) {
                open = int(hit.snippet.size());
            } else if (ch == MatchClose && open >= 0) {
                hit.highlights.append({open, int(hit.snippet.size()) - open});
                open = -1;
            } else {
                hit.snippet += ch;
            }
        }
        hits.append(hit);
    }
    return hits;
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
    // Bulk path for imports. FTS5 flushes its pending index data at every statement savepoint,
    // so one INSERT per message would write one tiny index segment per message and merge them
    // over and over (seconds for 10,000 messages). The rows are staged in a temporary table and
    // moved with one INSERT ... SELECT: the triggers still index every row, in one flush.
    QSqlDatabase db = database();
    StoreTransaction transaction(db);
    ConversationInfo conversation = info;
    for (const MessageRecord &record : messages) {
        if (!conversation.title.isEmpty())
            break;
        if (record.message.role == Role::User)
            conversation.title = titleFromPrompt(record.message.text());
    }
    const qint64 id = createConversation(conversation); // also takes the write lock
    if (!transaction.ok() || id == 0)
        return 0;
    QSqlQuery query(db);
    const QString columns = MessageCodec::columns().join(QLatin1String(", "));
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_messages AS"
                                   " SELECT * FROM messages WHERE 0")) ||
        !query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM messages")) ||
        !query.next()) {
        setError(query.lastError().text());
        return 0;
    }
    const qint64 firstId = query.value(0).toLongLong();
    query.finish();
    static const QString stageSql =
        QString(insertStatement(true))
            .replace(QStringLiteral("INSERT INTO messages (id, "),
                     QStringLiteral("INSERT INTO temp.import_messages (id, "));
    MessageCodec codec(*this);
    QList<QPair<qint64, QStringList>> links;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QSqlQuery &stage = preparedQuery(stageSql);
        stage.bindValue(QStringLiteral(":id"), firstId + i);
        stage.bindValue(QStringLiteral(":conversation_id"), id);
        const auto keys = codec.bind(stage, messages.at(i));
        if (!keys || !stage.exec()) {
            setError(keys ? stage.lastError().text() : codec.lastError());
            query.exec(QStringLiteral("DELETE FROM temp.import_messages"));
            return 0;
        }
        if (!keys->isEmpty())
            links.append({firstId + i, *keys});
    }
    const bool moved =
        query.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, ") + columns +
                   QStringLiteral(") SELECT id, conversation_id, ") + columns +
                   QStringLiteral(" FROM temp.import_messages ORDER BY id"));
    const QString moveError = query.lastError().text();
    query.exec(QStringLiteral("DELETE FROM temp.import_messages"));
    if (!moved) {
        setError(moveError);
        return 0;
    }
    for (const auto &[messageId, keys] : std::as_const(links)) {
        if (!codec.linkAttachments(messageId, keys, false)) {
            setError(codec.lastError());
            return 0;
        }
    }
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
