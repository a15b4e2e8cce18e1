// ChunkAssembler: streamed chat chunks into one completion: text, reasoning, refusal, tool calls,
// choices, usage and logprobs, however the server splits, orders or repeats them. How a stream
// ends (errors, [DONE], bad JSON) is in tst_chunkassemblerstream.
#include "AssemblerHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestChunkAssembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contentAndIdentityFromFirstChunkThatHasThem();
    void deltasCarryOnlyNewText();
    void reasoning_data();
    void reasoning();
    void reasoningChoiceIsPerChoice();
    void refusal();
    void parallelToolCallsMergedByIndex();
    void interleavedToolCallPieces();
    void serverReusingIndexZeroForDistinctIds();
    void serverOmittingIndex();
    void toolCallIdArrivingLateAndRepeatedName();
    void toolCallArgumentsAsObject();
    void interleavedChoicesSortedByIndex();
    void choiceIndexMissingUsesPosition();
    void finishReasonNotErasedAndTextWithItKept();
    void usageFromFinalChunkWithEmptyChoices();
    void cumulativeUsageTakesLastNeverSums();
    void numbersTooLargeForTheirFieldAreIgnored();
    void logprobsConcatenated();
    void refusalLogprobsConcatenated();
    void chunksWithEmptyOrMissingDelta();
};

// Test bodies live outside the class: moc cannot tokenize the raw string literals below.

void TestChunkAssembler::contentAndIdentityFromFirstChunkThatHasThem()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
            R"({"id":"chatcmpl-1","created":1700000000,"model":"gpt-4o","system_fingerprint":"fp_1","service_tier":"default","choices":[{"index":0,"delta":{"content":"Hel"}}]})",
            R"({"id":"chatcmpl-OTHER","created":1800000000,"model":"other","system_fingerprint":"fp_2","service_tier":"flex","choices":[{"index":0,"delta":{"content":"lo"}}]})",
        })});
    const Completion &c = r.assembler.completion();
    QCOMPARE(text(r.assembler), QStringLiteral("Hello"));
    QCOMPARE(c.id, QStringLiteral("chatcmpl-1"));
    QCOMPARE(c.model, QStringLiteral("gpt-4o"));
    QCOMPARE(c.created, qint64(1700000000));
    QCOMPARE(c.systemFingerprint, QStringLiteral("fp_1"));
    QCOMPARE(c.serviceTier, QStringLiteral("default"));
    QVERIFY(r.assembler.isDone());
    QVERIFY(!r.assembler.hasError());
    QVERIFY(r.assembler.hasOutput());
    QVERIFY(r.assembler.warnings().isEmpty());
}

void TestChunkAssembler::deltasCarryOnlyNewText()
{
    Assembled r;
    assemblePieces(
        r, {streamOf({
               R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
               R"({"choices":[{"index":0,"delta":{"content":"ab"}}]})",
               R"({"choices":[{"index":0,"delta":{"content":"cd","reasoning_content":"r"}}]})",
           })});
    QCOMPARE(r.deltas.size(), 2);
    QCOMPARE(r.deltas.at(0).content, QStringLiteral("ab"));
    QCOMPARE(r.deltas.at(1).content, QStringLiteral("cd"));
    QCOMPARE(r.deltas.at(1).reasoning, QStringLiteral("r"));
    QCOMPARE(r.deltas.at(1).choiceIndex, 0);
}

void TestChunkAssembler::reasoning_data()
{
    QTest::addColumn<QList<QByteArray>>("deltas");
    QTest::addColumn<QString>("reasoning");
    QTest::newRow("reasoning_content")
        << QList<QByteArray>{R"({"reasoning_content":"a"})", R"({"reasoning_content":"b"})"}
        << QStringLiteral("ab");
    QTest::newRow("reasoning only")
        << QList<QByteArray>{R"({"reasoning":"a"})", R"({"reasoning":"b"})"}
        << QStringLiteral("ab");
    QTest::newRow("both, same text, not doubled")
        << QList<QByteArray>{R"({"reasoning_content":"a","reasoning":"a"})",
                             R"({"reasoning":"b","reasoning_content":"b"})"}
        << QStringLiteral("ab");
    QTest::newRow("first field seen wins")
        << QList<QByteArray>{R"({"reasoning":"x"})",
                             R"({"reasoning":"y","reasoning_content":"IGNORED"})"}
        << QStringLiteral("xy");
    QTest::newRow("empty first value does not choose")
        << QList<QByteArray>{R"({"reasoning_content":"","reasoning":null})", R"({"reasoning":"p"})",
                             R"({"reasoning":"q"})"}
        << QStringLiteral("pq");
    QTest::newRow("null pieces ignored")
        << QList<QByteArray>{R"({"reasoning_content":"a"})",
                             R"({"reasoning_content":null,"content":"x"})",
                             R"({"reasoning_content":"b"})"}
        << QStringLiteral("ab");
}

void TestChunkAssembler::reasoning()
{
    QFETCH(QList<QByteArray>, deltas);
    QFETCH(QString, reasoning);
    QList<QByteArray> chunks;
    for (const QByteArray &delta : deltas)
        chunks.append(R"({"choices":[{"index":0,"delta":)" + delta + "}]}");
    Assembled r;
    assemblePieces(r, {streamOf(chunks)});
    QCOMPARE(r.assembler.completion().choice(0)->message.reasoning, reasoning);
    QVERIFY(r.assembler.hasOutput());
    const QJsonObject message = r.assembler.completion()
                                    .toJson()
                                    .value(QLatin1String("choices"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toObject();
    QCOMPARE(message.value(QLatin1String("reasoning_content")).toString(), reasoning);
}

void TestChunkAssembler::reasoningChoiceIsPerChoice()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"reasoning":"a"}},{"index":1,"delta":{"reasoning_content":"x","reasoning":"x"}}]})",
            R"({"choices":[{"index":0,"delta":{"reasoning":"b","reasoning_content":"b"}},{"index":1,"delta":{"reasoning_content":"y"}}]})",
        })});
    QCOMPARE(r.assembler.completion().choice(0)->message.reasoning, QStringLiteral("ab"));
    QCOMPARE(r.assembler.completion().choice(1)->message.reasoning, QStringLiteral("xy"));
}

void TestChunkAssembler::refusal()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"role":"assistant","content":null,"refusal":""}}]})",
            R"({"choices":[{"index":0,"delta":{"refusal":"I can't"}}]})",
            R"({"choices":[{"index":0,"delta":{"refusal":" help with that."}}]})",
            R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
        })});
    const CompletionChoice *c = r.assembler.completion().choice(0);
    QCOMPARE(c->message.refusal, QStringLiteral("I can't help with that."));
    QVERIFY(c->message.parts.isEmpty());
    QCOMPARE(r.deltas.at(0).refusal, QStringLiteral("I can't"));
    const QJsonObject message = r.assembler.completion()
                                    .toJson()[QLatin1String("choices")]
                                    .toArray()
                                    .at(0)[QLatin1String("message")]
                                    .toObject();
    QVERIFY(message.value(QLatin1String("content")).isNull());
    QCOMPARE(message.value(QLatin1String("refusal")).toString(),
             QStringLiteral("I can't help with that."));
}

void TestChunkAssembler::parallelToolCallsMergedByIndex()
{
    Assembled r;
    assemblePieces(r, {fixture(QStringLiteral("openai_tools_parallel.sse"))});
    const QList<ToolCall> &calls = r.assembler.completion().choice(0)->message.toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).id, QStringLiteral("call_W1"));
    QCOMPARE(calls.at(0).name, QStringLiteral("get_weather"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"city": "Paris"})"));
    QCOMPARE(calls.at(1).id, QStringLiteral("call_T2"));
    QCOMPARE(calls.at(1).name, QStringLiteral("get_time"));
    QCOMPARE(calls.at(1).arguments, QStringLiteral(R"({"tz": "Europe/Paris"})"));
    QCOMPARE(r.assembler.completion().choice(0)->finishReason, QStringLiteral("tool_calls"));
    QVERIFY(r.deltas.first().toolCallsChanged);
}

void TestChunkAssembler::interleavedToolCallPieces()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"f","arguments":""}},{"index":1,"id":"b","type":"function","function":{"name":"g","arguments":""}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\u0022y\u0022:"}},{"index":0,"function":{"arguments":"{\u0022x\u0022:"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}},{"index":1,"function":{"arguments":"2}"}}]}}]})",
        })});
    const QList<ToolCall> &calls = r.assembler.completion().choice(0)->message.toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"x":1})"));
    QCOMPARE(calls.at(1).arguments, QStringLiteral(R"({"y":2})"));
}

void TestChunkAssembler::serverReusingIndexZeroForDistinctIds()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{\u0022a\u0022"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":":1}"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_2","type":"function","function":{"name":"g","arguments":"{\u0022b\u0022"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":":2}"}}]}}]})",
        })});
    const QList<ToolCall> &calls = r.assembler.completion().choice(0)->message.toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).id, QStringLiteral("call_1"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"a":1})"));
    QCOMPARE(calls.at(1).id, QStringLiteral("call_2"));
    QCOMPARE(calls.at(1).name, QStringLiteral("g"));
    QCOMPARE(calls.at(1).arguments, QStringLiteral(R"({"b":2})"));
}

void TestChunkAssembler::serverOmittingIndex()
{
    Assembled r;
    // Pieces carry the id (matched by id) or nothing (continue the call touched last).
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"function":{"arguments":"\u0022k\u0022:1"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"id":"c2","type":"function","function":{"name":"g","arguments":"["}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"function":{"arguments":"]"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"id":"c1","function":{"arguments":"}"}}]}}]})",
        })});
    const QList<ToolCall> &calls = r.assembler.completion().choice(0)->message.toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).id, QStringLiteral("c1"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"k":1})"));
    QCOMPARE(calls.at(1).id, QStringLiteral("c2"));
    QCOMPARE(calls.at(1).arguments, QStringLiteral("[]"));
}

void TestChunkAssembler::toolCallIdArrivingLateAndRepeatedName()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"lookup","arguments":"{\u0022q\u0022:"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"late","function":{"name":"lookup","arguments":"1}"}}]}}]})",
        })});
    const QList<ToolCall> &calls = r.assembler.completion().choice(0)->message.toolCalls;
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).id, QStringLiteral("late"));
    QCOMPARE(calls.at(0).name, QStringLiteral("lookup"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"q":1})"));
    QCOMPARE(calls.at(0).type, QStringLiteral("function"));
}

void TestChunkAssembler::toolCallArgumentsAsObject()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"id":"o1","function":{"name":"f","arguments":{"k":"v"}}}]}}]})",
        })});
    QCOMPARE(r.assembler.completion().choice(0)->message.toolCalls.at(0).arguments,
             QStringLiteral(R"({"k":"v"})"));
}

void TestChunkAssembler::interleavedChoicesSortedByIndex()
{
    Assembled r;
    assemblePieces(r, {fixture(QStringLiteral("vllm_n2_logprobs.sse"))});
    const Completion &c = r.assembler.completion();
    QCOMPARE(c.choices.size(), 2);
    QCOMPARE(c.choices.at(0).index, 0);
    QCOMPARE(c.choices.at(1).index, 1);
    QCOMPARE(text(r.assembler, 0), QStringLiteral("Red!"));
    QCOMPARE(text(r.assembler, 1), QStringLiteral("Blue."));
    QCOMPARE(c.choices.at(0).finishReason, QStringLiteral("stop"));
    QCOMPARE(c.choices.at(1).finishReason, QStringLiteral("length"));
}

void TestChunkAssembler::choiceIndexMissingUsesPosition()
{
    Assembled r;
    assemblePieces(
        r, {streamOf({R"({"choices":[{"delta":{"content":"a"}},{"delta":{"content":"b"}}]})"})});
    QCOMPARE(text(r.assembler, 0), QStringLiteral("a"));
    QCOMPARE(text(r.assembler, 1), QStringLiteral("b"));
}

void TestChunkAssembler::finishReasonNotErasedAndTextWithItKept()
{
    Assembled r;
    assemblePieces(
        r, {streamOf({
               R"({"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})",
               R"({"choices":[{"index":0,"delta":{"content":" there"},"finish_reason":"stop"}]})",
               R"({"choices":[{"index":0,"delta":{},"finish_reason":null}]})",
               R"({"choices":[{"index":0,"delta":{"content":""},"finish_reason":""}]})",
           })});
    QCOMPARE(r.assembler.completion().choice(0)->finishReason, QStringLiteral("stop"));
    QCOMPARE(text(r.assembler), QStringLiteral("Hi there"));
    QCOMPARE(r.deltas.size(), 2);
    QVERIFY(!r.deltas.at(0).finished);
    QVERIFY(r.deltas.at(1).finished);
    QCOMPARE(r.deltas.at(1).content, QStringLiteral(" there"));
}

void TestChunkAssembler::usageFromFinalChunkWithEmptyChoices()
{
    Assembled r;
    assemblePieces(r, {fixture(QStringLiteral("openai_text.sse"))});
    const Usage &usage = r.assembler.completion().usage;
    QCOMPARE(usage.promptTokens.value_or(-1), qint64(19));
    QCOMPARE(usage.completionTokens.value_or(-1), qint64(12));
    QCOMPARE(usage.totalTokens.value_or(-1), qint64(31));
    QCOMPARE(usage.cachedTokens.value_or(-1), qint64(0));
}

void TestChunkAssembler::cumulativeUsageTakesLastNeverSums()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"content":"a"}}],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}})",
            R"({"choices":[{"index":0,"delta":{"content":"b"}}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})",
            R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null})",
            R"({"choices":[{"index":0,"delta":{}}],"usage":{}})",
        })});
    const Usage &usage = r.assembler.completion().usage;
    QCOMPARE(usage.completionTokens.value_or(-1), qint64(2));
    QCOMPARE(usage.totalTokens.value_or(-1), qint64(7));
}

void TestChunkAssembler::numbersTooLargeForTheirFieldAreIgnored()
{
    // Found by the fuzzer: casting 8e121 to a token count was undefined behaviour (the stream
    // tests/fixtures/streams/usage_out_of_range.sse also seeds the fuzzer with such numbers).
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"created":1e300,"choices":[{"index":0,"delta":{"content":"a"}}]})",
            R"({"choices":[],"usage":{"prompt_tokens":8.04444e121,"completion_tokens":-1e300,"total_tokens":12}})",
        })});
    const Completion &completion = r.assembler.completion();
    QCOMPARE(completion.created, qint64(0));
    QVERIFY(!completion.usage.promptTokens);
    QVERIFY(!completion.usage.completionTokens);
    QCOMPARE(completion.usage.totalTokens.value_or(-1), qint64(12));
    QCOMPARE(completion.usage.raw.value(QLatin1String("prompt_tokens")).toDouble(), 8.04444e121);
    const Timings timings = Timings::fromJson(
        QJsonObject{{QStringLiteral("total_ms"), 1e300}, {QStringLiteral("attempts"), 1}});
    QVERIFY(!timings.totalMs);
}

void TestChunkAssembler::logprobsConcatenated()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"content":"A"},"logprobs":{"content":[{"token":"A","logprob":-0.1,"bytes":[65],"top_logprobs":[]}],"refusal":null}}]})",
            R"({"choices":[{"index":0,"delta":{"content":"B"},"logprobs":{"content":[{"token":"B","logprob":-0.2,"bytes":[66],"top_logprobs":[]}],"refusal":null}}]})",
            R"({"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]})",
        })});
    const QJsonObject logprobs = r.assembler.completion().choice(0)->logprobs.toObject();
    const QJsonArray content = logprobs.value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject().value(QLatin1String("token")).toString(),
             QStringLiteral("A"));
    QCOMPARE(content.at(1).toObject().value(QLatin1String("token")).toString(),
             QStringLiteral("B"));
    QVERIFY(logprobs.contains(QLatin1String("refusal")));
    QVERIFY(logprobs.value(QLatin1String("refusal")).isNull());
}

void TestChunkAssembler::refusalLogprobsConcatenated()
{
    Assembled r;
    assemblePieces(
        r,
        {streamOf({
            R"({"choices":[{"index":0,"delta":{"refusal":"No"},"logprobs":{"content":null,"refusal":[{"token":"No","logprob":-0.5}]}}]})",
            R"({"choices":[{"index":0,"delta":{"refusal":"."},"logprobs":{"content":null,"refusal":[{"token":".","logprob":-0.6}]}}]})",
        })});
    const QJsonObject logprobs = r.assembler.completion().choice(0)->logprobs.toObject();
    QCOMPARE(logprobs.value(QLatin1String("refusal")).toArray().size(), 2);
    QVERIFY(logprobs.value(QLatin1String("content")).isNull());
}

void TestChunkAssembler::chunksWithEmptyOrMissingDelta()
{
    Assembled r;
    assemblePieces(r, {streamOf({
                          R"({"id":"x","choices":[{"index":0}]})",
                          R"({"choices":[{"index":0,"delta":{}}]})",
                          R"({"choices":[{"index":0,"delta":null}]})",
                          R"({"choices":[]})",
                          R"({})",
                          R"({"choices":[{"index":0,"delta":{"content":"ok"}}]})",
                      })});
    QCOMPARE(text(r.assembler), QStringLiteral("ok"));
    QCOMPARE(r.deltas.size(), 1);
    QVERIFY(r.assembler.warnings().isEmpty());
    QCOMPARE(r.assembler.completion().id, QStringLiteral("x"));
}

QTEST_APPLESS_MAIN(TestChunkAssembler)
#include "tst_chunkassembler.moc"
