#include "api/ChunkAssembler.h"
#include "api/ChunkParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lineup;

namespace {

SseEvent dataEvent(const QString &data)
{
    SseEvent event;
    event.data = data;
    return event;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// ChunkParser::parseFast must either decline or agree exactly with the QJsonDocument path.
class TestChunkParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typicalChunkTakesTheFastPath();
    void declinesWhatItDoesNotHandle();
    void fastPathMatchesReference_data();
    void fastPathMatchesReference();
};

// Test bodies live outside the class: moc cannot tokenize the raw string literals below.

void TestChunkParser::typicalChunkTakesTheFastPath()
{
    ChunkParser::ChunkFields fields;
    QVERIFY(ChunkParser::parseFast(
        QStringLiteral(
            R"({"id":"c1","object":"chat.completion.chunk","created":1731000000,"model":"m","system_fingerprint":"fp","service_tier":"default","choices":[{"index":1,"delta":{"role":"assistant","content":"h\u00e9\n","reasoning_content":null,"refusal":"r","tool_calls":[{"index":0}]},"logprobs":{"content":[]},"finish_reason":"stop"}],"usage":{"total_tokens":3}})"),
        fields));
    QCOMPARE(fields.id.value_or(QString()), QStringLiteral("c1"));
    QCOMPARE(fields.created.value_or(0), qint64(1731000000));
    QCOMPARE(fields.serviceTier.value_or(QString()), QStringLiteral("default"));
    QCOMPARE(fields.usage.value(QLatin1String("total_tokens")).toInt(), 3);
    QCOMPARE(fields.choices.size(), 1);
    const ChunkParser::ChoiceFields &choice = fields.choices.first();
    QCOMPARE(choice.index, 1);
    QCOMPARE(choice.content.value_or(QString()), QStringLiteral("hé\n"));
    QVERIFY(!choice.reasoningContent.has_value());
    QCOMPARE(choice.refusal.value_or(QString()), QStringLiteral("r"));
    QCOMPARE(choice.toolCalls.size(), 1);
    QVERIFY(choice.logprobs.has_value());
    QCOMPARE(choice.finishReason, QStringLiteral("stop"));
}

void TestChunkParser::declinesWhatItDoesNotHandle()
{
    ChunkParser::ChunkFields fields;
    QVERIFY(!ChunkParser::parseFast(QStringLiteral(R"({"error":{"message":"x"}})"), fields));
    fields = {};
    QVERIFY(!ChunkParser::parseFast(QStringLiteral(R"({"choices":[]} trailing)"), fields));
    fields = {};
    QVERIFY(!ChunkParser::parseFast(QStringLiteral(R"({"choices":[{"delta":{"content":[]}}]})"),
                                    fields));
    fields = {};
    QVERIFY(!ChunkParser::parseFast(QStringLiteral("[DONE]"), fields));
}

void TestChunkParser::fastPathMatchesReference_data()
{
    QTest::addColumn<QString>("payload");
    auto row = [](const char *name, const char *json) {
        QTest::newRow(name) << QString::fromUtf8(json);
    };
    row("plain", R"({"id":"a","choices":[{"index":0,"delta":{"content":"x"}}]})");
    row("whitespace everywhere",
        " \t{ \"choices\" : [ { \"index\" : 0 , \"delta\" : { \"content\" : \"x\" } } ] }\r\n ");
    row("escapes", R"({"choices":[{"delta":{"content":"a\"b\\c\/d\b\f\n\r\t\u00e9\u65e5"}}]})");
    row("surrogate pair escape", R"({"choices":[{"delta":{"content":"\ud83d\ude00"}}]})");
    row("lone high surrogate escape", R"({"choices":[{"delta":{"content":"\ud83d x"}}]})");
    row("lone low surrogate escape", R"({"choices":[{"delta":{"content":"\ude00"}}]})");
    row("raw emoji", "{\"choices\":[{\"delta\":{\"content\":\"\xF0\x9F\x98\x80\xC3\xA9\"}}]}");
    row("NUL escape", R"({"choices":[{"delta":{"content":"a\u0000b"}}]})");
    row("raw control character", "{\"choices\":[{\"delta\":{\"content\":\"a\x01b\"}}]}");
    row("bad escape", R"({"choices":[{"delta":{"content":"\q"}}]})");
    row("short unicode escape", R"({"choices":[{"delta":{"content":"\u12"}}]})");
    row("number overflow in unknown member",
        R"({"x":1e999,"choices":[{"delta":{"content":"x"}}]})");
    row("number underflow in unknown member",
        R"({"x":-1e-10000,"choices":[{"delta":{"content":"x"}}]})");
    row("big integer",
        R"({"x":123456789012345678901234567890,"choices":[{"delta":{"content":"x"}}]})");
    row("leading zero", R"({"x":01,"choices":[]})");
    row("index as float", R"({"choices":[{"index":1.0,"delta":{"content":"x"}}]})");
    row("index as string", R"({"choices":[{"index":"1","delta":{"content":"x"}}]})");
    row("negative index", R"({"choices":[{"index":-2,"delta":{"content":"x"}}]})");
    row("huge index", R"({"choices":[{"index":99999999999,"delta":{"content":"x"}}]})");
    row("created float", R"({"created":1.7e9,"choices":[]})");
    row("created string", R"({"created":"1700000000","choices":[]})");
    row("duplicate content", R"({"choices":[{"delta":{"content":"a","content":"b"}}]})");
    row("duplicate choices",
        R"({"choices":[{"delta":{"content":"a"}}],"choices":[{"delta":{"content":"b"}}]})");
    row("escaped member name", R"({"choices":[{"delta":{"\u0063ontent":"a"}}]})");
    row("content parts", R"({"choices":[{"delta":{"content":[{"type":"text","text":"a"},"b"]}}]})");
    row("content number", R"({"choices":[{"delta":{"content":5}}]})");
    row("delta string", R"({"choices":[{"delta":"x"}]})");
    row("choice not object", R"({"choices":[1,{"delta":{"content":"x"}}]})");
    row("choices object", R"({"choices":{"delta":{"content":"x"}}})");
    row("error member", R"({"error":{"message":"m"},"choices":[{"delta":{"content":"x"}}]})");
    row("null error member", R"({"error":null,"choices":[{"delta":{"content":"x"}}]})");
    row("trailing comma", R"({"choices":[],})");
    row("garbage after", R"({"choices":[]} x)");
    row("two objects", R"({"choices":[]}{})");
    row("array top level", R"([{"choices":[]}])");
    row("deep unknown nesting",
        R"({"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],"choices":[]})");
    row("literals",
        R"({"a":true,"b":false,"c":null,"choices":[{"delta":{"content":null,"refusal":null}}]})");
    row("bad literal", R"({"a":tru,"choices":[]})");
    row("usage and logprobs",
        R"({"usage":{"prompt_tokens":1},"choices":[{"delta":{"content":"x"},"logprobs":{"content":[{"token":"x"}]}}]})");
    row("usage null", R"({"usage":null,"choices":[]})");
    row("tool calls",
        R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"c","function":{"name":"f","arguments":"{\u0022a\u0022:1}"}}]}}]})");
    row("tool calls not array", R"({"choices":[{"delta":{"tool_calls":{"index":0}}}]})");
    row("reasoning both", R"({"choices":[{"delta":{"reasoning":"r","reasoning_content":"r"}}]})");
    row("unterminated", R"({"choices":[{"delta":{"content":"x)");
    // Found by fuzz_sse_assembler: a byte-order mark as the whole content, and an empty name.
    row("BOM content", "{\"choices\":[{\"delta\":{\"content\":\"\xEF\xBB\xBF\"}}],\"\":{}}");
    row("BOM content only", "{\"choices\":[{\"delta\":{\"content\":\"\xEF\xBB\xBF\"}}]}");
    row("empty member name", R"({"choices":[{"delta":{"content":"a"}}],"":{}})");
    row("BOM then text", "{\"choices\":[{\"delta\":{\"content\":\"\xEF\xBB\xBF"
                         "a\"}}]}");
    row("BOM inside text", "{\"choices\":[{\"delta\":{\"content\":\"a\xEF\xBB\xBF\"}}]}");
    row("escaped BOM", R"({"choices":[{"delta":{"content":"\ufeffa"}}]})");
    row("BOM member name", "{\"\xEF\xBB\xBF"
                           "choices\":[{\"delta\":{\"content\":\"a\"}}]}");
}

void TestChunkParser::fastPathMatchesReference()
{
    QFETCH(QString, payload);
    ChunkAssembler fast;
    ChunkAssembler reference;
    reference.setFastPathEnabled(false);
    // Twice, so that state carried between chunks is compared too.
    for (int round = 0; round < 2; ++round) {
        const QList<StreamDelta> a = fast.addEvent(dataEvent(payload));
        const QList<StreamDelta> b = reference.addEvent(dataEvent(payload));
        QCOMPARE(a.size(), b.size());
    }
    QCOMPARE(compact(fast.completion().toJson()), compact(reference.completion().toJson()));
    QVERIFY(fast.completion() == reference.completion());
    QCOMPARE(fast.warnings(), reference.warnings());
    QCOMPARE(fast.streamError().kind, reference.streamError().kind);
    QCOMPARE(fast.hasOutput(), reference.hasOutput());
}

QTEST_APPLESS_MAIN(TestChunkParser)
#include "tst_chunkparser.moc"
