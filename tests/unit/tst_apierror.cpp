#include "api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Lineup;

using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindByStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(Kind::BadRequest);
        QTest::newRow("401") << 401 << int(Kind::Unauthorized);
        QTest::newRow("403") << 403 << int(Kind::Unauthorized);
        QTest::newRow("404") << 404 << int(Kind::NotFound);
        QTest::newRow("408") << 408 << int(Kind::HttpError);
        QTest::newRow("418") << 418 << int(Kind::HttpError);
        QTest::newRow("422") << 422 << int(Kind::BadRequest);
        QTest::newRow("429") << 429 << int(Kind::RateLimited);
        QTest::newRow("500") << 500 << int(Kind::ServerError);
        QTest::newRow("502") << 502 << int(Kind::ServerError);
        QTest::newRow("503") << 503 << int(Kind::ServerError);
        QTest::newRow("599") << 599 << int(Kind::ServerError);
        QTest::newRow("302") << 302 << int(Kind::HttpError);
    }
    void kindByStatus()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        const ApiError error = ApiError::fromHttp(status, {});
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(error.isError());
    }

    void openAiErrorBody()
    {
        const ApiError error = ApiError::fromHttp(
            401,
            R"({"error":{"message":"Incorrect API key provided: sk-abc***xyz.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})");
        QCOMPARE(error.kind, Kind::Unauthorized);
        QCOMPARE(error.serviceMessage, QStringLiteral("Incorrect API key provided: sk-abc***xyz."));
        QCOMPARE(error.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(error.code, QStringLiteral("invalid_api_key"));
        QCOMPARE(error.param, QString());
        QCOMPARE(error.humanMessage(),
                 QStringLiteral("The service rejected the API key (HTTP 401): Incorrect API key "
                                "provided: sk-abc***xyz. Check the key in the provider settings."));
        QVERIFY(!error.isRetryable());
    }

    void numericCode()
    {
        const ApiError error =
            ApiError::fromHttp(429, R"({"error":{"message":"Too many requests","code":429}})");
        QCOMPARE(error.code, QStringLiteral("429"));
        QCOMPARE(error.kind, Kind::RateLimited);
    }

    void alternativeBodyShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("error string")
            << QByteArray(R"({"error":"model is loading"})") << QStringLiteral("model is loading");
        QTest::newRow("top-level message")
            << QByteArray(R"({"message":"Invalid token","code":"E401"})")
            << QStringLiteral("Invalid token");
        QTest::newRow("FastAPI detail")
            << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found");
        QTest::newRow("array-wrapped (Gemini-style)")
            << QByteArray(
                   R"([{"error":{"code":400,"message":"API key not valid","status":"INVALID_ARGUMENT"}}])")
            << QStringLiteral("API key not valid");
        QTest::newRow("plain text") << QByteArray("  upstream connect error  \n")
                                    << QStringLiteral("upstream connect error");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void alternativeBodyShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ApiError::fromHttp(400, body).serviceMessage, message);
    }

    void htmlPageFromProxy()
    {
        const QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=utf-8>\n<TITLE>502 Bad "
                                "Gateway &amp; friends</TITLE></head><body><h1>502</h1>" +
                                QByteArray(2000, 'x') + "</body></html>";
        const ApiError error = ApiError::fromHttp(502, page);
        QCOMPARE(error.kind, Kind::ServerError);
        QCOMPARE(
            error.serviceMessage,
            QStringLiteral("the server returned an HTML page (title: 502 Bad Gateway & friends)"));
        QVERIFY(!error.humanMessage().contains(QLatin1Char('<')));
        QVERIFY(error.isRetryable());

        const ApiError untitled = ApiError::fromHttp(403, "<html><body>Forbidden</body></html>");
        QCOMPARE(untitled.serviceMessage, QStringLiteral("the server returned an HTML page"));
    }

    void longPlainBodyTruncated()
    {
        const QByteArray body = QByteArray(1000, 'a');
        const ApiError error = ApiError::fromHttp(500, body);
        QVERIFY(error.serviceMessage.startsWith(QString(300, QLatin1Char('a'))));
        QVERIFY(error.serviceMessage.contains(QLatin1String("truncated")));
        QVERIFY(error.serviceMessage.size() < 330);
    }

    void badRequestNamesParam()
    {
        const ApiError error = ApiError::fromHttp(
            400,
            R"({"error":{"message":"Unsupported value: 'temperature' does not support 0.2 with this model.","type":"invalid_request_error","param":"temperature","code":"unsupported_value"}})");
        QCOMPARE(error.param, QStringLiteral("temperature"));
        QVERIFY(error.humanMessage().contains(QLatin1String("\"temperature\"")));
        QVERIFY(error.humanMessage().contains(QLatin1String("HTTP 400")));
        const ApiError noParam = ApiError::fromHttp(400, R"({"error":{"message":"bad"}})");
        QVERIFY(noParam.humanMessage().contains(QLatin1String("parameters")));
    }

    void notFoundMentionsModelAndBaseUrl()
    {
        const ApiError error = ApiError::fromHttp(
            404,
            R"({"error":{"message":"The model `gpt-9` does not exist","code":"model_not_found"}})");
        const QString text = error.humanMessage();
        QVERIFY(text.contains(QLatin1String("model")));
        QVERIFY(text.contains(QLatin1String("base URL")));
        QVERIFY(text.contains(QLatin1String("gpt-9")));
    }

    void retryAfterSeconds()
    {
        const ApiError error = ApiError::fromHttp(429, {}, "7");
        QCOMPARE(error.retryAfterMs, 7000);
        QVERIFY(error.humanMessage().contains(QLatin1String("7 s")));
        QVERIFY(error.isRetryable());
        QCOMPARE(ApiError::fromHttp(429, {}, " 1.5 ").retryAfterMs, 1500);
        QCOMPARE(ApiError::fromHttp(429, {}).retryAfterMs, -1);
        QCOMPARE(ApiError::fromHttp(429, {}, "soon").retryAfterMs, -1);
        QCOMPARE(ApiError::fromHttp(429, {}, "-3").retryAfterMs, -1);
        QVERIFY(ApiError::fromHttp(429, {}).humanMessage().contains(QLatin1String("Wait")));
    }

    void retryAfterHttpDate()
    {
        const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray header =
            QLocale::c().toString(future, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
            " GMT";
        const int ms = ApiError::parseRetryAfterMs(header);
        QVERIFY2(ms > 25'000 && ms <= 30'000, qPrintable(QString::number(ms)));
        // A date in the past means "now".
        QCOMPARE(ApiError::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), 0);
    }

    void retryableKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("rate limited") << int(Kind::RateLimited) << true;
        QTest::newRow("server error") << int(Kind::ServerError) << true;
        QTest::newRow("refused") << int(Kind::ConnectionRefused) << true;
        QTest::newRow("timeout") << int(Kind::Timeout) << true;
        QTest::newRow("network") << int(Kind::NetworkError) << true;
        QTest::newRow("dns") << int(Kind::HostNotFound) << false;
        QTest::newRow("tls") << int(Kind::TlsError) << false;
        QTest::newRow("unauthorized") << int(Kind::Unauthorized) << false;
        QTest::newRow("bad request") << int(Kind::BadRequest) << false;
        QTest::newRow("not found") << int(Kind::NotFound) << false;
        QTest::newRow("stalled") << int(Kind::Stalled) << false;
        QTest::newRow("cancelled") << int(Kind::Cancelled) << false;
        QTest::newRow("incomplete") << int(Kind::IncompleteStream) << false;
        QTest::newRow("none") << int(Kind::None) << false;
    }
    void retryableKinds()
    {
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        QCOMPARE(ApiError::fromKind(Kind(kind)).isRetryable(), retryable);
    }

    void everyKindHasStableNameAndMessage()
    {
        QSet<QString> names;
        const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
        for (int k = int(Kind::None); k <= int(Kind::NetworkError); ++k) {
            ApiError error = ApiError::fromKind(Kind(k), QStringLiteral("detail"));
            if (k != int(Kind::None) && error.kind != Kind::Stalled && k <= int(Kind::HttpError))
                error.httpStatus = 400;
            const QString name = error.kindName();
            QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            if (error.kind != Kind::None) {
                QVERIFY2(!error.humanMessage().isEmpty(), qPrintable(name));
                QVERIFY2(error.humanMessage().endsWith(QLatin1Char('.')), qPrintable(name));
            }
        }
        QCOMPARE(ApiError::fromKind(Kind::RateLimited).kindName(), QStringLiteral("rate_limited"));
        QCOMPARE(ApiError::fromKind(Kind::HostNotFound).kindName(),
                 QStringLiteral("host_not_found"));
    }

    void specificMessages()
    {
        QCOMPARE(ApiError::fromKind(Kind::IncompleteStream).humanMessage(),
                 QStringLiteral("The connection closed before the answer was complete; the "
                                "partial answer was kept."));
        QCOMPARE(ApiError::stalled(60'000, QStringLiteral("after 12 events")).humanMessage(),
                 QStringLiteral("No data for 60 s; the partial answer was kept."));
        QCOMPARE(ApiError::stalled(300).humanMessage(),
                 QStringLiteral("No data for 0.3 s; the partial answer was kept."));
        const QString tls =
            ApiError::fromKind(Kind::TlsError, QStringLiteral("The certificate has expired"))
                .humanMessage();
        QVERIFY(tls.contains(QLatin1String("not secure and was refused")));
        QVERIFY(tls.contains(QLatin1String("The certificate has expired")));
        QVERIFY(ApiError::fromKind(Kind::HostNotFound, QStringLiteral("Host nope not found"))
                    .humanMessage()
                    .contains(QLatin1String("Host nope not found")));
    }

    void toJsonShape()
    {
        const ApiError error = ApiError::fromHttp(
            429,
            R"({"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}})");
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(QLatin1String("status")).toInt(), 429);
        QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("requests"));
        QCOMPARE(json.value(QLatin1String("code")).toString(),
                 QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(json.value(QLatin1String("message")).toString(), error.humanMessage());
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("rate_limited"));

        const QJsonObject network = ApiError::fromKind(Kind::ConnectionRefused).toJson();
        QVERIFY(network.value(QLatin1String("status")).isNull());
        QVERIFY(network.value(QLatin1String("type")).isNull());
        QVERIFY(network.value(QLatin1String("code")).isNull());
        QCOMPARE(network.value(QLatin1String("kind")).toString(),
                 QStringLiteral("connection_refused"));
    }

    void streamErrorObject()
    {
        const ApiError whole = ApiError::fromStreamErrorObject(
            QJsonObject{{QLatin1String("error"),
                         QJsonObject{{QLatin1String("message"), QLatin1String("overloaded")},
                                     {QLatin1String("type"), QLatin1String("server_error")}}}});
        QCOMPARE(whole.kind, Kind::StreamError);
        QCOMPARE(whole.serviceMessage, QStringLiteral("overloaded"));
        QCOMPARE(whole.type, QStringLiteral("server_error"));
        QVERIFY(whole.humanMessage().contains(QLatin1String("overloaded")));

        const ApiError inner = ApiError::fromStreamErrorObject(QJsonObject{
            {QLatin1String("message"), QLatin1String("boom")}, {QLatin1String("code"), 500}});
        QCOMPARE(inner.serviceMessage, QStringLiteral("boom"));
        QCOMPARE(inner.code, QStringLiteral("500"));

        const ApiError bare = ApiError::fromStreamErrorObject(
            QJsonObject{{QLatin1String("code"), QLatin1String("x")}});
        QCOMPARE(bare.kind, Kind::StreamError);
        QCOMPARE(bare.code, QStringLiteral("x"));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
