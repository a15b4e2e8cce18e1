// The Schema dock in the real window: typing a schema, live lint and error marks, Make strict,
// Schema from example, Format; what it sets is the conversation's response_format, shown by the
// Request panel, sent, stored with the answer and shown again when the conversation reopens.
#include "ConversationController.h"
#include "MainWindowHarness.h"
#include "panels/JsonEditor.h"
#include "panels/ParametersPanel.h"
#include "panels/RequestPanel.h"
#include "panels/SchemaPanel.h"
#include "storage/ConversationStore.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace Lineup;
using namespace Lineup::Test;

class TestSchemaDock : public MainWindowHarness
{
    Q_OBJECT

    SchemaPanel *openSchemaDock()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("schemaDock"));
        if (!dock)
            return nullptr;
        dock->show();
        dock->raise();
        for (int i = 0; i < 200 && !dock->findChild<SchemaPanel *>(); ++i)
            QTest::qWait(10);
        return dock->findChild<SchemaPanel *>();
    }

    static void typeInto(JsonEditor *editor, const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void typedSchemaIsLintedFixedAndSent()
    {
        SchemaPanel *panel = openSchemaDock();
        QVERIFY(panel);
        auto *mode = panel->findChild<QComboBox *>(QStringLiteral("schemaMode"));
        mode->setCurrentIndex(mode->findData(int(SchemaPanel::Mode::JsonSchema)));
        JsonEditor *editor = panel->editor();

        // Not JSON yet: the mark says where, and nothing is sent.
        typeInto(editor, QStringLiteral("{\"type\": \"object\","));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral(" \"properties\": {\"city\" "));
        QCOMPARE(editor->errorLine(), 2);
        QVERIFY(editor->errorColumn() > 1);
        auto *status = panel->findChild<QLabel *>(QStringLiteral("schemaStatus"));
        QVERIFY2(status->text().contains(QLatin1String("line 2, column")),
                 qPrintable(status->text()));
        QVERIFY(panel->responseFormat().isUndefined());

        // Valid JSON Schema, but not strict: each problem with its pointer.
        QTest::keyClicks(editor, QStringLiteral(": {\"type\": \"string\"}, \"n\": {\"type\": "
                                                "\"integer\", \"minimum\": 0}}, \"required\": "
                                                "[\"city\"]}"));
        QCOMPARE(editor->parseError(), QString());
        QStringList problems;
        for (int i = 0; i < panel->problemList()->count(); ++i)
            problems.append(panel->problemList()->item(i)->text());
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(u'\n')));
        QVERIFY(problems.at(0).startsWith(QLatin1String("/: ")));
        QVERIFY(problems.at(1).startsWith(QLatin1String("/properties/n: ")));
        // Clicking a problem finds its place in the text.
        panel->problemList()->setCurrentRow(1);
        Q_EMIT panel->problemList()->itemActivated(panel->problemList()->item(1));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("\"n\""));

        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("schemaMakeStrict")),
                          Qt::LeftButton);
        QCOMPARE(panel->problemList()->count(), 0);
        QVERIFY(status->text().contains(QLatin1String("Valid strict schema")));

        // The conversation's parameters carry it, as the Parameters and Request panels show.
        QTRY_VERIFY(session()->info().parameters.contains(QStringLiteral("response_format")));
        const QJsonObject format =
            session()->info().parameters.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format, panel->responseFormat().toObject());
        QCOMPARE(format[QStringLiteral("json_schema")][QStringLiteral("strict")].toBool(), true);
        QCOMPARE(format[QStringLiteral("json_schema")][QStringLiteral("schema")]
                       [QStringLiteral("required")]
                           .toArray(),
                 (QJsonArray{QStringLiteral("city"), QStringLiteral("n")}));
        QCOMPARE(m_window->parametersPanel()->parameters().value(QStringLiteral("response_format")),
                 QJsonValue(format));
        auto *requestDock = m_window->findChild<QDockWidget *>(QStringLiteral("requestDock"));
        requestDock->raise();
        QTRY_VERIFY(
            m_window->requestPanel()->displayedText().contains(QLatin1String("json_schema")));

        // Sent exactly; the answer keeps the format it was sent with.
        exchange(QStringLiteral("Where?"), QStringLiteral("{\"city\":\"Paris\",\"n\":\"x\"}"));
        const QJsonObject body = chatRequests().last().json();
        QCOMPARE(body.value(QStringLiteral("response_format")).toObject(), format);
        const qint64 id = m_window->controller()->conversationId();
        const QList<MessageRecord> stored = m_window->store()->messages(id);
        QCOMPARE(stored.last().parameters.value(QStringLiteral("response_format")).toObject(),
                 format);

        // Reopening the conversation shows its schema again.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        // A new chat starts from the last settings; switching the format off is its own.
        panel->setMode(SchemaPanel::Mode::None);
        QTRY_VERIFY(!session()->info().parameters.contains(QStringLiteral("response_format")));
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(panel->mode(), SchemaPanel::Mode::JsonSchema);
        QCOMPARE(panel->responseFormat().toObject(), format);
    }

    void exampleFormatAndTemplates()
    {
        SchemaPanel *panel = openSchemaDock();
        QVERIFY(panel);
        QString error;
        QVERIFY(!panel->applyExample(QStringLiteral("{\"a\":"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(panel->applyExample(
            QStringLiteral("{\"name\":\"Ada\",\"langs\":[\"en\"],\"age\":36}"), &error));
        QCOMPARE(panel->mode(), SchemaPanel::Mode::JsonSchema);
        QCOMPARE(panel->problems(), SchemaProblems());
        const QJsonObject schema = panel->editor()->value().toObject();
        QCOMPARE(schema[QStringLiteral("properties")][QStringLiteral("age")][QStringLiteral("type")]
                     .toString(),
                 QStringLiteral("integer"));

        typeInto(panel->editor(), QStringLiteral("{\"type\":\"object\",\"properties\":{}}"));
        auto *format = panel->findChildren<QPushButton *>().at(0);
        QCOMPARE(format->text(), QStringLiteral("&Format"));
        QTest::mouseClick(format, Qt::LeftButton);
        QVERIFY(panel->editor()->toPlainText().contains(QLatin1String("\n    \"properties\"")));

        // JSON object mode for a Claude model warns: Claude takes json_schema only.
        panel->setModel(QStringLiteral("claude-sonnet-4"));
        panel->setMode(SchemaPanel::Mode::JsonObject);
        QVERIFY(!panel->warningLabel()->isHidden());
        QVERIFY(panel->warningLabel()->text().contains(QLatin1String("json_schema")));
        panel->setMode(SchemaPanel::Mode::None);
        QTRY_VERIFY(!session()->info().parameters.contains(QStringLiteral("response_format")));

        // Schema files: saved and opened again.
        QVERIFY(panel->applyExample(QStringLiteral("{\"x\":true}")));
        const QString path = m_dir->filePath(QStringLiteral("x.schema.json"));
        QVERIFY(panel->saveFile(path, &error));
        panel->setMode(SchemaPanel::Mode::None);
        QVERIFY(panel->openFile(path, &error));
        QCOMPARE(panel->mode(), SchemaPanel::Mode::JsonSchema);
        QCOMPARE(panel->editor()->value().toObject()[QStringLiteral("required")].toArray(),
                 QJsonArray{QStringLiteral("x")});

        if (qEnvironmentVariableIsSet("LINEUP_SCREENSHOTS")) {
            panel->setModel(QStringLiteral("gpt-4.1"));
            QVERIFY(panel->applyExample(QStringLiteral(
                "{\"city\":\"Paris\",\"population\":2100000,\"districts\":[{\"name\":\"Marais\","
                "\"arrondissement\":4}]}")));
            QJsonObject loose = panel->editor()->value().toObject();
            loose.remove(QStringLiteral("additionalProperties"));
            panel->editor()->setValue(loose);
            panel->window()->resize(1300, 860);
            auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("schemaDock"));
            dock->grab().save(qEnvironmentVariable("LINEUP_SCREENSHOTS") +
                              QStringLiteral("/schema-dock.png"));
        }
    }
};

QTEST_MAIN(TestSchemaDock)
#include "tst_schemadock.moc"
