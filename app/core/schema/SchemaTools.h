#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Lineup {

// Mechanical schema rewrites shared by the Schema dock and `lineup-cli schema`.
namespace SchemaTools {

// What Make strict can do without guessing: every object gets "additionalProperties": false
// and lists all its properties in "required"; a property that was optional becomes nullable
// ("type": [T, "null"], or an anyOf with {"type": "null"}); validation-only keywords strict mode
// rejects (minLength, uniqueItems, …) are dropped. Composition keywords (allOf, not, if/then/
// else, …) need a human and stay, for lint to point at. `changes` lists what was done.
QJsonValue makeStrict(const QJsonValue &schema, QStringList *changes = nullptr);

// A strict schema that accepts `example`: objects with all their properties required and no
// others, arrays whose items take the union of the elements' shapes (objects with different
// keys as anyOf branches), integers when a number is whole. A root that is not an object is
// described too, though strict mode wants an object there.
QJsonValue inferFromExample(const QJsonValue &example);

} // namespace SchemaTools

} // namespace Lineup
