#pragma once

#include "schema/SchemaProblem.h"

#include <QJsonValue>
#include <QStringList>

namespace Lineup {

// The subset of JSON Schema that OpenAI-style strict structured outputs (and strict function
// parameters) accept: the root is an object; every object sets "additionalProperties": false and
// lists every property in "required" (optional fields are written as "type": [T, "null"]); only
// supported keywords; at most MaxDepth levels of nesting, MaxProperties properties and
// MaxEnumValues enum values in all.
class StrictSchemaRules
{
public:
    static constexpr int MaxDepth = 10;
    static constexpr int MaxProperties = 5000;
    static constexpr int MaxEnumValues = 1000;

    // Keywords strict mode rejects.
    static const QStringList &unsupportedKeywords();
    // Every place `schema` leaves the subset, each with its JSON pointer inside the schema.
    static SchemaProblems check(const QJsonValue &schema);
};

} // namespace Lineup
