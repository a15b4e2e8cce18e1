// A comparison's cost: N ComparisonSession panes against one FakeServer (its own thread), each
// streaming a 3,000-token Markdown answer at ~500 tokens/s (one token per SSE event). Prints one
// JSON object: for 1 pane and for 8 panes the wall time from send() until every pane finished,
// when each request reached the server (spread after the first; target: all within 100 ms), and
// the CPU time of the client (the process minus the FakeServer thread; target: 8 panes cost at
// most 8x one pane).
//
//   bench_compare [--tokens 3000] [--rate 500] [--repeat 2]

#include "ChunkBuilders.h"
#include "FakeServer.h"
#include "chat/ChatSession.h"
#include "comparison/ComparisonSession.h"
#include "comparison/WordDiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Lineup;

namespace {

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time of the threads named `name` (Qt names a QThread's OS thread after its objectName).
double threadCpuMs(const QByteArray &name)
{
    double total = 0;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            total += (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1e3 / double(ticks);
    }
    return total;
}

// One Markdown answer of `tokens` tokens, one per event, `delayMs` apart.
FakeResponse markdownAnswer(const QString &model, int tokens, int delayMs)
{
    static const QStringList pieces = [] {
        const QString markdown = QStringLiteral(
            "## Comparing the options\n\nThe **first** approach keeps a `HashMap` of every key, "
            "which is fast but uses memory.\n\n- Lookups are *O(1)* on average\n- Inserts may "
            "rehash the table\n- Iteration order is unspecified\n\n```cpp\nstd::unordered_map<"
            "int, int> counts;\nfor (int x : values)\n    ++counts[x];\n```\n\n> A sorted vector "
            "is often faster for small sets.\n\n");
        QStringList result;
        for (const QString &word : markdown.split(QLatin1Char(' ')))
            result.append(word + QLatin1Char(' '));
        return result;
    }();
    QList<QByteArray> events;
    events.reserve(tokens + 2);
    for (int i = 0; i < tokens; ++i)
        events.append(TestChunks::delta({{QStringLiteral("content"), pieces.at(i % pieces.size())}},
                                        QJsonValue::Null, model));
    events.append(TestChunks::delta({}, QStringLiteral("stop"), model));
    const QJsonObject usage{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-bench")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"), QJsonArray{}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 12},
                                              {QStringLiteral("completion_tokens"), tokens},
                                              {QStringLiteral("total_tokens"), tokens + 12}}}};
    events.append(QJsonDocument(usage).toJson(QJsonDocument::Compact));
    return FakeResponse::sse(events, delayMs);
}

struct Run
{
    int panes = 0;
    double wallMs = 0;
    double processCpuMs = 0; // getrusage(RUSAGE_SELF): client and server thread
    double clientCpuMs = 0;
    double serverCpuMs = 0;
    double firstRequestAfterSendMs = 0;
    double requestSpreadMs = 0;
    qint64 maxTimeToFirstTokenMs = 0;
    int complete = 0;

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("panes"), panes},
                           {QStringLiteral("wall_ms"), wallMs},
                           {QStringLiteral("process_cpu_ms"), processCpuMs},
                           {QStringLiteral("client_cpu_ms"), clientCpuMs},
                           {QStringLiteral("server_cpu_ms"), serverCpuMs},
                           {QStringLiteral("first_request_after_send_ms"), firstRequestAfterSendMs},
                           {QStringLiteral("request_spread_ms"), requestSpreadMs},
                           {QStringLiteral("max_time_to_first_token_ms"), maxTimeToFirstTokenMs},
                           {QStringLiteral("complete"), complete}};
    }
};

Run runOnce(FakeServer &server, int panes, int tokens, int delayMs)
{
    ClientOptions options;
    options.maxRetries = 0;
    ComparisonSession session(options);
    const QUrl base = server.baseUrl();
    session.setEndpointResolver([base](const QString &) {
        Endpoint endpoint;
        endpoint.baseUrl = base;
        return endpoint;
    });
    Comparison comparison;
    for (int i = 0; i < panes; ++i) {
        ComparisonPane pane;
        pane.conversation.model = QStringLiteral("bench-model-%1").arg(i);
        comparison.panes.append(pane);
        server.enqueueForModel(pane.conversation.model,
                               markdownAnswer(pane.conversation.model, tokens, delayMs));
    }
    session.load(comparison, {});
    server.clearRequests();

    QEventLoop loop;
    QObject::connect(&session, &ComparisonSession::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    const double cpuBefore = processCpuMs();
    const double serverBefore = threadCpuMs("FakeServer");
    QElapsedTimer wall;
    wall.start();
    const qint64 sentUs = steadyUs();
    session.send(ChatMessage::fromText(Role::User, QStringLiteral("Compare the options.")));
    if (session.isBusy())
        loop.exec();
    Run run;
    run.panes = panes;
    run.wallMs = double(wall.nsecsElapsed()) / 1e6;
    run.serverCpuMs = threadCpuMs("FakeServer") - serverBefore;
    run.processCpuMs = processCpuMs() - cpuBefore;
    run.clientCpuMs = run.processCpuMs - run.serverCpuMs;

    QList<qint64> arrivals;
    const QList<FakeRequest> requests = server.requests();
    for (const FakeRequest &request : requests)
        arrivals.append(request.receivedAtUs);
    std::sort(arrivals.begin(), arrivals.end());
    if (!arrivals.isEmpty()) {
        run.firstRequestAfterSendMs = double(arrivals.first() - sentUs) / 1e3;
        run.requestSpreadMs = double(arrivals.last() - arrivals.first()) / 1e3;
    }
    for (int i = 0; i < session.paneCount(); ++i) {
        const MessageRecord &answer = session.pane(i)->messages()->record(1);
        if (answer.status == MessageStatus::Complete)
            ++run.complete;
        run.maxTimeToFirstTokenMs =
            std::max(run.maxTimeToFirstTokenMs, answer.timings.timeToFirstTokenMs.value_or(-1));
    }
    return run;
}

// Milliseconds for WordDiff::of on two texts of `words` words each that share about half of them.
double wordDiffMs(int words)
{
    QString a, b;
    for (int i = 0; i < words; ++i) {
        a += QStringLiteral("w%1 ").arg(i % 1500);
        b += QStringLiteral("w%1 ").arg(i % 2 ? i % 1500 : (i * 7) % 1700);
    }
    QElapsedTimer timer;
    timer.start();
    const WordDiff diff = WordDiff::of(a, b);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return diff.onlyInA.isEmpty() ? -1 : ms;
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
    parser.addHelpOption();
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens per answer."), QStringLiteral("n"),
                                          QStringLiteral("3000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Tokens per second."), QStringLiteral("n"),
                                        QStringLiteral("500"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each size (medians reported)."),
                                          QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({tokensOption, rateOption, repeatOption});
    parser.process(app);
    const int tokens = parser.value(tokensOption).toInt();
    const int delayMs = std::max(1, 1000 / std::max(1, parser.value(rateOption).toInt()));
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    FakeServer server(FakeServer::Mode::OwnThread);
    QJsonArray runs;
    QList<double> singleWall, singleCpu, eightWall, eightCpu, spread;
    bool allComplete = true;
    for (int r = 0; r < repeat; ++r) {
        for (const int panes : {1, 8}) {
            const Run run = runOnce(server, panes, tokens, delayMs);
            runs.append(run.toJson());
            allComplete = allComplete && run.complete == panes;
            (panes == 1 ? singleWall : eightWall).append(run.wallMs);
            (panes == 1 ? singleCpu : eightCpu).append(run.clientCpuMs);
            if (panes == 8)
                spread.append(run.requestSpreadMs);
        }
    }
    const double maxSpread = spread.isEmpty() ? 0 : *std::max_element(spread.begin(), spread.end());
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("compare")},
        {QStringLiteral("tokens_per_answer"), tokens},
        {QStringLiteral("event_interval_ms"), delayMs},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("single_wall_ms"), median(singleWall)},
        {QStringLiteral("eight_wall_ms"), median(eightWall)},
        {QStringLiteral("wall_ratio"), median(eightWall) / median(singleWall)},
        {QStringLiteral("single_client_cpu_ms"), median(singleCpu)},
        {QStringLiteral("eight_client_cpu_ms"), median(eightCpu)},
        {QStringLiteral("client_cpu_ratio"), median(eightCpu) / median(singleCpu)},
        {QStringLiteral("max_request_spread_ms"), maxSpread},
        {QStringLiteral("all_complete"), allComplete},
        // Word diff of two panes: typical answers and the bound (WordDiff::MaxWords each).
        {QStringLiteral("word_diff_3000_words_ms"), wordDiffMs(3000)},
        {QStringLiteral("word_diff_max_words_ms"), wordDiffMs(WordDiff::MaxWords)},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("request_spread_ms_max"), 100},
                                                {QStringLiteral("client_cpu_ratio_max"), 8}}},
        {QStringLiteral("meets_targets"),
         allComplete && maxSpread <= 100 && median(eightCpu) <= 8 * median(singleCpu)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return allComplete ? 0 : 1;
}
