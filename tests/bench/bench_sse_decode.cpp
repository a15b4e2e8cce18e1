// Throughput of SseDecoder (and SseDecoder + ChunkAssembler) on typical chat.completion.chunk
// traffic, fed in network-sized reads. Prints one JSON object.
//
//   bench_sse_decode [megabytes=64] [read_size=16384]

#include "api/ChunkAssembler.h"
#include "sse/SseDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Lineup;

namespace {

QByteArray typicalStream(qsizetype targetBytes)
{
    // Words of varied length and script, as tokens arrive from a model.
    const QList<QByteArray> tokens{"The",
                                   " answer",
                                   " is",
                                   " caf\xC3\xA9",
                                   " \xE6\x97\xA5\xE6\x9C\xAC",
                                   ",",
                                   " \\\"quoted\\\"",
                                   " \xF0\x9F\x98\x80",
                                   "\\n",
                                   " tokens"};
    QByteArray stream;
    stream.reserve(targetBytes + 1024);
    stream += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":"
              "1731000000,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_f85bea6784\","
              "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
              "\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    qsizetype i = 0;
    while (stream.size() < targetBytes) {
        if (i % 50 == 0)
            stream += ": keep-alive\n\n";
        stream +=
            "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":"
            "1731000000,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":"
            "\"fp_f85bea6784\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        stream += tokens.at(i % tokens.size());
        stream += "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        ++i;
    }
    stream += "data: [DONE]\n\n";
    return stream;
}

// CPU time of this thread: on a shared machine wall time also measures the neighbours.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toLongLong() : 64;
    const qsizetype readSize = args.size() > 2 ? args.at(2).toLongLong() : 16384;
    const QByteArray stream = typicalStream(megabytes * 1024 * 1024);
    const double mb = double(stream.size()) / (1024.0 * 1024.0);

    // Decoder alone, best of three runs (the machine is shared).
    qint64 bestDecodeNs = std::numeric_limits<qint64>::max();
    qint64 bestDecodeCpuNs = std::numeric_limits<qint64>::max();
    qsizetype events = 0;
    for (int run = 0; run < 3; ++run) {
        SseDecoder decoder;
        events = 0;
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer timer;
        timer.start();
        for (qsizetype pos = 0; pos < stream.size(); pos += readSize)
            events += decoder
                          .feed(QByteArrayView(stream).sliced(
                              pos, std::min(readSize, stream.size() - pos)))
                          .size();
        decoder.finish();
        bestDecodeNs = std::min(bestDecodeNs, timer.nsecsElapsed());
        bestDecodeCpuNs = std::min(bestDecodeCpuNs, threadCpuNs() - cpuStart);
    }

    // Decoder + assembler: what the client does per read. Once with the fast chunk parser
    // (ChunkParser::parseFast, what ships) and once with only the QJsonDocument path, so the
    // second parser's worth is measured, not assumed.
    struct AssemblyRun
    {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        qint64 bestCpuNs = std::numeric_limits<qint64>::max();
        qsizetype contentChars = 0;
    };
    const auto assemble = [&](bool fastPath) {
        AssemblyRun result;
        for (int run = 0; run < 3; ++run) {
            SseDecoder decoder;
            ChunkAssembler assembler;
            assembler.setFastPathEnabled(fastPath);
            const qint64 cpuStart = threadCpuNs();
            QElapsedTimer timer;
            timer.start();
            for (qsizetype pos = 0; pos < stream.size(); pos += readSize) {
                const QList<SseEvent> decoded = decoder.feed(
                    QByteArrayView(stream).sliced(pos, std::min(readSize, stream.size() - pos)));
                for (const SseEvent &event : decoded)
                    assembler.addEvent(event);
            }
            decoder.finish();
            assembler.finish();
            result.bestNs = std::min(result.bestNs, timer.nsecsElapsed());
            result.bestCpuNs = std::min(result.bestCpuNs, threadCpuNs() - cpuStart);
            result.contentChars = assembler.completion().choice(0)->message.text().size();
        }
        return result;
    };
    const AssemblyRun fast = assemble(true);
    const AssemblyRun reference = assemble(false);
    const qint64 bestAssembleNs = fast.bestNs;
    const qint64 bestAssembleCpuNs = fast.bestCpuNs;
    const qsizetype contentChars = fast.contentChars;
    // CPU per event, and what that makes of the cases users meet: one 3,000-token answer (about
    // 3,000 events) and lineup-cli consuming the 200,000-chunk stream of tests/bench.
    const double fastCpuNsPerEvent =
        double(fast.bestCpuNs) / double(std::max<qsizetype>(events, 1));
    const double referenceCpuNsPerEvent =
        double(reference.bestCpuNs) / double(std::max<qsizetype>(events, 1));

    const QJsonObject result{
        {QLatin1String("benchmark"), QLatin1String("sse_decode")},
        {QLatin1String("bytes"), double(stream.size())},
        {QLatin1String("read_size"), double(readSize)},
        {QLatin1String("events"), double(events)},
        {QLatin1String("mb_per_s"), mb / (double(bestDecodeNs) / 1e9)},
        {QLatin1String("events_per_s"), double(events) / (double(bestDecodeNs) / 1e9)},
        {QLatin1String("cpu_mb_per_s"), mb / (double(bestDecodeCpuNs) / 1e9)},
        {QLatin1String("with_assembler_mb_per_s"), mb / (double(bestAssembleNs) / 1e9)},
        {QLatin1String("with_assembler_cpu_mb_per_s"), mb / (double(bestAssembleCpuNs) / 1e9)},
        {QLatin1String("assembled_content_chars"), double(contentChars)},
        {QLatin1String("reference_path_with_assembler_cpu_mb_per_s"),
         mb / (double(reference.bestCpuNs) / 1e9)},
        {QLatin1String("fast_path_speedup"), double(reference.bestCpuNs) / double(fast.bestCpuNs)},
        {QLatin1String("fast_path_cpu_ms_saved_per_3000_token_answer"),
         (referenceCpuNsPerEvent - fastCpuNsPerEvent) * 3000 / 1e6},
        {QLatin1String("fast_path_cpu_ms_saved_per_200000_chunk_stream"),
         (referenceCpuNsPerEvent - fastCpuNsPerEvent) * 200000 / 1e6},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
