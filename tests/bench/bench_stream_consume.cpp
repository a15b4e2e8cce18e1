// Consumes one streamed chat completion through Lineup's core (ApiClient + ChatStream: HTTP, SSE
// decoding, chunk assembly) and discards it. Used by tests/bench/throughput/run.sh; prints one
// JSON object: {"seconds", "content_bytes", "events", "done", "error"}.
//
//   bench_stream_consume --base-url http://127.0.0.1:PORT/v1 [--model bench-model]

#include "api/ApiClient.h"
#include "api/RequestBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Lineup;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model id."),
                                   QStringLiteral("id"), QStringLiteral("bench-model"));
    const QCommandLineOption countEvents(QStringLiteral("count-events"),
                                         QStringLiteral("Also count SSE events (a connected "
                                                        "slot per event)."));
    parser.addOptions({baseUrl, model, countEvents});
    parser.process(app);

    ChatRequest request;
    request.model = parser.value(model);
    request.messages.append(ChatMessage::fromText(Role::User, QStringLiteral("Stream, please.")));
    const BuiltRequest built = RequestBuilder::build(request);
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(parser.value(baseUrl));

    ApiClient client;
    ClientOptions options;
    options.maxRetries = 0;
    client.setOptions(options);
    QEventLoop loop;
    qint64 events = 0;
    QElapsedTimer timer;
    timer.start();
    ChatStream *stream = client.startChat(endpoint, built.body, &loop);
    if (parser.isSet(countEvents))
        QObject::connect(stream, &ChatStream::eventDecoded, &loop, [&events] { ++events; });
    QObject::connect(stream, &ChatStream::finished, &loop, &QEventLoop::quit);
    if (stream->isRunning())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const CompletionChoice *choice = stream->completion().choice(0);
    const QJsonObject result{
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("content_bytes"),
         choice ? qint64(choice->message.text().toUtf8().size()) : 0},
        {QStringLiteral("events"), parser.isSet(countEvents) ? QJsonValue(events) : QJsonValue()},
        {QStringLiteral("done"), stream->doneReceived()},
        {QStringLiteral("error"),
         stream->error().isError() ? QJsonValue(stream->error().humanMessage()) : QJsonValue()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return stream->status() == ChatStream::Status::Complete ? 0 : 1;
}
