// The side panels: model picker against the fake server, parameters, prompt, request preview.
#include "FakeServer.h"

#include "api/ApiClient.h"
#include "api/RequestBuilder.h"
#include "panels/ModelPanel.h"
#include "panels/ParameterRow.h"
#include "panels/ParametersPanel.h"
#include "panels/PromptPanel.h"
#include "panels/RequestPanel.h"

#include <QtTest>
#include <QtWidgets>

#include <cmath>

using namespace Lineup;

namespace {

// 600 models: enough to show the list stays usable with a large aggregator catalogue.
QJsonObject modelList()
{
    QJsonArray data;
    for (int i = 0; i < 597; ++i) {
        data.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("model-%1").arg(i, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("owned_by"), QStringLiteral("fake")}});
    }
    data.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("owned_by"), QStringLiteral("openai")},
                    {QStringLiteral("context_length"), 128000},
                    {QStringLiteral("pricing"),
                     QJsonObject{{QStringLiteral("prompt"), QStringLiteral("0.0000025")},
                                 {QStringLiteral("completion"), QStringLiteral("0.00001")}}}});
    data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("claude-sonnet-4-5")},
                            {QStringLiteral("owned_by"), QStringLiteral("anthropic")}});
    data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("zeta-model")},
                            {QStringLiteral("owned_by"), QStringLiteral("zeta")}});
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("data"), data}};
}

QDoubleSpinBox *spinOf(ParametersPanel &panel, const QString &name)
{
    ParameterRow *row = panel.row(name);
    if (!row)
        return nullptr;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(row->editor()))
        return spin;
    return row->editor()->findChild<QDoubleSpinBox *>(); // Number rows: slider + spin box
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    Endpoint endpoint() const
    {
        Endpoint result;
        result.baseUrl = m_server->baseUrl();
        result.apiKey = QStringLiteral("sk-panel-test");
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("lineup.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_server = std::make_unique<FakeServer>();
        m_server->setRoute("GET", "/v1/models", FakeResponse::json(modelList()));
        m_client = std::make_unique<ApiClient>();
        ClientOptions options;
        options.maxRetries = 0;
        options.connectTimeoutMs = 2000;
        m_client->setOptions(options);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_settings.reset();
    }

    void modelPanelListsModelsFromTheService()
    {
        ModelPanel panel(m_client.get(), m_settings.get());
        panel.setEndpoint(endpoint(), QStringLiteral("fake"));
        QCOMPARE(panel.state(), ModelPanel::State::Loading);
        QVERIFY(panel.statusText().contains(QStringLiteral("Loading")));
        QTRY_COMPARE(panel.state(), ModelPanel::State::Loaded);
        QCOMPARE(panel.visibleModelIds().size(), 600);
        QVERIFY(panel.statusText().contains(QStringLiteral("600")));
        QCOMPARE(m_server->lastRequest().path, QByteArray("/v1/models"));
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 QByteArray("Bearer sk-panel-test"));
        // Context and price columns appear because one model has them.
        QVERIFY(!panel.view()->isColumnHidden(1));
        QVERIFY(!panel.view()->isColumnHidden(2));
        const QModelIndex gpt = panel.view()->model()->index(
            panel.visibleModelIds().indexOf(QStringLiteral("gpt-4o")), 1);
        QCOMPARE(gpt.data().toString(), QStringLiteral("128K"));
        QCOMPARE(gpt.siblingAtColumn(2).data().toString(), QStringLiteral("$2.50"));
        QCOMPARE(gpt.siblingAtColumn(3).data().toString(), QStringLiteral("$10.00"));
        QVERIFY(!panel.searchField()->accessibleName().isEmpty());
        QVERIFY(!panel.refreshButton()->toolTip().isEmpty());
    }

    void modelPanelFiltersAsYouType()
    {
        ModelPanel panel(m_client.get(), m_settings.get());
        panel.setEndpoint(endpoint(), QStringLiteral("fake"));
        QTRY_COMPARE(panel.state(), ModelPanel::State::Loaded);
        QTest::keyClicks(panel.searchField(), QStringLiteral("SONNET"));
        QCOMPARE(panel.visibleModelIds(), QStringList{QStringLiteral("claude-sonnet-4-5")});
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("model-59"));
        QCOMPARE(panel.visibleModelIds().size(), 7); // model-590 .. model-596
        // Every term must match: "anthropic" (owner) and "claude".
        panel.searchField()->setText(QStringLiteral("anthropic claude"));
        QCOMPARE(panel.visibleModelIds(), QStringList{QStringLiteral("claude-sonnet-4-5")});
        panel.searchField()->setText(QStringLiteral("no-such-thing"));
        QVERIFY(panel.visibleModelIds().isEmpty());
        panel.searchField()->clear();
        QCOMPARE(panel.visibleModelIds().size(), 600);
    }

    void modelPanelPutsFavouritesAndRecentFirst()
    {
        {
            ModelPanel panel(m_client.get(), m_settings.get());
            panel.setEndpoint(endpoint(), QStringLiteral("fake"));
            QTRY_COMPARE(panel.state(), ModelPanel::State::Loaded);
            QCOMPARE(panel.visibleModelIds().first(), QStringLiteral("claude-sonnet-4-5"));
            panel.setFavourite(QStringLiteral("zeta-model"), true);
            QCOMPARE(panel.visibleModelIds().first(), QStringLiteral("zeta-model"));
            QSignalSpy chosen(&panel, &ModelPanel::modelChosen);
            panel.chooseModel(QStringLiteral("model-300"));
            QCOMPARE(chosen.size(), 1);
            panel.chooseModel(QStringLiteral("gpt-4o"));
            const QStringList ids = panel.visibleModelIds();
            QCOMPARE(ids.mid(0, 3),
                     (QStringList{QStringLiteral("zeta-model"), QStringLiteral("gpt-4o"),
                                  QStringLiteral("model-300")}));
            // The star shows in the list and the favourite button reflects the current row.
            panel.setCurrentModel(QStringLiteral("zeta-model"));
            QVERIFY(panel.favouriteButton()->isChecked());
            QVERIFY(panel.view()->currentIndex().data().toString().contains(
                QStringLiteral("zeta-model")));
        }
        // Only model ids are stored, per profile.
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("models/fake/favourites")).toStringList(),
                 QStringList{QStringLiteral("zeta-model")});
        QCOMPARE(m_settings->value(QStringLiteral("models/fake/recent")).toStringList(),
                 (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("model-300")}));

        ModelPanel again(m_client.get(), m_settings.get());
        again.setEndpoint(endpoint(), QStringLiteral("fake"));
        QTRY_COMPARE(again.state(), ModelPanel::State::Loaded);
        QCOMPARE(again.visibleModelIds().mid(0, 3),
                 (QStringList{QStringLiteral("zeta-model"), QStringLiteral("gpt-4o"),
                              QStringLiteral("model-300")}));
        // Another profile has its own lists.
        ModelPanel other(m_client.get(), m_settings.get());
        other.setEndpoint(endpoint(), QStringLiteral("other"));
        QTRY_COMPARE(other.state(), ModelPanel::State::Loaded);
        QCOMPARE(other.visibleModelIds().first(), QStringLiteral("claude-sonnet-4-5"));
    }

    void modelPanelAcceptsATypedId()
    {
        ModelPanel panel(m_client.get(), m_settings.get());
        panel.setEndpoint(endpoint(), QStringLiteral("fake"));
        QTRY_COMPARE(panel.state(), ModelPanel::State::Loaded);
        QSignalSpy chosen(&panel, &ModelPanel::modelChosen);
        panel.focusSearch();
        QTest::keyClicks(panel.searchField(), QStringLiteral("my-private-model"));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.takeFirst().at(0).toString(), QStringLiteral("my-private-model"));
        // A single match is taken on Enter.
        panel.searchField()->setText(QStringLiteral("sonnet"));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.takeFirst().at(0).toString(), QStringLiteral("claude-sonnet-4-5"));
        // Arrow keys pick from the filtered list without leaving the search box.
        panel.searchField()->setText(QStringLiteral("model-59"));
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.takeFirst().at(0).toString(), QStringLiteral("model-591"));
        QCOMPARE(panel.currentModel(), QStringLiteral("model-591"));
    }

    void modelPanelReportsErrorsInWords()
    {
        m_server->setRoute("GET", "/v1/models",
                           FakeResponse::error(401, QStringLiteral("Invalid API key"),
                                               QStringLiteral("invalid_request_error")));
        ModelPanel panel(m_client.get(), m_settings.get());
        panel.setEndpoint(endpoint(), QStringLiteral("fake"));
        QTRY_COMPARE(panel.state(), ModelPanel::State::Failed);
        QVERIFY2(panel.statusText().contains(QStringLiteral("key"), Qt::CaseInsensitive),
                 qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("type a model id")));
        // Refresh recovers once the service answers.
        m_server->setRoute("GET", "/v1/models", FakeResponse::json(modelList()));
        QTest::mouseClick(panel.refreshButton(), Qt::LeftButton);
        QTRY_COMPARE(panel.state(), ModelPanel::State::Loaded);
    }

    void parametersAreAbsentUntilSet()
    {
        ParametersPanel panel;
        QVERIFY(panel.parameters().isEmpty());
        const QStringList names = panel.parameterNames();
        for (const ParameterSpec &spec : ParameterCatalog::all())
            QVERIFY2(names.contains(spec.name), qPrintable(spec.name));
        for (const QString &name : names) {
            ParameterRow *row = panel.row(name);
            QVERIFY(!row->sendCheck()->isChecked());
            QVERIFY(!row->sendCheck()->accessibleName().isEmpty());
            QVERIFY(!row->sendCheck()->toolTip().isEmpty());
            QVERIFY(!row->resetButton()->toolTip().isEmpty());
        }
    }

    void parametersProduceExactlyWhatWasSet()
    {
        ParametersPanel panel;
        panel.setModel(QStringLiteral("gpt-4o"));
        QSignalSpy changed(&panel, &ParametersPanel::parametersChanged);

        spinOf(panel, QStringLiteral("temperature"))->setValue(0.7);
        QVERIFY(panel.row(QStringLiteral("temperature"))->sendCheck()->isChecked());
        QCOMPARE(panel.parameters(), (QJsonObject{{QStringLiteral("temperature"), 0.7}}));
        QVERIFY(changed.size() >= 1);

        spinOf(panel, QStringLiteral("max_completion_tokens"))->setValue(256);
        auto *stop = panel.findChild<QLineEdit *>(QStringLiteral("param-stop-editor"));
        QVERIFY(stop);
        QTest::keyClicks(stop, QStringLiteral("END, ###"));
        auto *effort =
            panel.findChild<QComboBox *>(QStringLiteral("param-reasoning_effort-editor"));
        effort->setCurrentText(QStringLiteral("high"));
        auto *logprobs = panel.findChild<QCheckBox *>(QStringLiteral("param-logprobs-editor"));
        logprobs->setChecked(true);
        QCOMPARE(panel.parameters(),
                 (QJsonObject{{QStringLiteral("temperature"), 0.7},
                              {QStringLiteral("max_completion_tokens"), 256},
                              {QStringLiteral("stop"),
                               QJsonArray{QStringLiteral("END"), QStringLiteral("###")}},
                              {QStringLiteral("reasoning_effort"), QStringLiteral("high")},
                              {QStringLiteral("logprobs"), true}}));

        // A single stop word is a string; a JSON list keeps commas inside items.
        stop->setText(QStringLiteral("END"));
        QCOMPARE(panel.parameters().value(QStringLiteral("stop")),
                 QJsonValue(QStringLiteral("END")));
        stop->setText(QStringLiteral("[\"a,b\", \"c\"]"));
        QCOMPARE(panel.parameters().value(QStringLiteral("stop")),
                 QJsonValue(QJsonArray{QStringLiteral("a,b"), QStringLiteral("c")}));

        // Unchecking "send" removes the parameter; Reset returns it to unset.
        panel.row(QStringLiteral("logprobs"))->sendCheck()->setChecked(false);
        QVERIFY(!panel.parameters().contains(QStringLiteral("logprobs")));
        QTest::mouseClick(panel.row(QStringLiteral("temperature"))->resetButton(), Qt::LeftButton);
        QVERIFY(!panel.parameters().contains(QStringLiteral("temperature")));
        QVERIFY(!panel.row(QStringLiteral("temperature"))->sendCheck()->isChecked());
    }

    void jsonParametersAreValidated()
    {
        ParametersPanel panel;
        auto *format =
            panel.findChild<QPlainTextEdit *>(QStringLiteral("param-response_format-editor"));
        QVERIFY(format);
        format->setPlainText(QStringLiteral("{\"type\": \"json_schema\", "));
        QVERIFY(!panel.parameters().contains(QStringLiteral("response_format")));
        QVERIFY(panel.row(QStringLiteral("response_format"))->sendCheck()->isChecked());
        QVERIFY2(panel.messageFor(QStringLiteral("response_format"))
                     .contains(QStringLiteral("Not sent")),
                 qPrintable(panel.messageFor(QStringLiteral("response_format"))));
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("json_schema")},
            {QStringLiteral("json_schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("answer")},
                         {QStringLiteral("strict"), true},
                         {QStringLiteral("schema"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                      {QStringLiteral("properties"), QJsonObject{}},
                                      {QStringLiteral("required"), QJsonArray{}},
                                      {QStringLiteral("additionalProperties"), false}}}}}};
        format->setPlainText(QString::fromUtf8(QJsonDocument(schema).toJson()));
        QCOMPARE(panel.parameters().value(QStringLiteral("response_format")).toObject(), schema);
        QVERIFY(panel.messageFor(QStringLiteral("response_format")).isEmpty());

        auto *choice =
            panel.findChild<QPlainTextEdit *>(QStringLiteral("param-tool_choice-editor"));
        choice->setPlainText(QStringLiteral("required"));
        QCOMPARE(panel.parameters().value(QStringLiteral("tool_choice")),
                 QJsonValue(QStringLiteral("required")));

        auto *bias = panel.findChild<QPlainTextEdit *>(QStringLiteral("param-logit_bias-editor"));
        bias->setPlainText(QStringLiteral("{\"50256\": -500}"));
        QVERIFY(!panel.parameters().contains(QStringLiteral("logit_bias")));
        QVERIFY(!panel.messageFor(QStringLiteral("logit_bias")).isEmpty());
        bias->setPlainText(QStringLiteral("{\"50256\": -100}"));
        QCOMPARE(panel.parameters().value(QStringLiteral("logit_bias")).toObject(),
                 (QJsonObject{{QStringLiteral("50256"), -100}}));
    }

    void setParametersRoundTrips()
    {
        ParametersPanel panel;
        const QJsonObject parameters{
            {QStringLiteral("temperature"), 0.25},
            {QStringLiteral("n"), 3},
            {QStringLiteral("seed"), 1234567890123.0},
            {QStringLiteral("stop"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}},
            {QStringLiteral("user"), QStringLiteral("tester")},
            {QStringLiteral("service_tier"), QStringLiteral("flex")},
            {QStringLiteral("tools"),
             QJsonArray{QJsonObject{
                 {
                     QStringLiteral("type"),
                     QStringLiteral("function"),
                 },
                 {QStringLiteral("function"),
                  QJsonObject{
                      {QStringLiteral("name"), QStringLiteral("get_time")},
                      {QStringLiteral("parameters"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}}},
            {QStringLiteral("tool_choice"), QStringLiteral("auto")},
            {QStringLiteral("x_vendor_field"), QStringLiteral("kept")}, // unknown: passed through
        };
        QSignalSpy changed(&panel, &ParametersPanel::parametersChanged);
        panel.setParameters(parameters);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(panel.parameters(), parameters);
        panel.setParameters({});
        QVERIFY(panel.parameters().isEmpty());
    }

    void storedNumbersKeepTheirPrecisionUntilEdited()
    {
        ParametersPanel panel;
        const QJsonObject stored{{QStringLiteral("top_p"), 0.12345}};
        panel.setParameters(stored);
        QCOMPARE(panel.parameters(), stored); // not the 0.123 the spin box shows

        QDoubleSpinBox *spin = nullptr;
        const auto spins = panel.findChildren<QDoubleSpinBox *>();
        for (QDoubleSpinBox *box : spins) {
            if (std::abs(box->value() - 0.123) < 1e-9)
                spin = box; // the top_p row, showing the value rounded
        }
        QVERIFY(spin);
        spin->setValue(0.5); // an edit replaces the stored value
        QCOMPARE(panel.parameters().value(QStringLiteral("top_p")).toDouble(), 0.5);
    }

    void rangesFollowTheModelFamily()
    {
        ParametersPanel panel;
        panel.setModel(QStringLiteral("gpt-4o"));
        QCOMPARE(spinOf(panel, QStringLiteral("temperature"))->maximum(), 2.0);
        QCOMPARE(spinOf(panel, QStringLiteral("n"))->maximum(), 128.0);
        spinOf(panel, QStringLiteral("temperature"))->setValue(1.5);
        spinOf(panel, QStringLiteral("n"))->setValue(2); // n > 1 is allowed

        QSignalSpy changed(&panel, &ParametersPanel::parametersChanged);
        panel.setModel(QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(spinOf(panel, QStringLiteral("temperature"))->maximum(), 1.0);
        QCOMPARE(spinOf(panel, QStringLiteral("n"))->maximum(), 1.0);
        QCOMPARE(panel.parameters().value(QStringLiteral("temperature")).toDouble(), 1.0);
        QVERIFY(changed.size() >= 1);
        QVERIFY2(panel.messageFor(QStringLiteral("temperature"))
                     .contains(QStringLiteral("1.5 lowered to 1")),
                 qPrintable(panel.messageFor(QStringLiteral("temperature"))));
        QVERIFY(panel.messageFor(QStringLiteral("logprobs")).contains(QStringLiteral("logprobs")));

        // The override: exactly what is set, within the API's own range.
        QSignalSpy rules(&panel, &ParametersPanel::applyModelRulesChanged);
        panel.applyRulesCheckBox()->setChecked(false);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().at(0).toBool(), false);
        QVERIFY(!panel.applyModelRules());
        QCOMPARE(spinOf(panel, QStringLiteral("temperature"))->maximum(), 2.0);
        // What the person set comes back once the range allows it.
        QCOMPARE(panel.parameters().value(QStringLiteral("temperature")).toDouble(), 1.5);
        QVERIFY(panel.messageFor(QStringLiteral("temperature")).isEmpty());
        spinOf(panel, QStringLiteral("temperature"))->setValue(1.8);
        QCOMPARE(panel.parameters().value(QStringLiteral("temperature")).toDouble(), 1.8);
    }

    void storedValuesSurviveTheOrderOfUpdates()
    {
        // A conversation saved with rules off and temperature 1.8 for Claude, loaded while the
        // panel still has rules on: the value must not be lost when the switch follows.
        ParametersPanel panel;
        panel.setModel(QStringLiteral("claude-sonnet-4-5"));
        const QJsonObject stored{{QStringLiteral("temperature"), 1.8}};
        panel.setParameters(stored);
        QVERIFY(panel.messageFor(QStringLiteral("temperature")).contains(QStringLiteral("1.8")));
        panel.setApplyModelRules(false);
        QCOMPARE(panel.parameters(), stored);
        // Switching families back and forth with rules on restores the value too.
        panel.setApplyModelRules(true);
        QCOMPARE(panel.parameters().value(QStringLiteral("temperature")).toDouble(), 1.0);
        panel.setModel(QStringLiteral("gpt-4o"));
        QCOMPARE(panel.parameters(), stored);
        // An edit made while lowered is the new value.
        panel.setModel(QStringLiteral("claude-sonnet-4-5"));
        spinOf(panel, QStringLiteral("temperature"))->setValue(0.4);
        panel.setModel(QStringLiteral("gpt-4o"));
        QCOMPARE(panel.parameters().value(QStringLiteral("temperature")).toDouble(), 0.4);
    }

    void adjustmentsAreShownNextToTheirRows()
    {
        ParametersPanel panel;
        panel.setModel(QStringLiteral("claude-sonnet-4-5"));
        const QList<RuleAdjustment> adjustments{
            {QStringLiteral("top_p"),
             QStringLiteral("top_p removed: Claude takes temperature or top_p, not both")},
            {QStringLiteral("messages"), QStringLiteral("developer message sent as system")}};
        panel.setAdjustments(adjustments);
        QVERIFY(panel.messageFor(QStringLiteral("top_p")).contains(adjustments.at(0).message));
        auto *message = panel.findChild<QLabel *>(QStringLiteral("param-top_p-message"));
        QVERIFY(message && !message->isHidden());
        auto *general = panel.findChild<QLabel *>(QStringLiteral("parametersWarnings"));
        QVERIFY(general->text().contains(adjustments.at(1).message));
        QVERIFY(!general->isHidden());
        panel.setAdjustments({});
        QVERIFY(panel.messageFor(QStringLiteral("top_p")).isEmpty());
        QVERIFY(general->isHidden());
    }

    void promptPanelReportsTextAndRole()
    {
        PromptPanel panel;
        panel.setDebounceInterval(20);
        QSignalSpy changed(&panel, &PromptPanel::promptChanged);
        panel.setPrompt(QStringLiteral("Be brief."), Role::Developer);
        QCOMPARE(panel.role(), Role::Developer);
        QCOMPARE(panel.prompt(), QStringLiteral("Be brief."));
        QCOMPARE(panel.roleCombo()->currentText(), QStringLiteral("Developer"));
        QTest::qWait(40);
        QCOMPARE(changed.size(), 0); // set by the window: not an edit

        panel.roleCombo()->setCurrentIndex(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<Role>(), Role::System);

        panel.editor()->setFocus();
        QTest::keyClicks(panel.editor(), QStringLiteral(" Answer in French."));
        QCOMPARE(changed.size(), 1); // debounced: one report after the pause
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral(" Answer in French.Be brief."));
        // flush() reports a pending edit at once (before switching conversation).
        QTest::keyClicks(panel.editor(), QStringLiteral("!"));
        panel.flush();
        QCOMPARE(changed.size(), 3);
        QVERIFY(!panel.editor()->accessibleName().isEmpty());
    }

    void requestPanelShowsTheBodyAndACurlWithoutTheKey()
    {
        const QByteArray image(12 * 1024, 'x');
        ChatRequest chat;
        chat.model = QStringLiteral("gpt-4o");
        ChatMessage user;
        user.role = Role::User;
        user.parts = {
            ContentPart::fromText(QStringLiteral("It's a \"test\" with $HOME and `ticks`")),
            ContentPart::fromImageData(image, QStringLiteral("image/png"))};
        chat.messages = {ChatMessage::fromText(Role::System, QStringLiteral("Don't panic.")), user};
        chat.parameters = {{QStringLiteral("temperature"), 0.5}};
        const BuiltRequest built = RequestBuilder::build(chat);

        Endpoint target;
        target.baseUrl = QUrl(QStringLiteral("https://api.cometapi.com/v1"));
        const QString key = QStringLiteral("sk-very-secret-key-123");
        target.apiKey = key;

        RequestPanel panel;
        panel.setKeyEnvironmentVariable(QStringLiteral("COMETAPI_KEY"));
        panel.setRequest(built, target);
        const QString shown = panel.displayedText();
        QVERIFY(shown.contains(QStringLiteral("\"temperature\": 0.5")));
        QVERIFY(shown.contains(QStringLiteral("Don't panic.")));
        QVERIFY2(shown.contains(QStringLiteral("data:image/png;base64,… (12")), qPrintable(shown));
        const QString base64 = QString::fromLatin1(image.toBase64());
        QVERIFY(!shown.contains(base64)); // abbreviated in the display only
        QVERIFY(!shown.contains(key));

        const QString curl = panel.curlCommand();
        QVERIFY(!curl.contains(key));
        QVERIFY(curl.contains(QStringLiteral("-H \"Authorization: Bearer $COMETAPI_KEY\"")));
        QVERIFY(curl.contains(QStringLiteral("'https://api.cometapi.com/v1/chat/completions'")));
        QVERIFY(curl.contains(base64)); // the full body
        QTest::mouseClick(panel.copyCurlButton(), Qt::LeftButton);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(key));

        // The command survives a real shell: quotes, $ and backticks arrive byte for byte.
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("run.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "curl() { printf '%s\\n' \"$@\" > \"$OUT/args.txt\"; cat > \"$OUT/body.json\"; }\n");
        script.write(curl.toUtf8());
        script.close();
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUT"), dir.path());
        env.insert(QStringLiteral("COMETAPI_KEY"), QStringLiteral("from-the-environment"));
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("/bin/sh"), {script.fileName()});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        QFile body(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(body.readAll()).object(), built.body);
        QFile args(dir.filePath(QStringLiteral("args.txt")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QVERIFY(args.readAll().contains("Authorization: Bearer from-the-environment"));

        // Without a profile variable the generic one is used; without a key, no header at all.
        panel.setKeyEnvironmentVariable(QString());
        QVERIFY(panel.curlCommand().contains(QStringLiteral("$LINEUP_API_KEY")));
        target.apiKey.clear();
        panel.setRequest(built, target);
        QVERIFY(!panel.curlCommand().contains(QStringLiteral("Authorization")));
    }

    void everyControlIsDescribed()
    {
        ModelPanel models(m_client.get(), m_settings.get());
        ParametersPanel parameters;
        PromptPanel prompt;
        RequestPanel request;
        QList<QWidget *> widgets;
        for (QWidget *panel : {static_cast<QWidget *>(&models), static_cast<QWidget *>(&parameters),
                               static_cast<QWidget *>(&prompt), static_cast<QWidget *>(&request)})
            widgets += panel->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : std::as_const(widgets)) {
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                qobject_cast<QSlider *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                qobject_cast<QAbstractItemView *>(widget);
            // Parts Qt builds inside a control (a spin box's line edit, a clear button) are
            // described by the control itself.
            QWidget *parent = widget->parentWidget();
            if (!control || widget->inherits("QLineEditIconButton") ||
                qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
                qobject_cast<QHeaderView *>(widget) || widget->inherits("QComboBoxListView"))
                continue;
            const QByteArray what =
                widget->metaObject()->className() + QByteArray(" ") + widget->objectName().toUtf8();
            QVERIFY2(!widget->accessibleName().isEmpty(), what.constData());
            QVERIFY2(!widget->toolTip().isEmpty(), what.constData());
            ++checked;
        }
        QVERIFY(checked > 40);
    }

    void screenshot()
    {
        // The four panels side by side, as the window docks them; saved for people to look at
        // when LINEUP_SCREENSHOT_DIR is set.
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *models = new ModelPanel(m_client.get(), m_settings.get());
        auto *parameters = new ParametersPanel;
        auto *prompt = new PromptPanel;
        auto *request = new RequestPanel;
        for (QWidget *panel : {static_cast<QWidget *>(models), static_cast<QWidget *>(parameters),
                               static_cast<QWidget *>(prompt), static_cast<QWidget *>(request)})
            layout->addWidget(panel);
        models->setEndpoint(endpoint(), QStringLiteral("fake"));
        QTRY_COMPARE(models->state(), ModelPanel::State::Loaded);
        models->setFavourite(QStringLiteral("gpt-4o"), true);
        models->setCurrentModel(QStringLiteral("gpt-4o"));
        parameters->setModel(QStringLiteral("claude-sonnet-4-5"));
        parameters->setParameters({{QStringLiteral("temperature"), 0.7},
                                   {QStringLiteral("stop"), QStringLiteral("END")}});
        parameters->setAdjustments(
            {{QStringLiteral("temperature"),
              QStringLiteral("temperature 1.5 lowered to 1 (Claude accepts 0 to 1)")}});
        prompt->setPrompt(QStringLiteral("You are a concise assistant."), Role::System);
        ChatRequest chat;
        chat.model = QStringLiteral("gpt-4o");
        chat.messages = {ChatMessage::fromText(Role::User, QStringLiteral("Hello"))};
        chat.parameters = parameters->parameters();
        request->setRequest(RequestBuilder::build(chat), endpoint());
        window.resize(1500, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR", m_dir.path());
        QVERIFY(image.save(dir + QStringLiteral("/side-panels.png")));
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
