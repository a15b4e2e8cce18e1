// `lineup-cli compare` with N models against one local FakeServer, against one `lineup-cli
// chat` of the same answer: every model streams at once, so the comparison should take about
// one stream's time, not N. Each answer is `--tokens` chunks paced at `--rate` tokens per second
// (a real service's speed); the server runs in its own thread.
//
//   bench_cli_compare [--models 8] [--tokens 3000] [--rate 500] [--repeat 3]
//
// Prints one JSON object: wall time of chat and of compare (median of the repeats), their ratio,
// the spread of the compare's request arrivals at the server (first to last), and the CLI's CPU
// time (user + system).

#include "FakeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Lineup;

namespace {

QByteArray tokenEvent(const QByteArray &delta, const QByteArray &finish)
{
    return "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"model\":"
           "\"bench-model\",\"choices\":[{\"index\":0,\"delta\":" +
           delta + ",\"finish_reason\":" + finish + "}]}\n\n";
}

// `tokens` one-word chunks; every 10 ms the tokens due at `rate` are written together.
FakeResponse pacedAnswer(int tokens, int rate)
{
    FakeResponse response;
    response.status = 200;
    response.chunked = true;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/event-stream")));
    const int perWrite = std::max(1, rate / 100);
    const int delayMs = std::max(1, perWrite * 1000 / rate);
    for (int sent = 0; sent < tokens; sent += perWrite) {
        QByteArray bytes;
        for (int i = sent; i < std::min(tokens, sent + perWrite); ++i)
            bytes += tokenEvent("{\"content\":\" word\"}", "null");
        response.chunks.append(FakeChunk{bytes, sent == 0 ? 0 : delayMs});
    }
    QByteArray tail = tokenEvent("{}", "\"stop\"");
    tail += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
            "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" +
            QByteArray::number(tokens) + ",\"total_tokens\":" + QByteArray::number(tokens + 12) +
            "}}\n\ndata: [DONE]\n\n";
    response.chunks.append(FakeChunk{tail, delayMs});
    return response;
}

qint64 childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

struct Run
{
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
    int exitCode = -1;
};

Run runCli(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 cpuBefore = childCpuMs();
    QElapsedTimer timer;
    timer.start();
    // An event loop rather than waitForFinished(): the server's requestReceived is queued here.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(LINEUP_CLI_PATH), arguments);
    loop.exec();
    Run run;
    run.wallMs = timer.elapsed();
    run.cpuMs = childCpuMs() - cpuBefore;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption modelsOption(QStringLiteral("models"), QStringLiteral("Models."),
                                          QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens per answer."), QStringLiteral("n"),
                                          QStringLiteral("3000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Tokens per second per answer."),
                                        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repeats."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({modelsOption, tokensOption, rateOption, repeatOption});
    parser.process(app);
    const int models = std::clamp(parser.value(modelsOption).toInt(), 2, 8);
    const int tokens = std::max(1, parser.value(tokensOption).toInt());
    const int rate = std::max(1, parser.value(rateOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    FakeServer server(FakeServer::Mode::OwnThread);
    server.setRoute("POST", "/v1/chat/completions", pacedAnswer(tokens, rate));
    QMutex arrivalsLock;
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&server, &FakeServer::requestReceived, &server, [&](int) {
        const QMutexLocker locker(&arrivalsLock);
        arrivals.append(clock.elapsed());
    });
    QTemporaryDir home;
    const QString base = server.baseUrl().toString();

    QList<qint64> chatWall, compareWall, chatCpu, compareCpu, spreads;
    int failures = 0;
    for (int r = 0; r < repeat; ++r) {
        const Run chat = runCli({QStringLiteral("chat"), QStringLiteral("--base-url"), base,
                                 QStringLiteral("--model"), QStringLiteral("m1"),
                                 QStringLiteral("--json"), QStringLiteral("Write.")},
                                home.path());
        QStringList arguments{QStringLiteral("compare"), QStringLiteral("--base-url"), base,
                              QStringLiteral("--json")};
        for (int m = 1; m <= models; ++m)
            arguments << QStringLiteral("--model") << QStringLiteral("m%1").arg(m);
        {
            const QMutexLocker locker(&arrivalsLock);
            arrivals.clear();
        }
        const Run compare = runCli(arguments << QStringLiteral("Write."), home.path());
        {
            const QMutexLocker locker(&arrivalsLock);
            if (arrivals.size() == models)
                spreads.append(arrivals.last() - arrivals.first());
        }
        failures += (chat.exitCode != 0) + (compare.exitCode != 0);
        chatWall.append(chat.wallMs);
        chatCpu.append(chat.cpuMs);
        compareWall.append(compare.wallMs);
        compareCpu.append(compare.cpuMs);
    }
    const qint64 chatMs = median(chatWall);
    const qint64 compareMs = median(compareWall);
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("cli_compare")},
        {QStringLiteral("models"), models},
        {QStringLiteral("tokens_per_answer"), tokens},
        {QStringLiteral("tokens_per_second"), rate},
        {QStringLiteral("repeats"), repeat},
        {QStringLiteral("chat_wall_ms"), chatMs},
        {QStringLiteral("compare_wall_ms"), compareMs},
        {QStringLiteral("compare_over_chat"), chatMs > 0 ? double(compareMs) / chatMs : 0.0},
        {QStringLiteral("request_spread_ms"), median(spreads)},
        {QStringLiteral("chat_cpu_ms"), median(chatCpu)},
        {QStringLiteral("compare_cpu_ms"), median(compareCpu)},
        {QStringLiteral("failures"), failures}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failures == 0 ? 0 : 1;
}
