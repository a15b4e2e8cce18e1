// ChunkAssembler: how a stream ends or breaks: error objects and events mid-stream, [DONE] with
// stray whitespace, invalid JSON (reported with its offset, then skipped), comments, a stream
// that ends without [DONE], and streamed answers equal to the non-streaming ones, byte by byte.
#include "AssemblerHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestChunkAssemblerStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorObjectMidStream();
    void errorEventTypeAndStreamContinues();
    void errorEventWithPlainTextAndStringError();
    void doneWithStrayWhitespace_data();
    void doneWithStrayWhitespace();
    void doneWithStrayWhitespaceOnTheWire();
    void invalidJsonReportedWithOffsetAndSkipped();
    void commentsAndEmptyEventsIgnored();
    void finishWithoutDoneIsIncomplete();
    void finishKeepsEarlierStreamError();
    void finishAfterDoneIsClean();
    void streamedEqualsNonStreaming_data();
    void streamedEqualsNonStreaming();
    void byteByByteStreamMatches();
};

void TestChunkAssemblerStream::errorObjectMidStream()
{
    Assembled r;
    assemblePieces(r, {fixture(QStringLiteral("openrouter_midstream_error.sse"))});
    QCOMPARE(text(r.assembler), QStringLiteral("Once upon a time"));
    QVERIFY(r.assembler.hasError());
    const ApiError &error = r.assembler.streamError();
    QCOMPARE(error.kind, ApiError::Kind::StreamError);
    QCOMPARE(error.code, QStringLiteral("502"));
    QCOMPARE(error.serviceMessage, QStringLiteral("Provider returned error: overloaded"));
    QVERIFY(error.humanMessage().contains(QLatin1String("overloaded")));
    QCOMPARE(r.assembler.completion().choice(0)->finishReason, QStringLiteral("error"));
    QVERIFY(!r.assembler.isDone());
}

void TestChunkAssemblerStream::errorEventTypeAndStreamContinues()
{
    ChunkAssembler assembler;
    assembler.addEvent(
        dataEvent(QStringLiteral(R"({"choices":[{"index":0,"delta":{"content":"a"}}]})")));
    assembler.addEvent(dataEvent(
        QStringLiteral(
            R"({"message":"rate limit hit","type":"rate_limit_error","code":"rate_limit"})"),
        QStringLiteral("error")));
    assembler.addEvent(
        dataEvent(QStringLiteral(R"({"error":{"message":"second error is not kept"}})")));
    assembler.addEvent(
        dataEvent(QStringLiteral(R"({"choices":[{"index":0,"delta":{"content":"b"}}]})")));
    assembler.addEvent(dataEvent(QStringLiteral("[DONE]")));
    assembler.finish();
    QCOMPARE(text(assembler), QStringLiteral("ab"));
    QCOMPARE(assembler.streamError().kind, ApiError::Kind::StreamError);
    QCOMPARE(assembler.streamError().serviceMessage, QStringLiteral("rate limit hit"));
    QCOMPARE(assembler.streamError().type, QStringLiteral("rate_limit_error"));
    QCOMPARE(assembler.streamError().code, QStringLiteral("rate_limit"));
    QVERIFY(assembler.isDone());
}

void TestChunkAssemblerStream::errorEventWithPlainTextAndStringError()
{
    ChunkAssembler plain;
    plain.addEvent(dataEvent(QStringLiteral("upstream went away"), QStringLiteral("error")));
    QCOMPARE(plain.streamError().kind, ApiError::Kind::StreamError);
    QCOMPARE(plain.streamError().serviceMessage, QStringLiteral("upstream went away"));

    ChunkAssembler stringError;
    stringError.addEvent(dataEvent(QStringLiteral(R"({"error":"model overloaded"})")));
    QCOMPARE(stringError.streamError().serviceMessage, QStringLiteral("model overloaded"));

    ChunkAssembler nullError;
    nullError.addEvent(dataEvent(QStringLiteral(R"({"error":null,"choices":[]})")));
    QVERIFY(!nullError.hasError());
}

void TestChunkAssemblerStream::doneWithStrayWhitespace_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("plain") << QStringLiteral("[DONE]");
    QTest::newRow("trailing space") << QStringLiteral("[DONE] ");
    QTest::newRow("leading space") << QStringLiteral(" [DONE]");
    QTest::newRow("trailing CR") << QStringLiteral("[DONE]\r");
    QTest::newRow("trailing LF") << QStringLiteral("[DONE]\n");
    QTest::newRow("tabs") << QStringLiteral("\t[DONE]\t");
}

void TestChunkAssemblerStream::doneWithStrayWhitespace()
{
    QFETCH(QString, payload);
    ChunkAssembler assembler;
    assembler.addEvent(dataEvent(payload));
    assembler.finish();
    QVERIFY(assembler.isDone());
    QVERIFY(!assembler.hasError());
    QVERIFY(assembler.warnings().isEmpty());
}

void TestChunkAssemblerStream::doneWithStrayWhitespaceOnTheWire()
{
    Assembled r;
    assemblePieces(r, {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\r\n\r\n"
                       "data:  [DONE]  \r\n\r\n"});
    QVERIFY(r.assembler.isDone());
    QVERIFY(!r.assembler.hasError());
}

void TestChunkAssemblerStream::invalidJsonReportedWithOffsetAndSkipped()
{
    Assembled r;
    assemblePieces(r, {streamOf({
                          R"({"choices":[{"index":0,"delta":{"content":"a"}}]})",
                          R"({"choices":[{"index":0,"delta":{"content":"b"}})",
                          R"({"choices":[{"index":0,"delta":{"content":"c"}}]})",
                          R"(42)",
                      })});
    QCOMPARE(text(r.assembler), QStringLiteral("ac"));
    QCOMPARE(r.assembler.warnings().size(), 2);
    const QString warning = r.assembler.warnings().at(0);
    QVERIFY2(warning.startsWith(QLatin1String("event 2: invalid JSON at offset ")),
             qPrintable(warning));
    QJsonParseError expected;
    QJsonDocument::fromJson(R"({"choices":[{"index":0,"delta":{"content":"b"}})", &expected);
    QCOMPARE(warning, QStringLiteral("event 2: invalid JSON at offset %1: %2")
                          .arg(expected.offset)
                          .arg(expected.errorString()));
    QVERIFY(r.assembler.warnings().at(1).startsWith(QLatin1String("event 4: ")));
    QVERIFY(r.assembler.isDone());
    QVERIFY(!r.assembler.hasError());
}

void TestChunkAssemblerStream::commentsAndEmptyEventsIgnored()
{
    Assembled r;
    assemblePieces(r, {": keep-alive\n\ndata:\n\ndata: \n\n: ping\n\n"
                       "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n"
                       "data: [DONE]\n\n"});
    QCOMPARE(text(r.assembler), QStringLiteral("x"));
    QVERIFY(r.assembler.warnings().isEmpty());
    QCOMPARE(r.assembler.eventCount(), 4);
    QVERIFY(!r.assembler.hasError());
}

void TestChunkAssemblerStream::finishWithoutDoneIsIncomplete()
{
    Assembled r;
    assemblePieces(r,
                   {streamOf({R"({"choices":[{"index":0,"delta":{"content":"part"}}]})"}, false)});
    QCOMPARE(r.assembler.streamError().kind, ApiError::Kind::IncompleteStream);
    QCOMPARE(text(r.assembler), QStringLiteral("part"));
    QVERIFY(r.assembler.streamError().humanMessage().contains(QLatin1String("partial")));
    r.assembler.finish(); // idempotent
    QCOMPARE(r.assembler.streamError().kind, ApiError::Kind::IncompleteStream);
}

void TestChunkAssemblerStream::finishKeepsEarlierStreamError()
{
    ChunkAssembler assembler;
    assembler.addEvent(dataEvent(QStringLiteral(R"({"error":{"message":"boom"}})")));
    assembler.finish();
    QCOMPARE(assembler.streamError().kind, ApiError::Kind::StreamError);
}

void TestChunkAssemblerStream::finishAfterDoneIsClean()
{
    ChunkAssembler assembler;
    assembler.addEvent(dataEvent(QStringLiteral("[DONE]")));
    assembler.finish();
    QVERIFY(!assembler.hasError());
    QVERIFY(!assembler.hasOutput());
}

void TestChunkAssemblerStream::streamedEqualsNonStreaming_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << QStringLiteral("openai_text");
    QTest::newRow("parallel tools") << QStringLiteral("openai_tools_parallel");
    QTest::newRow("reasoning, CRLF") << QStringLiteral("deepseek_reasoning");
    QTest::newRow("n=2 with logprobs") << QStringLiteral("vllm_n2_logprobs");
}

void TestChunkAssemblerStream::streamedEqualsNonStreaming()
{
    QFETCH(QString, name);
    const QByteArray stream = fixture(name + QLatin1String(".sse"));
    const QJsonObject expected =
        Completion::fromJson(
            QJsonDocument::fromJson(fixture(name + QLatin1String(".json"))).object())
            .toJson();
    Assembled whole;
    assemblePieces(whole, {stream});
    QVERIFY(!whole.assembler.hasError());
    QVERIFY(whole.assembler.warnings().isEmpty());
    QCOMPARE(compact(whole.assembler.completion().toJson()), compact(expected));

    // The same stream split at every byte position gives the identical completion.
    for (qsizetype split = 1; split < stream.size(); ++split) {
        Assembled piecewise;
        assemblePieces(piecewise, {stream.left(split), stream.mid(split)});
        QVERIFY2(piecewise.assembler.completion() == whole.assembler.completion(),
                 qPrintable(QStringLiteral("split at %1").arg(split)));
        QVERIFY(piecewise.assembler.isDone());
    }
}

void TestChunkAssemblerStream::byteByByteStreamMatches()
{
    const QByteArray stream = fixture(QStringLiteral("openai_tools_parallel.sse"));
    Assembled whole;
    assemblePieces(whole, {stream});
    QList<QByteArray> bytes;
    for (char c : stream)
        bytes.append(QByteArray(1, c));
    Assembled piecewise;
    assemblePieces(piecewise, bytes);
    QCOMPARE(piecewise.assembler.completion(), whole.assembler.completion());
    QCOMPARE(piecewise.deltas.size(), whole.deltas.size());
}

QTEST_APPLESS_MAIN(TestChunkAssemblerStream)
#include "tst_chunkassemblerstream.moc"
