#include "SchemaValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// Without it valijson calls abort() on a schema it cannot use; Lineup reports those instead.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <stdexcept>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::SchemaValidator", text);
}

QString withoutFragment(const QString &uri)
{
    const qsizetype hash = uri.indexOf(u'#');
    return hash < 0 ? uri : uri.left(hash);
}

// valijson writes the path as "<root>", "[name]", "[0]"; Lineup speaks JSON pointers.
QString pointerFromContext(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &piece : context) {
        if (piece.size() >= 2 && piece.front() == '[' && piece.back() == ']')
            pointer = jsonPointerAppend(pointer,
                                        QString::fromStdString(piece.substr(1, piece.size() - 2)));
    }
    return pointer;
}

// valijson also reports every enclosing property or item of a violation ("Failed to validate
// against schema associated with property name 'x'"): keep only the ones that say more.
bool isEnclosingSummary(const QString &message)
{
    return message.startsWith(QLatin1String("Failed to validate against schema associated with")) ||
           message.startsWith(QLatin1String("Failed to validate item #")) ||
           message.startsWith(QLatin1String("Failed to validate against additional properties")) ||
           message.startsWith(QLatin1String("Failed to validate against schema for property"));
}

// Every "$id" declared inside the schema, resolved against the ids around it, with the
// subschema it names. valijson hands relative references over as they are written ("node",
// "folderInteger.json"); these let them resolve against the schema's own base URIs.
void collectIds(const QJsonValue &node, const QUrl &base, QList<QPair<QUrl, QJsonValue>> *ids)
{
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (const QJsonValue &element : array)
            collectIds(element, base, ids);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject object = node.toObject();
    QUrl here = base;
    const QJsonValue id = object.value(QStringLiteral("$id"));
    if (id.isString()) {
        here = base.resolved(QUrl(id.toString()));
        ids->append({here.adjusted(QUrl::RemoveFragment), node});
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        // "enum" and "const" hold data, not schemas.
        if (it.key() != QLatin1String("enum") && it.key() != QLatin1String("const"))
            collectIds(it.value(), here, ids);
    }
}

} // namespace

SchemaValidator::SchemaValidator() = default;
SchemaValidator::SchemaValidator(SchemaValidator &&) noexcept = default;
SchemaValidator &SchemaValidator::operator=(SchemaValidator &&) noexcept = default;
SchemaValidator::~SchemaValidator() = default;

const QJsonValue &SchemaValidator::draft07MetaSchema()
{
    static const QJsonValue schema = [] {
        QFile file(QStringLiteral(":/schemas/draft-07-schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonValue();
        return QJsonValue(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return schema;
}

bool SchemaValidator::isDraft07MetaSchemaUri(const QString &uri)
{
    QString bare = withoutFragment(uri);
    if (bare.startsWith(QLatin1String("https://")))
        bare.remove(4, 1);
    return bare == QLatin1String("http://json-schema.org/draft-07/schema");
}

std::optional<SchemaValidator> SchemaValidator::compile(const QJsonValue &schema, QString *error,
                                                        const DocumentResolver &resolver)
{
    if (!schema.isObject() && !schema.isBool()) {
        if (error)
            *error = tr("a JSON Schema must be an object (or true or false).");
        return std::nullopt;
    }
    QString unresolved;
    QList<QPair<QUrl, QJsonValue>> ids;
    collectIds(schema, QUrl(), &ids);
    const auto lookUp = [&resolver, &ids](const QString &name) -> std::optional<QJsonValue> {
        if (isDraft07MetaSchemaUri(name))
            return draft07MetaSchema();
        const QUrl url = QUrl(withoutFragment(name));
        for (const auto &[id, subschema] : std::as_const(ids)) {
            if (id == url)
                return subschema;
        }
        if (resolver && !url.isRelative())
            return resolver(url.toString());
        return std::nullopt;
    };
    const auto fetch = [&](const std::string &uri) -> const QJsonValue * {
        const QString name = QString::fromStdString(uri);
        std::optional<QJsonValue> document = lookUp(name);
        // A relative reference: try it against each base URI the schema declares.
        for (qsizetype i = 0; !document && QUrl(name).isRelative() && i < ids.size(); ++i)
            document = lookUp(ids.at(i).first.resolved(QUrl(name)).toString());
        if (document)
            return new QJsonValue(*document);
        unresolved = name;
        return nullptr;
    };
    const auto release = [](const QJsonValue *document) { delete document; };

    SchemaValidator validator;
    validator.m_schema = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter(schema);
        parser.populateSchema<valijson::adapters::QtJsonAdapter>(adapter, *validator.m_schema,
                                                                 fetch, release);
    } catch (const std::exception &exception) {
        if (error) {
            *error = unresolved.isEmpty()
                         ? tr("the schema cannot be used: %1")
                               .arg(QString::fromStdString(exception.what()))
                         : tr("$ref to \"%1\" cannot be resolved: only references inside the "
                              "schema and to the draft-07 meta-schema work (nothing is "
                              "fetched from the network).")
                               .arg(unresolved);
        }
        return std::nullopt;
    }
    return validator;
}

SchemaProblems SchemaValidator::validate(const QJsonValue &value) const
{
    SchemaProblems problems;
    if (!m_schema)
        return problems;
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    try {
        if (validator.validate(*m_schema, target, &results))
            return problems;
    } catch (const std::exception &exception) {
        problems.append({QString(), tr("the value could not be checked: %1")
                                        .arg(QString::fromStdString(exception.what()))});
        return problems;
    }
    SchemaProblems all;
    for (const valijson::ValidationResults::Error &error : results)
        all.append({pointerFromContext(error.context), QString::fromStdString(error.description)});
    for (const SchemaProblem &problem : std::as_const(all)) {
        if (isEnclosingSummary(problem.message) && all.size() > 1)
            continue;
        if (!problems.contains(problem))
            problems.append(problem);
    }
    if (problems.isEmpty())
        problems = all;
    // A `false` schema rejects without saying anything.
    if (problems.isEmpty())
        problems.append({QString(), tr("no value is allowed here (the schema is false).")});
    return problems;
}

bool SchemaValidator::accepts(const QJsonValue &value) const
{
    if (!m_schema)
        return false;
    valijson::Validator validator;
    const valijson::adapters::QtJsonAdapter target(value);
    try {
        return validator.validate(*m_schema, target, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace Lineup
