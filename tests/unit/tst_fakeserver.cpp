// The FakeServer every network test relies on: it must speak real HTTP/1.1 and deliver its
// scripted split points, stalls and drops exactly, or the client tests prove nothing.

#include "FakeServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Lineup;

namespace {

QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
                      const QByteArray &body = {})
{
    return method + ' ' + target +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: yes\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Connects, sends, and collects every read until the server closes (or the timeout passes).
struct RawExchange
{
    QList<QByteArray> reads;
    bool closed = false;

    QByteArray all() const
    {
        QByteArray bytes;
        for (const QByteArray &read : reads)
            bytes += read;
        return bytes;
    }
    QByteArray body() const
    {
        const QByteArray bytes = all();
        return bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
    }
};

RawExchange exchange(quint16 port, const QByteArray &request, int timeoutMs = 3000)
{
    RawExchange result;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { result.reads.append(socket.readAll()); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { result.closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return result;
    socket.write(request);
    QDeadlineTimer deadline(timeoutMs);
    while (!result.closed && !deadline.hasExpired())
        QTest::qWait(5);
    // The socket's destructor closes it: that is us hanging up, not the server.
    QObject::disconnect(&socket, nullptr, nullptr, nullptr);
    return result;
}

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesRoutesAndRecordsRequests()
    {
        FakeServer server;
        QVERIFY(server.isListening());
        QCOMPARE(server.baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()));
        server.setRoute("GET", "/v1/models", FakeResponse::json(QByteArray(R"({"data":[]})")));
        QNetworkAccessManager network;
        QNetworkRequest request(server.url(QStringLiteral("/v1/models")));
        request.setRawHeader("Authorization", "Bearer abc");
        QUrl withQuery = server.url(QStringLiteral("/v1/models"));
        withQuery.setQuery(QStringLiteral("limit=5"));
        request.setUrl(withQuery);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(3000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray(R"({"data":[]})"));
        delete reply;

        QCOMPARE(server.requestCount(), 1);
        const FakeRequest recorded = server.lastRequest();
        QCOMPARE(recorded.method, QByteArray("GET"));
        QCOMPARE(recorded.target, QByteArray("/v1/models?limit=5"));
        QCOMPARE(recorded.path, QByteArray("/v1/models"));
        QCOMPARE(recorded.header("authorization"), QByteArray("Bearer abc"));
    }

    void queueComesBeforeRoutesThenFallback()
    {
        FakeServer server;
        server.setRoute("POST", "/x", FakeResponse::text(200, "route"));
        server.enqueue(FakeResponse::text(201, "queued"));
        const RawExchange first = exchange(server.port(), rawRequest("POST", "/x", "{\"a\":1}"));
        QVERIFY(first.all().startsWith("HTTP/1.1 201 Created\r\n"));
        QCOMPARE(first.body(), QByteArray("queued"));
        QCOMPARE(server.lastRequest().body, QByteArray("{\"a\":1}"));
        QCOMPARE(server.lastRequest().json().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(exchange(server.port(), rawRequest("POST", "/x")).body(), QByteArray("route"));
        const RawExchange missing = exchange(server.port(), rawRequest("GET", "/nothing"));
        QVERIFY(missing.all().startsWith("HTTP/1.1 404 Not Found\r\n"));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.connectionCount(), 3);
    }

    void splitWritesArriveSeparately()
    {
        FakeServer server;
        const QByteArray body = "line one\r\nline two ü\r\n";
        const qsizetype insideCrlf = body.indexOf("\r\n") + 1;
        const qsizetype insideChar = body.indexOf("ü") + 1;
        server.enqueue(FakeResponse::text(200, body).splitAt({insideCrlf, insideChar}, 40));
        const RawExchange result = exchange(server.port(), rawRequest("GET", "/"));
        QCOMPARE(result.body(), body);
        // Head + first piece may share a read; each delayed piece comes in a read of its own.
        QVERIFY2(result.reads.size() >= 3, qPrintable(QString::number(result.reads.size())));
        QVERIFY(result.reads.last().endsWith(body.mid(insideChar)));
        QVERIFY(result.all().contains(
            QByteArray("Content-Length: " + QByteArray::number(body.size()))));
    }

    void framesChunkedSse()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse({"{\"n\":1}", "{\"n\":2}"}));
        const RawExchange result =
            exchange(server.port(), rawRequest("POST", "/v1/chat/completions"));
        const QByteArray all = result.all();
        QVERIFY(all.contains("Transfer-Encoding: chunked\r\n"));
        QVERIFY(all.contains("Content-Type: text/event-stream"));
        const QByteArray frame = "data: {\"n\":1}\n\n";
        QVERIFY(result.body().startsWith(
            QByteArray(QByteArray::number(frame.size(), 16) + "\r\n" + frame + "\r\n")));
        QVERIFY(all.endsWith("data: [DONE]\n\n\r\n0\r\n\r\n"));
        QVERIFY(result.closed);
    }

    void stallsAndDrops()
    {
        FakeServer server;
        FakeResponse stalled = FakeResponse::sse({"{}", "{}"});
        stalled.stallAfterChunk = 0;
        server.enqueue(stalled);
        const RawExchange stall = exchange(server.port(), rawRequest("GET", "/"), 300);
        QVERIFY(!stall.closed);
        QVERIFY(stall.body().contains("data: {}"));
        QVERIFY(!stall.body().contains("[DONE]"));

        FakeResponse dropped = FakeResponse::sse({"{}", "{}"});
        dropped.dropAfterChunk = 0;
        server.enqueue(dropped);
        const RawExchange drop = exchange(server.port(), rawRequest("GET", "/"));
        QVERIFY(drop.closed);
        QVERIFY(drop.body().contains("data: {}"));
        QVERIFY(!drop.body().endsWith("0\r\n\r\n"));
    }

    void closeAllReleasesStalledClients()
    {
        FakeServer server;
        server.setFallback(FakeResponse::silent());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(rawRequest("GET", "/"));
        QVERIFY(server.waitForRequests(1));
        QCOMPARE(server.openConnections(), 1);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        server.closeAllConnections();
        QVERIFY(disconnected.wait(2000));
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void generatorStreamsLargeBodies()
    {
        FakeServer server;
        FakeResponse generated;
        int remaining = 80;
        generated.generator = [remaining]() mutable {
            return remaining-- > 0 ? QByteArray(64 * 1024, 'x') : QByteArray();
        };
        server.enqueue(generated);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(server.url(QStringLiteral("/big"))));
        qint64 received = 0;
        connect(reply, &QNetworkReply::readyRead, this,
                [&] { received += reply->readAll().size(); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        received += reply->readAll().size();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(received, qint64(80) * 64 * 1024);
        delete reply;
    }

    void readsChunkedRequestBodiesAndContinues()
    {
        FakeServer server;
        server.enqueue(FakeResponse::text(200, "ok"));
        const QByteArray request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                                   "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n"
                                   "5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n";
        const RawExchange result = exchange(server.port(), request);
        QVERIFY(result.all().startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"));
        QCOMPARE(server.lastRequest().body, QByteArray("{\"a\":1}"));
    }

    void answersTlsHelloWithPlainHttp()
    {
        FakeServer server;
        const RawExchange result =
            exchange(server.port(), QByteArray("\x16\x03\x01\x00\x05hello", 10));
        QVERIFY(result.all().startsWith("HTTP/1.1 400"));
        QCOMPARE(server.requestCount(), 0);
    }

    void runsInItsOwnThread()
    {
        FakeServer server(FakeServer::Mode::OwnThread);
        server.enqueue(FakeResponse::text(200, "threaded").withHeaderDelay(20));
        // Blocking calls in this thread: only a server in another thread can answer them.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(rawRequest("GET", "/"));
        QByteArray all;
        while (socket.waitForReadyRead(2000))
            all += socket.readAll();
        QVERIFY(all.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(all.endsWith("\r\n\r\nthreaded"));
        QCOMPARE(server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
