// ConversationStore: messages, search and bulk writes (conversations are in ConversationStore.cpp).
#include "storage/ConversationStore.h"

#include "storage/MessageCodec.h"
#include "storage/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

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

// Value a column holds for nearly every message ('' / '{}' / '[]' / 'complete'), or null when
// every value must be bound. Staging leaves those columns NULL and the move restores the value:
// each bindValue() costs QtSql a formatted placeholder name, a hash insert and a QVariant copy,
// and a typical row has 7 to 12 columns to bind instead of 25.
QStringList usualValues()
{
    QStringList usual;
    const QStringList columns = MessageCodec::columns();
    for (const QString &column : columns) {
        if (column == QLatin1String("role") || column == QLatin1String("text") ||
            column == QLatin1String("created_at") || column.endsWith(QLatin1String("_tokens")))
            usual.append(QString());
        else if (column == QLatin1String("tool_calls") || column == QLatin1String("alternatives"))
            usual.append(QStringLiteral("[]"));
        else if (column == QLatin1String("parameters") || column == QLatin1String("usage") ||
                 column == QLatin1String("timings") || column == QLatin1String("error"))
            usual.append(QStringLiteral("{}"));
        else if (column == QLatin1String("status"))
            usual.append(QStringLiteral("complete"));
        else
            usual.append(QStringLiteral(""));
    }
    return usual;
}

// Stages rows in temp.import_messages with one prepared statement per set of bound columns
// (a handful per import: user rows, assistant rows, ...), bound by position.
class ImportStager
{
public:
    explicit ImportStager(const QSqlDatabase &db)
        : m_db(db)
    {}

    bool stage(qint64 id, const QVariantList &row, QString *error)
    {
        static const QStringList usual = usualValues();
        quint32 mask = 0;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            const bool skip =
                value.isNull() || (!usual.at(c).isNull() && value.typeId() == QMetaType::QString &&
                                   value.toString() == usual.at(c));
            if (!skip)
                mask |= 1u << c;
        }
        QSqlQuery *query = statement(mask, error);
        if (!query)
            return false;
        int position = 0;
        query->bindValue(position++, id);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (mask & (1u << c))
                query->bindValue(position++, row.at(c));
        }
        if (!query->exec()) {
            *error = query->lastError().text();
            return false;
        }
        return true;
    }

    // SELECT list that restores the skipped values, in columns() order.
    static QString restoredColumns()
    {
        static const QStringList usual = usualValues();
        const QStringList columns = MessageCodec::columns();
        QStringList select;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            select.append(
                usual.at(c).isNull()
                    ? columns.at(c)
                    : QStringLiteral("coalesce(%1, '%2')").arg(columns.at(c), usual.at(c)));
        }
        return select.join(QLatin1String(", "));
    }

private:
    QSqlQuery *statement(quint32 mask, QString *error)
    {
        auto found = m_statements.find(mask);
        if (found != m_statements.end())
            return found->second.get();
        const QStringList columns = MessageCodec::columns();
        QStringList names{QStringLiteral("id")};
        QStringList placeholders{QStringLiteral("?")};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (mask & (1u << c)) {
                names.append(columns.at(c));
                placeholders.append(QStringLiteral("?"));
            }
        }
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(QStringLiteral("INSERT INTO temp.import_messages (") +
                            names.join(QLatin1String(", ")) + QStringLiteral(") VALUES (") +
                            placeholders.join(QLatin1String(", ")) + QLatin1Char(')'))) {
            *error = query->lastError().text();
            return nullptr;
        }
        return m_statements.emplace(mask, std::move(query)).first->second.get();
    }

    QSqlDatabase m_db;
    std::map<quint32, std::unique_ptr<QSqlQuery>> m_statements;
};

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
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_messages AS"
                                   " SELECT * FROM messages WHERE 0")) ||
        !query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM messages")) ||
        !query.next()) {
        setError(query.lastError().text());
        return 0;
    }
    const qint64 firstId = query.value(0).toLongLong();
    query.finish();
    static_assert(MessageCodec::ColumnCount <= 32, "one mask bit per column");
    MessageCodec codec(*this);
    QList<QPair<qint64, QStringList>> links;
    QString stageError;
    {
        ImportStager stager(db);
        QVariantList row;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const auto keys = codec.values(messages.at(i), &row);
            if (!keys || !stager.stage(firstId + i, row, &stageError)) {
                setError(keys ? stageError : codec.lastError());
                query.exec(QStringLiteral("DELETE FROM temp.import_messages"));
                return 0;
            }
            if (!keys->isEmpty())
                links.append({firstId + i, *keys});
        }
    }
    static const QString moveSql = QStringLiteral("INSERT INTO messages (id, conversation_id, ") +
                                   MessageCodec::columns().join(QLatin1String(", ")) +
                                   QStringLiteral(") SELECT id, :conversation_id, ") +
                                   ImportStager::restoredColumns() +
                                   QStringLiteral(" FROM temp.import_messages ORDER BY id");
    // FTS5 merges index segments while it writes (automerge), which costs about as much as
    // indexing the rows. The import's segments are left for later writes to merge a little at a
    // time (and crisismerge still bounds their number): the index is complete either way, the
    // setting lives in messages_fts_config, inside this transaction, and is put back after.
    QString automerge = QStringLiteral("4"); // FTS5's default when never set
    if (query.exec(QStringLiteral("SELECT v FROM messages_fts_config WHERE k = 'automerge'")) &&
        query.next())
        automerge = QString::number(query.value(0).toInt());
    query.finish();
    const QString setAutomerge =
        QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('automerge', %1)");
    bool moved = query.exec(setAutomerge.arg(0));
    if (moved) {
        query.prepare(moveSql);
        query.bindValue(QStringLiteral(":conversation_id"), id);
        moved = query.exec();
    }
    QString moveError = query.lastError().text();
    // Put back even after a failed move, in case a caller's transaction still commits.
    if (!query.exec(setAutomerge.arg(automerge)) && moved) {
        moved = false;
        moveError = query.lastError().text();
    }
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
