// The schema badge in an answer's footer: an answer requested with json_schema or json_object
// is checked against the format it was sent with (its own stored parameters), whether it just
// streamed, was stored or imported; stopped answers say "incomplete JSON". A JSON answer is
// shown pretty-printed or exactly as received, and each violation links to the part it names.
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

    void jsonAnswersArePrettyOrRawAndViolationsPointIntoThem()
    {
        // Keys out of alphabetical order and odd spacing: the pretty view keeps the order, the
        // raw view keeps every character.
        const QString received = QStringLiteral("{\"z\":1,  \"n\":\"three\"}");
        const MessageRecord record = answer(received, MessageStatus::Complete, schemaParameters());
        for (const bool raw : {false, true}) {
            MessageLayout layout(&m_context, 0, false, raw);
            layout.build(record, 600);
            QVERIFY(layout.showsJson());
            QCOMPARE(layout.codeBlockCount(), 1);
            QCOMPARE(layout.codeText(0),
                     raw ? received : QStringLiteral("{\n  \"z\": 1,\n  \"n\": \"three\"\n}"));
            QStringList targets;
            for (const auto &link : layout.links())
                targets.append(link.second);
            QVERIFY2(targets.contains(QStringLiteral("lineup-answer:violation/0")),
                     qPrintable(targets.join(u' ')));
            QVERIFY(targets.contains(raw ? QStringLiteral("lineup-answer:pretty")
                                         : QStringLiteral("lineup-answer:raw")));
            QVERIFY(layout.footerText().contains(raw ? QLatin1String("Show pretty JSON")
                                                     : QLatin1String("Show raw JSON")));
            QVERIFY(layout.linkLabel(QStringLiteral("lineup-answer:violation/0"))
                        .startsWith(QLatin1String("/n: ")));

            // The violation of /n is the member "n" in the text the reader sees.
            const SchemaProblems &errors = layout.answerCheck().errors;
            const auto atN = std::find_if(errors.begin(), errors.end(), [](const SchemaProblem &p) {
                return p.pointer == QLatin1String("/n");
            });
            QVERIFY(atN != errors.end());
            const MessageLayout::TextSpan span = layout.violationSpan(int(atN - errors.begin()));
            QVERIFY(span.unit >= 0);
            const QString shown = layout.textUnits().at(span.unit).doc->toPlainText();
            QCOMPARE(shown.mid(span.start, span.end - span.start),
                     raw ? QStringLiteral("\"n\":\"three\"") : QStringLiteral("\"n\": \"three\""));
            QCOMPARE(layout.violationSpan(int(errors.size())).unit, -1);
        }
    }

    void onlyEndedJsonIsShownAsJson()
    {
        // A matching answer gets the switch but no violation links.
        MessageLayout valid(&m_context, 0, false);
        valid.build(
            answer(QStringLiteral("{\"n\": 3}"), MessageStatus::Complete, schemaParameters()), 600);
        QVERIFY(valid.showsJson());
        QCOMPARE(valid.links().size(), 1);
        // Backticks inside a string cannot close the block.
        MessageLayout fences(&m_context, 0, false, true);
        const QString withFence = QStringLiteral("{\"n\": 1, \"md\": \"```\\n````\"}");
        fences.build(answer(withFence, MessageStatus::Complete, schemaParameters()), 600);
        QCOMPARE(fences.codeText(0), withFence);
        // Stopped, not JSON, or not asked for JSON: Markdown as written.
        for (const MessageRecord &record :
             {answer(QStringLiteral("{\"n\": "), MessageStatus::Stopped, schemaParameters()),
              answer(QStringLiteral("Here you go"), MessageStatus::Complete, schemaParameters()),
              answer(QStringLiteral("{\"n\": 3}"), MessageStatus::Complete, {})}) {
            MessageLayout layout(&m_context, 0, false);
            layout.build(record, 600);
            QVERIFY2(!layout.showsJson(), qPrintable(record.message.text()));
            QCOMPARE(layout.codeBlockCount(), 0);
            QVERIFY(layout.links().isEmpty());
        }
    }
};

QTEST_MAIN(TestAnswerBadge)
#include "tst_answerbadge.moc"
