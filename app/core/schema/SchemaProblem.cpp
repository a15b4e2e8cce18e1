#include "SchemaProblem.h"

namespace Lineup {

QString jsonPointerAppend(const QString &pointer, const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QLatin1String("~0"));
    escaped.replace(u'/', QLatin1String("~1"));
    return pointer + u'/' + escaped;
}

QJsonArray schemaProblemsToJson(const SchemaProblems &problems)
{
    QJsonArray array;
    for (const SchemaProblem &problem : problems)
        array.append(QJsonObject{{QStringLiteral("path"), problem.pointer},
                                 {QStringLiteral("message"), problem.message}});
    return array;
}

QString schemaProblemLine(const SchemaProblem &problem)
{
    return (problem.pointer.isEmpty() ? QStringLiteral("/") : problem.pointer) +
           QLatin1String(": ") + problem.message;
}

} // namespace Lineup
