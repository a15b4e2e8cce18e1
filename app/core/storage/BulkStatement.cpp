#include "storage/BulkStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lineup {

std::unique_ptr<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const QString &sql,
                                                      QString *error)
{
    std::unique_ptr<BulkStatement> result(new BulkStatement);
    result->m_query = std::make_unique<QSqlQuery>(db);
    if (!result->m_query->prepare(sql)) {
        *error = result->m_query->lastError().text();
        return nullptr;
    }
    return result;
}

BulkStatement::~BulkStatement() = default;

void BulkStatement::bind(int position, const QVariant &value)
{
    m_query->bindValue(position, value);
}

bool BulkStatement::execute(QString *error)
{
    if (!m_query->exec()) {
        *error = m_query->lastError().text();
        return false;
    }
    return true;
}

} // namespace Lineup
