// HttpResponseParser: HTTP/1.1 responses in whatever pieces a socket delivers them, and every
// way a service can get the framing wrong.

#include "api/HttpResponseParser.h"

#include <QTest>

using namespace Lineup;

namespace {

using State = HttpResponseParser::State;

HttpResponseParser parsedInPieces(const QByteArray &bytes, qsizetype pieceSize)
{
    HttpResponseParser parser;
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
        parser.feed(bytes.mid(at, pieceSize));
    return parser;
}

QByteArray takeAll(HttpResponseParser &parser)
{
    return parser.takeBody(parser.bodyBytesAvailable());
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLengthBodySplitAtEveryOffset()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    "content-length: 11\r\n\r\n{\"ok\":true}";
        for (qsizetype split = 0; split <= response.size(); ++split) {
            HttpResponseParser parser;
            parser.feed(response.left(split));
            parser.feed(response.mid(split));
            QCOMPARE(parser.state(), State::Complete);
            QCOMPARE(parser.status(), 200);
            QCOMPARE(parser.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(parser.header("CONTENT-LENGTH"), QByteArray("11"));
            QCOMPARE(takeAll(parser), QByteArray("{\"ok\":true}"));
        }
    }

    void chunkedBodyWithExtensionsAndTrailersOneByteAtATime()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "7;name=value\r\ndata: a\r\n"
                                    "A\r\n\n\ndata: bc\r\n"
                                    "0\r\nX-Trailer: yes\r\n\r\n";
        HttpResponseParser parser = parsedInPieces(response, 1);
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(takeAll(parser), QByteArray("data: a\n\ndata: bc"));
    }

    void bodyUntilCloseCompletesOnlyWhenTheConnectionEnds()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: 1\n\n");
        QCOMPARE(parser.state(), State::Body);
        QVERIFY(parser.hasHead());
        QCOMPARE(parser.takeBody(4), QByteArray("data"));
        parser.feed("data: 2\n\n");
        QCOMPARE(parser.state(), State::Body);
        parser.finish();
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(takeAll(parser), QByteArray(": 1\n\ndata: 2\n\n"));
    }

    void interimResponsesAreSkipped()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n");
        QVERIFY(!parser.hasHead());
        QCOMPARE(parser.state(), State::Head);
        parser.feed("HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno");
        QCOMPARE(parser.status(), 404);
        QVERIFY(parser.header("Link").isEmpty());
        QCOMPARE(takeAll(parser), QByteArray("no"));
    }

    void noContentHasNoBody()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 204 No Content\r\n\r\n");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.bodyBytesAvailable(), 0);
    }

    void bareLineFeedsAndAMissingReasonAreAccepted()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.0 503\nRetry-After: 7\nContent-Length: 4\n\nbusy");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.status(), 503);
        QCOMPARE(parser.header("retry-after"), QByteArray("7"));
        QCOMPARE(takeAll(parser), QByteArray("busy"));
    }

    void theFirstBlankLineEndsTheHead()
    {
        // Found by fuzz_http_response: "\r\n\r\n\n" once ended the head after the second LF.
        const QByteArray response = "HTTP/1.1 200 OK\r\nA: b\r\n\r\n\nbody";
        for (const qsizetype piece : {response.size(), qsizetype(1), qsizetype(3)}) {
            HttpResponseParser parser = parsedInPieces(response, piece);
            parser.finish();
            QCOMPARE(takeAll(parser), QByteArray("\nbody"));
        }
    }

    void bytesAfterTheResponseAreIgnored()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA");
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(takeAll(parser), QByteArray("ok"));
    }

    void malformedResponsesFailWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                                  << QStringLiteral("did not answer with HTTP/1.1");
        QTest::newRow("status not a number")
            << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << QStringLiteral("did not answer");
        QTest::newRow("head too large")
            << QByteArray("HTTP/1.1 200 OK\r\nX-Pad: " + QByteArray(70 * 1024, 'a'))
            << QStringLiteral("larger than 65536 bytes");
        QTest::newRow("header without colon")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n")
            << QStringLiteral("malformed header");
        QTest::newRow("two content lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")
            << QStringLiteral("two different Content-Length");
        QTest::newRow("negative content length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
            << QStringLiteral("invalid Content-Length");
        QTest::newRow("absurd content length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << QStringLiteral("invalid Content-Length");
        QTest::newRow("compressed transfer coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
            << QStringLiteral("transfer coding Lineup does not read (\"gzip\")");
        QTest::newRow("chunk size not hex")
            << QByteArray(chunkedHead + "zz\r\n") << QStringLiteral("invalid chunk size");
        QTest::newRow("chunk size past 2^40")
            << QByteArray(chunkedHead + "ffffffffffffffffffff\r\n")
            << QStringLiteral("invalid chunk size");
        QTest::newRow("chunk-size line too long") << QByteArray(chunkedHead + QByteArray(2000, '0'))
                                                  << QStringLiteral("longer than 1024 bytes");
        QTest::newRow("chunk longer than declared")
            << QByteArray(chunkedHead + "2\r\nabcdef\r\n")
            << QStringLiteral("longer than its declared size");
        QTest::newRow("endless trailers")
            << QByteArray(chunkedHead + "0\r\n" + QByteArray(70 * 1024, 'x'))
            << QStringLiteral("trailers are larger");
    }

    void malformedResponsesFailWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        for (const qsizetype piece : {bytes.size(), qsizetype(7)}) {
            HttpResponseParser parser = parsedInPieces(bytes, piece);
            QCOMPARE(parser.state(), State::Failed);
            QVERIFY2(parser.errorString().contains(reason), qPrintable(parser.errorString()));
            // A failed parser holds no more than it was given and takes nothing more.
            parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx");
            QCOMPARE(parser.state(), State::Failed);
            QVERIFY(parser.bodyBytesAvailable() <= bytes.size());
        }
    }

    void aCutOffResponseFailsWhenTheConnectionEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("before the service answered");
        QTest::newRow("half a head") << QByteArray("HTTP/1.1 200 OK\r\nContent-")
                                     << QStringLiteral("middle of the response head");
        QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc")
                                    << QStringLiteral("before the whole response arrived");
        QTest::newRow("no last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
            << QStringLiteral("before the whole response arrived");
    }

    void aCutOffResponseFailsWhenTheConnectionEnds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        HttpResponseParser parser;
        parser.feed(bytes);
        parser.finish();
        QCOMPARE(parser.state(), State::Failed);
        QVERIFY2(parser.errorString().contains(reason), qPrintable(parser.errorString()));
    }

    void aLargeBodyIsTakenInPiecesWithoutLoss()
    {
        QByteArray payload;
        for (int i = 0; i < 20000; ++i)
            payload += QByteArray::number(i) + ',';
        QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (qsizetype at = 0; at < payload.size(); at += 777) {
            const QByteArray piece = payload.mid(at, 777);
            response += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        response += "0\r\n\r\n";
        HttpResponseParser parser;
        QByteArray received;
        for (qsizetype at = 0; at < response.size(); at += 1500) {
            parser.feed(response.mid(at, 1500));
            received += parser.takeBody(1000);
        }
        received += takeAll(parser);
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(received, payload);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
