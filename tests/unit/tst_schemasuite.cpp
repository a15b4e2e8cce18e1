// The official JSON-Schema-Test-Suite (Debian json-schema-test-suite), draft-07 required tests,
// through SchemaValidator (valijson). refRemote.json expects a server on localhost:1234; its
// documents are the suite's own remotes/ folder, handed over by the resolver so nothing is
// fetched, and those tests are counted apart.
#include "schema/SchemaValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lineup;

namespace {

const QString suiteRoot = QStringLiteral("/usr/share/json-schema-test-suite");

QJsonValue readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::optional<QJsonValue> remoteDocument(const QString &uri)
{
    const QString prefix = QStringLiteral("http://localhost:1234/");
    if (!uri.startsWith(prefix))
        return std::nullopt;
    const QString path = suiteRoot + QLatin1String("/remotes/") + uri.mid(prefix.size());
    if (!QFile::exists(path))
        return std::nullopt;
    return readJson(path);
}

struct Tally
{
    int passed = 0;
    int total = 0;
    QStringList failures;
};

void runFile(const QString &path, Tally &tally)
{
    const QJsonArray groups = readJson(path).toArray();
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        QString error;
        const std::optional<SchemaValidator> validator =
            SchemaValidator::compile(group.value(QStringLiteral("schema")), &error, remoteDocument);
        const QJsonArray tests = group.value(QStringLiteral("tests")).toArray();
        for (const QJsonValue &testValue : tests) {
            const QJsonObject test = testValue.toObject();
            ++tally.total;
            const bool expected = test.value(QStringLiteral("valid")).toBool();
            const QJsonValue data = test.value(QStringLiteral("data"));
            const bool ok = validator && validator->accepts(data) == expected &&
                            validator->validate(data).isEmpty() == expected;
            if (ok)
                ++tally.passed;
            else
                tally.failures.append(QFileInfo(path).fileName() + QLatin1String(": ") +
                                      group.value(QStringLiteral("description")).toString() +
                                      QLatin1String(" / ") +
                                      test.value(QStringLiteral("description")).toString() +
                                      (validator ? QString() : QLatin1String(" (") + error + u')'));
        }
    }
}

} // namespace

class TestSchemaSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draft07Required()
    {
        const QDir dir(suiteRoot + QLatin1String("/tests/draft7"));
        if (!dir.exists())
            QFAIL("the JSON-Schema-Test-Suite is missing: apt-get install json-schema-test-suite");
        Tally local;
        Tally remote;
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() > 20);
        for (const QString &file : files)
            runFile(dir.filePath(file), file == QLatin1String("refRemote.json") ? remote : local);
        qInfo("JSON-Schema-Test-Suite draft-07 required: %d/%d passed (%.1f%%); "
              "refRemote (served from remotes/, no network): %d/%d",
              local.passed, local.total, 100.0 * local.passed / std::max(1, local.total),
              remote.passed, remote.total);
        for (const QString &failure : std::as_const(local.failures))
            qInfo("  failed: %s", qPrintable(failure));
        for (const QString &failure : std::as_const(remote.failures))
            qInfo("  failed (refRemote): %s", qPrintable(failure));
        QVERIFY(local.total >= 400);
        QCOMPARE(local.passed, local.total);
    }

    void metaSchemaIsBundled()
    {
        const QJsonObject meta = SchemaValidator::draft07MetaSchema().toObject();
        QCOMPARE(meta.value(QStringLiteral("$id")).toString(),
                 QStringLiteral("http://json-schema.org/draft-07/schema#"));
        QString error;
        const auto validator = SchemaValidator::compile(
            QJsonObject{{QStringLiteral("$ref"),
                         QStringLiteral("http://json-schema.org/draft-07/schema#")}},
            &error);
        QVERIFY2(validator, qPrintable(error));
        QVERIFY(
            validator->accepts(QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}));
        QVERIFY(!validator->accepts(QJsonObject{{QStringLiteral("type"), 12}}));
    }

    void remoteRefIsAClearError()
    {
        QString error;
        const auto validator = SchemaValidator::compile(
            QJsonObject{{QStringLiteral("$ref"), QStringLiteral("https://example.com/a.json")}},
            &error);
        QVERIFY(!validator);
        QVERIFY2(error.contains(QLatin1String("https://example.com/a.json")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("network")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchemaSuite)
#include "tst_schemasuite.moc"
