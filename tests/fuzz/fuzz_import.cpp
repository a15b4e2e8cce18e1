// libFuzzer target: arbitrary bytes through the import parser (ConversationParser::parse, what
// ConversationImporter reads before it writes anything), as Lineup JSON or OpenAI request
// bodies. Beyond "never crash, hang or leak" it checks two properties and aborts when one fails:
//  1. round trip: what parses, rendered back as Lineup JSON (ConversationExporter::lineupBytes,
//     and the lineupDocument() object), parses again to equal data: import of an export is a
//     fixed point, so exporting never loses or changes what was imported;
//     The OpenAI export of an import imports again too (not equal: it keeps only what a
//     request sends), and Markdown renders.
//  2. every error names where it is: a JSON syntax error its line and column, any other error
//     the JSON path of the offending value ("$.conversations[2].messages[5].content: ..."), and
//     that path leads to a value in the document (its last step may be the missing member).

#include "storage/ConversationExporter.h"
#include "storage/ConversationParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Lineup;

namespace {

void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

bool sameConversation(const ConversationData &a, const ConversationData &b)
{
    if (!(a.info == b.info) || a.messages != b.messages || a.panes.size() != b.panes.size())
        return false;
    for (qsizetype i = 0; i < a.panes.size(); ++i) {
        if (!(a.panes.at(i).pane == b.panes.at(i).pane) ||
            a.panes.at(i).messages != b.panes.at(i).messages)
            return false;
    }
    return true;
}

// Names the first field that differs, so a crash report says what the round trip lost.
QString firstDifference(const QList<ConversationData> &a, const QList<ConversationData> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("conversation count %1 vs %2").arg(a.size()).arg(b.size());
    for (qsizetype c = 0; c < a.size(); ++c) {
        if (!(a.at(c).info == b.at(c).info))
            return QStringLiteral("conversations[%1] settings").arg(c);
        QList<QList<MessageRecord>> left{a.at(c).messages};
        QList<QList<MessageRecord>> right{b.at(c).messages};
        for (const ComparisonPaneData &pane : a.at(c).panes)
            left.append(pane.messages);
        for (const ComparisonPaneData &pane : b.at(c).panes)
            right.append(pane.messages);
        for (qsizetype l = 0; l < left.size() && l < right.size(); ++l) {
            for (qsizetype m = 0; m < left.at(l).size() && m < right.at(l).size(); ++m) {
                const MessageRecord &x = left.at(l).at(m);
                const MessageRecord &y = right.at(l).at(m);
                if (x == y)
                    continue;
                const QString where =
                    QStringLiteral("conversations[%1] list %2 message %3: ").arg(c).arg(l).arg(m);
                if (!(x.message == y.message))
                    return where + QStringLiteral("message");
                if (!(x.error == y.error))
                    return where + QStringLiteral("error");
                if (!(x.usage == y.usage))
                    return where + QStringLiteral("usage");
                if (!(x.timings == y.timings))
                    return where + QStringLiteral("timings");
                if (!(x.price == y.price))
                    return where + QStringLiteral("price");
                if (x.createdAt != y.createdAt)
                    return where + QStringLiteral("created_at");
                return where + QStringLiteral("another field");
            }
        }
        return QStringLiteral("conversations[%1] panes or message counts").arg(c);
    }
    return {};
}

// Follows "$.a[1].b" through the document. Every step but the last must exist (the last one
// may be the member an error says is required).
bool pathLeadsIntoDocument(const QString &path, const QJsonDocument &document)
{
    static const QRegularExpression step(QStringLiteral("\\.([A-Za-z_]+)|\\[(\\d+)\\]"));
    QJsonValue current =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    qsizetype at = 1; // after "$"
    QList<QRegularExpressionMatch> steps;
    while (at < path.size()) {
        const QRegularExpressionMatch match =
            step.match(path, at, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return false;
        steps.append(match);
        at = match.capturedEnd();
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QRegularExpressionMatch &match = steps.at(i);
        const bool last = i == steps.size() - 1;
        if (match.hasCaptured(1)) {
            if (!current.isObject())
                return false;
            const QJsonObject object = current.toObject();
            if (!object.contains(match.captured(1)))
                return last;
            current = object.value(match.captured(1));
        } else {
            if (!current.isArray())
                return false;
            const QJsonArray array = current.toArray();
            const qsizetype index = match.captured(2).toLongLong();
            if (index >= array.size())
                return false;
            current = array.at(index);
        }
    }
    return true;
}

void checkError(const QByteArray &input, const QString &error)
{
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(input, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        if (!error.startsWith(QLatin1String("not valid JSON at line ")))
            fail("a JSON syntax error does not name its line and column", error);
        return;
    }
    const qsizetype colon = error.indexOf(QLatin1String(": "));
    if (!error.startsWith(QLatin1Char('$')) || colon < 0)
        fail("an error does not start with a JSON path", error);
    if (!pathLeadsIntoDocument(error.first(colon), document))
        fail("an error names a JSON path that is not in the document", error);
    if (colon + 2 >= error.size())
        fail("an error does not say what is wrong", error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto parsed = ConversationParser::parse(input, &error);
    if (!parsed) {
        checkError(input, error);
        return 0;
    }
    if (!error.isEmpty())
        fail("a successful parse reported an error", error);

    const QByteArray exported = ConversationExporter::lineupBytes(*parsed);
    QString again;
    const auto reparsed = ConversationParser::parse(exported, &again);
    if (!reparsed)
        fail("the Lineup export of an import does not import", again);
    if (reparsed->size() != parsed->size())
        fail("the round trip changed the number of conversations");
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        if (!sameConversation(parsed->at(i), reparsed->at(i)))
            fail("the round trip through Lineup JSON changed the data",
                 firstDifference(*parsed, *reparsed));
    }

    // The one-object rendering must say the same as the streamed bytes.
    const QByteArray document =
        QJsonDocument(ConversationExporter::lineupDocument(*parsed)).toJson();
    const auto fromDocument = ConversationParser::parse(document, &again);
    if (!fromDocument || fromDocument->size() != parsed->size())
        fail("lineupDocument() of an import does not import whole", again);
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        if (!sameConversation(parsed->at(i), fromDocument->at(i)))
            fail("lineupDocument() and lineupBytes() disagree",
                 firstDifference(*parsed, *fromDocument));
    }

    // The OpenAI export of an import is request bodies that import again, one conversation per
    // body (a comparison gives one per pane); Markdown only has to render.
    const QJsonArray bodies = ConversationExporter::openAiRequestBodies(*parsed);
    const auto fromBodies = ConversationParser::parse(QJsonDocument(bodies).toJson(), &again);
    if (!fromBodies)
        fail("the OpenAI export of an import does not import", again);
    if (fromBodies->size() != bodies.size())
        fail("the OpenAI export of an import imports as another number of conversations");
    (void)ConversationExporter::render(*parsed, ExportFormat::Markdown);
    return 0;
}
