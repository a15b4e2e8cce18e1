#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace Lineup {

// One prepared statement run many times with positional values, for bulk writes. When Qt's
// SQLite driver shares the libsqlite3 this build links (see cmake/LineupSqlite.cmake), it runs
// through SQLite's C API on QtSql's own connection: QtSql copies every bound QVariant, keeps the
// values in a vector of QVariants and hands SQLite UTF-16 text that it converts back to UTF-8,
// which costs more than writing the row. Otherwise it runs through QSqlQuery.
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

    bool usesSqliteApi() const { return m_statement != nullptr; }
    // Whether this build may use the C API at all (see cmake/LineupSqlite.cmake).
    static bool sqliteApiAvailable();
    // Test seam: prepare() uses QSqlQuery even where the C API is available.
    static void setQtSqlOnly(bool qtSqlOnly);

private:
    BulkStatement() = default;

    [[maybe_unused]] sqlite3 *m_db = nullptr; // unused when built without the C API
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_keepAlive;
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace Lineup
