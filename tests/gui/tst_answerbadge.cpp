// The schema badge in an answer's footer: an answer requested with json_schema or json_object
// is checked against the format it was sent with (its own stored parameters), whether it just
// streamed, was stored or imported; stopped answers say "incomplete JSON".
#include "chatview/MessageLayout.h"
#include "chatview/RenderContext.h"

#include <QApplication>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QTest>

using namespace Lineup;

namespace {

QJsonObject schemaParameters()
{
    return QJsonDocument::fromJson(
               R"({"response_format":{"type":"json_schema","json_schema":{"name":"p","strict":)"
               R"(true,"schema":{"type":"object","properties":{"n":{"type":"integer"}},)"
               R"("required":["n"],"additionalProperties":false}}}})")
        .object();
}

MessageRecord answer(const QString &text, MessageStatus status, const QJsonObject &parameters)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(Role::Assistant, text);
    record.status = status;
    record.model = QStringLiteral("test-model");
    record.parameters = parameters;
    record.finishReason = status == MessageStatus::Complete ? QStringLiteral("stop") : QString();
    return record;
}

} // namespace

class TestAnswerBadge : public QObject
{
    Q_OBJECT

    RenderContext m_context;

    QString footer(const MessageRecord &record)
    {
        MessageLayout layout(&m_context, 0, false);
        layout.build(record, 600);
        // The footer keeps each item on one line with joiners and no-break spaces; compare words.
        return layout.footerText().remove(QChar(0x2060)).replace(QChar(0x00A0), QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_context.font = QApplication::font();
        m_context.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_context.smallFont = m_context.font;
        m_context.boldSmallFont = m_context.font;
        m_context.palette = QApplication::palette();
    }

    void badges()
    {
        QVERIFY2(footer(answer(QStringLiteral("{\"n\": 3}"), MessageStatus::Complete,
                               schemaParameters()))
                     .startsWith(QLatin1String("Schema: matches the schema")),
                 qPrintable(footer(answer(QStringLiteral("{\"n\": 3}"), MessageStatus::Complete,
                                          schemaParameters()))));
        const QString invalid = footer(answer(QStringLiteral("{\"n\": \"three\"}"),
                                              MessageStatus::Complete, schemaParameters()));
        QVERIFY2(invalid.startsWith(QStringLiteral("Schema: 1 schema error — /n: ")),
                 qPrintable(invalid));
        const QString stopped =
            footer(answer(QStringLiteral("{\"n\": "), MessageStatus::Stopped, schemaParameters()));
        QVERIFY2(stopped.contains(QLatin1String("Schema: incomplete JSON")), qPrintable(stopped));
        const QString notJson = footer(answer(
            QStringLiteral("Here you go"), MessageStatus::Complete,
            QJsonObject{{QStringLiteral("response_format"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}}));
        QVERIFY2(notJson.startsWith(QLatin1String("Schema: not JSON")), qPrintable(notJson));
        // Text answers get no badge.
        QVERIFY(!footer(answer(QStringLiteral("Hello"), MessageStatus::Complete, {}))
                     .contains(QLatin1String("Schema")));
    }
};

QTEST_MAIN(TestAnswerBadge)
#include "tst_answerbadge.moc"
