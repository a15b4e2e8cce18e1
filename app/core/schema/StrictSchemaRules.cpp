#include "StrictSchemaRules.h"

#include "util/TranslateInContexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return translateInContexts({"Lineup", "Lineup::StrictSchemaRules"}, text);
}

struct Walk
{
    SchemaProblems problems;
    int properties = 0;
    int enumValues = 0;
    bool depthReported = false;
    bool propertiesReported = false;
    bool enumReported = false;
};

bool describesObject(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.toString() == QLatin1String("object"))
        return true;
    if (type.isArray() && type.toArray().contains(QJsonValue(QStringLiteral("object"))))
        return true;
    return !schema.contains(QStringLiteral("type")) &&
           schema.value(QStringLiteral("properties")).isObject();
}

void visit(const QJsonValue &node, const QString &pointer, int depth, Walk &walk);

void visitChildren(const QJsonObject &schema, const QString &pointer, int depth, Walk &walk)
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        visit(it.value(),
              jsonPointerAppend(jsonPointerAppend(pointer, QStringLiteral("properties")), it.key()),
              depth + 1, walk);
    const QJsonValue items = schema.value(QStringLiteral("items"));
    if (items.isObject())
        visit(items, jsonPointerAppend(pointer, QStringLiteral("items")), depth + 1, walk);
    else if (items.isArray())
        walk.problems.append({jsonPointerAppend(pointer, QStringLiteral("items")),
                              tr("\"items\" must be one schema in strict mode, not a list.")});
    const QJsonArray anyOf = schema.value(QStringLiteral("anyOf")).toArray();
    for (qsizetype i = 0; i < anyOf.size(); ++i)
        visit(anyOf.at(i),
              jsonPointerAppend(jsonPointerAppend(pointer, QStringLiteral("anyOf")),
                                QString::number(i)),
              depth, walk);
    for (const QString &group : {QStringLiteral("$defs"), QStringLiteral("definitions")}) {
        const QJsonObject definitions = schema.value(group).toObject();
        for (auto it = definitions.begin(); it != definitions.end(); ++it)
            visit(it.value(), jsonPointerAppend(jsonPointerAppend(pointer, group), it.key()), depth,
                  walk);
    }
}

void checkObject(const QJsonObject &schema, const QString &pointer, Walk &walk)
{
    if (schema.value(QStringLiteral("additionalProperties")) != QJsonValue(false))
        walk.problems.append(
            {pointer, tr("an object must set \"additionalProperties\": false in strict mode.")});
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!required.contains(QJsonValue(it.key())))
            walk.problems.append(
                {jsonPointerAppend(jsonPointerAppend(pointer, QStringLiteral("properties")),
                                   it.key()),
                 tr("property \"%1\" is not in \"required\": strict mode needs every property "
                    "listed (write an optional one as \"type\": [T, \"null\"]).")
                     .arg(it.key())});
    }
    walk.properties += int(properties.size());
    if (walk.properties > StrictSchemaRules::MaxProperties && !walk.propertiesReported) {
        walk.propertiesReported = true;
        walk.problems.append({pointer, tr("more than %1 properties in all: strict mode allows "
                                          "at most %1.")
                                           .arg(StrictSchemaRules::MaxProperties)});
    }
}

void visit(const QJsonValue &node, const QString &pointer, int depth, Walk &walk)
{
    if (!node.isObject())
        return;
    const QJsonObject schema = node.toObject();
    if (depth > StrictSchemaRules::MaxDepth && !walk.depthReported) {
        walk.depthReported = true;
        walk.problems.append({pointer, tr("nested more than %1 levels deep: strict mode allows "
                                          "at most %1.")
                                           .arg(StrictSchemaRules::MaxDepth)});
    }
    for (const QString &keyword : StrictSchemaRules::unsupportedKeywords()) {
        if (schema.contains(keyword))
            walk.problems.append({jsonPointerAppend(pointer, keyword),
                                  tr("\"%1\" is not supported in strict mode.").arg(keyword)});
    }
    if (describesObject(schema))
        checkObject(schema, pointer, walk);
    walk.enumValues += int(schema.value(QStringLiteral("enum")).toArray().size());
    if (walk.enumValues > StrictSchemaRules::MaxEnumValues && !walk.enumReported) {
        walk.enumReported = true;
        walk.problems.append({jsonPointerAppend(pointer, QStringLiteral("enum")),
                              tr("more than %1 enum values in all: strict mode allows at most "
                                 "%1.")
                                  .arg(StrictSchemaRules::MaxEnumValues)});
    }
    visitChildren(schema, pointer, depth, walk);
}

} // namespace

const QStringList &StrictSchemaRules::unsupportedKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("allOf"),
        QStringLiteral("oneOf"),
        QStringLiteral("not"),
        QStringLiteral("if"),
        QStringLiteral("then"),
        QStringLiteral("else"),
        QStringLiteral("dependencies"),
        QStringLiteral("dependentRequired"),
        QStringLiteral("dependentSchemas"),
        QStringLiteral("patternProperties"),
        QStringLiteral("propertyNames"),
        QStringLiteral("unevaluatedProperties"),
        QStringLiteral("unevaluatedItems"),
        QStringLiteral("additionalItems"),
        QStringLiteral("contains"),
        QStringLiteral("minContains"),
        QStringLiteral("maxContains"),
        QStringLiteral("uniqueItems"),
        QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
    };
    return keywords;
}

SchemaProblems StrictSchemaRules::check(const QJsonValue &schema)
{
    Walk walk;
    const QJsonObject root = schema.toObject();
    if (!schema.isObject() ||
        root.value(QStringLiteral("type")) != QJsonValue(QStringLiteral("object")))
        walk.problems.append(
            {QString(), tr("the root of a strict schema must be an object (\"type\": "
                           "\"object\"), not anyOf or another type.")});
    visit(schema, QString(), 1, walk);
    return walk.problems;
}

} // namespace Lineup
