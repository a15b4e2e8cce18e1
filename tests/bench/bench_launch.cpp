// Launch to first paint: the real `lineup` binary against a bare Qt Widgets window started the
// same way (this program, re-run with --bare). Each is launched several times as a fresh
// process with a private HOME and data directory; the time runs from QProcess::start until the
// child reports its first complete paint on stdout. Prints one JSON object.
//
//   bench_launch [--runs N]          (uses QT_QPA_PLATFORM as set: offscreen, or xcb under Xvfb)
//
// Target from the issue: the app's median within 1.3x of the bare window's.

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

namespace {

// The comparison point: a window with a label, reporting its first paint like the app does.
int runBareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(QStringLiteral("bare"), &window);
    layout->addWidget(label);
    window.resize(1280, 820);

    struct Reporter : QObject
    {
        bool reported = false;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !reported) {
                reported = true;
                QTimer::singleShot(0, this, [] {
                    std::fputs("first-paint\n", stdout);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
            return QObject::eventFilter(watched, event);
        }
    } reporter;
    label->installEventFilter(&reporter);
    window.show();
    return app.exec();
}

// Milliseconds from start to the child's "first-paint" line, or -1.
double launchOnce(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("LINEUP_REPORT_FIRST_PAINT"), QStringLiteral("quit"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    double result = -1;
    QByteArray output;
    while (clock.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        output += process.readAllStandardOutput();
        if (output.contains("first-paint")) {
            result = clock.nsecsElapsed() / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
    return result;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--bare") == 0)
            return runBareWindow(argc, argv);
    }
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = qMax(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    QList<double> appTimes;
    QList<double> bareTimes;
    // One warm-up each: the first start pays for cold disk caches, not for the program.
    launchOnce(QStringLiteral(LINEUP_APP_PATH),
               {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))},
               home);
    launchOnce(app.applicationFilePath(), {QStringLiteral("--bare")}, home);
    for (int i = 0; i < runs; ++i) {
        // Port 9 (discard) refuses at once: the model list fails fast, as offline.
        appTimes.append(
            launchOnce(QStringLiteral(LINEUP_APP_PATH),
                       {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                        QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))},
                       home));
        bareTimes.append(launchOnce(app.applicationFilePath(), {QStringLiteral("--bare")}, home));
    }
    const double appMedian = median(appTimes);
    const double bareMedian = median(bareTimes);
    QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("launch_to_first_paint")},
        {QStringLiteral("platform"), qEnvironmentVariable("QT_QPA_PLATFORM")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("app_first_paint_ms_median"), appMedian},
        {QStringLiteral("bare_first_paint_ms_median"), bareMedian},
        {QStringLiteral("ratio"), bareMedian > 0 ? appMedian / bareMedian : -1},
        {QStringLiteral("target_ratio"), 1.3},
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return appMedian > 0 && bareMedian > 0 ? 0 : 1;
}
