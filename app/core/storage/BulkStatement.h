#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace Lineup {

// One prepared statement run many times with positional values, for bulk writes (imports).
//
// It used to run through SQLite's C API on QtSql's own connection when Qt's driver shared this
// build's libsqlite3, skipping QtSql's per-value copies. bench_storage measured what that
// bought: importing 10,000 messages took 156-162 ms of CPU with it and 162-167 ms without (about
// 5 ms, 3 %), not worth a second database path, so QSqlQuery does it all.
class BulkStatement
{
public:
    // Null (with the reason in *error) when the SQL is invalid.
    static std::unique_ptr<BulkStatement> prepare(const QSqlDatabase &db, const QString &sql,
                                                  QString *error);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // position counts from 0. Strings bind as TEXT, integers as INTEGER, byte arrays as BLOB,
    // an invalid QVariant as NULL.
    void bind(int position, const QVariant &value);
    // Runs the statement to completion and resets it for the next set of values.
    bool execute(QString *error);

private:
    BulkStatement() = default;

    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace Lineup
