#pragma once

#include "schema/SchemaProblem.h"

#include <QJsonValue>

#include <functional>
#include <memory>
#include <optional>

namespace valijson {
class Schema;
}

namespace Lineup {

// A JSON Schema (draft-07) compiled by valijson, ready to check values against. `$ref`s inside
// the schema and to the draft-07 meta-schema (bundled) resolve offline; any other document is
// asked of the optional resolver, and without one is a clear compile error, never a fetch.
class SchemaValidator
{
public:
    // Returns the document at `uri` (no fragment), or nullopt when it is not known.
    using DocumentResolver = std::function<std::optional<QJsonValue>(const QString &uri)>;

    SchemaValidator();
    SchemaValidator(SchemaValidator &&) noexcept;
    SchemaValidator &operator=(SchemaValidator &&) noexcept;
    ~SchemaValidator();

    // nullopt with *error set (translated) when the schema cannot be compiled.
    static std::optional<SchemaValidator> compile(const QJsonValue &schema, QString *error,
                                                  const DocumentResolver &resolver = {});

    // Every violation with the JSON pointer of the offending part of `value`; empty when valid.
    SchemaProblems validate(const QJsonValue &value) const;
    bool accepts(const QJsonValue &value) const;

    // The bundled draft-07 meta-schema.
    static const QJsonValue &draft07MetaSchema();
    static bool isDraft07MetaSchemaUri(const QString &uri);

private:
    std::unique_ptr<valijson::Schema> m_schema;
};

} // namespace Lineup
