#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lineup {

// Describes one request parameter of the reference, for the Parameters panel, `--param` on the
// command line and validation. Ranges are the API's own; family limits come from
// ModelCapabilities.
struct ParameterSpec
{
    enum class Type {
        Number,
        Integer,
        Boolean,
        Enum,
        StringOrList,
        String,
        JsonObject,
        JsonArray,
        JsonValue
    };

    QString name; // wire name
    Type type = Type::Number;
    double minimum = 0; // Number / Integer
    double maximum = 0;
    double step = 0.1;
    QStringList choices; // Enum
    QString description; // translated, one sentence
};

class ParameterCatalog
{
public:
    static const QList<ParameterSpec> &all();
    static const ParameterSpec *find(QStringView name);
    // Parses `value` as typed on a command line (`--param temperature=0.2`, `stop=["a","b"]`,
    // `logprobs=true`, `response_format={"type":"json_object"}`). Unknown names are accepted as
    // raw JSON (or a string), so new API fields can be sent before Lineup knows them.
    static std::optional<QJsonValue> parse(const QString &name, const QString &value,
                                           QString *error);
    // Checks a value against the spec's type and range; returns an error sentence or empty.
    static QString validate(const QString &name, const QJsonValue &value);
    // The same, with a family's limit on list lengths (`stop`: Gemini accepts 5, others 4);
    // maxItems < 0 uses the API's own limit.
    static QString validate(const QString &name, const QJsonValue &value, int maxItems);
    // "a number from 0 to 2", "one of low, medium, high": for help texts and error messages.
    static QString expectedType(const ParameterSpec &spec);
};

} // namespace Lineup
