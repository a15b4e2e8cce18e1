// The Usage dock end to end: a real window against FakeServer, answers with and without usage,
// prices from the service's model list and from the price table, the context warning, the
// chart's numbers, and the composer's estimates. Set LINEUP_SCREENSHOT_DIR to also save the
// documentation screenshots.
#include "MainWindowHarness.h"
#include "SidePanels.h"
#include "chat/ConversationModel.h"
#include "usage/PriceDialog.h"
#include "usage/UsageChart.h"
#include "usage/UsageMeter.h"
#include "usage/UsagePanel.h"

#include <QBuffer>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

QByteArray usageChunk(int prompt, int completion, int cached, int reasoning)
{
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("total_tokens"), prompt + completion},
                            {QStringLiteral("prompt_tokens_details"),
                             QJsonObject{{QStringLiteral("cached_tokens"), cached}}},
                            {QStringLiteral("completion_tokens_details"),
                             QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-u")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("choices"), QJsonArray{}},
                           {QStringLiteral("usage"), usage}})
        .toJson(QJsonDocument::Compact);
}

FakeResponse answerWithUsage(const QString &text, int prompt, int completion, int cached = 0,
                             int reasoning = 0, int delayMs = 0)
{
    QList<QByteArray> events;
    for (const QString &word : text.split(u' '))
        events.append(chunk({{QStringLiteral("content"), QString(word + u' ')}}));
    events.append(chunk({}, QStringLiteral("stop")));
    events.append(usageChunk(prompt, completion, cached, reasoning));
    return FakeResponse::sse(events, delayMs);
}

} // namespace

class TestUsageDock : public MainWindowHarness
{
    Q_OBJECT

    UsageMeter *meter() const { return m_window->sidePanels()->usageMeter(); }
    UsagePanel *panel() const { return meter()->panel(); }
    void showDock()
    {
        meter()->dock()->show();
        meter()->dock()->raise();
        QTRY_VERIFY(meter()->dock()->isVisible());
    }
    void useModelList(const QByteArray &json)
    {
        m_server->setRoute("GET", "/v1/models", FakeResponse::json(json));
        m_window->modelPanel()->refresh();
        QTRY_COMPARE(m_window->modelPanel()->state(), ModelPanel::State::Loaded);
    }
    void send(const FakeResponse &response, const QString &prompt)
    {
        m_server->setRoute("POST", m_chatPath, response);
        typeAndSend(prompt);
        QVERIFY(waitIdle());
    }
    void saveScreenshot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + QLatin1String(name)));
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void dockAddsUpTheConversationWithServicePrices()
    {
        useModelList(R"({"data":[{"id":"test-model","context_length":8000,
            "pricing":{"prompt":"0.000002","completion":"0.000008","input_cache_read":"0.0000005"}}]})");
        showDock();
        send(answerWithUsage(QStringLiteral("Hello there"), 1000, 200, 400, 50),
             QStringLiteral("Hi"));
        send(answerWithUsage(QStringLiteral("Again"), 1500, 100, 1000, 0), QStringLiteral("More"));

        QCOMPARE(panel()->figureText(QStringLiteral("requests")), QStringLiteral("2"));
        const QLocale locale;
        QCOMPARE(panel()->figureText(QStringLiteral("prompt")), locale.toString(2500));
        QCOMPARE(panel()->figureText(QStringLiteral("cached")), locale.toString(1400));
        QCOMPARE(panel()->figureText(QStringLiteral("completion")), locale.toString(300));
        QCOMPARE(panel()->figureText(QStringLiteral("reasoning")), locale.toString(50));
        QCOMPARE(panel()->figureText(QStringLiteral("total")), locale.toString(2800));
        // (600 + 500) × 2 + 1400 × 0.5 + 300 × 8 per 1M = $0.0053
        QCOMPARE(panel()->figureText(QStringLiteral("cost")), QStringLiteral("$0.0053"));
        QCOMPARE(panel()->summary().cost.source, PriceSource::Service);
        QVERIFY(!panel()->summary().estimated());
        // Context: the last prompt (1500) of 8000.
        QVERIFY(panel()->contextBar()->isEnabled());
        QCOMPARE(panel()->contextBar()->value(), 187);
        QVERIFY(!panel()->contextWarningLabel()->isVisible());
        // The chart has a bar per request with its numbers.
        QCOMPARE(panel()->chart()->describe(0).contains(QStringLiteral("Prompt 1000 (cached 400)")),
                 true);
        const int bar = panel()->chart()->barAt(
            QPoint(panel()->chart()->width() / 4, panel()->chart()->height() - 10));
        QCOMPARE(bar, 0);
        // Each stored answer kept the price it was charged at.
        QCOMPARE(session()->messages()->record(1).price.source, PriceSource::Service);
        QCOMPARE(session()->messages()->record(1).price.input.value_or(-1), 2.0);
        saveScreenshot(meter()->dock(), "usage-dock.png");
    }

    void usageStaysInViewBesideTheParameters()
    {
        // The default arrangement: Usage shares the upper tab group with the model, so raising
        // it leaves the Parameters dock below visible (docks found by their saved names).
        auto *parameters = m_window->findChild<QDockWidget *>(QStringLiteral("parametersDock"));
        QVERIFY(parameters);
        QVERIFY(m_window->tabifiedDockWidgets(meter()->dock())
                    .contains(m_window->sidePanels()->modelDock()));
        QVERIFY(!m_window->tabifiedDockWidgets(meter()->dock()).contains(parameters));
        showDock();
        parameters->raise();
        QTRY_VERIFY(parameters->isVisible());
        QVERIFY(meter()->dock()->isVisible());
        QVERIFY(!panel()->visibleRegion().isEmpty());
    }

    void meterUpdatesWhenTheAnswerEndsAndNotWhileItStreams()
    {
        showDock();
        int atFirstDelta = -1;
        int atLastDelta = -1;
        int deltas = 0;
        connect(session()->messages(), &ConversationModel::deltaAppended, this, [&] {
            if (deltas++ == 0)
                atFirstDelta = meter()->updateCount();
            atLastDelta = meter()->updateCount();
        });
        QString requestsWhenFinished;
        // Connected after the meter: runs in the same turn of the event loop, right after it.
        connect(session(), &ChatSession::requestFinished, this,
                [&] { requestsWhenFinished = panel()->figureText(QStringLiteral("requests")); });
        send(answerWithUsage(QStringLiteral("one two three four five six"), 10, 6, 0, 0, 20),
             QStringLiteral("Count"));
        QVERIFY(deltas >= 6);
        QCOMPARE(atLastDelta, atFirstDelta); // no rebuild per delta
        QCOMPARE(requestsWhenFinished, QStringLiteral("1"));
    }

    void missingUsageIsEstimatedAndMarked()
    {
        showDock();
        send(answer({QStringLiteral("No usage from this service")}), QStringLiteral("Hello"));
        QVERIFY(panel()->summary().estimated());
        QVERIFY(panel()->figureText(QStringLiteral("prompt")).startsWith(QStringLiteral("≈")));
        QVERIFY(panel()->figureText(QStringLiteral("completion")).startsWith(QStringLiteral("≈")));
        QVERIFY(panel()->chart()->describe(0).contains(QStringLiteral("Estimated")));
        QCOMPARE(panel()->figureText(QStringLiteral("cost")), QStringLiteral("—")); // no price
    }

    void contextWarnsFromEightyPercent()
    {
        useModelList(R"({"data":[{"id":"test-model","context_length":1000}]})");
        showDock();
        send(answerWithUsage(QStringLiteral("Full"), 850, 10), QStringLiteral("Long"));
        QVERIFY(panel()->summary().contextWarning());
        QVERIFY(panel()->contextWarningLabel()->isVisible());
        QVERIFY(panel()->contextWarningLabel()->text().contains(QStringLiteral("85%")));
    }

    void priceTableFromThePanelIsUsedAndKept()
    {
        showDock();
        meter()->setDialogRunner([](PriceDialog &dialog) {
            dialog.inputBox()->setValue(1);
            dialog.cachedBox()->setValue(0.25);
            dialog.outputBox()->setValue(4);
            dialog.contextBox()->setValue(4000);
            return true;
        });
        // The Model panel's $ button edits the same table entry.
        m_window->modelPanel()->setCurrentModel(QStringLiteral("test-model"));
        m_window->modelPanel()->priceButton()->click();
        {
            QSettings settings(options().settingsFile, QSettings::IniFormat);
            const auto stored = PriceTable(settings).price(QStringLiteral("test-model"));
            QVERIFY(stored.has_value());
            QCOMPARE(stored->output.value_or(-1), 4.0);
        }
        send(answerWithUsage(QStringLiteral("Priced"), 1000, 1000), QStringLiteral("Cost?"));
        QCOMPARE(panel()->summary().cost.source, PriceSource::PriceTable);
        QCOMPARE(panel()->figureText(QStringLiteral("cost")), QStringLiteral("$0.0050"));
        QCOMPARE(panel()->summary().contextLength.value_or(0), 4000);
        // A later price change leaves the answer's own price alone.
        meter()->setDialogRunner([](PriceDialog &dialog) {
            dialog.inputBox()->setValue(100);
            return true;
        });
        meter()->editPrice();
        QCOMPARE(panel()->figureText(QStringLiteral("cost")), QStringLiteral("$0.0050"));
    }

    void composerShowsEstimates()
    {
        typeAndSendNothing();
        QTRY_VERIFY(m_window->composer()->requestEstimateLabel()->isVisible());
        QVERIFY(m_window->composer()->requestEstimateLabel()->text().contains(
            QStringLiteral("Estimate")));
        QImage image(1024, 1024, QImage::Format_RGB32);
        image.fill(Qt::green);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QVERIFY(m_window->composer()->addImage(png, QStringLiteral("image/png"),
                                               QStringLiteral("square.png")));
        m_window->composer()->setAttachmentDetail(0, QStringLiteral("high"));
        QCOMPARE(m_window->composer()->attachmentEstimate(0), QStringLiteral("≈ 765 tokens"));
        m_window->composer()->setAttachmentDetail(0, QStringLiteral("low"));
        QCOMPARE(m_window->composer()->attachmentEstimate(0), QStringLiteral("≈ 85 tokens"));
        m_window->resize(1100, 700);
        QTest::qWait(200);
        saveScreenshot(m_window->composer(), "composer-estimate.png");
    }

private:
    void typeAndSendNothing()
    {
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("How much will this cost?"));
    }
};

QTEST_MAIN(TestUsageDock)
#include "tst_usagedock.moc"
