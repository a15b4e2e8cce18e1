// File-local tr() helpers translate under a context of their own choosing, while lupdate files
// each tr() call under the class of the member function that makes it, or under the namespace
// ("Lineup") for a free function. When the two disagree the catalogue holds a translation the
// program never finds; these check, in Japanese, strings from both kinds of function in the files
// that have such helpers.
#include "schema/AnswerCheck.h"
#include "schema/StrictSchemaRules.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>

using namespace Lineup;

namespace {

QString messagesOf(const SchemaProblems &problems)
{
    QStringList messages;
    for (const SchemaProblem &problem : problems)
        messages.append(problem.message);
    return messages.join(u'\n');
}

QJsonObject jsonSchemaFormat()
{
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("a")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("a"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
    return {{QStringLiteral("response_format"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                         {QStringLiteral("json_schema"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                      {QStringLiteral("schema"), schema}}}}}};
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese)));
    }

    void markdownExportIsTranslated()
    {
        ConversationData conversation;
        conversation.info.model = QStringLiteral("gpt-5");
        const QString markdown = ConversationExporter::markdown(conversation);
        QVERIFY2(markdown.startsWith(QStringLiteral("# 無題")), qPrintable(markdown)); // free
        QVERIFY2(markdown.contains(QStringLiteral("モデル: gpt-5")), qPrintable(markdown));

        ConversationData comparison;
        comparison.info.kind = ConversationKind::Comparison;
        ComparisonPaneData pane;
        pane.pane.conversation.model = QStringLiteral("gpt-5");
        comparison.panes = {pane, pane};
        comparison.panes[1].pane.position = 1;
        const QString comparisonMarkdown = ConversationExporter::markdown(comparison);
        QVERIFY2(comparisonMarkdown.contains(QStringLiteral("ペイン 2: gpt-5")),
                 qPrintable(comparisonMarkdown));
        QVERIFY2(comparisonMarkdown.contains(QStringLiteral("2 個のモデルの比較")),
                 qPrintable(comparisonMarkdown));
    }

    void importErrorsAreTranslated()
    {
        QString error;
        QVERIFY(!ConversationImporter::parse("{}", &error));
        QVERIFY2(error.contains(QStringLiteral("Lineup のエクスポート")), qPrintable(error));
        QCOMPARE(ConversationImporter::uniqueTitle(QStringLiteral("T"), {QStringLiteral("T")}),
                 QStringLiteral("T（インポート 2）"));
    }

    void strictSchemaProblemsAreTranslated()
    {
        const QString messages = messagesOf(StrictSchemaRules::check(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}}));
        QVERIFY2(messages.contains(QStringLiteral("厳密スキーマのルート")), qPrintable(messages));
        const QString objectMessages = messagesOf(StrictSchemaRules::check(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}));
        QVERIFY2(objectMessages.contains(QStringLiteral("\"additionalProperties\": false を設定")),
                 qPrintable(objectMessages));
    }

    void answerChecksAreTranslated()
    {
        const AnswerValidation notJson =
            AnswerCheck::check(jsonSchemaFormat(), QStringLiteral("nope"), true);
        QCOMPARE(notJson.state, AnswerValidation::State::NotJson);
        QCOMPARE(notJson.summary(), QStringLiteral("JSON ではありません"));
        const AnswerValidation invalid =
            AnswerCheck::check(jsonSchemaFormat(), QStringLiteral("[1, 2]"), true);
        QCOMPARE(invalid.state, AnswerValidation::State::Invalid);
        QVERIFY2(invalid.summary().endsWith(QStringLiteral(" 件のスキーマエラー")),
                 qPrintable(invalid.summary()));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translation_contexts.moc"
