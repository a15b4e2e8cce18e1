#pragma once

#include "chat/MessageRecord.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Lineup {

class ConversationStore;

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Maps a MessageRecord to the columns of `messages` and back. Image bytes go to `attachments`
// (keyed by sha256, so the same picture sent twice is stored once); the content column keeps
// {"type":"image","sha256":...} references. A message that is a single text part (nearly all)
// stores '' as content: the text column already holds it, so it is not kept twice.
class MessageCodec
{
public:
    explicit MessageCodec(const ConversationStore &store)
        : m_store(store)
    {}

    // Column list and placeholders shared by INSERT and UPDATE.
    static QStringList columns();
    static constexpr qsizetype ColumnCount = 25;
    // Each column's DEFAULT in the schema as text, in columns() order; a null QString where the
    // default is NULL or there is none. A bulk insert leaves out the values equal to it.
    static QStringList columnDefaults();
    // Stores the record's images and binds every column placeholder (":role", ...).
    // Returns the sha256 keys of its images, or nullopt when an attachment could not be written.
    std::optional<QStringList> bind(QSqlQuery &query, const MessageRecord &record);
    // The same values in columns() order, for positional binding in bulk writes (a named
    // bindValue() hashes its placeholder on every call).
    std::optional<QStringList> values(const MessageRecord &record, QVariantList *out);
    bool linkAttachments(qint64 messageId, const QStringList &keys, bool replace);

    // SELECT list matching read(): use as "SELECT <selectList()> FROM messages ...".
    static QString selectList();
    // Reads one row; image bytes come from `attachments` (loaded with loadAttachments()).
    static MessageRecord read(const QSqlQuery &query,
                              const QHash<QString, QPair<QString, QByteArray>> &attachments);
    // sha256 -> (mime type, bytes) for every image of a conversation (or one message).
    QHash<QString, QPair<QString, QByteArray>> loadAttachments(qint64 conversationId,
                                                               qint64 messageId = 0) const;
    QString lastError() const { return m_error; }

private:
    QJsonArray storeParts(const QList<ContentPart> &parts, QStringList *keys, bool *ok);

    const ConversationStore &m_store;
    QString m_error;
};

} // namespace Lineup
