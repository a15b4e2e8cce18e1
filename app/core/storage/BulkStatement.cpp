#include "storage/BulkStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef LINEUP_USE_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace Lineup {

namespace {

bool qtSqlOnlyForTests = false;

#ifdef LINEUP_USE_SQLITE_C_API
// QSQLITE hands out its connection under this type name; anything else is not ours to cast.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
#endif

} // namespace

bool BulkStatement::sqliteApiAvailable()
{
#ifdef LINEUP_USE_SQLITE_C_API
    return true;
#else
    return false;
#endif
}

void BulkStatement::setQtSqlOnly(bool qtSqlOnly)
{
    qtSqlOnlyForTests = qtSqlOnly;
}

std::unique_ptr<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const QString &sql,
                                                      QString *error)
{
    std::unique_ptr<BulkStatement> result(new BulkStatement);
#ifdef LINEUP_USE_SQLITE_C_API
    if (sqlite3 *connection = qtSqlOnlyForTests ? nullptr : sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &result->m_statement,
                               nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            return nullptr;
        }
        result->m_db = connection;
        return result;
    }
#endif
    result->m_query = std::make_unique<QSqlQuery>(db);
    if (!result->m_query->prepare(sql)) {
        *error = result->m_query->lastError().text();
        return nullptr;
    }
    return result;
}

BulkStatement::~BulkStatement()
{
#ifdef LINEUP_USE_SQLITE_C_API
    sqlite3_finalize(m_statement);
#endif
}

void BulkStatement::bind(int position, const QVariant &value)
{
#ifdef LINEUP_USE_SQLITE_C_API
    if (m_statement) {
        const int index = position + 1;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            sqlite3_bind_null(m_statement, index);
            return;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            return;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            return;
        case QMetaType::QByteArray:
            m_keepAlive.append(value.toByteArray());
            sqlite3_bind_blob(m_statement, index, m_keepAlive.last().constData(),
                              int(m_keepAlive.last().size()), SQLITE_STATIC);
            return;
        default:
            m_keepAlive.append(value.toString().toUtf8());
            sqlite3_bind_text(m_statement, index, m_keepAlive.last().constData(),
                              int(m_keepAlive.last().size()), SQLITE_STATIC);
            return;
        }
    }
#endif
    m_query->bindValue(position, value);
}

bool BulkStatement::execute(QString *error)
{
#ifdef LINEUP_USE_SQLITE_C_API
    if (m_statement) {
        int status = sqlite3_step(m_statement);
        while (status == SQLITE_ROW)
            status = sqlite3_step(m_statement);
        if (status != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_keepAlive.clear();
        return status == SQLITE_DONE;
    }
#endif
    if (!m_query->exec()) {
        *error = m_query->lastError().text();
        return false;
    }
    return true;
}

} // namespace Lineup
