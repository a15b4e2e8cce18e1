// The usage meter's cost: CPU per streamed answer in a real window with the Usage dock open and
// with it closed (alternating runs, same stream), and the time of one meter rebuild (summary of
// the conversation plus the dock's repaint) after an answer, for conversations of 100 and 10,000
// messages. Prints one JSON object.
#include "../gui/WindowFixture.h"
#include "ChunkBuilders.h"
#include "FakeServer.h"
#include "SidePanels.h"
#include "chat/ChatSession.h"
#include "usage/UsageMeter.h"
#include "usage/UsagePanel.h"
#include "usage/UsageSummary.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Lineup;

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

FakeResponse longAnswer(int chunks)
{
    QList<QByteArray> events;
    for (int i = 0; i < chunks; ++i)
        events.append(
            TestChunks::delta({{QStringLiteral("content"), QStringLiteral("word%1 ").arg(i)}},
                              QJsonValue::Null, QStringLiteral("test-model")));
    events.append(TestChunks::delta({}, QStringLiteral("stop"), QStringLiteral("test-model")));
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 1000},
                            {QStringLiteral("completion_tokens"), chunks},
                            {QStringLiteral("total_tokens"), 1000 + chunks}};
    events.append(QJsonDocument(QJsonObject{{QStringLiteral("object"),
                                             QStringLiteral("chat.completion.chunk")},
                                            {QStringLiteral("choices"), QJsonArray{}},
                                            {QStringLiteral("usage"), usage}})
                      .toJson(QJsonDocument::Compact));
    return FakeResponse::sse(events, 1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QList<MessageRecord> history(int count)
{
    QList<MessageRecord> records;
    for (int i = 0; i < count; ++i) {
        MessageRecord r;
        r.message = ChatMessage::fromText(i % 2 ? Role::Assistant : Role::User,
                                          QString(400, u'x') + QString::number(i));
        if (i % 2) {
            r.usage = Usage::fromJson(QJsonObject{{QStringLiteral("prompt_tokens"), 100 * i},
                                                  {QStringLiteral("completion_tokens"), 100}});
            // Every tenth answer without usage: estimated from the history.
            if (i % 20 == 1)
                r.usage = Usage();
        }
        records.append(r);
    }
    return records;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int kChunks = 400;
    constexpr int kRuns = 6;
    QTemporaryDir dir;
    FakeServer server;
    server.setRoute("GET", "/v1/models",
                    FakeResponse::json(QByteArray(R"({"data":[{"id":"test-model",
                        "context_length":128000,"pricing":{"prompt":"0.000002","completion":"0.000008"}}]})")));
    server.setRoute("POST", "/v1/chat/completions", longAnswer(kChunks));
    Test::saveFakeProfile(dir, server.baseUrl());
    MainWindow window(Test::fakeServiceLaunch(dir));
    window.resize(1200, 800);
    window.show();
    QTest::qWait(300);
    UsageMeter *meter = window.sidePanels()->usageMeter();
    ChatSession *session = window.session();

    QList<double> open;
    QList<double> closed;
    int updatesWhileStreaming = 0;
    for (int run = 0; run < 2 * kRuns; ++run) {
        const bool dockOpen = run % 2 == 0;
        meter->dock()->setVisible(dockOpen);
        if (dockOpen)
            meter->dock()->raise();
        QTest::qWait(50);
        int updatesAtFirstDelta = -1;
        int updatesAtLastDelta = -1;
        const QMetaObject::Connection c =
            QObject::connect(session->messages(), &ConversationModel::deltaAppended, &app, [&] {
                if (updatesAtFirstDelta < 0)
                    updatesAtFirstDelta = meter->updateCount();
                updatesAtLastDelta = meter->updateCount();
            });
        QSignalSpy finished(session, &ChatSession::requestFinished);
        const double before = processCpuMs();
        session->send(
            ChatMessage::fromText(Role::User, QStringLiteral("Count to %1").arg(kChunks)));
        if (!finished.wait(30000))
            return 1;
        (dockOpen ? open : closed).append(processCpuMs() - before);
        QObject::disconnect(c);
        updatesWhileStreaming += updatesAtLastDelta - updatesAtFirstDelta;
    }

    // One rebuild after an answer ends, as the meter does it, for long conversations.
    QJsonObject rebuild;
    ConversationInfo info;
    info.model = QStringLiteral("test-model");
    for (const int count : {100, 10000}) {
        const QList<MessageRecord> records = history(count);
        UsagePanel panel;
        panel.resize(320, 600);
        panel.show();
        QList<double> times;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer timer;
            timer.start();
            panel.setSummary(UsageSummary::of(info, records, &meter->prices()));
            panel.repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        rebuild.insert(QString::number(count), qRound(median(times) * 100) / 100.0);
    }

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("usage")},
        {QStringLiteral("chunks_per_answer"), kChunks},
        {QStringLiteral("runs_each"), kRuns},
        {QStringLiteral("cpu_ms_per_answer_dock_open"), qRound(median(open) * 10) / 10.0},
        {QStringLiteral("cpu_ms_per_answer_dock_closed"), qRound(median(closed) * 10) / 10.0},
        {QStringLiteral("meter_updates_while_streaming"), updatesWhileStreaming},
        {QStringLiteral("rebuild_ms_by_messages"), rebuild},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
