#include "SchemaTools.h"

#include "schema/SchemaProblem.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Lineup::SchemaTools {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::SchemaTools", text);
}

const QStringList &droppableKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("minLength"),     QStringLiteral("maxLength"),
        QStringLiteral("uniqueItems"),   QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"), QStringLiteral("minContains"),
        QStringLiteral("maxContains"),   QStringLiteral("propertyNames"),
    };
    return keywords;
}

bool isObjectSchema(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.toString() == QLatin1String("object"))
        return true;
    if (type.isArray() && type.toArray().contains(QJsonValue(QStringLiteral("object"))))
        return true;
    return !schema.contains(QStringLiteral("type")) &&
           schema.value(QStringLiteral("properties")).isObject();
}

QJsonObject nullable(QJsonObject schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    const QJsonValue null(QStringLiteral("null"));
    if (type.isString()) {
        if (type != null)
            schema.insert(QStringLiteral("type"), QJsonArray{type, null});
    } else if (type.isArray()) {
        QJsonArray types = type.toArray();
        if (!types.contains(null))
            types.append(null);
        schema.insert(QStringLiteral("type"), types);
    } else if (schema.value(QStringLiteral("anyOf")).isArray()) {
        QJsonArray anyOf = schema.value(QStringLiteral("anyOf")).toArray();
        const QJsonObject nullSchema{{QStringLiteral("type"), null}};
        if (!anyOf.contains(nullSchema))
            anyOf.append(nullSchema);
        schema.insert(QStringLiteral("anyOf"), anyOf);
    } else {
        return QJsonObject{{QStringLiteral("anyOf"),
                            QJsonArray{schema, QJsonObject{{QStringLiteral("type"), null}}}}};
    }
    if (schema.value(QStringLiteral("enum")).isArray()) {
        QJsonArray values = schema.value(QStringLiteral("enum")).toArray();
        if (!values.contains(QJsonValue(QJsonValue::Null)))
            values.append(QJsonValue(QJsonValue::Null));
        schema.insert(QStringLiteral("enum"), values);
    }
    return schema;
}

QJsonValue strictNode(const QJsonValue &node, const QString &pointer, QStringList *changes);

QJsonObject strictMap(const QJsonObject &map, const QString &pointer, QStringList *changes)
{
    QJsonObject result;
    for (auto it = map.begin(); it != map.end(); ++it)
        result.insert(it.key(),
                      strictNode(it.value(), jsonPointerAppend(pointer, it.key()), changes));
    return result;
}

void note(QStringList *changes, const QString &pointer, const QString &what)
{
    if (changes)
        changes->append((pointer.isEmpty() ? QStringLiteral("/") : pointer) + QLatin1String(": ") +
                        what);
}

QJsonValue strictNode(const QJsonValue &node, const QString &pointer, QStringList *changes)
{
    if (!node.isObject())
        return node;
    QJsonObject schema = node.toObject();
    for (const QString &keyword : droppableKeywords()) {
        if (schema.contains(keyword)) {
            schema.remove(keyword);
            note(changes, pointer, tr("removed \"%1\"").arg(keyword));
        }
    }
    const QString propertiesPointer = jsonPointerAppend(pointer, QStringLiteral("properties"));
    QJsonObject properties = strictMap(schema.value(QStringLiteral("properties")).toObject(),
                                       propertiesPointer, changes);
    if (isObjectSchema(schema)) {
        if (schema.value(QStringLiteral("additionalProperties")) != QJsonValue(false)) {
            schema.insert(QStringLiteral("additionalProperties"), false);
            note(changes, pointer, tr("set \"additionalProperties\": false"));
        }
        QJsonArray required = schema.value(QStringLiteral("required")).toArray();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (required.contains(QJsonValue(it.key())))
                continue;
            required.append(it.key());
            it.value() = nullable(it.value().toObject());
            note(changes, jsonPointerAppend(propertiesPointer, it.key()),
                 tr("made required and nullable"));
        }
        schema.insert(QStringLiteral("required"), required);
    }
    if (schema.contains(QStringLiteral("properties")))
        schema.insert(QStringLiteral("properties"), properties);
    if (schema.value(QStringLiteral("items")).isObject())
        schema.insert(QStringLiteral("items"),
                      strictNode(schema.value(QStringLiteral("items")),
                                 jsonPointerAppend(pointer, QStringLiteral("items")), changes));
    if (schema.value(QStringLiteral("anyOf")).isArray()) {
        QJsonArray anyOf = schema.value(QStringLiteral("anyOf")).toArray();
        const QString anyOfPointer = jsonPointerAppend(pointer, QStringLiteral("anyOf"));
        for (qsizetype i = 0; i < anyOf.size(); ++i)
            anyOf[i] = strictNode(anyOf.at(i), jsonPointerAppend(anyOfPointer, QString::number(i)),
                                  changes);
        schema.insert(QStringLiteral("anyOf"), anyOf);
    }
    for (const QString &group : {QStringLiteral("$defs"), QStringLiteral("definitions")}) {
        if (schema.value(group).isObject())
            schema.insert(group, strictMap(schema.value(group).toObject(),
                                           jsonPointerAppend(pointer, group), changes));
    }
    return schema;
}

QJsonObject schemaForType(const QString &type)
{
    return QJsonObject{{QStringLiteral("type"), type}};
}

QJsonObject merge(const QList<QJsonObject> &shapes);

QJsonObject infer(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return schemaForType(QStringLiteral("null"));
    case QJsonValue::Bool:
        return schemaForType(QStringLiteral("boolean"));
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool whole = std::isfinite(number) && std::floor(number) == number;
        return schemaForType(whole ? QStringLiteral("integer") : QStringLiteral("number"));
    }
    case QJsonValue::String:
        return schemaForType(QStringLiteral("string"));
    case QJsonValue::Array: {
        QList<QJsonObject> shapes;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            shapes.append(infer(element));
        QJsonObject schema = schemaForType(QStringLiteral("array"));
        // An empty example array says nothing about its items; a string is the usual guess.
        schema.insert(QStringLiteral("items"),
                      shapes.isEmpty() ? schemaForType(QStringLiteral("string")) : merge(shapes));
        return schema;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject properties;
        QJsonArray required;
        for (auto it = object.begin(); it != object.end(); ++it) {
            properties.insert(it.key(), infer(it.value()));
            required.append(it.key());
        }
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), properties},
                           {QStringLiteral("required"), required},
                           {QStringLiteral("additionalProperties"), false}};
    }
    }
    return {};
}

// The shapes of an array's elements as one items schema: objects with the same keys merge their
// properties, numbers widen integer to number, different shapes become an anyOf.
QJsonObject merge(const QList<QJsonObject> &shapes)
{
    QList<QJsonObject> kinds;
    for (const QJsonObject &shape : shapes) {
        const QString type = shape.value(QStringLiteral("type")).toString();
        bool merged = false;
        for (QJsonObject &kind : kinds) {
            const QString kindType = kind.value(QStringLiteral("type")).toString();
            const bool numbers =
                (type == QLatin1String("integer") || type == QLatin1String("number")) &&
                (kindType == QLatin1String("integer") || kindType == QLatin1String("number"));
            if (numbers) {
                if (type != kindType)
                    kind.insert(QStringLiteral("type"), QStringLiteral("number"));
                merged = true;
            } else if (type == kindType && type == QLatin1String("object") &&
                       kind.value(QStringLiteral("required")) ==
                           shape.value(QStringLiteral("required"))) {
                // Same keys: one shape. Different keys stay separate anyOf branches, since a
                // strict object needs every key present.
                QJsonObject properties = kind.value(QStringLiteral("properties")).toObject();
                const QJsonObject more = shape.value(QStringLiteral("properties")).toObject();
                for (auto it = more.begin(); it != more.end(); ++it)
                    properties.insert(it.key(), merge({properties.value(it.key()).toObject(),
                                                       it.value().toObject()}));
                kind.insert(QStringLiteral("properties"), properties);
                merged = true;
            } else if (type == kindType && type == QLatin1String("array")) {
                kind.insert(QStringLiteral("items"),
                            merge({kind.value(QStringLiteral("items")).toObject(),
                                   shape.value(QStringLiteral("items")).toObject()}));
                merged = true;
            } else if (kind == shape) {
                merged = true;
            }
            if (merged)
                break;
        }
        if (!merged)
            kinds.append(shape);
    }
    if (kinds.size() == 1)
        return kinds.constFirst();
    QJsonArray anyOf;
    for (const QJsonObject &kind : std::as_const(kinds))
        anyOf.append(kind);
    return QJsonObject{{QStringLiteral("anyOf"), anyOf}};
}

} // namespace

QJsonValue makeStrict(const QJsonValue &schema, QStringList *changes)
{
    return strictNode(schema, QString(), changes);
}

QJsonValue inferFromExample(const QJsonValue &example)
{
    return infer(example);
}

} // namespace Lineup::SchemaTools
