// A standalone fake OpenAI-compatible server for manual runs and benchmarks. Serves, until
// killed, a realistic streamed chat completion of the requested size for every
// POST /v1/chat/completions and a small model list for GET /v1/models.
//
//   bench_fakeserver --port 0 --stream-megabytes 50 --print-port
//
// prints the chosen port as one line on stdout, then serves. The stream is a sequence of
// chat.completion.chunk events of one token each (about 200 bytes per event, like real
// services), a finish chunk, a usage chunk and [DONE].

#include "FakeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Lineup;

namespace {

// Token-sized pieces of text, some with multi-byte characters, as models stream them.
const char *const Words[] = {" The",  " quick", " brown",     " fox",    " jumps", " over", " the",
                             " lazy", " dog",   ",",          " naïve",  " café",  " 日本", "語",
                             " and",  " 🎉",     " streaming", " tokens", ".",      "\\n"};
constexpr int WordCount = int(sizeof(Words) / sizeof(Words[0]));

QByteArray eventFor(const QByteArray &deltaJson, const QByteArray &finishReason)
{
    return "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\","
           "\"created\":1774412483,\"model\":\"bench-model\",\"system_fingerprint\":\"fp_bench\","
           "\"choices\":[{\"index\":0,\"delta\":" +
           deltaJson + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]}\n\n";
}

// Produces the stream in batches of about 64 KB until `totalBytes` of token events were sent.
class StreamGenerator
{
public:
    explicit StreamGenerator(qint64 totalBytes)
        : m_totalBytes(totalBytes)
    {}

    QByteArray operator()()
    {
        if (m_finished)
            return {};
        QByteArray batch;
        if (m_tokens == 0 && m_sent == 0)
            batch += eventFor("{\"role\":\"assistant\",\"content\":\"\"}", "null");
        while (batch.size() < 64 * 1024 && m_sent < m_totalBytes) {
            const QByteArray event = eventFor(
                QByteArray("{\"content\":\"") + Words[m_tokens % WordCount] + "\"}", "null");
            batch += event;
            m_sent += event.size();
            ++m_tokens;
        }
        if (m_sent >= m_totalBytes) {
            batch += eventFor("{}", "\"stop\"");
            batch += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\","
                     "\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" +
                     QByteArray::number(m_tokens) +
                     ",\"total_tokens\":" + QByteArray::number(m_tokens + 12) + "}}\n\n";
            batch += "data: [DONE]\n\n";
            m_finished = true;
        }
        return batch;
    }

private:
    qint64 m_totalBytes;
    qint64 m_sent = 0;
    qint64 m_tokens = 0;
    bool m_finished = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fake OpenAI-compatible server streaming synthetic chat completions."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption sizeOption(QStringLiteral("stream-megabytes"),
                                        QStringLiteral("Size of each streamed answer in MB."),
                                        QStringLiteral("mb"), QStringLiteral("50"));
    const QCommandLineOption printOption(
        QStringLiteral("print-port"), QStringLiteral("Print the port on stdout once listening."));
    parser.addOptions({portOption, sizeOption, printOption});
    parser.process(app);

    const quint16 port = quint16(parser.value(portOption).toUInt());
    const qint64 bytes = qint64(parser.value(sizeOption).toDouble() * 1024 * 1024);

    FakeServer server(FakeServer::Mode::CurrentThread, port);
    if (!server.isListening()) {
        std::fprintf(stderr, "bench_fakeserver: cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 1;
    }
    FakeResponse stream;
    stream.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/event-stream")));
    stream.generator = StreamGenerator(bytes);
    server.setRoute("POST", "/v1/chat/completions", stream);
    server.setRoute("GET", "/v1/models",
                    FakeResponse::json(QByteArray(
                        R"({"object":"list","data":[{"id":"bench-model","object":"model",)"
                        R"("created":1774412483,"owned_by":"lineup","context_length":128000}]})")));
    // Requests are recorded for tests; a benchmark run would only accumulate them.
    QObject::connect(&server, &FakeServer::requestReceived, &server,
                     [&server](int) { server.clearRequests(); });

    if (parser.isSet(printOption)) {
        std::printf("%u\n", unsigned(server.port()));
        std::fflush(stdout);
    }
    return app.exec();
}
