#include "storage/StoreSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Lineup::StoreSchema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " system_prompt TEXT NOT NULL DEFAULT '',"
                       " system_role TEXT NOT NULL DEFAULT 'system',"
                       " profile_id TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL"
                       "  REFERENCES conversations(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " content TEXT NOT NULL DEFAULT '[]',"
                       " text TEXT NOT NULL DEFAULT '',"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " refusal TEXT NOT NULL DEFAULT '',"
                       " tool_calls TEXT NOT NULL DEFAULT '[]',"
                       " tool_call_id TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " profile_id TEXT NOT NULL DEFAULT '',"
                       " parameters TEXT NOT NULL DEFAULT '{}',"
                       " usage TEXT NOT NULL DEFAULT '{}',"
                       " timings TEXT NOT NULL DEFAULT '{}',"
                       " finish_reason TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'complete',"
                       " error TEXT NOT NULL DEFAULT '{}',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_by_conversation ON messages(conversation_id, id)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " sha256 TEXT PRIMARY KEY,"
                       " mime_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " data BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE message_attachments ("
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " sha256 TEXT NOT NULL REFERENCES attachments(sha256),"
                       " PRIMARY KEY (message_id, sha256)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX message_attachments_by_sha ON message_attachments(sha256)"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN deleted_at INTEGER"),
        QStringLiteral("CREATE INDEX conversations_by_order"
                       " ON conversations(deleted_at, pinned DESC, updated_at DESC)"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN completion_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN total_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN cached_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reasoning_tokens INTEGER"),
        // v1 kept usage only as the raw JSON object: lift the counts out of it.
        QStringLiteral(
            "UPDATE messages SET"
            " prompt_tokens = json_extract(usage, '$.prompt_tokens'),"
            " completion_tokens = json_extract(usage, '$.completion_tokens'),"
            " total_tokens = json_extract(usage, '$.total_tokens'),"
            " cached_tokens = json_extract(usage, '$.prompt_tokens_details.cached_tokens'),"
            " reasoning_tokens ="
            "  json_extract(usage, '$.completion_tokens_details.reasoning_tokens')"
            " WHERE json_valid(usage) AND usage <> '{}'"),
    };
}

QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, reasoning,"
                       " content='messages', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, text, reasoning)"
                       " VALUES (new.id, new.text, new.reasoning);"
                       " END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text, reasoning)"
                       " VALUES ('delete', old.id, old.text, old.reasoning);"
                       " END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text, reasoning"
                       " ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, text, reasoning)"
                       " VALUES ('delete', old.id, old.text, old.reasoning);"
                       " INSERT INTO messages_fts(rowid, text, reasoning)"
                       " VALUES (new.id, new.text, new.reasoning);"
                       " END"),
        // Crash recovery on open looks for these: keep it from scanning every message.
        QStringLiteral(
            "CREATE INDEX messages_streaming ON messages(id) WHERE status = 'streaming'"),
        // Index what earlier versions stored.
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
    };
}

QStringList version4()
{
    return {
        // Without per-row column sizes (columnsize=0): nothing here ranks by bm25, and writing
        // them cost a b-tree insert per message (about 12% of indexing a bulk import). The
        // triggers name the table, so they keep working with the new one.
        QStringLiteral("DROP TABLE messages_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, reasoning,"
                       " content='messages', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2', columnsize=0)"),
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
    };
}

QStringList version5()
{
    return {
        // The price each answer was charged at (USD per 1M tokens, with its source), so that
        // history keeps its cost when prices change; and its logprobs when they were asked for.
        QStringLiteral("ALTER TABLE messages ADD COLUMN price TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN logprobs TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList version6()
{
    return {
        // Comparisons: a comparison is a conversations row of kind 'comparison' holding the
        // shared settings; each pane stays an ordinary conversation (so search, usage and export
        // see it unchanged) that names its comparison, with its position and what it overrides.
        // Removing the comparison removes its panes, and so their messages.
        QStringLiteral(
            "ALTER TABLE conversations ADD COLUMN kind TEXT NOT NULL DEFAULT 'conversation'"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN comparison_id INTEGER"
                       " REFERENCES conversations(id) ON DELETE CASCADE"),
        QStringLiteral(
            "ALTER TABLE conversations ADD COLUMN pane_position INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE conversations ADD COLUMN pane_overrides TEXT NOT NULL DEFAULT '{}'"),
        // The cascade and the pane listing look panes up by their comparison.
        QStringLiteral("CREATE INDEX conversations_by_comparison"
                       " ON conversations(comparison_id, pane_position)"),
    };
}

QStringList version7()
{
    return {
        // Blind arena votes (arena/Vote.h): the contenders in pane order as JSON
        // ([{"model", "profile"}]), the outcome ('winner', 'tie', 'both_bad', 'order') with the
        // winning pane and the order, the time in ms (NULL when an import did not say). A vote
        // outlives its comparison unless the user deletes it with it: the link is cleared when
        // the comparison's row goes.
        QStringLiteral("CREATE TABLE votes ("
                       " id INTEGER PRIMARY KEY,"
                       " comparison_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,"
                       " prompt TEXT NOT NULL DEFAULT '',"
                       " contenders TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " winner INTEGER NOT NULL DEFAULT -1,"
                       " pane_order TEXT NOT NULL DEFAULT '[]',"
                       " tag TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER,"
                       " identity_flagged INTEGER NOT NULL DEFAULT 0,"
                       " counted INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX votes_by_time ON votes(created_at)"),
        // Deleting a conversation looks its votes up (the foreign key, and keep-or-delete).
        QStringLiteral("CREATE INDEX votes_by_comparison ON votes(comparison_id)"
                       " WHERE comparison_id IS NOT NULL"),
    };
}

QStringList version8()
{
    return {
        // A comparison of a blind arena round: 'unvoted' until its vote (reopened, it keeps
        // every model name hidden and lets the user vote), then 'voted'; '' for any other row.
        QStringLiteral("ALTER TABLE conversations ADD COLUMN blind TEXT NOT NULL DEFAULT ''"),
        // v7 stored no blind flag; a comparison that holds votes came from a voted round.
        QStringLiteral("UPDATE conversations SET blind = 'voted' WHERE kind = 'comparison' AND id"
                       " IN (SELECT comparison_id FROM votes WHERE comparison_id IS NOT NULL)"),
    };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::StoreSchema", text);
}

} // namespace

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    default:
        return {};
    }
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    const int from = userVersion(db);
    if (from < 0) {
        if (error)
            *error = tr("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (from > CurrentVersion) {
        if (error)
            *error = tr("the database was written by a newer Lineup (schema %1, this build knows "
                        "up to %2); update Lineup or use another --data-dir")
                         .arg(from)
                         .arg(CurrentVersion);
        return false;
    }
    for (int version = from + 1; version <= CurrentVersion; ++version) {
        if (!db.transaction()) {
            if (error)
                *error = tr("cannot start the migration to schema %1: %2")
                             .arg(version)
                             .arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        const QStringList statements = migrationTo(version);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.finish();
                db.rollback();
                if (error)
                    *error = tr("migration to schema %1 failed: %2").arg(version).arg(reason);
                return false;
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString reason = query.lastError().text();
            query.finish();
            db.rollback();
            if (error)
                *error = tr("migration to schema %1 failed: %2").arg(version).arg(reason);
            return false;
        }
    }
    return true;
}

} // namespace Lineup::StoreSchema
