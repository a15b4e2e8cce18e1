#pragma once

// A JSON Schema checker just big enough for docs/lineup-conversations.schema.json, shared by the
// export suites. Header-only.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lineup::Test {

// The subset of JSON Schema 2020-12 that docs/lineup-conversations.schema.json uses: type,
// required, properties, items, const, enum, pattern, oneOf and local $ref. Returns the first
// violation as "<path>: <what>", empty when valid.
class MiniSchema
{
public:
    explicit MiniSchema(const QJsonObject &root)
        : m_root(root)
    {}

    QString validate(const QJsonValue &value, const QJsonObject &schema, const QString &path) const
    {
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            const QString name = ref.section(QLatin1Char('/'), -1);
            return validate(value,
                            m_root.value(QStringLiteral("$defs")).toObject().value(name).toObject(),
                            path);
        }
        if (schema.contains(QStringLiteral("const")) &&
            value != schema.value(QStringLiteral("const")))
            return path + QStringLiteral(": const mismatch");
        if (schema.contains(QStringLiteral("enum")) &&
            !schema.value(QStringLiteral("enum")).toArray().contains(value))
            return path + QStringLiteral(": not in enum");
        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue type = schema.value(QStringLiteral("type"));
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            bool matched = false;
            for (const QJsonValue &t : types)
                matched = matched || hasType(value, t.toString());
            if (!matched)
                return path + QStringLiteral(": wrong type");
        }
        if (schema.contains(QStringLiteral("pattern")) && value.isString()) {
            const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
            if (!pattern.match(value.toString()).hasMatch())
                return path + QStringLiteral(": pattern mismatch");
        }
        if (schema.contains(QStringLiteral("oneOf"))) {
            int matches = 0;
            for (const QJsonValue &option : schema.value(QStringLiteral("oneOf")).toArray())
                matches += validate(value, option.toObject(), path).isEmpty() ? 1 : 0;
            if (matches != 1)
                return path + QStringLiteral(": matches %1 of oneOf").arg(matches);
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(key.toString()))
                    return path + QStringLiteral(": missing ") + key.toString();
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key())) {
                    const QString error =
                        validate(it.value(), properties.value(it.key()).toObject(),
                                 path + QLatin1Char('.') + it.key());
                    if (!error.isEmpty())
                        return error;
                }
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString error =
                    validate(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                             path + QStringLiteral("[%1]").arg(i));
                if (!error.isEmpty())
                    return error;
            }
        }
        return {};
    }

private:
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == QLatin1String("object"))
            return value.isObject();
        if (type == QLatin1String("array"))
            return value.isArray();
        if (type == QLatin1String("string"))
            return value.isString();
        if (type == QLatin1String("boolean"))
            return value.isBool();
        if (type == QLatin1String("null"))
            return value.isNull();
        if (type == QLatin1String("number"))
            return value.isDouble();
        if (type == QLatin1String("integer"))
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return false;
    }

    QJsonObject m_root;
};

inline QJsonObject readSchema()
{
    QFile file(QStringLiteral(LINEUP_TEST_FIXTURES "/../../docs/lineup-conversations.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace Lineup::Test
