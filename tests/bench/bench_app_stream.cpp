// The whole app streaming one Markdown answer, measured from outside the process: the real
// lineup (lineup-instrumented, whose stream probe sends the prompt and says on stdout when the
// request starts and when the answer is finished and painted) under the current display (run it
// under Xvfb, as tests/bench/run-all.sh does), against a FakeServer streaming TOKENS tokens at
// RATE tokens per second. CPU is the process's utime + stime from /proc/PID/stat between those
// two moments (network, SSE, assembly, checkpoints, layout and paint; nothing subtracted). A
// second launch with the stall probe on records the event loop's stalls (wake-up to block).
//
//   bench_app_stream [--tokens 3000] [--rate 500] [--runs 3] [--panes N]
//   bench_app_stream --tokens 40000 --rate 4000
// Targets (issue 9): CPU <= 0.25 s for 3,000 tokens at 500 tok/s; longest stall <= 16 ms.
// --panes N (issue 10): a comparison of N panes (--compare), each streaming the same answer at
// once; targets for 8: stall p95 <= 16 ms, max <= 50 ms, CPU <= 8x one pane's, RSS <= 120 MB,
// every pane's request started within 100 ms of the first (request_start_spread_ms, as the app
// saw it).

#include "FakeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <unistd.h>

using namespace Lineup;

namespace {

// A Markdown answer as a model writes it: headings, paragraphs, lists, a table, code.
QList<QByteArray> markdownTokens(int count)
{
    const QList<QByteArray> words{"The",   " stream", " carries", " each", " token", " as",
                                  " it",   " is",     " written", ",",     " and",   " the",
                                  " view", " lays",   " out",     " only", " what",  " changed."};
    QList<QByteArray> tokens;
    int section = 0;
    while (tokens.size() < count) {
        tokens << "\n\n## Section " + QByteArray::number(++section) << "\n\n";
        for (int i = 0; i < 40; ++i)
            tokens << words.at(i % words.size());
        tokens << "\n\n- **first** point"
               << " with `code`\n"
               << "- second point\n\n";
        tokens << "| key | value |\n"
               << "|---|---|\n"
               << "| a | 1 |\n"
               << "| b | 2 |\n\n";
        tokens << "```cpp\n";
        for (int i = 0; i < 8; ++i)
            tokens << "int x" + QByteArray::number(i) + " = " + QByteArray::number(i) + ";\n";
        tokens << "```\n\n";
    }
    tokens.resize(count);
    return tokens;
}

FakeResponse streamedAnswer(int tokenCount, int rate)
{
    const QList<QByteArray> tokens = markdownTokens(tokenCount);
    // Writes of several tokens each when the rate is high: a delay has millisecond resolution.
    const int perWrite = std::max(1, rate / 1000);
    const int delayMs = std::max(1, 1000 * perWrite / rate);
    FakeResponse response;
    response.status = 200;
    response.chunked = true;
    response.headers = {{"Content-Type", "text/event-stream"}};
    QByteArray pending;
    for (int i = 0; i < tokens.size(); ++i) {
        const QJsonObject chunk{
            {QLatin1String("id"), QLatin1String("bench")},
            {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
            {QLatin1String("model"), QLatin1String("bench-model")},
            {QLatin1String("choices"),
             QJsonArray{QJsonObject{
                 {QLatin1String("index"), 0},
                 {QLatin1String("delta"),
                  QJsonObject{{QLatin1String("content"), QString::fromUtf8(tokens.at(i))}}}}}}};
        pending += FakeResponse::sseFrame(QJsonDocument(chunk).toJson(QJsonDocument::Compact));
        if ((i + 1) % perWrite == 0) {
            response.chunks.append({pending, delayMs});
            pending.clear();
        }
    }
    const QJsonObject last{
        {QLatin1String("id"), QLatin1String("bench")},
        {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
        {QLatin1String("choices"),
         QJsonArray{QJsonObject{{QLatin1String("index"), 0},
                                {QLatin1String("delta"), QJsonObject()},
                                {QLatin1String("finish_reason"), QLatin1String("stop")}}}},
        {QLatin1String("usage"), QJsonObject{{QLatin1String("prompt_tokens"), 20},
                                             {QLatin1String("completion_tokens"), tokenCount},
                                             {QLatin1String("total_tokens"), tokenCount + 20}}}};
    pending += FakeResponse::sseFrame(QJsonDocument(last).toJson(QJsonDocument::Compact));
    pending += FakeResponse::sseFrame("[DONE]");
    response.chunks.append({pending, delayMs});
    return response;
}

struct ProcessSample
{
    double cpuSeconds = 0;
    double rssMb = 0;
};

ProcessSample sample(qint64 pid)
{
    ProcessSample result;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return result;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (fields.size() > 21) {
        result.cpuSeconds = (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
        result.rssMb = fields.at(21).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
    }
    return result;
}

struct Run
{
    bool ok = false;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    double rssMb = 0;
    QJsonObject probe;
};

Run launch(FakeServer &server, const FakeResponse &answer, bool stalls, int panes)
{
    Run run;
    QTemporaryDir home;
    server.setRoute("POST", "/v1/chat/completions", answer);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LINEUP_STREAM_PROBE_PROMPT"), QStringLiteral("Explain streaming."));
    env.insert(QStringLiteral("LINEUP_STREAM_PROBE_STALLS"),
               stalls ? QStringLiteral("1") : QStringLiteral("0"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--base-url"), server.baseUrl().toString(),
                          QStringLiteral("--model"),    QStringLiteral("bench-model"),
                          QStringLiteral("--data-dir"), home.filePath(QStringLiteral("lineup"))};
    for (int i = 0; panes > 1 && i < panes; ++i)
        arguments << QStringLiteral("--compare") << QStringLiteral("bench-model-%1").arg(i);
    app.start(QStringLiteral(LINEUP_APP_PATH), arguments);
    if (!app.waitForStarted(10000))
        return run;
    ProcessSample start;
    qint64 startedAt = 0;
    QElapsedTimer clock;
    clock.start();
    QByteArray output;
    while (clock.elapsed() < 180000 && app.state() == QProcess::Running) {
        if (!app.waitForReadyRead(200) && !app.canReadLine())
            continue;
        while (app.canReadLine()) {
            const QByteArray line = app.readLine().trimmed();
            if (line == "request-started") {
                start = sample(app.processId());
                startedAt = clock.elapsed();
            } else if (line.startsWith("answer-finished")) {
                const ProcessSample end = sample(app.processId());
                run.cpuSeconds = end.cpuSeconds - start.cpuSeconds;
                run.wallSeconds = double(clock.elapsed() - startedAt) / 1000.0;
                run.rssMb = end.rssMb;
                run.probe = QJsonDocument::fromJson(line.mid(16)).object();
                run.ok = startedAt > 0;
                app.kill();
                app.waitForFinished(5000);
                return run;
            }
        }
    }
    app.kill();
    app.waitForFinished(5000);
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption tokensOption(QStringLiteral("tokens"), QStringLiteral("tokens"),
                                          QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("tokens/s"),
                                        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("launches"),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption panesOption(QStringLiteral("panes"),
                                         QStringLiteral("comparison panes (1: a chat)"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({tokensOption, rateOption, runsOption, panesOption});
    parser.addHelpOption();
    parser.process(app);
    const int tokens = parser.value(tokensOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int panes = std::clamp(parser.value(panesOption).toInt(), 1, 8);

    FakeServer server(FakeServer::Mode::OwnThread);
    server.setRoute("GET", "/v1/models",
                    FakeResponse::json(QByteArrayLiteral(
                        R"({"object":"list","data":[{"id":"bench-model","object":"model"}]})")));
    const FakeResponse answer = streamedAnswer(tokens, rate);

    QList<double> cpu, wall, rss;
    for (int i = 0; i < runs; ++i) {
        const Run run = launch(server, answer, false, panes);
        if (!run.ok) {
            std::fprintf(stderr, "bench_app_stream: run %d did not finish\n", i + 1);
            return 1;
        }
        cpu.append(run.cpuSeconds);
        wall.append(run.wallSeconds);
        rss.append(run.rssMb);
    }
    const Run stallRun = launch(server, answer, true, panes);

    QJsonObject result{
        {QLatin1String("benchmark"), QLatin1String("app_stream")},
        {QLatin1String("tokens"), tokens},
        {QLatin1String("panes"), panes},
        {QLatin1String("rate_tokens_per_s"), rate},
        {QLatin1String("runs"), runs},
        {QLatin1String("cpu_s_median"), median(cpu)},
        {QLatin1String("cpu_s_runs"), QJsonArray::fromVariantList({cpu.begin(), cpu.end()})},
        {QLatin1String("wall_s_median"), median(wall)},
        {QLatin1String("rss_mb_at_end"), median(rss)},
        {QLatin1String("stalls"), stallRun.probe},
        {QLatin1String("qpa"), qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
