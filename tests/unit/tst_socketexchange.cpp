// SocketExchange, Lineup's own HTTP/1.1 reader for direct connections, against a real local
// server: what it sends, how it paces and bounds its reads, and what it refuses. (The chat
// suites run ChatStream over it too; this covers what they cannot see.)

#include "FakeServer.h"
#include "api/ServiceRequest.h"
#include "api/SocketExchange.h"

#include <QFile>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Lineup;

namespace {

// Counts what an exchange reports and, while `reading`, takes the body as it arrives.
struct Receiver
{
    std::unique_ptr<SocketExchange> exchange;
    QByteArray body;
    int readyReads = 0;
    bool finished = false;
    bool reading = true;

    void attach()
    {
        SocketExchange *raw = exchange.get();
        QObject::connect(raw, &HttpExchange::readyRead, raw, [this] {
            ++readyReads;
            if (reading)
                body += exchange->read(exchange->bytesAvailable());
        });
        QObject::connect(raw, &HttpExchange::finished, raw, [this] {
            finished = true;
            body += exchange->read(exchange->bytesAvailable());
        });
    }
};

std::unique_ptr<Receiver> startExchange(const QUrl &url, int readIntervalMs,
                                        const QString &key = QStringLiteral("sk-test-key"),
                                        const QByteArray &body = "{\"stream\":true}")
{
    Endpoint endpoint;
    endpoint.baseUrl = url.adjusted(QUrl::RemovePath);
    endpoint.apiKey = key;
    QNetworkRequest request =
        ServiceRequest::build(endpoint, url, ServiceRequest::Accept::EventStream);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto receiver = std::make_unique<Receiver>();
    receiver->exchange =
        std::make_unique<SocketExchange>(request, body, endpoint, readIntervalMs, nullptr);
    receiver->attach();
    return receiver;
}

// The failure's detail for a message (QVERIFY2 builds its message even when the check passes).
QByteArray failureText(const HttpExchange &exchange)
{
    return exchange.failure() ? exchange.failure()->detail.toUtf8() : QByteArray("no failure");
}

QList<QByteArray> frames(int count)
{
    QList<QByteArray> events;
    for (int i = 0; i < count; ++i)
        events.append("{\"n\":" + QByteArray::number(i) + '}');
    return events;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(LINEUP_TEST_FIXTURES "/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An HTTPS server on 127.0.0.1 with the test CA's certificate: reads one request (head and
// Content-Length body) per connection and answers it with `response`, chunked.
class TlsServer : public QObject
{
public:
    explicit TlsServer(const QList<QByteArray> &chunks)
        : m_chunks(chunks)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(fixture(QStringLiteral("server.pem"))));
        config.setPrivateKey(QSslKey(fixture(QStringLiteral("server.key")), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(static_cast<QSslSocket *>(socket));
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray lastRequest() const { return m_request; }

private:
    void serve(QSslSocket *socket)
    {
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            QByteArray &received = m_pending[socket];
            received += socket->readAll();
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype lengthAt = received.toLower().indexOf("content-length:");
            const qsizetype length =
                lengthAt < 0
                    ? 0
                    : received.mid(lengthAt + 15, received.indexOf('\r', lengthAt) - lengthAt - 15)
                          .trimmed()
                          .toLongLong();
            if (received.size() < headEnd + 4 + length)
                return;
            m_request = received;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            for (const QByteArray &chunk : std::as_const(m_chunks))
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QList<QByteArray> m_chunks;
    QHash<QSslSocket *, QByteArray> m_pending;
    QByteArray m_request;
};

} // namespace

class TestSocketExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAPlainHttp11RequestWithTheKeyAndBody()
    {
        FakeServer server;
        server.enqueue(FakeResponse::json(QByteArray("{\"ok\":1}")));
        QUrl url = server.url(QStringLiteral("/v1/chat/completions"));
        url.setQuery(QStringLiteral("x=1"));
        auto run = startExchange(url, 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(!run->exchange->failure());
        QCOMPARE(run->exchange->status(), 200);
        QCOMPARE(run->body, QByteArray("{\"ok\":1}"));
        const FakeRequest request = server.lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/v1/chat/completions?x=1"));
        QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(server.port()));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer sk-test-key"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));
        QCOMPARE(request.header("Accept-Encoding"), QByteArray("identity"));
        QCOMPARE(request.header("Connection"), QByteArray("close"));
        QCOMPARE(request.body, QByteArray("{\"stream\":true}"));
    }

    void readsBodiesFramedEveryWay_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("contentLength");
        QTest::newRow("chunked") << true << false;
        QTest::newRow("content-length") << false << true;
        QTest::newRow("until close") << false << false;
    }

    void readsBodiesFramedEveryWay()
    {
        QFETCH(bool, chunked);
        QFETCH(bool, contentLength);
        FakeServer server;
        FakeResponse response = FakeResponse::sse(frames(40));
        const QByteArray expected = response.bodyBytes();
        response.chunked = chunked;
        response.sendContentLength = contentLength;
        server.enqueue(response.splitEvery(97, 2));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY2(!run->exchange->failure(), failureText(*run->exchange).constData());
        QCOMPARE(run->body, expected);
    }

    void pacedReadsDeliverABurstOfChunksTogether()
    {
        // 30 chunks over ~300 ms, read at most once a second: the first read brings the head,
        // the next (a second later) all the rest. Slower machines only batch more.
        FakeServer server;
        FakeResponse response = FakeResponse::sse(frames(30), 10);
        const QByteArray expected = response.bodyBytes();
        server.enqueue(response);
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 10000);
        QCOMPARE(run->body, expected);
        QVERIFY2(run->readyReads <= 3, qPrintable(QString::number(run->readyReads)));
    }

    void aReaderThatFallsBehindHoldsABoundedAmount()
    {
        FakeServer server(FakeServer::Mode::OwnThread);
        FakeResponse response;
        response.withHeader("Content-Type", "text/event-stream");
        int pieces = 0;
        const QByteArray piece = "data: " + QByteArray(64 * 1024 - 8, 'x') + "\n\n";
        response.generator = [&pieces, piece]() -> QByteArray {
            return pieces++ < 128 ? piece : QByteArray(); // 8 MB
        };
        server.enqueue(response);
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        run->reading = false;
        QTRY_VERIFY(run->readyReads > 0);
        QTest::qWait(500); // the sender could have sent everything by now
        QVERIFY2(run->exchange->bytesAvailable() <= 2 * 1024 * 1024,
                 qPrintable(QString::number(run->exchange->bytesAvailable())));
        QVERIFY(!run->finished);
        // Catching up reads on, and nothing is lost.
        qint64 total = 0;
        QTRY_VERIFY_WITH_TIMEOUT((total += run->exchange->read(1 << 20).size(), run->finished),
                                 20000);
        total += run->body.size(); // what was left when it finished
        QCOMPARE(total, qint64(128) * piece.size());
    }

    void httpsToAServerThatDoesNotSpeakTlsIsATlsError()
    {
        FakeServer server;
        QUrl url = server.url(QStringLiteral("/v1/chat/completions"));
        url.setScheme(QStringLiteral("https"));
        auto run = startExchange(url, 0);
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 10000);
        QVERIFY(run->exchange->failure());
        QCOMPARE(run->exchange->failure()->kind, ApiError::Kind::TlsError);
    }

    void httpsIsReadPacedWhenTheCertificateIsTrusted()
    {
        QList<QByteArray> chunks;
        for (const QByteArray &event : frames(50))
            chunks.append(FakeResponse::sseFrame(event));
        TlsServer server(chunks);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(QSslCertificate::fromData(fixture(QStringLiteral("ca.pem"))));
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto run = startExchange(
            QUrl(QStringLiteral("https://127.0.0.1:%1/v1/chat/completions").arg(server.port())),
            33);
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 10000);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY2(!run->exchange->failure(), failureText(*run->exchange).constData());
        QCOMPARE(run->exchange->status(), 200);
        QCOMPARE(run->body, chunks.join());
        QVERIFY(server.lastRequest().contains("Authorization: Bearer sk-test-key\r\n"));
        QVERIFY(server.lastRequest().endsWith("{\"stream\":true}"));
    }

    void httpsWithAnUntrustedCertificateIsRefused()
    {
        TlsServer server({FakeResponse::sseFrame("{\"n\":0}")});
        auto run = startExchange(
            QUrl(QStringLiteral("https://127.0.0.1:%1/v1/chat/completions").arg(server.port())), 0);
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 10000);
        QVERIFY(run->exchange->failure());
        QCOMPARE(run->exchange->failure()->kind, ApiError::Kind::TlsError);
        QVERIFY(run->body.isEmpty());
        QVERIFY(server.lastRequest().isEmpty()); // the key never left
    }

    void aKeyWithALineBreakIsNotSent()
    {
        FakeServer server;
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0,
                                 QStringLiteral("sk-test\r\nX-Injected: 1"));
        QTRY_VERIFY(run->finished);
        QVERIFY(run->exchange->failure());
        QVERIFY2(run->exchange->failure()->detail.contains(QStringLiteral("line break")),
                 failureText(*run->exchange).constData());
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 0);
    }

    void aCompressedAnswerIsRefusedByName()
    {
        FakeServer server;
        server.enqueue(FakeResponse::json(QByteArray("\x1f\x8b garbage"))
                           .withHeader("Content-Encoding", "gzip"));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(run->exchange->failure());
        QCOMPARE(run->exchange->failure()->kind, ApiError::Kind::ProtocolError);
        QVERIFY(run->exchange->failure()->detail.contains(QStringLiteral("\"gzip\"")));
        QVERIFY(run->body.isEmpty());
    }

    void aRedirectThatWouldDropTheBodyIsExplained()
    {
        FakeServer server;
        server.enqueue(
            FakeResponse::text(303, "see other").withHeader("Location", "/v2/chat/completions"));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(run->exchange->failure());
        QVERIFY2(run->exchange->failure()->detail.contains(QStringLiteral("/v2/chat/completions")),
                 failureText(*run->exchange).constData());
        QCOMPARE(server.requestCount(), 1);
    }

    void aRedirectLoopStops()
    {
        FakeServer server;
        server.setFallback(FakeResponse::text(307, "again").withHeader("Location", "/loop"));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(run->exchange->failure());
        QVERIFY(run->exchange->failure()->detail.contains(QStringLiteral("more than 10")));
        QCOMPARE(server.requestCount(), 11);
    }

    void aCutOffBodyIsAFailureAfterWhatArrived()
    {
        FakeServer server;
        FakeResponse response = FakeResponse::sse(frames(5));
        response.dropAfterChunk = 2;
        server.enqueue(response);
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(run->exchange->failure());
        QCOMPARE(run->exchange->failure()->kind, ApiError::Kind::NetworkError);
        QVERIFY(run->body.startsWith("data: {\"n\":0}\n\n"));
    }

    void anErrorStatusKeepsItsHeadersAndBody()
    {
        FakeServer server;
        server.enqueue(
            FakeResponse::error(429, QStringLiteral("slow down")).withHeader("Retry-After", "3"));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->finished);
        QVERIFY(!run->exchange->failure());
        QCOMPARE(run->exchange->status(), 429);
        QCOMPARE(run->exchange->header("retry-after"), QByteArray("3"));
        QVERIFY(run->body.contains("slow down"));
    }

    void abortStopsEverySignal()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse(frames(20), 20));
        auto run = startExchange(server.url(QStringLiteral("/v1/chat/completions")), 0);
        QTRY_VERIFY(run->readyReads > 0);
        const int seen = run->readyReads;
        run->exchange->abort();
        QTest::qWait(300);
        QCOMPARE(run->readyReads, seen);
        QVERIFY(!run->finished);
        QTRY_COMPARE(server.openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSocketExchange)
#include "tst_socketexchange.moc"
