// Import parsing against its own export: what imports, exported as Lineup JSON, imports again to
// the same data. Each case here is an input fuzz_import found losing or changing data.
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"

#include <QtTest>

using namespace Lineup;

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

    // A Lineup JSON file holding one conversation with one message (the given JSON object).
    static QByteArray withMessage(const QByteArray &message)
    {
        return QByteArrayLiteral(R"({"format":"lineup.conversations","version":1,)"
                                 R"("conversations":[{"title":"t","messages":[)") +
               message + QByteArrayLiteral("]}]}");
    }

    // (moc loses the class after a raw string ending in a quote, so quotes are added here.)
    static QByteArray quoted(const QByteArray &text) { return '"' + text + '"'; }

    // Parses, exports as Lineup JSON, parses again; returns the one message of both rounds.
    static QPair<MessageRecord, MessageRecord> roundTrip(const QByteArray &file)
    {
        QString error;
        const auto first = ConversationImporter::parse(file, &error);
        if (!first || first->size() != 1 || first->first().messages.size() != 1) {
            qWarning("first parse: %s", qPrintable(error));
            return {};
        }
        const auto second =
            ConversationImporter::parse(ConversationExporter::lineupBytes(*first), &error);
        if (!second || second->size() != 1 || second->first().messages.size() != 1) {
            qWarning("second parse: %s", qPrintable(error));
            return {};
        }
        return {first->first().messages.first(), second->first().messages.first()};
    }

private Q_SLOTS:
    // 0001-01-01T00:00:00+01:00 is in year 0 in UTC, which ISO 8601 exports cannot write: it
    // was exported as no date at all.
    void timesOutsideIsoYearsAreRejected_data()
    {
        QTest::addColumn<QString>("time");
        QTest::newRow("before year 1 in UTC") << QStringLiteral("0001-01-01T00:00:00+01:00");
        QTest::newRow("after year 9999 in UTC") << QStringLiteral("9999-12-31T23:30:00-01:00");
    }
    void timesOutsideIsoYearsAreRejected()
    {
        QFETCH(QString, time);
        QString error;
        const QByteArray file = withMessage(R"({"role":"user","content":[],"created_at":)" +
                                            quoted(time.toUtf8()) + '}');
        QVERIFY(!ConversationImporter::parse(file, &error));
        QVERIFY2(
            error.startsWith(QLatin1String("$.conversations[0].messages[0].created_at: \"") + time),
            qPrintable(error));
    }

    void timesAtTheEdgesOfIsoYearsSurvive()
    {
        for (const char *time : {"0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"}) {
            const auto [first, second] = roundTrip(
                withMessage(R"({"role":"user","content":[],"created_at":)" + quoted(time) + '}'));
            QCOMPARE(first.createdAt,
                     QDateTime::fromString(QLatin1String(time), Qt::ISODateWithMs));
            QCOMPARE(second, first);
        }
    }

    // An error of kind "none" with a message kept the message, which the export left out.
    void errorOfKindNoneIsNoError()
    {
        const auto [first, second] =
            roundTrip(withMessage(R"({"role":"assistant","content":[],"error":{"kind":"none",)"
                                  R"("message":"ignored","http_status":500}})"));
        QCOMPARE(first.error, ApiError());
        QCOMPARE(second, first);
        // A real error still comes through whole.
        const auto [failed, again] =
            roundTrip(withMessage(R"({"role":"assistant","content":[],"error":{)"
                                  R"("kind":"http_error","message":"busy","http_status":503}})"));
        QCOMPARE(failed.error.kind, ApiError::Kind::HttpError);
        QCOMPARE(failed.error.serviceMessage, QStringLiteral("busy"));
        QCOMPARE(failed.error.httpStatus, 503);
        QCOMPARE(again, failed);
    }

    // "data:;base64,..." came in without a media type and went out as image/png.
    void dataUrlWithoutMediaTypeIsPng()
    {
        const auto [first, second] = roundTrip(withMessage(
            R"({"role":"user","content":[{"type":"image_url","image_url":{"url":"data:;base64,QQ=="}}]})"));
        QCOMPARE(first.message.parts.size(), 1);
        QCOMPARE(first.message.parts.first().imageData, QByteArray("A"));
        QCOMPARE(first.message.parts.first().mimeType, QStringLiteral("image/png"));
        QCOMPARE(second, first);
    }

    // A price without a source, or with only a cached-input rate, is not known: the export wrote
    // nothing for it, the import kept its rates.
    void unknownPriceIsNoPrice_data()
    {
        QTest::addColumn<QByteArray>("price");
        QTest::newRow("unknown source") << QByteArray(R"({"input":1.5,"source":"guess"})");
        QTest::newRow("no source") << QByteArray(R"({"input":1.5,"output":3})");
        QTest::newRow("cached input only")
            << QByteArray(R"({"cached_input":1,"source":"service"})");
    }
    void unknownPriceIsNoPrice()
    {
        QFETCH(QByteArray, price);
        const auto [first, second] =
            roundTrip(withMessage(R"({"role":"assistant","content":[],"price":)" + price + "}"));
        QCOMPARE(first.price, ModelPrice());
        QCOMPARE(second, first);
    }

    void knownPriceSurvives()
    {
        const auto [first, second] = roundTrip(withMessage(
            R"({"role":"assistant","content":[],"price":{"input":1.25,"output":10,"source":"service"}})"));
        QVERIFY(first.price.isKnown());
        QCOMPARE(first.price.source, PriceSource::Service);
        QCOMPARE(second, first);
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
