#include "SchemaLint.h"

#include "schema/SchemaValidator.h"
#include "schema/StrictSchemaRules.h"

#include <QCoreApplication>

namespace Lineup::SchemaLint {

SchemaProblems lint(const QJsonValue &schema, bool strict)
{
    SchemaProblems problems;
    static const std::optional<SchemaValidator> meta =
        SchemaValidator::compile(SchemaValidator::draft07MetaSchema(), nullptr);
    if (meta) {
        for (const SchemaProblem &problem : meta->validate(schema))
            problems.append({problem.pointer,
                             QCoreApplication::translate("SchemaLint", "not valid JSON Schema: %1")
                                 .arg(problem.message)});
    }
    if (problems.isEmpty()) {
        QString error;
        if (!SchemaValidator::compile(schema, &error))
            problems.append({QString(), error});
    }
    if (strict)
        problems.append(StrictSchemaRules::check(schema));
    return problems;
}

} // namespace Lineup::SchemaLint
