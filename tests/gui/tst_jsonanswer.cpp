// A JSON answer in the real window: asked for with a json_schema response_format, it is shown
// pretty-printed; a click on a violation in its badge selects the member the JSON pointer names;
// the Raw link shows the text exactly as the server sent it, and the violation still points
// into it; Copy as Markdown copies what was received.
#include "MainWindowHarness.h"
#include "chatview/ChatView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>

using namespace Lineup;
using namespace Lineup::Test;

class TestJsonAnswer : public MainWindowHarness
{
    Q_OBJECT

    ChatView *view() const { return m_window->chatView(); }

    // The index of the answer's link whose target (or, with `byLabel`, whose name) starts so.
    int linkIndex(int row, const QString &prefix, bool byLabel = false) const
    {
        for (int i = 0; i < view()->partCount(row, ChatView::Part::Link); ++i) {
            const QString text = byLabel ? view()->partLabel(row, ChatView::Part::Link, i)
                                         : view()->linkTarget(row, i);
            if (text.startsWith(prefix))
                return i;
        }
        return -1;
    }

    void clickLink(int row, int index)
    {
        const QRect rect = view()->hitRect(row, ChatView::Part::Link, index);
        QVERIFY(!rect.isNull());
        QVERIFY2(view()->viewport()->rect().contains(rect.center()), "link not on screen");
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void violationsSelectTheirPartInPrettyAndRawViews()
    {
        ConversationInfo info = session()->info();
        info.parameters.insert(
            QStringLiteral("response_format"),
            QJsonDocument::fromJson(
                R"({"type":"json_schema","json_schema":{"name":"city","strict":true,"schema":)"
                R"({"type":"object","properties":{"name":{"type":"string"},)"
                R"("population":{"type":"integer"}},"required":["name","population"],)"
                R"("additionalProperties":false}}})")
                .object());
        session()->setInfo(info);
        const QString received = QStringLiteral("{\"name\":\"Lyon\",\"population\":\"large\"}");
        exchange(QStringLiteral("A city as JSON"), received);
        const int row = 1;
        QTRY_VERIFY(view()->partCount(row, ChatView::Part::Link) >= 2);

        // Pretty: key order kept, one member per line.
        QVERIFY2(view()->renderedText(row).contains(
                     QStringLiteral("{\n  \"name\": \"Lyon\",\n  \"population\": \"large\"\n}")),
                 qPrintable(view()->renderedText(row)));
        const int violation = linkIndex(row, QStringLiteral("/population: "), true);
        QVERIFY(violation >= 0);
        QVERIFY(view()->linkTarget(row, violation).startsWith(QLatin1String("lineup-answer:")));
        clickLink(row, violation);
        QCOMPARE(view()->selectedText(), QStringLiteral("\"population\": \"large\""));
        if (const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view()->grab().save(dir + QStringLiteral("/json-answer.png")));

        // Raw: exactly what was received, and the same violation points into it.
        const int raw = linkIndex(row, QStringLiteral("lineup-answer:raw"));
        QVERIFY(raw >= 0);
        QCOMPARE(view()->partLabel(row, ChatView::Part::Link, raw),
                 QStringLiteral("Show raw JSON"));
        clickLink(row, raw);
        QVERIFY(view()->selectedText().isEmpty());
        QVERIFY2(view()->renderedText(row).contains(received),
                 qPrintable(view()->renderedText(row)));
        QVERIFY(linkIndex(row, QStringLiteral("lineup-answer:pretty")) >= 0);
        view()->activatePart(row, ChatView::Part::Link,
                             linkIndex(row, QStringLiteral("/population: "), true));
        QCOMPARE(view()->selectedText(), QStringLiteral("\"population\":\"large\""));

        // Back to pretty from the keyboard's way in (the accessible link).
        view()->activatePart(row, ChatView::Part::Link,
                             linkIndex(row, QStringLiteral("lineup-answer:pretty")));
        QVERIFY(view()->renderedText(row).contains(QStringLiteral("\n  \"population\": ")));
        // Copy as Markdown is always what was received.
        view()->triggerAction(row, ChatView::MessageAction::CopyMarkdown);
        QCOMPARE(QGuiApplication::clipboard()->text(), received);
    }
};

QTEST_MAIN(TestJsonAnswer)
#include "tst_jsonanswer.moc"
