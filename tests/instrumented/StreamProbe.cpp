#include "StreamProbe.h"

#include "MainWindow.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonSession.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "comparison/PaneWidget.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Lineup {

namespace {

// How late a 2 ms timer fires while the answer streams: the time the event loop was busy with
// something else (a stall the user feels as a frozen window). Measured per timeout, so a stall
// shorter than the interval is not seen; the targets (16 ms) are far above it.
class StallRecorder : public QObject
{
public:
    static constexpr int IntervalMs = 2;

    explicit StallRecorder(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_sinceLast.nsecsElapsed();
            m_sinceLast.start();
            m_stallsNs.push_back(std::max<qint64>(0, gap - qint64(IntervalMs) * 1000000));
        });
    }

    void setRecording(bool recording)
    {
        if (recording) {
            m_sinceLast.start();
            m_timer.start();
        } else {
            m_timer.stop();
        }
    }

    QJsonObject report()
    {
        std::vector<qint64> sorted = m_stallsNs;
        std::sort(sorted.begin(), sorted.end());
        const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
        QJsonObject result{{QLatin1String("samples"), double(sorted.size())},
                           {QLatin1String("interval_ms"), IntervalMs}};
        if (!sorted.empty()) {
            result.insert(QLatin1String("stall_max_ms"), ms(sorted.back()));
            result.insert(QLatin1String("stall_p95_ms"), ms(sorted[sorted.size() * 95 / 100]));
            result.insert(QLatin1String("stall_p50_ms"), ms(sorted[sorted.size() / 2]));
        }
        return result;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::vector<qint64> m_stallsNs;
};

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A comparison (--compare): started when the first pane's request starts, finished when the
// last pane's answer is done and painted; also says how far apart the panes' requests started.
void installComparisonProbe(MainWindow *window, StallRecorder *stalls, const QString &prompt)
{
    ComparisonSession *comparison = window->comparison()->session();
    auto *clock = new QElapsedTimer;
    auto *lastStartMs = new qint64(-1);
    QObject::connect(comparison, &ComparisonSession::paneRequestStarted, window,
                     [stalls, clock, lastStartMs] {
                         if (!clock->isValid()) {
                             clock->start();
                             if (stalls)
                                 stalls->setRecording(true);
                             say(QByteArrayLiteral("request-started"));
                         }
                         *lastStartMs = clock->elapsed();
                     });
    QObject::connect(
        comparison, &ComparisonSession::busyChanged, window,
        [window, stalls, clock, lastStartMs](bool busy) {
            if (busy)
                return;
            QTimer::singleShot(50, window, [window, stalls, clock, lastStartMs] {
                ComparisonView *view = window->comparison()->view();
                for (int i = 0; i < view->paneCount(); ++i)
                    view->pane(i)->chatView()->viewport()->repaint();
                QJsonObject report;
                if (stalls) {
                    stalls->setRecording(false);
                    report = stalls->report();
                }
                report.insert(QLatin1String("panes"), view->paneCount());
                report.insert(QLatin1String("request_start_spread_ms"), double(*lastStartMs));
                delete clock;
                delete lastStartMs;
                say("answer-finished " + QJsonDocument(report).toJson(QJsonDocument::Compact));
            });
        });
    QTimer::singleShot(300, window, [window, prompt] { window->sendMessage(prompt); });
}

} // namespace

void installStreamProbe(MainWindow *window)
{
    const QString prompt = qEnvironmentVariable("LINEUP_STREAM_PROBE_PROMPT");
    if (prompt.isEmpty())
        return;
    StallRecorder *stalls = nullptr;
    if (qEnvironmentVariable("LINEUP_STREAM_PROBE_STALLS") == QLatin1String("1"))
        stalls = new StallRecorder(window);
    if (window->isComparing()) {
        installComparisonProbe(window, stalls, prompt);
        return;
    }
    ChatSession *session = window->session();
    QObject::connect(session, &ChatSession::requestStarted, window, [stalls] {
        if (stalls)
            stalls->setRecording(true);
        say(QByteArrayLiteral("request-started"));
    });
    QObject::connect(session, &ChatSession::requestFinished, window, [window, stalls] {
        // The answer's last frame is painted before the report, so it is part of what is measured.
        QTimer::singleShot(50, window, [window, stalls] {
            window->chatView()->viewport()->repaint();
            QJsonObject report;
            if (stalls) {
                stalls->setRecording(false);
                report = stalls->report();
            }
            say("answer-finished " + QJsonDocument(report).toJson(QJsonDocument::Compact));
        });
    });
    QTimer::singleShot(300, window, [window, prompt] { window->sendMessage(prompt); });
}

} // namespace Lineup
