// Drives the real ChatView offscreen and prints one JSON object:
//  - time to first paint of the view (empty and with 10,000 messages),
//  - a 3,000-token Markdown answer (headings, lists, a code block, a table) streamed into the
//    last message at 500 tokens/s and at full speed (one small delta per token), in
//    conversations of growing length: CPU seconds per answer (getrusage; view_cpu_s is that
//    minus the same feeding with no view, view_work_cpu_s the thread CPU inside the view's
//    update and paint code) and event-loop stalls (lateness of the feeder's ticks, p50/p95/max),
//  - a 10,000-message conversation: open, then scroll through it page by page,
//  - resident memory (VmRSS).
//
//   QT_QPA_PLATFORM=offscreen bench_chatview [--quick] [--stream-only] [--rate N]
//                                            [--screenshot file.png]

#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace Lineup;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Records when the view finished its first paint.
class TimedChatView : public ChatView
{
public:
    qint64 firstPaintNs = -1;
    QElapsedTimer *clock = nullptr;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ChatView::paintEvent(event);
        if (firstPaintNs < 0 && clock)
            firstPaintNs = clock->nsecsElapsed();
    }
};

// Event-loop stalls, measured on the token feeder's own ticks: how late each tick came after
// the one before (beyond the timer interval) is how long the event loop was busy with something
// else. The feeder wakes up anyway, so the probe adds no wake-ups of its own (an extra 1 ms probe
// timer cost about as much CPU as the view it was measuring). Resolution: the feeder interval
// (2 ms at 500 tokens/s, 1 ms at 2,000); at full speed, the time of each event-loop turn.
class StallMonitor
{
public:
    void start(int intervalMs)
    {
        m_stalls.clear();
        m_busy.clear();
        m_intervalMs = intervalMs;
        m_last = -1;
        m_clock.start();
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (m_last >= 0) {
            m_stalls.append(qMax<double>(0, double(now - m_last) / 1e6 - m_intervalMs));
            // CPU this thread used between two ticks: separates our own work from the
            // time the machine (2 shared cores) gave to other processes.
            m_busy.append(double(cpu - m_lastCpu) / 1e6);
        }
        m_last = now;
        m_lastCpu = cpu;
    }
    QJsonObject summary() const
    {
        QJsonObject result = summarize(m_stalls);
        result.insert(QStringLiteral("own_cpu_between_ticks"), summarize(m_busy));
        result.insert(QStringLiteral("probe_interval_ms"), m_intervalMs);
        return result;
    }

    static QJsonObject summarize(const QList<double> &values)
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&](double q) {
            return sorted.isEmpty()
                       ? 0.0
                       : sorted.at(qMin(sorted.size() - 1, qsizetype(q * sorted.size())));
        };
        auto round2 = [](double v) { return qRound(v * 100) / 100.0; };
        return {{QStringLiteral("p50_ms"), round2(at(0.5))},
                {QStringLiteral("p95_ms"), round2(at(0.95))},
                {QStringLiteral("max_ms"), round2(sorted.isEmpty() ? 0 : sorted.last())},
                {QStringLiteral("samples"), sorted.size()}};
    }

private:
    QElapsedTimer m_clock;
    int m_intervalMs = 1;
    qint64 m_last = -1;
    qint64 m_lastCpu = 0;
    QList<double> m_stalls;
    QList<double> m_busy;
};

// About 3,000 tokens of typical assistant Markdown, cut into token-sized pieces (~4 chars).
QStringList answerTokens(int count)
{
    QString text;
    int section = 0;
    while (text.size() < count * 6) {
        ++section;
        text += QStringLiteral("## Section %1: what to know\n\n").arg(section);
        text +=
            QStringLiteral(
                "This paragraph explains the idea with **bold words**, *emphasis*, `inline code` "
                "and a [reference link](https://example.com/docs/%1). It keeps going for a while "
                "so "
                "that it wraps over several lines in the view, as real answers do when a model "
                "explains something step by step.\n\n")
                .arg(section);
        text += QStringLiteral("- First point with a few words\n- Second point, a bit longer than "
                               "the first one\n- Third point\n\n1. Step one\n2. Step two\n3. Step "
                               "three\n\n");
        if (section % 2 == 1) {
            text += QStringLiteral("```python\n");
            for (int line = 0; line < 12; ++line)
                text +=
                    QStringLiteral("def handler_%1(value):\n    return value * %1 + 1\n").arg(line);
            text += QStringLiteral("```\n\n");
        } else {
            text += QStringLiteral("| Model | Context | Price |\n|---|---|---|\n");
            for (int row = 0; row < 6; ++row)
                text +=
                    QStringLiteral("| model-%1 | %2k | $%3 |\n").arg(row).arg(8 << row).arg(row);
            text += QStringLiteral("\n");
        }
    }
    QStringList tokens;
    int pos = 0;
    while (tokens.size() < count && pos < text.size()) {
        int end = pos + 1;
        while (end < text.size() && end - pos < 4 && !text.at(end).isSpace() &&
               !text.at(end - 1).isSpace())
            ++end;
        tokens.append(text.mid(pos, end - pos));
        pos = end;
    }
    return tokens;
}

QList<MessageRecord> conversation(int count)
{
    QList<MessageRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        MessageRecord record;
        record.message = ChatMessage::fromText(
            i % 2 ? Role::Assistant : Role::User,
            i % 2 ? QStringLiteral("Answer %1 with **some** Markdown: a list\n\n- alpha\n- beta\n\n"
                                   "and a closing sentence that is long enough to wrap once or "
                                   "twice in a normal window.")
                        .arg(i)
                  : QStringLiteral("Question %1: how does this work?").arg(i));
        record.model = QStringLiteral("bench-model");
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.finishReason = i % 2 ? QStringLiteral("stop") : QString();
        records.append(record);
    }
    return records;
}

// Streams one answer into a new last row; tokensPerSecond 0 means one token per event-loop turn.
QJsonObject streamAnswer(ChatView *view, ConversationModel &model, const QStringList &tokens,
                         int tokensPerSecond)
{
    MessageRecord answer;
    answer.message.role = Role::Assistant;
    answer.status = MessageStatus::Streaming;
    answer.model = QStringLiteral("bench-model");
    answer.createdAt = QDateTime::currentDateTimeUtc();
    const int row = model.append(answer);
    QApplication::processEvents();
    if (view)
        view->resetStats();

    StallMonitor stalls;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QElapsedTimer wall;
    qsizetype next = 0;
    QEventLoop loop;
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        stalls.tick();
        // At a fixed rate, catch up on the tokens due by now (timers can be late).
        const qsizetype due =
            tokensPerSecond > 0
                ? qMin<qsizetype>(tokens.size(), wall.elapsed() * tokensPerSecond / 1000 + 1)
                : next + 1;
        for (; next < due; ++next) {
            StreamDelta delta;
            delta.content = tokens.at(next);
            model.appendDelta(row, delta);
        }
        if (next >= tokens.size()) {
            feeder.stop();
            QTimer::singleShot(50, &loop, &QEventLoop::quit); // let the last frame paint
        }
    });
    const int interval = tokensPerSecond > 0 ? qMax(1, 1000 / tokensPerSecond) : 0;
    const double cpuBefore = cpuSeconds();
    wall.start();
    stalls.start(interval);
    feeder.start(interval);
    loop.exec();
    MessageRecord done = model.record(row);
    done.status = MessageStatus::Complete;
    done.finishReason = QStringLiteral("stop");
    done.usage.completionTokens = tokens.size();
    model.replace(row, done);
    QApplication::processEvents();
    const double cpu = cpuSeconds() - cpuBefore;
    const ChatViewStats stats = view ? view->stats() : ChatViewStats();
    return {{QStringLiteral("tokens"), tokens.size()},
            {QStringLiteral("rate_tokens_per_s"), tokensPerSecond > 0
                                                      ? QJsonValue(tokensPerSecond)
                                                      : QJsonValue(QStringLiteral("full"))},
            {QStringLiteral("wall_s"), qRound(wall.elapsed() / 10.0) / 100.0},
            {QStringLiteral("cpu_s"), qRound(cpu * 1000) / 1000.0},
            {QStringLiteral("stall"), stalls.summary()},
            {QStringLiteral("stream_updates"), stats.streamUpdates},
            {QStringLiteral("markdown_block_renders"), stats.blockRenders},
            {QStringLiteral("markdown_chars_parsed"), stats.blockRenderChars},
            {QStringLiteral("open_block_renders"), stats.openBlockRenders},
            {QStringLiteral("plain_appends"), stats.plainAppends},
            {QStringLiteral("tail_scrolls"), stats.tailScrolls},
            {QStringLiteral("message_layouts"), stats.messageLayouts},
            {QStringLiteral("paints"), stats.paints},
            {QStringLiteral("paint_s"), qRound(stats.paintNs / 1e6) / 1000.0},
            {QStringLiteral("stream_update_s"), qRound(stats.streamUpdateNs / 1e6) / 1000.0},
            {QStringLiteral("max_paint_ms"), qRound(stats.maxPaintNs / 1e4) / 100.0},
            {QStringLiteral("max_stream_update_ms"), qRound(stats.maxStreamUpdateNs / 1e4) / 100.0},
            // CPU of the view's own work (thread CPU inside its streaming update and paint code);
            // the rest of cpu_s is the harness, Qt's event loop and the backing store.
            {QStringLiteral("view_work_cpu_s"),
             qRound((stats.paintCpuNs + stats.streamUpdateCpuNs) / 1e6) / 1000.0}};
}

// cpu_s of a run with the view minus cpu_s of the same feeding with no view (same rate, same
// process): what the view costs per answer, the number the 0.3 s target is about.
void addViewCpu(QJsonObject *run, const QJsonObject &harness)
{
    const double view = run->value(QStringLiteral("cpu_s")).toDouble() -
                        harness.value(QStringLiteral("cpu_s")).toDouble();
    run->insert(QStringLiteral("harness_cpu_s"), harness.value(QStringLiteral("cpu_s")));
    run->insert(QStringLiteral("view_cpu_s"), qRound(view * 1000) / 1000.0);
}

QJsonObject scrollThrough(TimedChatView &view, int pages)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    QApplication::processEvents();
    view.resetStats();
    QList<double> steps;
    QList<double> ownSteps;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    for (int i = 0; i < pages; ++i) {
        timer.start();
        const qint64 ownBefore = threadCpuNs();
        bar->setValue(bar->value() + bar->pageStep() / 2);
        view.viewport()->repaint();
        QApplication::processEvents();
        steps.append(double(timer.nsecsElapsed()) / 1e6);
        ownSteps.append(double(threadCpuNs() - ownBefore) / 1e6);
    }
    std::sort(ownSteps.begin(), ownSteps.end());
    const double cpu = cpuSeconds() - cpuBefore;
    std::sort(steps.begin(), steps.end());
    auto round2 = [](double v) { return qRound(v * 100) / 100.0; };
    return {{QStringLiteral("half_pages"), pages},
            {QStringLiteral("cpu_s"), round2(cpu)},
            {QStringLiteral("step_p50_ms"), round2(steps.at(steps.size() / 2))},
            {QStringLiteral("step_p95_ms"), round2(steps.at(qsizetype(steps.size() * 0.95)))},
            {QStringLiteral("step_max_ms"), round2(steps.last())},
            {QStringLiteral("step_own_cpu_p95_ms"),
             round2(ownSteps.at(qsizetype(ownSteps.size() * 0.95)))},
            {QStringLiteral("step_own_cpu_max_ms"), round2(ownSteps.last())},
            {QStringLiteral("rows_painted"), view.stats().rowsPainted},
            {QStringLiteral("message_layouts"), view.stats().messageLayouts},
            {QStringLiteral("max_paint_ms"), qRound(view.stats().maxPaintNs / 1e4) / 100.0}};
}

// A conversation with every kind of row, for looking at (--showcase out.png [--dark]).
int showcase(const QString &path, bool dark)
{
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(37, 37, 38));
        palette.setColor(QPalette::Base, QColor(30, 30, 30));
        palette.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        palette.setColor(QPalette::Text, QColor(220, 220, 220));
        palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
        palette.setColor(QPalette::Button, QColor(50, 50, 52));
        palette.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        palette.setColor(QPalette::Highlight, QColor(38, 79, 120));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(86, 156, 214));
        QApplication::setPalette(palette);
    }
    ConversationModel model;
    QList<MessageRecord> records;
    MessageRecord user;
    user.message =
        ChatMessage::fromText(Role::User, QStringLiteral("Explain quicksort briefly, with code."));
    QImage image(160, 100, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    user.message.parts.append(ContentPart::fromImageData(png, QStringLiteral("image/png")));
    user.createdAt = QDateTime::currentDateTimeUtc();
    records.append(user);
    MessageRecord answer;
    answer.message = ChatMessage::fromText(
        Role::Assistant,
        QStringLiteral("## Quicksort\n\nPick a **pivot**, partition, recurse. See "
                       "[Wikipedia](https://en.wikipedia.org/wiki/Quicksort).\n\n"
                       "- average *O(n log n)*\n- worst O(n²)\n\n```python\ndef qs(a):\n"
                       "    if len(a) < 2:\n        return a\n    p, *rest = a\n"
                       "    return qs([x for x in rest if x < p]) + [p] + qs([x for x in rest if x "
                       ">= p])\n```\n\n"
                       "| Case | Cost |\n|---|---|\n| best | n log n |\n| worst | n² |"));
    answer.message.reasoning = QStringLiteral("The user wants a short explanation and code.");
    answer.model = QStringLiteral("gpt-4o-mini");
    answer.createdAt = QDateTime::currentDateTimeUtc();
    answer.finishReason = QStringLiteral("stop");
    answer.usage.promptTokens = 25;
    answer.usage.completionTokens = 180;
    answer.usage.cachedTokens = 0;
    answer.timings.timeToFirstTokenMs = 420;
    answer.timings.tokensPerSecond = 61.3;
    answer.alternatives = {ChatMessage::fromText(Role::Assistant, QStringLiteral("Another take."))};
    records.append(answer);
    MessageRecord tool;
    tool.message.role = Role::Assistant;
    ToolCall call;
    call.name = QStringLiteral("get_weather");
    call.arguments = QStringLiteral("{\"city\":\"Oslo\",\"unit\":\"celsius\"}");
    tool.message.toolCalls = {call};
    tool.model = QStringLiteral("gpt-4o-mini");
    tool.finishReason = QStringLiteral("tool_calls");
    records.append(tool);
    MessageRecord stopped;
    stopped.message =
        ChatMessage::fromText(Role::Assistant, QStringLiteral("Partial answer that was"));
    stopped.status = MessageStatus::Stopped;
    records.append(stopped);
    MessageRecord failed;
    failed.message.role = Role::Assistant;
    failed.status = MessageStatus::Failed;
    failed.error.kind = ApiError::Kind::Unauthorized;
    failed.error.httpStatus = 401;
    records.append(failed);
    model.setRecords(records);
    ChatView view;
    view.resize(760, 1500);
    view.setModel(&model);
    view.show();
    QApplication::processEvents();
    view.scrollToRow(0);
    QApplication::processEvents();
    return view.grab().save(path) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool streamOnly = args.contains(QStringLiteral("--stream-only")); // for profiling
    const int shotIndex = int(args.indexOf(QStringLiteral("--screenshot")));
    const int showcaseIndex = int(args.indexOf(QStringLiteral("--showcase")));
    if (showcaseIndex > 0 && showcaseIndex + 1 < args.size())
        return showcase(args.at(showcaseIndex + 1), args.contains(QStringLiteral("--dark")));
    QJsonObject result;
    result.insert(QStringLiteral("rss_start_mb"), residentMb());

    // Time to first paint: a bare widget, then the chat view (empty, then 10,000 messages).
    QElapsedTimer clock;
    {
        clock.start();
        QWidget bare;
        bare.resize(800, 600);
        bare.show();
        while (!bare.isVisible() || clock.elapsed() < 1)
            QApplication::processEvents();
        bare.repaint();
        result.insert(QStringLiteral("bare_widget_first_paint_ms"), clock.nsecsElapsed() / 1e6);
    }
    ConversationModel bigModel;
    {
        clock.start();
        TimedChatView view;
        view.clock = &clock;
        view.resize(800, 600);
        view.show();
        while (view.firstPaintNs < 0 && clock.elapsed() < 5000)
            QApplication::processEvents();
        result.insert(QStringLiteral("first_paint_empty_ms"), view.firstPaintNs / 1e6);
    }

    TimedChatView view;
    view.setOpenLinksExternally(false);
    view.resize(800, 600);
    {
        bigModel.setRecords(conversation(10000));
        clock.start();
        view.clock = &clock;
        view.setModel(&bigModel);
        view.show();
        while (view.firstPaintNs < 0 && clock.elapsed() < 5000)
            QApplication::processEvents();
        result.insert(QStringLiteral("first_paint_10000_messages_ms"), view.firstPaintNs / 1e6);
        if (!streamOnly)
            result.insert(QStringLiteral("scroll_10000_messages"),
                          scrollThrough(view, quick ? 200 : 2000));
        result.insert(QStringLiteral("rss_after_10000_scroll_mb"), residentMb());
    }

    // Streaming, with the conversation growing: 10, 1,000 and 10,000 earlier messages.
    const QStringList tokens = answerTokens(3000);
    // The same feeding without any view, at each rate: what the harness itself (timers, model)
    // costs, subtracted from the runs with the view below.
    // --rate N streams only at N tokens/s (0: full speed), for profiling one rate.
    QList<int> rates{500, 2000, 0};
    const int rateIndex = int(args.indexOf(QStringLiteral("--rate")));
    if (rateIndex > 0 && rateIndex + 1 < args.size())
        rates = {args.at(rateIndex + 1).toInt()};
    QList<QJsonObject> harness;
    {
        QJsonObject harnessResult;
        for (int rate : rates) {
            ConversationModel model;
            model.setRecords(conversation(10));
            harness.append(streamAnswer(nullptr, model, tokens, rate));
            harnessResult.insert(rate > 0 ? QStringLiteral("at_%1_tokens_per_s").arg(rate)
                                          : QStringLiteral("full_speed"),
                                 harness.last());
        }
        result.insert(QStringLiteral("harness_only"), harnessResult);
    }
    QJsonArray streaming;
    const QList<int> sizes = quick ? QList<int>{10} : QList<int>{10, 1000, 10000};
    for (int size : sizes) {
        ConversationModel model;
        model.setRecords(conversation(size));
        view.setModel(&model);
        view.scrollToBottom();
        QApplication::processEvents();
        QJsonObject run;
        run.insert(QStringLiteral("earlier_messages"), size);
        for (qsizetype i = 0; i < rates.size(); ++i) {
            QJsonObject rateRun = streamAnswer(&view, model, tokens, rates.at(i));
            addViewCpu(&rateRun, harness.at(i));
            run.insert(rates.at(i) > 0 ? QStringLiteral("at_%1_tokens_per_s").arg(rates.at(i))
                                       : QStringLiteral("full_speed"),
                       rateRun);
        }
        run.insert(QStringLiteral("rss_mb"), residentMb());
        streaming.append(run);
        if (shotIndex > 0 && shotIndex + 1 < args.size() && size == sizes.first()) {
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() - 900);
            QApplication::processEvents();
            view.grab().save(args.at(shotIndex + 1));
        }
        view.setModel(nullptr);
    }
    result.insert(QStringLiteral("streaming_3000_tokens"), streaming);
    result.insert(QStringLiteral("rss_end_mb"), residentMb());
    result.insert(QStringLiteral("targets"),
                  QJsonObject{{QStringLiteral("view_cpu_s_per_answer"), 0.3},
                              {QStringLiteral("stall_p95_ms"), 5},
                              {QStringLiteral("stall_max_ms"), 16}});
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
