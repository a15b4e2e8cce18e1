#pragma once

#include "schema/SchemaProblem.h"

#include <QJsonValue>

namespace Lineup {

// Everything wrong with a schema before it is sent: it must be valid JSON Schema (checked
// against the bundled draft-07 meta-schema), compile (every $ref resolves offline) and, when
// `strict`, keep to StrictSchemaRules. Each problem names its JSON pointer in the schema.
namespace SchemaLint {

SchemaProblems lint(const QJsonValue &schema, bool strict);

} // namespace SchemaLint

} // namespace Lineup
