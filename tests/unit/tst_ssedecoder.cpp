#include "sse/SseDecoder.h"

#include <QTest>

using namespace Lineup;

namespace {

SseEvent makeEvent(const QString &data, const QString &type = QStringLiteral("message"),
                   const QString &id = {})
{
    SseEvent event;
    event.type = type;
    event.data = data;
    event.lastEventId = id;
    return event;
}

// Feeds the pieces in order and returns every event dispatched.
QList<SseEvent> decodePieces(SseDecoder &decoder, const QList<QByteArray> &pieces)
{
    QList<SseEvent> events;
    for (const QByteArray &piece : pieces)
        events.append(decoder.feed(piece));
    return events;
}

QList<SseEvent> decode(const QByteArray &stream)
{
    SseDecoder decoder;
    return decodePieces(decoder, {stream});
}

QList<SseEvent> decodeByteByByte(const QByteArray &stream)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    for (qsizetype i = 0; i < stream.size(); ++i)
        events.append(decoder.feed(QByteArrayView(stream).sliced(i, 1)));
    return events;
}

QString describe(const QList<SseEvent> &events)
{
    QStringList lines;
    for (const SseEvent &event : events) {
        lines.append(QStringLiteral("[%1|%2|%3]").arg(event.type, event.data, event.lastEventId));
    }
    return lines.join(QLatin1Char(' '));
}

#define COMPARE_EVENTS(actual, expected)                                                           \
    do {                                                                                           \
        const QList<SseEvent> a_ = (actual);                                                       \
        const QList<SseEvent> e_ = QList<SseEvent>(expected);                                      \
        QVERIFY2(                                                                                  \
            a_ == e_,                                                                              \
            qPrintable(QStringLiteral("got %1\nexpected %2").arg(describe(a_), describe(e_))));    \
    } while (false)

// A stream exercising every rule at once: BOM, CRLF/CR/LF, comments, multi-byte text,
// event/id/retry, multi-line data, a field without colon, an empty-data dispatch.
QByteArray realisticStream()
{
    return QByteArray(
        "\xEF\xBB\xBF: connected\r\n"
        "retry: 1500\r\n"
        "\r\n"
        "id: 1\n"
        "data: {\"content\":\"caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80\"}\n"
        "\n"
        "event: delta\r"
        "data:first\r"
        "data:  second\r\n"
        ": keep-alive\n"
        "data\n"
        "\r"
        "event: ignored-because-empty\n"
        "\n"
        "id\n"
        "data: [DONE]\r\n"
        "\r\n");
}

QList<SseEvent> realisticEvents()
{
    return {
        makeEvent(QStringLiteral("{\"content\":\"café 日本 😀\"}"), QStringLiteral("message"),
                  QStringLiteral("1")),
        makeEvent(QStringLiteral("first\n second\n"), QStringLiteral("delta"), QStringLiteral("1")),
        makeEvent(QStringLiteral("[DONE]"), QStringLiteral("message"), QString())};
}

} // namespace

class TestSseDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleEvent()
    {
        COMPARE_EVENTS(decode("data: hello\n\n"), {makeEvent(QStringLiteral("hello"))});
    }

    void spaceAfterColon_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("data");
        QTest::newRow("one space removed") << QByteArray("data: x\n\n") << QStringLiteral("x");
        QTest::newRow("no space") << QByteArray("data:x\n\n") << QStringLiteral("x");
        QTest::newRow("two spaces keep one") << QByteArray("data:  x\n\n") << QStringLiteral(" x");
        QTest::newRow("tab kept") << QByteArray("data:\tx\n\n") << QStringLiteral("\tx");
        QTest::newRow("trailing space kept") << QByteArray("data: x \n\n") << QStringLiteral("x ");
        QTest::newRow("colon in value")
            << QByteArray("data: a:b: c\n\n") << QStringLiteral("a:b: c");
        QTest::newRow("empty value") << QByteArray("data:\n\n") << QString();
        QTest::newRow("only a space") << QByteArray("data: \n\n") << QString();
        QTest::newRow("no colon") << QByteArray("data\n\n") << QString();
    }
    void spaceAfterColon()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, data);
        COMPARE_EVENTS(decode(stream), {makeEvent(data)});
    }

    void multiLineDataJoinedWithLf()
    {
        COMPARE_EVENTS(decode("data: a\ndata: b\ndata:\ndata: c\n\n"),
                       {makeEvent(QStringLiteral("a\nb\n\nc"))});
        // Two empty data lines: the buffer is "\n\n", one LF stripped at dispatch.
        COMPARE_EVENTS(decode("data\ndata\n\n"), {makeEvent(QStringLiteral("\n"))});
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << QByteArray("data: a\ndata: b\n\ndata: c\n\n");
        QTest::newRow("CRLF") << QByteArray("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n");
        QTest::newRow("CR") << QByteArray("data: a\rdata: b\r\rdata: c\r\r");
        QTest::newRow("mixed") << QByteArray("data: a\rdata: b\n\r\ndata: c\r\n\r");
        QTest::newRow("LF then CR blank") << QByteArray("data: a\ndata: b\n\rdata: c\r\n\n");
    }
    void lineEndings()
    {
        QFETCH(QByteArray, stream);
        const QList<SseEvent> expected{makeEvent(QStringLiteral("a\nb")),
                                       makeEvent(QStringLiteral("c"))};
        COMPARE_EVENTS(decode(stream), expected);
        COMPARE_EVENTS(decodeByteByByte(stream), expected);
    }

    void crLfSplitAcrossFeedsIsOneLineEnd()
    {
        SseDecoder decoder;
        // If the LF were a second line end it would be a blank line dispatching "a" alone.
        COMPARE_EVENTS(decodePieces(decoder, {"data: a\r", "\ndata: b\r", "\n", "\r", "\n"}),
                       {makeEvent(QStringLiteral("a\nb"))});
    }

    void crAtFeedEndFollowedByOtherText()
    {
        SseDecoder decoder;
        COMPARE_EVENTS(decodePieces(decoder, {"data: a\r", "data: b\r", "\r"}),
                       {makeEvent(QStringLiteral("a\nb"))});
    }

    void crThenEmptyFeedThenLf()
    {
        SseDecoder decoder;
        COMPARE_EVENTS(decodePieces(decoder, {"data: a\r", "", "\n\n"}),
                       {makeEvent(QStringLiteral("a"))});
    }

    void crCrIsBlankLine()
    {
        SseDecoder decoder;
        COMPARE_EVENTS(decodePieces(decoder, {"data: a\r", "\r"}),
                       {makeEvent(QStringLiteral("a"))});
    }

    void leadingBomStripped()
    {
        COMPARE_EVENTS(decode("\xEF\xBB\xBF"
                              "data: x\n\n"),
                       {makeEvent(QStringLiteral("x"))});
    }

    void bomSplitAcrossFeeds_data()
    {
        QTest::addColumn<int>("split1");
        QTest::addColumn<int>("split2");
        for (int first = 0; first <= 4; ++first) {
            for (int second = first; second <= 5; ++second)
                QTest::addRow("%d,%d", first, second) << first << second;
        }
    }
    void bomSplitAcrossFeeds()
    {
        QFETCH(int, split1);
        QFETCH(int, split2);
        const QByteArray stream("\xEF\xBB\xBF"
                                "data: x\n\n");
        SseDecoder decoder;
        COMPARE_EVENTS(
            decodePieces(decoder, {stream.left(split1), stream.mid(split1, split2 - split1),
                                   stream.mid(split2)}),
            {makeEvent(QStringLiteral("x"))});
    }

    void onlyOneBomStripped()
    {
        // The second BOM becomes part of the field name, which is then unknown.
        QVERIFY(decode("\xEF\xBB\xBF\xEF\xBB\xBF"
                       "data: x\n\n")
                    .isEmpty());
        // A BOM later in the stream is content.
        COMPARE_EVENTS(decode("\xEF\xBB\xBF"
                              "data: \xEF\xBB\xBFx\n\n"),
                       {makeEvent(QStringLiteral("\uFEFFx"))});
        QVERIFY(decode("data: a\n\n\xEF\xBB\xBF"
                       "data: b\n\n")
                    .size() == 1);
    }

    void partialBomIsContent()
    {
        SseDecoder decoder;
        // 0xEF 0xBB followed by 'd': not a BOM, so the bytes belong to the first field name.
        QVERIFY(decodePieces(decoder, {"\xEF", "\xBB", "data: x\n\n", "data: y\n\n"}) ==
                QList<SseEvent>{makeEvent(QStringLiteral("y"))});
    }

    void multiByteUtf8SplitInsideSequence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("e-acute") << QStringLiteral("é");
        QTest::newRow("japanese") << QStringLiteral("日本");
        QTest::newRow("emoji") << QStringLiteral("😀👍🏽");
        QTest::newRow("mixed") << QStringLiteral("a é 日本 😀 z");
    }
    void multiByteUtf8SplitInsideSequence()
    {
        QFETCH(QString, text);
        const QByteArray stream = "data: " + text.toUtf8() + "\nid: " + text.toUtf8() +
                                  "\nevent: " + text.toUtf8() + "\n\n";
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            SseDecoder decoder;
            COMPARE_EVENTS(decodePieces(decoder, {stream.left(split), stream.mid(split)}),
                           {makeEvent(text, text, text)});
        }
        COMPARE_EVENTS(decodeByteByByte(stream), {makeEvent(text, text, text)});
    }

    void invalidUtf8BecomesReplacementCharacter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("lone 0xFF") << QByteArray("a\xFF"
                                                 "b")
                                   << QStringLiteral("a\uFFFDb");
        QTest::newRow("lone continuation") << QByteArray("\x80") << QStringLiteral("\uFFFD");
        // The WHATWG decoder emits one U+FFFD per maximal subpart of a broken sequence.
        QTest::newRow("truncated 4-byte at line end")
            << QByteArray("x\xF0\x9F\x98") << QStringLiteral("x\uFFFD");
        QTest::newRow("truncated 3-byte before ASCII") << QByteArray("\xE6\x97"
                                                                     "a")
                                                       << QStringLiteral("\uFFFDa");
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QStringLiteral("\uFFFD\uFFFD");
        QTest::newRow("surrogate")
            << QByteArray("\xED\xA0\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
        QTest::newRow("above U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
        QTest::newRow("valid around invalid")
            << QByteArray("\xC3\xA9\xFF\xF0\x9F\x98\x80") << QStringLiteral("é\uFFFD😀");
        QTest::newRow("byte above F4") << QByteArray("\xF5") << QStringLiteral("\uFFFD");
        QTest::newRow("overlong 3-byte")
            << QByteArray("\xE0\x80\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
        QTest::newRow("overlong 4-byte")
            << QByteArray("\xF0\x80\x80\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
        QTest::newRow("lone lead before multi-byte")
            << QByteArray("\xC2\xC3\xA9") << QStringLiteral("\uFFFD\u00E9");
        QTest::newRow("noncharacter U+FFFE is valid")
            << QByteArray("\xEF\xBF\xBE") << QString(QChar(0xFFFE));
        QTest::newRow("U+10FFFF is valid")
            << QByteArray("\xF4\x8F\xBF\xBF") << QString::fromUcs4(U"\U0010FFFF");
        QTest::newRow("genuine U+FFFD kept")
            << QByteArray("\xEF\xBF\xBD") << QStringLiteral("\uFFFD");
    }
    void invalidUtf8BecomesReplacementCharacter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const QByteArray stream = "data: " + bytes + "\n\n";
        COMPARE_EVENTS(decode(stream), {makeEvent(text)});
        COMPARE_EVENTS(decodeByteByByte(stream), {makeEvent(text)});
    }

    void commentsIgnored()
    {
        COMPARE_EVENTS(decode(": hello\n:\ndata: a\n: in the middle\ndata: b\n\n: tail\n\n"),
                       {makeEvent(QStringLiteral("a\nb"))});
    }

    void eventType()
    {
        COMPARE_EVENTS(decode("event: delta\ndata: x\n\ndata: y\n\n"),
                       (QList<SseEvent>{makeEvent(QStringLiteral("x"), QStringLiteral("delta")),
                                        makeEvent(QStringLiteral("y"))}));
        // An empty event field leaves the type buffer empty, which dispatches as "message".
        COMPARE_EVENTS(decode("event\ndata: x\n\n"), {makeEvent(QStringLiteral("x"))});
        // The last event field wins.
        COMPARE_EVENTS(decode("event: a\nevent: b\ndata: x\n\n"),
                       {makeEvent(QStringLiteral("x"), QStringLiteral("b"))});
    }

    void emptyDataBufferDispatchesNothingAndResetsType()
    {
        COMPARE_EVENTS(decode("event: ping\n\ndata: x\n\n"), {makeEvent(QStringLiteral("x"))});
        COMPARE_EVENTS(decode("\n\n\n"), QList<SseEvent>());
        COMPARE_EVENTS(decode("id: 5\n\n"), QList<SseEvent>());
    }

    void lastEventIdPersists()
    {
        SseDecoder decoder;
        COMPARE_EVENTS(
            decodePieces(decoder, {"id: 7\ndata: a\n\ndata: b\n\n"}),
            (QList<SseEvent>{
                makeEvent(QStringLiteral("a"), QStringLiteral("message"), QStringLiteral("7")),
                makeEvent(QStringLiteral("b"), QStringLiteral("message"), QStringLiteral("7"))}));
        QCOMPARE(decoder.lastEventId(), QStringLiteral("7"));
        // An id in an event without data still sets the last event ID.
        COMPARE_EVENTS(
            decodePieces(decoder, {"id: 8\n\ndata: c\n\n"}),
            {makeEvent(QStringLiteral("c"), QStringLiteral("message"), QStringLiteral("8"))});
        // "id" without value resets it.
        COMPARE_EVENTS(decodePieces(decoder, {"id\ndata: d\n\n"}),
                       {makeEvent(QStringLiteral("d"))});
        QCOMPARE(decoder.lastEventId(), QString());
    }

    void idContainingNulIsIgnored()
    {
        SseDecoder decoder;
        static const char raw[] = "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n";
        const QByteArray stream(raw, sizeof(raw) - 1);
        COMPARE_EVENTS(
            decodePieces(decoder, {stream}),
            (QList<SseEvent>{
                makeEvent(QStringLiteral("a"), QStringLiteral("message"), QStringLiteral("1")),
                makeEvent(QStringLiteral("b"), QStringLiteral("message"), QStringLiteral("1"))}));
    }

    void retry_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("expected"); // -1: not set
        QTest::newRow("digits") << QByteArray("retry: 1500") << 1500;
        QTest::newRow("no space") << QByteArray("retry:20") << 20;
        QTest::newRow("zero") << QByteArray("retry: 0") << 0;
        QTest::newRow("letters") << QByteArray("retry: 15a") << -1;
        QTest::newRow("negative") << QByteArray("retry: -5") << -1;
        QTest::newRow("decimal") << QByteArray("retry: 1.5") << -1;
        QTest::newRow("second space") << QByteArray("retry:  5") << -1;
        QTest::newRow("empty") << QByteArray("retry:") << -1;
        QTest::newRow("no colon") << QByteArray("retry") << -1;
        QTest::newRow("huge clamps")
            << QByteArray("retry: 99999999999999999999") << std::numeric_limits<int>::max();
    }
    void retry()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, expected);
        SseDecoder decoder;
        QVERIFY(decoder.feed(QByteArray(line + "\n\n")).isEmpty());
        QCOMPARE(decoder.retryMs().value_or(-1), expected);
    }

    void unknownFieldsAndWrongCaseIgnored()
    {
        COMPARE_EVENTS(decode("foo: bar\nData: nope\n DATA: no\ndata: yes\nx\n\n"),
                       {makeEvent(QStringLiteral("yes"))});
    }

    void unfinishedEventAtEndDiscarded()
    {
        {
            SseDecoder decoder;
            COMPARE_EVENTS(decodePieces(decoder, {"data: a\n\ndata: b\n"}),
                           {makeEvent(QStringLiteral("a"))});
            QVERIFY(decoder.finish());
        }
        {
            SseDecoder decoder;
            COMPARE_EVENTS(decodePieces(decoder, {"data: a\n\ndata: b"}),
                           {makeEvent(QStringLiteral("a"))});
            QVERIFY(decoder.finish());
        }
        {
            SseDecoder decoder;
            COMPARE_EVENTS(decodePieces(decoder, {"data: a\n\n: trailing comment"}),
                           {makeEvent(QStringLiteral("a"))});
            QVERIFY(!decoder.finish());
        }
        {
            SseDecoder decoder;
            COMPARE_EVENTS(decodePieces(decoder, {"data: a\n\n"}),
                           {makeEvent(QStringLiteral("a"))});
            QVERIFY(!decoder.finish());
        }
    }

    void lineTooLongStopsWithClearError()
    {
        SseDecoder decoder(16);
        // Exactly at the limit is fine (the line end is not counted).
        COMPARE_EVENTS(decoder.feed("data: 0123456789\n\n"),
                       {makeEvent(QStringLiteral("0123456789"))});
        QVERIFY(!decoder.hasError());
        // Over the limit, even before the line ends and across feeds.
        QVERIFY(decoder.feed("data: 01234").isEmpty());
        QVERIFY(!decoder.hasError());
        QVERIFY(decoder.feed("567890").isEmpty());
        QVERIFY(decoder.hasError());
        QVERIFY2(decoder.errorString().contains(QLatin1String("16")),
                 qPrintable(decoder.errorString()));
        QVERIFY(decoder.errorString().contains(QLatin1String("longer than")));
        // Further input is ignored.
        QVERIFY(decoder.feed("\n\ndata: x\n\n").isEmpty());
    }

    void lineTooLongInsideOneFeedKeepsEarlierEvents()
    {
        SseDecoder decoder(8);
        COMPARE_EVENTS(decoder.feed("data: a\n\ndata: 0123456789\n\ndata: b\n\n"),
                       {makeEvent(QStringLiteral("a"))});
        QVERIFY(decoder.hasError());
    }

    void bytesConsumedCountsEverything()
    {
        SseDecoder decoder;
        decoder.feed("data: a\r");
        decoder.feed("\n\n");
        QCOMPARE(decoder.bytesConsumed(), qint64(10));
    }

    void realisticStreamWhole()
    {
        SseDecoder decoder;
        COMPARE_EVENTS(decodePieces(decoder, {realisticStream()}), realisticEvents());
        QCOMPARE(decoder.retryMs().value_or(-1), 1500);
        QVERIFY(!decoder.finish());
    }

    void realisticStreamSplitAtEveryPosition()
    {
        const QByteArray stream = realisticStream();
        const QList<SseEvent> expected = realisticEvents();
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            SseDecoder decoder;
            const QList<SseEvent> events =
                decodePieces(decoder, {stream.left(split), stream.mid(split)});
            QVERIFY2(
                events == expected,
                qPrintable(QStringLiteral("split at %1: %2").arg(split).arg(describe(events))));
            QCOMPARE(decoder.retryMs().value_or(-1), 1500);
        }
    }

    void realisticStreamSplitAtEveryPairOfPositions()
    {
        const QByteArray stream = realisticStream();
        const QList<SseEvent> expected = realisticEvents();
        for (qsizetype first = 0; first <= stream.size(); first += 3) {
            for (qsizetype second = first; second <= stream.size(); ++second) {
                SseDecoder decoder;
                const QList<SseEvent> events =
                    decodePieces(decoder, {stream.left(first), stream.mid(first, second - first),
                                           stream.mid(second)});
                QVERIFY2(events == expected,
                         qPrintable(QStringLiteral("split at %1/%2").arg(first).arg(second)));
            }
        }
    }

    void realisticStreamByteByByte()
    {
        COMPARE_EVENTS(decodeByteByByte(realisticStream()), realisticEvents());
    }
};

QTEST_APPLESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
