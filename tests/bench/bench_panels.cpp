// Side panels under load: a 5,000-model list from the fake server (load, filter per keystroke,
// favourite re-sort), building the Parameters panel, and the Request preview of a body with a
// 2 MB image. Prints one JSON object (milliseconds).
#include "FakeServer.h"

#include "api/ApiClient.h"
#include "api/RequestBuilder.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "panels/RequestPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lineup;

namespace {

QJsonObject bigModelList(int count)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        data.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("vendor%1/model-%2").arg(i % 40).arg(i)},
            {QStringLiteral("owned_by"), QStringLiteral("vendor%1").arg(i % 40)},
            {QStringLiteral("context_length"), 8192 * (1 + i % 16)},
            {QStringLiteral("pricing"),
             QJsonObject{{QStringLiteral("prompt"), QStringLiteral("0.000001")},
                         {QStringLiteral("completion"), QStringLiteral("0.000002")}}}});
    }
    return QJsonObject{{QStringLiteral("data"), data}};
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(values.size() * p)));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int kModels = 5000;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    FakeServer server;
    server.setRoute("GET", "/v1/models", FakeResponse::json(bigModelList(kModels)));
    ApiClient client;
    Endpoint endpoint;
    endpoint.baseUrl = server.baseUrl();

    ModelPanel panel(&client, &settings);
    panel.resize(420, 800);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    panel.setEndpoint(endpoint, QStringLiteral("bench"));
    while (panel.state() == ModelPanel::State::Loading)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents(); // first paint of the list
    const double loadMs = timer.nsecsElapsed() / 1e6;

    QList<double> keystrokes;
    const QString typed = QStringLiteral("vendor7/model-1");
    for (int i = 1; i <= typed.size(); ++i) {
        timer.restart();
        panel.searchField()->setText(typed.left(i));
        QCoreApplication::processEvents();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }
    panel.searchField()->clear();
    QCoreApplication::processEvents();
    timer.restart();
    panel.setFavourite(QStringLiteral("vendor3/model-4003"), true);
    const double favouriteModelMs = timer.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    const double favouriteMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto *parameters = new ParametersPanel;
    parameters->resize(360, 800);
    parameters->show();
    QCoreApplication::processEvents();
    const double parametersMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    parameters->setModel(QStringLiteral("claude-sonnet-4-5"));
    const double setModelMs = timer.nsecsElapsed() / 1e6;

    ChatRequest chat;
    chat.model = QStringLiteral("gpt-4o");
    ChatMessage user;
    user.parts = {
        ContentPart::fromText(QStringLiteral("What is in this picture?")),
        ContentPart::fromImageData(QByteArray(2 * 1024 * 1024, 'x'), QStringLiteral("image/png"))};
    chat.messages = {user};
    const BuiltRequest request = RequestBuilder::build(chat);
    RequestPanel preview;
    preview.resize(420, 600);
    preview.show();
    timer.restart();
    preview.setRequest(request, endpoint);
    QCoreApplication::processEvents();
    const double previewMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const QString curl = preview.curlCommand();
    const double curlMs = timer.nsecsElapsed() / 1e6;

    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("panels")},
        {QStringLiteral("models"), kModels},
        {QStringLiteral("model_list_load_ms"), loadMs},
        {QStringLiteral("filter_keystroke_p50_ms"), percentile(keystrokes, 0.5)},
        {QStringLiteral("filter_keystroke_max_ms"), percentile(keystrokes, 1.0)},
        {QStringLiteral("favourite_resort_ms"), favouriteMs},
        {QStringLiteral("favourite_resort_model_only_ms"), favouriteModelMs},
        {QStringLiteral("parameters_panel_build_ms"), parametersMs},
        {QStringLiteral("parameters_set_model_ms"), setModelMs},
        {QStringLiteral("request_preview_2mb_image_ms"), previewMs},
        {QStringLiteral("request_preview_chars"), preview.displayedText().size()},
        {QStringLiteral("curl_build_ms"), curlMs},
        {QStringLiteral("curl_chars"), curl.size()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    delete parameters;
    return 0;
}
