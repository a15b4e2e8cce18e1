// The Tools dock in the real window: a tool set loaded from a file becomes the conversation's
// tools; parallel and repeated tool calls arrive as cards with checked arguments; results typed
// into the cards are sent with the right tool_call_ids (asserted field by field), stored,
// exported (Lineup JSON and the OpenAI body) and imported again; Drop calls goes on without them.
#include "ConversationController.h"
#include "MainWindowHarness.h"
#include "chatview/ChatView.h"
#include "panels/RequestPanel.h"
#include "panels/ToolsPanel.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

const char *toolSet =
    R"([{"type":"function","function":{"name":"get_weather","description":"Weather now",)"
    R"("parameters":{"type":"object","properties":{"city":{"type":"string"}},)"
    R"("required":["city"],"additionalProperties":false},"strict":true}},)"
    R"({"type":"function","function":{"name":"get_time","parameters":{"type":"object",)"
    R"("properties":{"zone":{"type":"string"}},"required":["zone"],)"
    R"("additionalProperties":false}}}])";

QList<QByteArray> callEvents(int index, const QString &id, const QString &name,
                             const QString &arguments)
{
    const qsizetype half = arguments.size() / 2;
    return {chunk({{QStringLiteral("tool_calls"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("index"), index},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("function"),
                         QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("arguments"), arguments.left(half)}}}}}}}),
            chunk({{QStringLiteral("tool_calls"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("index"), index},
                        {QStringLiteral("function"),
                         QJsonObject{{QStringLiteral("arguments"), arguments.mid(half)}}}}}}})};
}

QJsonObject toolMessage(const char *id, const char *content)
{
    return {{QStringLiteral("role"), QStringLiteral("tool")},
            {QStringLiteral("tool_call_id"), QLatin1String(id)},
            {QStringLiteral("content"), QLatin1String(content)}};
}

} // namespace

class TestToolsDock : public MainWindowHarness
{
    Q_OBJECT

    ToolsPanel *openToolsDock()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("toolsDock"));
        if (!dock)
            return nullptr;
        dock->show();
        dock->raise();
        for (int i = 0; i < 200 && !dock->findChild<ToolsPanel *>(); ++i)
            QTest::qWait(10);
        return dock->findChild<ToolsPanel *>();
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void callsAreAnsweredByHandRoundAfterRound()
    {
        ToolsPanel *panel = openToolsDock();
        QVERIFY(panel);
        const QString path = m_dir->filePath(QStringLiteral("tools.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(toolSet);
        }
        QString error;
        QVERIFY2(panel->openFile(path, &error), qPrintable(error));
        const QJsonArray tools = QJsonDocument::fromJson(toolSet).array();
        QCOMPARE(session()->info().parameters.value(QStringLiteral("tools")).toArray(), tools);
        QCOMPARE(panel->toolList()->count(), 2);

        // Round 1: two calls in parallel, the second with arguments that break its schema.
        QList<QByteArray> events =
            callEvents(0, QStringLiteral("call_a"), QStringLiteral("get_weather"),
                       QStringLiteral("{\"city\":\"Paris\"}"));
        events += callEvents(1, QStringLiteral("call_b"), QStringLiteral("get_time"),
                             QStringLiteral("{\"zone\":5}"));
        events.append(chunk({}, QStringLiteral("tool_calls")));
        m_server->setRoute("POST", m_chatPath, FakeResponse::sse(events));
        typeAndSend(QStringLiteral("Weather and time?"));
        QVERIFY(waitIdle());
        QCOMPARE(chatRequests().last().json().value(QStringLiteral("tools")).toArray(), tools);
        QTRY_COMPARE(panel->resultEditors().size(), 2);
        QVERIFY(panel->argumentChecks().at(0)->text().contains(QLatin1String("match")));
        QVERIFY2(panel->argumentChecks().at(1)->text().contains(QLatin1String("/zone")),
                 qPrintable(panel->argumentChecks().at(1)->text()));

        // Only one result: nothing is sent.
        QTest::keyClicks(panel->resultEditors().at(0), QStringLiteral("sunny"));
        const qsizetype before = chatRequests().size();
        QTest::mouseClick(panel->sendResultsButton(), Qt::LeftButton);
        QCOMPARE(chatRequests().size(), before);
        QVERIFY2(panel->callsStatus()->text().contains(QLatin1String("Missing: get_time (call_b)")),
                 qPrintable(panel->callsStatus()->text()));

        // Both: sent in the order of the calls, and the model calls again.
        m_server->setRoute(
            "POST", m_chatPath,
            FakeResponse::sse(callEvents(0, QStringLiteral("call_c"), QStringLiteral("get_weather"),
                                         QStringLiteral("{\"city\":\"Lyon\"}")) +
                              QList<QByteArray>{chunk({}, QStringLiteral("tool_calls"))}));
        QTest::keyClicks(panel->resultEditors().at(1), QStringLiteral("14:05"));
        QTest::mouseClick(panel->sendResultsButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        QCOMPARE(chatRequests().size(), before + 1);
        QJsonArray messages =
            chatRequests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), QStringLiteral("Weather and time?")}}));
        const QJsonArray calls = messages.at(1)[QStringLiteral("tool_calls")].toArray();
        QCOMPARE(messages.at(1)[QStringLiteral("role")].toString(), QStringLiteral("assistant"));
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("call_a")},
                              {QStringLiteral("type"), QStringLiteral("function")},
                              {QStringLiteral("function"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                           {QStringLiteral("arguments"),
                                            QStringLiteral("{\"city\":\"Paris\"}")}}}}));
        QCOMPARE(calls.at(1)[QStringLiteral("id")].toString(), QStringLiteral("call_b"));
        QCOMPARE(messages.at(2).toObject(), toolMessage("call_a", "sunny"));
        QCOMPARE(messages.at(3).toObject(), toolMessage("call_b", "14:05"));

        // Round 3: the repeated call gets its own card.
        QTRY_COMPARE(panel->resultEditors().size(), 1);
        m_server->setRoute("POST", m_chatPath, answer({QStringLiteral("Sunny, then rain.")}));
        QTest::keyClicks(panel->resultEditors().at(0), QStringLiteral("rain"));
        QTest::mouseClick(panel->sendResultsButton(), Qt::LeftButton);
        QVERIFY(waitIdle());
        messages = chatRequests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 6);
        QCOMPARE(messages.at(4)[QStringLiteral("tool_calls")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("call_c"));
        QCOMPARE(messages.at(5).toObject(), toolMessage("call_c", "rain"));
        QTRY_COMPARE(panel->resultEditors().size(), 0);

        // Stored: definitions with the conversation, calls and results with the messages.
        const qint64 id = m_window->controller()->conversationId();
        QCOMPARE(m_window->store()->conversation(id)->parameters.value(QStringLiteral("tools")),
                 QJsonValue(tools));
        const QList<MessageRecord> stored = m_window->store()->messages(id);
        QCOMPARE(stored.size(), 7);
        QCOMPARE(stored.at(2).message.toolCallId, QStringLiteral("call_a"));
        QCOMPARE(stored.at(3).message.toolCallId, QStringLiteral("call_b"));
        QCOMPARE(stored.at(5).message.text(), QStringLiteral("rain"));

        // Exported as the OpenAI body (tools and every round) and as Lineup JSON, imported back.
        ConversationExporter exporter(*m_window->store());
        const std::optional<QByteArray> openAi =
            exporter.exportConversations({id}, ExportFormat::OpenAi, &error);
        QVERIFY2(openAi, qPrintable(error));
        const QJsonObject body = QJsonDocument::fromJson(*openAi).object();
        QCOMPARE(body.value(QStringLiteral("tools")).toArray(), tools);
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().at(3).toObject(),
                 toolMessage("call_b", "14:05"));
        const std::optional<QByteArray> lineup =
            exporter.exportConversations({id}, ExportFormat::Lineup, &error);
        QVERIFY2(lineup, qPrintable(error));
        ConversationImporter importer(*m_window->store());
        const std::optional<QList<qint64>> imported =
            importer.importData(*lineup, QStringLiteral("tools.lineup.json"), &error);
        QVERIFY2(imported && imported->size() == 1, qPrintable(error));
        const QList<MessageRecord> copy = m_window->store()->messages(imported->first());
        QCOMPARE(copy.size(), 7);
        QCOMPARE(copy.at(1).message.toolCalls, stored.at(1).message.toolCalls);
        QCOMPARE(copy.at(3).message.toolCallId, QStringLiteral("call_b"));
        QCOMPARE(m_window->store()
                     ->conversation(imported->first())
                     ->parameters.value(QStringLiteral("tools")),
                 QJsonValue(tools));

        if (qEnvironmentVariableIsSet("LINEUP_SCREENSHOTS")) {
            m_server->setRoute("POST", m_chatPath, FakeResponse::sse(events));
            typeAndSend(QStringLiteral("Again?"));
            QVERIFY(waitIdle());
            QTRY_COMPARE(panel->resultEditors().size(), 2);
            panel->resultEditors().at(0)->setPlainText(QStringLiteral("{\"sky\": \"sunny\"}"));
            m_window->resize(1300, 900);
            auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("toolsDock"));
            dock->grab().save(qEnvironmentVariable("LINEUP_SCREENSHOTS") +
                              QStringLiteral("/tools-dock.png"));
        }
    }

    void cannedResultsAndDisabledToolsAreRemembered()
    {
        ToolsPanel *panel = openToolsDock();
        QVERIFY(panel);
        panel->setTools(QJsonDocument::fromJson(toolSet).array());
        // get_time gets a canned result; get_weather is switched off.
        panel->toolList()->setCurrentRow(1);
        QCOMPARE(panel->nameEdit()->text(), QStringLiteral("get_time"));
        QTest::keyClicks(panel->cannedEdit(), QStringLiteral("12:00 UTC"));
        panel->toolList()->item(0)->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(session()->info().parameters.value(QStringLiteral("tools")).toArray().size(),
                     1);

        m_server->setRoute(
            "POST", m_chatPath,
            FakeResponse::sse(callEvents(0, QStringLiteral("call_t"), QStringLiteral("get_time"),
                                         QStringLiteral("{\"zone\":\"UTC\"}")) +
                              QList<QByteArray>{chunk({}, QStringLiteral("tool_calls"))}));
        typeAndSend(QStringLiteral("Time?"));
        QVERIFY(waitIdle());
        const QJsonArray sent =
            chatRequests().last().json().value(QStringLiteral("tools")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0)[QStringLiteral("function")][QStringLiteral("name")].toString(),
                 QStringLiteral("get_time"));
        QVERIFY(!chatRequests().last().body.contains("12:00 UTC"));
        QTRY_COMPARE(panel->resultEditors().size(), 1);
        QCOMPARE(panel->resultEditors().at(0)->toPlainText(), QStringLiteral("12:00 UTC"));

        // Reopened, the conversation still knows the switched-off tool and the canned result.
        const qint64 id = m_window->controller()->conversationId();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_window->openConversation(id));
        QCOMPARE(panel->allTools().size(), 2);
        QCOMPARE(panel->enabledTools().size(), 1);
        QCOMPARE(
            panel->localState()[QStringLiteral("canned")][QStringLiteral("get_time")].toString(),
            QStringLiteral("12:00 UTC"));
    }

    void promptWhileCallsWaitDropsThem()
    {
        ToolsPanel *panel = openToolsDock();
        QVERIFY(panel);
        panel->setTools(QJsonDocument::fromJson(toolSet).array());
        m_server->setRoute(
            "POST", m_chatPath,
            FakeResponse::sse(callEvents(0, QStringLiteral("call_x"), QStringLiteral("get_time"),
                                         QStringLiteral("{\"zone\":\"UTC\"}")) +
                              QList<QByteArray>{chunk({}, QStringLiteral("tool_calls"))}));
        typeAndSend(QStringLiteral("Time?"));
        QVERIFY(waitIdle());
        QTRY_COMPARE(panel->resultEditors().size(), 1);
        QVERIFY2(editor()->placeholderText().contains(QLatin1String("get_time (call_x)")),
                 qPrintable(editor()->placeholderText()));
        exchange(QStringLiteral("Never mind."), QStringLiteral("OK."));
        QTRY_VERIFY(editor()->placeholderText().startsWith(QLatin1String("Message the model")));
        // The unanswered call is not sent (services answer 400 to it).
        const QJsonArray messages =
            chatRequests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1)[QStringLiteral("content")].toString(),
                 QStringLiteral("Never mind."));
    }

    void dropCallsGoesOnWithoutThem()
    {
        ToolsPanel *panel = openToolsDock();
        QVERIFY(panel);
        panel->setTools(QJsonDocument::fromJson(toolSet).array());
        QList<QByteArray> events{chunk({{QStringLiteral("content"), QStringLiteral("Checking.")}})};
        events += callEvents(0, QStringLiteral("call_d"), QStringLiteral("get_time"),
                             QStringLiteral("{\"zone\":\"UTC\"}"));
        events.append(chunk({}, QStringLiteral("tool_calls")));
        m_server->setRoute("POST", m_chatPath, FakeResponse::sse(events));
        typeAndSend(QStringLiteral("Time?"));
        QVERIFY(waitIdle());
        QTRY_COMPARE(panel->resultEditors().size(), 1);
        QVERIFY(panel->dropCallsButton()->isVisible());
        QVERIFY2(editor()->placeholderText().contains(QLatin1String("drop the calls")),
                 qPrintable(editor()->placeholderText()));

        QTest::mouseClick(panel->dropCallsButton(), Qt::LeftButton);
        QCOMPARE(panel->resultEditors().size(), 0);
        QVERIFY(!panel->dropCallsButton()->isVisible());
        QVERIFY(session()->unansweredToolCalls().isEmpty());
        QVERIFY(editor()->placeholderText().startsWith(QLatin1String("Message the model")));
        // The answer keeps its text, in the window and in the store, without the call.
        QCOMPARE(session()->messages()->record(1).message.text(), QStringLiteral("Checking."));
        QTRY_VERIFY2(
            m_window->chatView()->renderedText(1).contains(QLatin1String("Tool calls dropped")),
            qPrintable(m_window->chatView()->renderedText(1)));
        const qint64 id = m_window->controller()->conversationId();
        const QList<MessageRecord> stored = m_window->store()->messages(id);
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(1).message.toolCalls.isEmpty());
        QCOMPARE(stored.at(1).message.text(), QStringLiteral("Checking."));

        // Going on: the next request has the answer's text and no tool call.
        exchange(QStringLiteral("Thanks anyway."), QStringLiteral("You're welcome."));
        const QJsonArray messages =
            chatRequests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), QStringLiteral("Checking.")}}));
        // Reopened, nothing waits.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_window->openConversation(id));
        QVERIFY(session()->unansweredToolCalls().isEmpty());
        QCOMPARE(panel->resultEditors().size(), 0);
    }
};

QTEST_MAIN(TestToolsDock)
#include "tst_toolsdock.moc"
