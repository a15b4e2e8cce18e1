#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace Lineup {

namespace {

// Fallback origin where /proc is unavailable: the first QCoreApplication's construction.
QElapsedTimer &applicationClock()
{
    static QElapsedTimer clock;
    return clock;
}

void startApplicationClock()
{
    if (!applicationClock().isValid())
        applicationClock().start();
}
Q_COREAPP_STARTUP_FUNCTION(startApplicationClock)

#ifdef Q_OS_LINUX
qint64 monotonicNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The process start time from /proc/self/stat (field 22, clock ticks since boot, which the
// kernel counts on the boot-time clock). Returns -1 if it cannot be read.
double msSinceProcessStartFromProc()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces and parentheses: count from its end.
    const qsizetype nameEnd = line.lastIndexOf(')');
    if (nameEnd < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(nameEnd + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3; // fields[0] is field 3 (state)
    if (fields.size() <= StartTimeAfterName)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    const double startMs = double(startTicks) * 1000.0 / double(ticksPerSecond);
    return double(monotonicNs(CLOCK_BOOTTIME)) / 1e6 - startMs;
}
#endif

double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // The launcher's clock reading is precise to the nanosecond; /proc only to a clock tick.
    bool ok = false;
    const qint64 launchNs = qEnvironmentVariable("LINEUP_LAUNCH_T0_NS").toLongLong(&ok);
    if (ok && launchNs > 0)
        return double(monotonicNs(CLOCK_MONOTONIC) - launchNs) / 1e6;
    const double fromProc = msSinceProcessStartFromProc();
    if (fromProc >= 0)
        return fromProc;
#endif
    return applicationClock().isValid() ? double(applicationClock().nsecsElapsed()) / 1e6 : -1;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Watches the whole application because a main window whose children cover it entirely gets
// no paint event of its own: the first paint of the window or of any widget in it counts.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window)
        : QObject(QCoreApplication::instance())
        , m_window(window)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_window && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (isWatchedWindow(widget)) {
                m_seen = true;
                // The paint pass and its flush to the screen finish before posted events run;
                // high priority puts the report ahead of work queued during start-up (the
                // keychain's first job), which would otherwise be counted as paint time.
                QCoreApplication::postEvent(this, new QEvent(ReportEvent), Qt::HighEventPriority);
            }
        }
        return QObject::eventFilter(watched, event);
    }

    bool event(QEvent *event) override
    {
        if (event->type() != ReportEvent)
            return QObject::event(event);
        report();
        return true;
    }

private:
    // LINEUP_FIRST_PAINT_WINDOW names another top-level window to time instead (the welcome
    // dialog on a first run): when the user sees it, not just the window behind it.
    bool isWatchedWindow(QWidget *widget) const
    {
        if (m_windowName.isEmpty())
            return widget == m_window || m_window->isAncestorOf(widget);
        return widget->window()->objectName() == m_windowName;
    }

    static constexpr QEvent::Type ReportEvent = QEvent::Type(QEvent::User + 0x4c50);

    void report()
    {
        QCoreApplication::instance()->removeEventFilter(this);
        const double ms = msSinceProcessStart();
        // CPU time (all threads) says how much work the start took, whatever else the machine
        // was busy with; wall time alone is noisy on a shared machine.
        const double cpuMs = double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
        std::printf("{\"first_paint_ms\": %.3f, \"rss_kb\": %lld, \"cpu_ms\": %.1f}\n", ms,
                    static_cast<long long>(residentKb()), cpuMs);
        std::fflush(stdout);
        if (qEnvironmentVariable("LINEUP_FIRST_PAINT_EXIT") == QLatin1String("1"))
            QCoreApplication::quit();
        deleteLater();
    }

    QPointer<QWidget> m_window;
    const QString m_windowName = qEnvironmentVariable("LINEUP_FIRST_PAINT_WINDOW");
    bool m_seen = false;
};

} // namespace

void installFirstPaintProbe(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("LINEUP_FIRST_PAINT_REPORT") || !window ||
        !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(window));
}

} // namespace Lineup
