#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lineup {

// One problem found in a schema or in a value checked against one: where (a JSON pointer, ""
// for the root) and what.
struct SchemaProblem
{
    QString pointer;
    QString message;

    friend bool operator==(const SchemaProblem &, const SchemaProblem &) = default;
};

using SchemaProblems = QList<SchemaProblem>;

// "/a~1b/0" from the pieces "a/b" and "0" (RFC 6901 escaping).
QString jsonPointerAppend(const QString &pointer, const QString &token);
// [{"path": POINTER, "message": TEXT}, ...], the form lineup-cli --json prints.
QJsonArray schemaProblemsToJson(const SchemaProblems &problems);
// "POINTER: message" lines (the root written as "/").
QString schemaProblemLine(const SchemaProblem &problem);

} // namespace Lineup
